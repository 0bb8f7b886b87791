// Imports N generated news articles into a new project (full-text index on), exports them
// again, and prints documents/s and MB/s for each. Usage: bench_import [N] (default 10000).
#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include "exporter.h"
#include "formats/jsonlformat.h"
#include "importer.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

static QString article(QRandomGenerator &random, int number)
{
    static const QStringList words{
        u"government"_s, u"minister"_s, u"said"_s, u"talks"_s, u"would"_s, u"resume"_s, u"on"_s, u"Monday"_s, u"after"_s,
        u"officials"_s, u"in"_s, u"the"_s, u"capital"_s, u"described"_s, u"progress"_s, u"as"_s, u"slow"_s, u"but"_s,
        u"steady"_s, u"according"_s, u"to"_s, u"a"_s, u"statement"_s, u"from"_s, u"ministry"_s, u"of"_s, u"trade"_s,
        u"exports"_s, u"rose"_s, u"by"_s, u"percent"_s, u"last"_s, u"year"_s, u"while"_s, u"analysts"_s, u"warned"_s,
        u"that"_s, u"prices"_s, u"could"_s, u"climb"_s, u"further"_s, u"São"_s, u"Paulo"_s, u"Zürich"_s, u"café"_s,
        u"négociations"_s, u"“quoted”"_s, u"—"_s, u"東京"_s, u"😀"_s};
    QString text = u"Report %1: talks resume\n\n"_s.arg(number);
    const int paragraphs = 6 + int(random.bounded(6));
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = 3 + int(random.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            const int length = 12 + int(random.bounded(14));
            QString sentence;
            for (int w = 0; w < length; ++w) {
                if (w)
                    sentence += u' ';
                sentence += words.at(int(random.bounded(words.size())));
            }
            sentence[0] = sentence[0].toUpper();
            text += sentence + u". "_s;
        }
        text += u"\n\n"_s;
    }
    return text;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString input = dir.filePath(u"articles.jsonl"_s);
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QRandomGenerator random(42);
        for (int i = 0; i < count; ++i) {
            const QString text = article(random, i);
            const QJsonObject doc{{u"id"_s, u"article-%1"_s.arg(i)}, {u"text"_s, text},
                                  {u"meta"_s, QJsonObject{{u"source"_s, u"Bench Wire"_s}}},
                                  {u"spans"_s, QJsonArray{QJsonObject{{u"id"_s, u"h"_s}, {u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"HEADLINE"_s}},
                                                          QJsonObject{{u"id"_s, u"d"_s}, {u"start"_s, 12}, {u"end"_s, 24}, {u"label"_s, u"DATE"_s}}}}};
            file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
            file.write("\n");
        }
    }
    const double megabytes = QFileInfo(input).size() / 1e6;
    out << "bench_import: " << count << " generated articles, " << Qt::fixed << qSetRealNumberPrecision(1) << megabytes
        << " MB of JSONL\n";

    ProjectStore store;
    QString error;
    if (!store.open(dir.filePath(u"bench.copydesk"_s), ProjectStore::OpenMode::Create, &error)) {
        out << error << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Importer importer(store, {});
    const ImportReport report = importer.run({input});
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!report.problems.isEmpty() || report.documents != count) {
        out << "import failed: " << (report.problems.isEmpty() ? u"?"_s : report.problems.first().toString()) << '\n';
        return 1;
    }
    out << qSetRealNumberPrecision(1) << "import: " << importSeconds << " s, " << qSetRealNumberPrecision(0)
        << count / importSeconds << " documents/s, " << qSetRealNumberPrecision(1) << megabytes / importSeconds
        << " MB/s (full-text index on)\n";

    QFile output(dir.filePath(u"export.jsonl"_s));
    if (!output.open(QIODevice::WriteOnly))
        return 1;
    timer.restart();
    JsonlWriter writer;
    ExportReport exportReport;
    if (!exportProject(store, writer, &output, {}, &exportReport, &error)) {
        out << "export failed: " << error << '\n';
        return 1;
    }
    output.close();
    const double exportSeconds = timer.nsecsElapsed() / 1e9;
    const double exportedMegabytes = QFileInfo(output).size() / 1e6;
    out << qSetRealNumberPrecision(1) << "export: " << exportSeconds << " s, " << qSetRealNumberPrecision(0)
        << count / exportSeconds << " documents/s, " << qSetRealNumberPrecision(1) << exportedMegabytes / exportSeconds
        << " MB/s\n";
    out << "project file: " << QFileInfo(dir.filePath(u"bench.copydesk"_s)).size() / 1e6 << " MB\n";
    return 0;
}
