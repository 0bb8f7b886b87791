// The scaling benchmark: generated news articles (about 4 KB each, tests/bench/articlegenerator)
// at 1,000 / 10,000 / 100,000 articles, through every step a user takes, and a table of the
// figures. Command-line steps run copydesk-cli as a user would (wall and CPU time, peak memory
// from the kernel); the window opens in this process, offscreen.
//
//   QT_QPA_PLATFORM=offscreen bench_scale [--sizes 1000,10000] [--jobs 2] [--dir DIR] [--timeout S]
//       [--steps import,floor,annotate,stats,sourcing,check,export,window,screenshot]
//
// --dir keeps the generated files and projects (DIR/N/); without it they go to a temporary
// folder. A step that runs past --timeout seconds (default 3600) is stopped and shown as "> S s".
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include "articlegenerator.h"
#include "articleview.h"
#include "benchprocess.h"
#include "corpusbrowser.h"
#include "corpusmodel.h"
#include "mainwindow.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

struct Options
{
    QList<int> sizes;
    int jobs = 2;
    int timeout = 3600;
    QStringList steps;
    QString dir;
};

// One cell of the table per size and row.
class Table
{
public:
    void set(const QString &row, int size, const QString &value)
    {
        if (!m_rows.contains(row))
            m_rows.append(row);
        m_cells[row][size] = value;
        std::printf("  %-44s %s\n", qPrintable(row), qPrintable(value));
        std::fflush(stdout);
    }
    void print(const QList<int> &sizes) const
    {
        QString header = u"| step |"_s;
        QString rule = u"|---|"_s;
        for (int size : sizes) {
            header += u" %1 |"_s.arg(QLocale(QLocale::English).toString(size));
            rule += u"---|"_s;
        }
        std::printf("\n%s\n%s\n", qPrintable(header), qPrintable(rule));
        for (const QString &row : m_rows) {
            QString line = u"| "_s + row + u" |"_s;
            for (int size : sizes)
                line += u' ' + m_cells.value(row).value(size, u"—"_s) + u" |"_s;
            std::printf("%s\n", qPrintable(line));
        }
    }

private:
    QStringList m_rows;
    QHash<QString, QHash<int, QString>> m_cells;
};

QString seconds(double s)
{
    return s < 10 ? QString::number(s, 'f', 2) + u" s"_s : QString::number(s, 'f', 1) + u" s"_s;
}

QString describe(const Bench::ProcessResult &r, double megabytes = 0)
{
    if (r.timedOut)
        return u"> %1 (stopped)"_s.arg(seconds(r.wallSeconds));
    if (r.exitCode != 0)
        return u"failed (exit %1) after %2"_s.arg(r.exitCode).arg(seconds(r.wallSeconds));
    QString text = seconds(r.wallSeconds);
    if (megabytes > 0)
        text += u", %1 MB/s"_s.arg(megabytes / r.wallSeconds, 0, 'f', 1);
    text += u", %1 MB"_s.arg(r.peakKilobytes / 1024);
    return text;
}

qint64 projectBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The window in this process: open the project and paint the first article, then search.
void measureWindow(const QString &project, int size, Table &table)
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!window.openProject(project, &error)) {
        table.set(u"window: open, first article shown"_s, size, u"failed: "_s + error);
        return;
    }
    window.articleView()->viewport()->repaint();
    const double openMs = timer.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();
    const double settledMs = timer.nsecsElapsed() / 1e6;
    table.set(u"window: open, first article shown"_s, size,
              u"%1 ms (events settled %2 ms)"_s.arg(openMs, 0, 'f', 0).arg(settledMs, 0, 'f', 0));

    CorpusBrowser *browser = window.corpusBrowser();
    QList<double> next;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        browser->selectNext();
        window.articleView()->viewport()->repaint();
        next.append(timer.nsecsElapsed() / 1e6);
    }
    table.set(u"window: next document shown (median of 20)"_s, size, u"%1 ms"_s.arg(median(next), 0, 'f', 1));

    // Common words, a name, a phrase, a prefix, a word in no article.
    const QStringList queries{u"minister"_s, u"said"_s, u"Norhaven"_s, u"\"according to\""_s, u"harb*"_s, u"zyxwvut"_s};
    QList<double> searches;
    for (const QString &query : queries) {
        timer.restart();
        browser->searchField()->setText(query);
        emit browser->searchField()->returnPressed();
        // On a large project the rows come from a worker thread.
        if (browser->model()->isPending()) {
            QEventLoop loop;
            QObject::connect(browser->model(), &CorpusModel::queryFinished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        browser->view()->viewport()->repaint();
        searches.append(timer.nsecsElapsed() / 1e6);
    }
    table.set(u"window: search, list shown (median of 6 queries)"_s, size,
              u"%1 ms (max %2 ms)"_s.arg(median(searches), 0, 'f', 1).arg(*std::max_element(searches.cbegin(), searches.cend()), 0, 'f', 1));
    browser->searchField()->clear();
    emit browser->searchField()->returnPressed();
}

void runSize(const Options &options, int size, const QString &dir, Table &table)
{
    std::printf("\n== %d articles ==\n", size);
    QDir().mkpath(dir);
    const QString jsonl = dir + u"/articles.jsonl"_s;
    const QString project = dir + u"/scale.copydesk"_s;
    qint64 textBytes = 0;
    QString error;
    QElapsedTimer timer;
    timer.start();
    // The articles of an earlier run in DIR are the same (the generator is deterministic).
    const QString countFile = dir + u"/articles.count"_s;
    QFile counted(countFile);
    if (counted.open(QIODevice::ReadOnly) && counted.readAll().split(' ').value(0).toInt() == size && QFileInfo::exists(jsonl)) {
        counted.seek(0);
        textBytes = counted.readAll().split(' ').value(1).toLongLong();
    } else if (Bench::ArticleGenerator().writeJsonl(jsonl, size, &textBytes, &error)) {
        counted.close();
        if (counted.open(QIODevice::WriteOnly | QIODevice::Truncate))
            counted.write(QByteArray::number(size) + ' ' + QByteArray::number(textBytes));
    } else {
        std::printf("cannot write %s: %s\n", qPrintable(jsonl), qPrintable(error));
        return;
    }
    const double textMb = textBytes / 1e6;
    table.set(u"articles: text (JSONL)"_s, size, u"%1 MB (%2 MB)"_s.arg(textMb, 0, 'f', 1).arg(QFileInfo(jsonl).size() / 1e6, 0, 'f', 1));
    std::printf("  (generated in %.1f s)\n", timer.nsecsElapsed() / 1e9);

    const Bench::ProcessRunner cli(QStringLiteral(COPYDESK_CLI), dir, options.timeout);
    auto want = [&](const QString &step) { return options.steps.contains(step); };
    if (want(u"import"_s)) {
        QFile::remove(project);
        QFile::remove(project + u"-wal"_s);
        cli.run({u"new"_s, project});
        const Bench::ProcessResult r = cli.run({u"import"_s, project, jsonl});
        table.set(u"import"_s, size, describe(r, QFileInfo(jsonl).size() / 1e6));
        if (want(u"floor"_s)) {
            const QString floorDb = dir + u"/floor.sqlite"_s;
            QFile::remove(floorDb);
            const Bench::ProcessRunner python(u"python3"_s, dir, options.timeout);
            const Bench::ProcessResult f = python.run({QStringLiteral(COPYDESK_SOURCE_DIR "/tests/bench/sqlite_floor.py"), jsonl, floorDb});
            table.set(u"import floor: Python sqlite3 + FTS5"_s, size,
                      describe(f) + (r.ok() && f.ok() ? u"; import is %1×"_s.arg(r.wallSeconds / f.wallSeconds, 0, 'f', 2) : QString()));
        }
    }
    const qint64 importedBytes = projectBytes(project);
    qint64 suggestions = 0;
    if (want(u"annotate"_s)) {
        const Bench::ProcessResult r = cli.run({u"annotate"_s, project, u"--jobs"_s, QString::number(options.jobs)});
        QString text = describe(r, textMb);
        if (r.ok())
            text += u"; %1 MB per CPU-second"_s.arg(textMb / r.cpuSeconds, 0, 'f', 2);
        table.set(u"annotate, all layers, --jobs %1"_s.arg(options.jobs), size, text);
    }
    if (want(u"stats"_s)) {
        const QString out = dir + u"/stats.json"_s;
        const Bench::ProcessResult r = cli.run({u"stats"_s, project, u"--json"_s}, out);
        table.set(u"stats --json"_s, size, describe(r));
        QFile file(out);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject stats = QJsonDocument::fromJson(file.readAll()).object();
            suggestions = stats.value(u"layers"_s).toObject().isEmpty() ? 0 : qint64(stats.value(u"annotations"_s).toDouble());
        }
    }
    if (want(u"sourcing"_s))
        table.set(u"stats --sourcing --json"_s, size, describe(cli.run({u"stats"_s, project, u"--sourcing"_s, u"--json"_s}, dir + u"/sourcing.json"_s)));
    if (want(u"check"_s))
        table.set(u"check"_s, size, describe(cli.run({u"check"_s, project})));
    if (want(u"export"_s)) {
        const QString out = dir + u"/export.jsonl"_s;
        QFile::remove(out);
        const Bench::ProcessResult r = cli.run({u"export"_s, project, u"--format"_s, u"jsonl"_s, u"--status"_s,
                                                u"suggested,accepted,manual,rejected"_s, u"-o"_s, out});
        table.set(u"export jsonl, all statuses"_s, size, describe(r, QFileInfo(out).size() / 1e6) + u" (%1 MB written)"_s.arg(QFileInfo(out).size() / 1e6, 0, 'f', 0));
    }
    const qint64 bytes = projectBytes(project);
    QString file = u"%1 MB"_s.arg(bytes / 1e6, 0, 'f', 1);
    if (suggestions > 0 && bytes > importedBytes)
        file += u"; %1 annotations, %2 bytes each"_s.arg(suggestions).arg(double(bytes - importedBytes) / double(suggestions), 0, 'f', 1);
    table.set(u"project file"_s, size, file);
    if (want(u"window"_s))
        measureWindow(project, size, table);
    if (want(u"screenshot"_s)) {
        const Bench::ProcessRunner app(QStringLiteral(COPYDESK_APP), dir, options.timeout);
        const Bench::ProcessResult r = app.run({project, u"--screenshot"_s, dir + u"/window.png"_s, u"--size"_s, u"1500x950"_s});
        table.set(u"copydesk --screenshot (whole process)"_s, size, describe(r));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // The window and the programs it starts keep their settings and data here, not the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("COPYDESK_ANNOTATOR", "bench");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"sizes"_s, u"Numbers of articles, comma-separated."_s, u"list"_s, u"1000,10000,100000"_s},
        {u"jobs"_s, u"annotate --jobs."_s, u"n"_s, u"2"_s},
        {u"dir"_s, u"Keep generated files and projects in DIR/N."_s, u"dir"_s},
        {u"timeout"_s, u"Stop a step after this many seconds."_s, u"s"_s, u"3600"_s},
        {u"steps"_s, u"Steps to run."_s, u"list"_s, u"import,floor,annotate,stats,sourcing,check,export,window,screenshot"_s},
    });
    parser.process(app);
    Options options;
    for (const QString &size : parser.value(u"sizes"_s).split(u',', Qt::SkipEmptyParts))
        options.sizes.append(size.toInt());
    options.jobs = parser.value(u"jobs"_s).toInt();
    options.timeout = parser.value(u"timeout"_s).toInt();
    options.steps = parser.value(u"steps"_s).split(u',', Qt::SkipEmptyParts);
    QTemporaryDir temporary;
    const QString base = parser.isSet(u"dir"_s) ? QDir(parser.value(u"dir"_s)).absolutePath() : temporary.path();
    Table table;
    for (int size : std::as_const(options.sizes))
        runSize(options, size, base + u'/' + QString::number(size), table);
    table.print(options.sizes);
    return 0;
}
