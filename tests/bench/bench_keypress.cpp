// A key press in the window on a 1 MB article with 20,000 spans: A (accept, and on to the next
// suggestion) or R, from the key event to the change committed in the project file and the
// article repainted. Prints the median, 95th and 99th percentiles (goal: under 16 ms at the
// 99th, one frame at 60 Hz). Usage: QT_QPA_PLATFORM=offscreen bench_keypress [presses]
#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "annotationpanel.h"
#include "articleview.h"
#include "bigarticleproject.h"
#include "mainwindow.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5)));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("COPYDESK_ANNOTATOR", "bench");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int presses = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.copydesk"_s);
    if (!CopydeskBench::makeBigArticleProject(path, 20000))
        return 1;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QString error;
    if (!window.openProject(path, &error)) {
        out << error << '\n';
        return 1;
    }
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    ArticleView *view = window.articleView();
    view->setFocus();
    window.annotationPanel()->selectNextSuggestion();
    std::vector<double> times;
    std::vector<double> cpuTimes;
    times.reserve(size_t(presses));
    QElapsedTimer timer;
    for (int i = 0; i < presses; ++i) {
        timer.start();
        const double cpuStart = CopydeskBench::threadCpuMs();
        QTest::keyClick(view, i % 4 == 3 ? Qt::Key_R : Qt::Key_A); // committed when it returns
        view->viewport()->repaint();                               // and painted
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(CopydeskBench::threadCpuMs() - cpuStart);
        QCoreApplication::processEvents(); // what waits for a pause (the sourcing card) may run
    }
    out << "bench_keypress: 1 MB article, 20000 annotations, " << presses << " key presses (A or R, then the next suggestion)\n";
    out << Qt::fixed << qSetRealNumberPrecision(1) << "key press to commit and repaint: median " << percentile(times, 0.5)
        << " ms, p95 " << percentile(times, 0.95) << " ms, p99 " << percentile(times, 0.99) << " ms, max "
        << *std::max_element(times.cbegin(), times.cend()) << " ms\n";
    out << "the same in GUI-thread CPU time: median " << percentile(cpuTimes, 0.5) << " ms, p95 " << percentile(cpuTimes, 0.95)
        << " ms, p99 " << percentile(cpuTimes, 0.99) << " ms\n";
    return 0;
}
