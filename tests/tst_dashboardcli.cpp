#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `copydesk-cli stats P --sourcing --csv [--table T] [filters]`, run as a user would.
class TestDashboardCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneTable();
    void allTables();
    void filters_data();
    void filters();
    void usage_data();
    void usage();
    void jsonUnchanged();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_project;
};

TestDashboardCli::Result TestDashboardCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COPYDESK_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Three invented articles in Copydesk JSONL, each a quote and its speaker.
void TestDashboardCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString jsonl = m_dir.filePath(u"articles.jsonl"_s);
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::WriteOnly));
    struct Article { QString id, source, date, speaker, kind; };
    const QList<Article> articles{{u"a1"_s, u"Harbour Times"_s, u"2023-11-02"_s, u"Ivo Berg"_s, u"person"_s},
                                  {u"a2"_s, u"Harbour Times"_s, u"2023-12-14"_s, u"a port worker"_s, u"anonymous"_s},
                                  {u"a3"_s, u"Valley News"_s, u"2023-12-20"_s, u"Ivo Berg"_s, u"person"_s}};
    for (const Article &a : articles) {
        const QString quote = u"Ferries to the %1 island stop in winter"_s.arg(a.id);
        const QString text = u"\""_s + quote + u",\" "_s + a.speaker + u" said.\n"_s;
        const qsizetype speakerStart = quote.size() + 4;
        const QJsonArray spans{
            QJsonObject{{u"id"_s, u"q"_s}, {u"label"_s, u"QUOTE"_s}, {u"start"_s, 1}, {u"end"_s, 1 + quote.size()},
                        {u"attrs"_s, QJsonObject{{u"form"_s, u"direct"_s}}}},
            QJsonObject{{u"id"_s, u"s"_s}, {u"label"_s, u"SOURCE"_s}, {u"start"_s, speakerStart},
                        {u"end"_s, speakerStart + a.speaker.size()}, {u"attrs"_s, QJsonObject{{u"kind"_s, a.kind}}}}};
        const QJsonArray relations{QJsonObject{{u"label"_s, u"SPEAKER"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"s"_s}}};
        const QJsonObject meta{{u"source"_s, a.source}, {u"published"_s, a.date}};
        file.write(QJsonDocument(QJsonObject{{u"id"_s, a.id}, {u"text"_s, text}, {u"source"_s, a.source},
                                             {u"published"_s, a.date}, {u"meta"_s, meta}, {u"spans"_s, spans},
                                             {u"relations"_s, relations}})
                       .toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    file.close();
    m_project = m_dir.filePath(u"p.copydesk"_s);
    const Result init = cli({u"new"_s, m_project});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const Result imported = cli({u"import"_s, m_project, jsonl});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TestDashboardCli::oneTable()
{
    const Result r = cli({u"stats"_s, m_project, u"--sourcing"_s, u"--csv"_s, u"--table"_s, u"speakers"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.value(0), QByteArray("speaker,kind,quotes,direct,indirect,mixed,words,documents\r"));
    QVERIFY2(lines.value(1).startsWith("Ivo Berg,person,2,2,0,0,"), r.out.constData());
    QVERIFY2(lines.value(1).endsWith(",2\r"), r.out.constData());
    QVERIFY(!r.out.contains('#')); // one table: nothing but CSV
}

void TestDashboardCli::allTables()
{
    const Result r = cli({u"stats"_s, m_project, u"--sourcing"_s, u"--csv"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *name : {"speakers", "publications", "months", "articles", "progress"})
        QVERIFY2(r.out.contains("# " + QByteArray(name) + "\r\n"), name);
    QVERIFY(r.out.startsWith("# speakers\r\nspeaker,"));
    QVERIFY(r.out.contains("\r\n\r\n# publications\r\nsource,"));
    QVERIFY2(r.out.contains("\r\n2023-12,2,2,1,"), r.out.constData());
}

void TestDashboardCli::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("articles");
    QTest::newRow("none") << QStringList() << 3;
    QTest::newRow("source") << QStringList{u"--source"_s, u"harbour"_s} << 2;
    QTest::newRow("month") << QStringList{u"--from"_s, u"2023-12"_s, u"--to"_s, u"2023-12"_s} << 2;
    QTest::newRow("to a day") << QStringList{u"--to"_s, u"2023-12-14"_s} << 2;
    QTest::newRow("status") << QStringList{u"--status"_s, u"in-progress"_s} << 0;
    QTest::newRow("new") << QStringList{u"--status"_s, u"new"_s} << 3;
    QTest::newRow("nobody") << QStringList{u"--annotator"_s, u"Nobody"_s} << 0;
}

void TestDashboardCli::filters()
{
    QFETCH(QStringList, options);
    QFETCH(int, articles);
    const Result r = cli(QStringList{u"stats"_s, m_project, u"--sourcing"_s, u"--csv"_s, u"--table"_s, u"articles"_s} + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count("\r\n"), articles + 1);
}

void TestDashboardCli::usage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("table") << QStringList{u"--sourcing"_s, u"--csv"_s, u"--table"_s, u"people"_s};
    QTest::newRow("date") << QStringList{u"--sourcing"_s, u"--csv"_s, u"--from"_s, u"yesterday"_s};
    QTest::newRow("status") << QStringList{u"--sourcing"_s, u"--csv"_s, u"--status"_s, u"finished"_s};
    QTest::newRow("csv alone") << QStringList{u"--csv"_s};
}

void TestDashboardCli::usage()
{
    QFETCH(QStringList, options);
    const Result r = cli(QStringList{u"stats"_s, m_project} + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestDashboardCli::jsonUnchanged()
{
    const Result r = cli({u"stats"_s, m_project, u"--sourcing"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"documents").toArray().size(), 3);
    QVERIFY(root.contains(u"total"));
}

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "tst_dashboardcli.moc"
