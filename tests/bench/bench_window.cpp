// Opens a 1 MB article with 20,000 annotations in the whole window (store read, view spans,
// tooltips, annotation panel) and prints how long it takes. Usage: bench_window [annotations].
#include <time.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "articleview.h"
#include "mainwindow.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The GUI thread's CPU time: on a machine shared with other work the wall clock overstates.
static double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

int main(int argc, char *argv[])
{
    qputenv("COPYDESK_ANNOTATOR", "bench");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.copydesk"_s);
    {
        ProjectStore store;
        if (!store.open(path, ProjectStore::OpenMode::Create, nullptr))
            return 1;
        Document doc;
        doc.externalId = u"big"_s;
        const QString paragraph = u"Minister Ada Lind said on Monday that the port of Kelmar would reopen, officials told reporters. "_s.repeated(3);
        while (doc.text.size() < 1000000)
            doc.text += paragraph + u"\n\n"_s;
        const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"bench"_s);
        QList<NewAnnotation> annotations;
        const QStringList labels{u"PERSON"_s, u"GPE"_s, u"DATE"_s, u"CUE"_s, u"SOURCE"_s};
        const qint64 step = doc.text.size() / count;
        for (int i = 0; i < count; ++i) {
            const qint64 start = i * step;
            annotations.append({{}, labels.at(i % labels.size()), start, start + qMin<qint64>(step, 12), {},
                                i % 3 ? AnnotationStatus::Accepted : AnnotationStatus::Suggested, file, 0.8, {}, {}});
        }
        if (!store.addDocument(doc, annotations, {}, u"bench"_s))
            return 1;
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    QString error;
    if (!window.openProject(path, &error)) {
        out << error << '\n';
        return 1;
    }
    QCoreApplication::processEvents();
    const double openMs = timer.nsecsElapsed() / 1e6;
    out << "bench_window: 1 MB article, " << count << " annotations\n";
    out << "open the project and show the document (store, view, panel, first paint): " << Qt::fixed << qSetRealNumberPrecision(0)
        << openMs << " ms (GUI thread CPU " << threadCpuMs() - cpuStart << " ms)\n";
    timer.restart();
    window.articleView()->setSelectedSpan(window.articleView()->spans().at(count / 2).id);
    QCoreApplication::processEvents();
    out << "select an annotation in the middle (view + panel): " << timer.nsecsElapsed() / 1e6 << " ms\n";
    return 0;
}
