#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "dashboarddock.h"
#include "mainwindow.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The dashboard dock (widgets/dashboarddock.h): it counts in the background, draws a chart per
// table and exports each as PNG and CSV.
class TestDashboardDock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsAfterCounting();
    void exportsPngAndCsv_data();
    void exportsPngAndCsv();
    void filterRecounts();
    void dateRange();
    void recountsAfterAnEdit();
    void windowKeyShowsTheDashboard();

private:
    qint64 addArticle(const QString &source, const QString &published, const QStringList &speakers);
    bool waitForCount();

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<DashboardDock> m_dock;
    qint64 m_anna = 0;
};

// Sentences like `"The ferry runs late," Ivo Berg said.`; a speaker starting with "a " is anonymous.
qint64 TestDashboardDock::addArticle(const QString &source, const QString &published, const QStringList &speakers)
{
    QString text = u"News of the day.\n"_s;
    QList<NewAnnotation> spans;
    QList<NewRelation> relations;
    for (const QString &speaker : speakers) {
        const QString words = u"The ferry runs late"_s;
        NewAnnotation quote;
        quote.label = u"QUOTE"_s;
        quote.start = text.size() + 1;
        quote.end = quote.start + words.size();
        quote.attrs = {{u"form"_s, u"direct"_s}};
        quote.annotatorId = m_anna;
        text += u'"' + words + u",\" "_s;
        NewAnnotation mention = quote;
        mention.label = u"SOURCE"_s;
        mention.start = text.size();
        mention.end = mention.start + speaker.size();
        mention.attrs = {{u"kind"_s, speaker.startsWith(u"a "_s) ? u"anonymous"_s : u"person"_s}};
        text += speaker + u" said.\n"_s;
        spans.append(quote);
        spans.append(mention);
        relations.append({u"SPEAKER"_s, spans.size() - 2, spans.size() - 1, m_anna});
    }
    Document document;
    document.externalId = u"n%1"_s.arg(m_store->documentCount() + 1);
    document.text = text + document.externalId + u'\n';
    document.source = source;
    document.published = published;
    return m_store->addDocument(document, spans, relations, u"test"_s) ? document.id : 0;
}

bool TestDashboardDock::waitForCount()
{
    QSignalSpy computed(m_dock.get(), &DashboardDock::computed);
    return computed.wait(20000);
}

void TestDashboardDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir.filePath(u"dock.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    m_anna = m_store->ensureAnnotator(AnnotatorKind::Person, u"Anna"_s);
    QVERIFY(addArticle(u"Harbour Times"_s, u"2024-01-10"_s, {u"Ivo Berg"_s, u"a port worker"_s}));
    QVERIFY(addArticle(u"Harbour Times"_s, u"2024-02-03"_s, {u"Ivo Berg"_s}));
    QVERIFY(addArticle(u"Valley News"_s, u"2024-02-21"_s, {u"Mara Lind"_s, u"a resident"_s, u"Ivo Berg"_s}));
    QVERIFY(addArticle(u"Valley News"_s, u"2024-03-01"_s, {}));

    m_dock = std::make_unique<DashboardDock>();
    m_dock->resize(600, 800);
    m_dock->setStore(m_store.get());
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    if (m_dock->isComputing())
        QVERIFY(waitForCount());
    QVERIFY(!m_dock->isComputing());
}

void TestDashboardDock::chartsAfterCounting()
{
    QCOMPARE(m_dock->dashboard().documentsCounted, 4);
    for (int i = 0; i < dashboardTableCount; ++i) {
        const auto table = DashboardTable(i);
        QChartView *view = m_dock->chartView(table);
        QVERIFY(view);
        QVERIFY2(!view->chart()->series().isEmpty(), qPrintable(dashboardTableName(table)));
        QVERIFY(!view->chart()->axes().isEmpty());
    }
    // Each page's table is a sound item model.
    const QList<QAbstractItemModel *> models = m_dock->findChildren<QAbstractItemModel *>();
    QVERIFY(models.size() >= dashboardTableCount);
    for (QAbstractItemModel *model : models)
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_dock->findChildren<QToolButton *>(u"exportPng"_s).size(), dashboardTableCount);
    QCOMPARE(m_dock->findChildren<QToolButton *>(u"exportCsv"_s).size(), dashboardTableCount);
}

void TestDashboardDock::exportsPngAndCsv_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("speakers") << int(DashboardTable::Speakers) << QByteArray("speaker,kind,quotes,");
    QTest::newRow("publications") << int(DashboardTable::Publications) << QByteArray("source,documents,");
    QTest::newRow("months") << int(DashboardTable::Months) << QByteArray("month,documents,");
    QTest::newRow("articles") << int(DashboardTable::Articles) << QByteArray("document,external_id,");
    QTest::newRow("progress") << int(DashboardTable::Progress) << QByteArray("source,documents,new,");
}

void TestDashboardDock::exportsPngAndCsv()
{
    QFETCH(int, table);
    QFETCH(QByteArray, header);
    const auto t = DashboardTable(table);
    m_dock->showTable(t);
    QTemporaryDir out;
    if (!qEnvironmentVariableIsEmpty("COPYDESK_KEEP_TEST_FILES")) {
        out.setAutoRemove(false);
        qInfo("exports in %s", qPrintable(out.path()));
    }
    const QString png = out.filePath(dashboardTableName(t) + u".png"_s);
    const QString csv = out.filePath(dashboardTableName(t) + u".csv"_s);
    QString error;
    QVERIFY2(m_dock->exportPng(t, png, &error), qPrintable(error));
    QVERIFY2(m_dock->exportCsv(t, csv, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(header), bytes.constData());
    QCOMPARE(bytes.count("\r\n"), m_dock->dashboard().table(t).rows.size() + 1);
    // A folder that does not exist: an error, not a crash.
    QVERIFY(!m_dock->exportCsv(t, out.filePath(u"missing/x.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestDashboardDock::filterRecounts()
{
    auto *source = m_dock->findChild<QLineEdit *>(u"dashboardSource"_s);
    QVERIFY(source);
    source->setFocus();
    QTest::keyClicks(source, u"valley"_s);
    QVERIFY(waitForCount());
    QCOMPARE(m_dock->filter().source, u"valley"_s);
    QCOMPARE(m_dock->dashboard().documentsCounted, 2);
    source->clear();
    QVERIFY(waitForCount());
    QCOMPARE(m_dock->dashboard().documentsCounted, 4);
}

void TestDashboardDock::dateRange()
{
    auto *fromOn = m_dock->findChild<QCheckBox *>(u"dashboardFromOn"_s);
    auto *toOn = m_dock->findChild<QCheckBox *>(u"dashboardToOn"_s);
    auto *from = m_dock->findChild<QDateEdit *>(u"dashboardFrom"_s);
    auto *to = m_dock->findChild<QDateEdit *>(u"dashboardTo"_s);
    QVERIFY(fromOn && toOn && from && to);
    QVERIFY(!from->isEnabled()); // no bound until ticked
    from->setDate(QDate(2024, 2, 1));
    QVERIFY(!m_dock->filter().from.isValid());
    fromOn->setFocus();
    QTest::keyClick(fromOn, Qt::Key_Space);
    QVERIFY(from->isEnabled());
    QVERIFY(waitForCount());
    QCOMPARE(m_dock->dashboard().documentsCounted, 3);
    to->setDate(QDate(2024, 2, 28));
    toOn->setFocus();
    QTest::keyClick(toOn, Qt::Key_Space);
    QVERIFY(waitForCount());
    QCOMPARE(m_dock->filter().to, QDate(2024, 2, 28));
    QCOMPARE(m_dock->dashboard().documentsCounted, 2);
    QCOMPARE(m_dock->dashboard().table(DashboardTable::Months).rows.size(), 1);
    QTest::keyClick(fromOn, Qt::Key_Space);
    QTest::keyClick(toOn, Qt::Key_Space);
    QVERIFY(waitForCount());
    QCOMPARE(m_dock->dashboard().documentsCounted, 4);
}

void TestDashboardDock::recountsAfterAnEdit()
{
    QVERIFY(addArticle(u"City Wire"_s, u"2024-03-09"_s, {u"Ivo Berg"_s}));
    m_store->announceReset();
    QVERIFY(waitForCount());
    QCOMPARE(m_dock->dashboard().documentsCounted, 5);
    const DashboardTableData &speakers = m_dock->dashboard().table(DashboardTable::Speakers);
    QCOMPARE(speakers.rows.first().value(0).toString(), u"Ivo Berg"_s);
    QCOMPARE(speakers.rows.first().value(2).toLongLong(), 4);
}

void TestDashboardDock::windowKeyShowsTheDashboard()
{
    qputenv("COPYDESK_ANNOTATOR", "Tester"); // no dialog asking for a name
    QSettings().clear();                       // the test program's own settings: no saved layout
    MainWindow window;
    window.resize(1400, 900);
    QString error;
    QVERIFY2(window.openProject(m_store->path(), &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dock = window.findChild<DashboardDock *>();
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QAction *action = window.action(u"dashboard"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+B"_s));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_B,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isComputing(), 20000);
    QCOMPARE(dock->dashboard().documentsCounted, m_store->documentCount());
    QVERIFY(!dock->chartView(DashboardTable::Speakers)->chart()->series().isEmpty());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_B,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!dock->isVisible());
}

QTEST_MAIN(TestDashboardDock)
#include "tst_dashboarddock.moc"
