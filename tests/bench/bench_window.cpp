// Opens a 1 MB article with 20,000 annotations in the whole window (store read, view spans,
// tooltips, annotation panel) and prints how long it takes. Usage: bench_window [annotations].
// bench_window --project P opens an existing project instead (e.g. bench_scale's 100,000
// articles, to profile the window's start: valgrind --tool=callgrind
// --toggle-collect='Copydesk::MainWindow::openProject*' bench_window --project P).
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "articleview.h"
#include "bigarticleproject.h"
#include "mainwindow.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

int main(int argc, char *argv[])
{
    qputenv("COPYDESK_ANNOTATOR", "bench");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype projectOption = arguments.indexOf(u"--project"_s);
    const QString existing = projectOption > 0 ? arguments.value(projectOption + 1) : QString();
    const int count = existing.isEmpty() && argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = existing.isEmpty() ? dir.filePath(u"big.copydesk"_s) : existing;
    if (existing.isEmpty() && !CopydeskBench::makeBigArticleProject(path, count))
        return 1;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = CopydeskBench::threadCpuMs();
    QString error;
    if (!window.openProject(path, &error)) {
        out << error << '\n';
        return 1;
    }
    QCoreApplication::processEvents();
    const double openMs = timer.nsecsElapsed() / 1e6;
    if (!existing.isEmpty()) {
        out << "bench_window: " << existing << ": opened, first article shown in " << Qt::fixed << qSetRealNumberPrecision(0)
            << openMs << " ms\n";
        return 0;
    }
    out << "bench_window: 1 MB article, " << count << " annotations\n";
    out << "open the project and show the document (store, view, panel, first paint): " << Qt::fixed << qSetRealNumberPrecision(0)
        << openMs << " ms (GUI thread CPU " << CopydeskBench::threadCpuMs() - cpuStart << " ms)\n";
    timer.restart();
    window.articleView()->setSelectedSpan(window.articleView()->spans().at(count / 2).id);
    QCoreApplication::processEvents();
    out << "select an annotation in the middle (view + panel): " << timer.nsecsElapsed() / 1e6 << " ms\n";
    return 0;
}
