#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Runs copydesk-cli as a user would and checks exit statuses and outputs.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void exitStatuses_data();
    void exitStatuses();
    void importExportStats();
    void helpOnEveryCommand();
    void concurrentWriters();
    void killDuringImport();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = {});
    QString writeArticles(const QString &name, int count, int firstNumber = 0);
    QTemporaryDir m_dir;
};

TestCli::Result TestCli::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    // The messages checked below are the English ones, whatever the machine's language.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COPYDESK_CLI), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Generated news-like articles, each with five spans and two relations.
QString TestCli::writeArticles(const QString &name, int count, int firstNumber)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        QString text = u"Minister Ada Lind said on Monday that the port of Kelmar would reopen (report %1). "_s.arg(i);
        for (int k = 0; k < 40; ++k)
            text += u"Officials in Kelmar described the repairs as slow but steady, and traders waited. "_s;
        const QJsonObject doc{
            {u"id"_s, u"doc-%1"_s.arg(i)}, {u"text"_s, text}, {u"meta"_s, QJsonObject{{u"source"_s, u"Test Wire"_s}}},
            {u"spans"_s, QJsonArray{
                QJsonObject{{u"id"_s, u"s"_s}, {u"start"_s, 9}, {u"end"_s, 17}, {u"label"_s, u"SOURCE"_s}},
                QJsonObject{{u"id"_s, u"p"_s}, {u"start"_s, 9}, {u"end"_s, 17}, {u"label"_s, u"PERSON"_s}},
                QJsonObject{{u"id"_s, u"c"_s}, {u"start"_s, 18}, {u"end"_s, 22}, {u"label"_s, u"CUE"_s}},
                QJsonObject{{u"id"_s, u"d"_s}, {u"start"_s, 26}, {u"end"_s, 32}, {u"label"_s, u"DATE"_s}},
                QJsonObject{{u"id"_s, u"q"_s}, {u"start"_s, 38}, {u"end"_s, 69}, {u"label"_s, u"QUOTE"_s},
                            {u"attrs"_s, QJsonObject{{u"form"_s, u"indirect"_s}}}}}},
            {u"relations"_s, QJsonArray{QJsonObject{{u"label"_s, u"SPEAKER"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"s"_s}},
                                        QJsonObject{{u"label"_s, u"CUE"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"c"_s}}}}};
        file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    return path;
}

void TestCli::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList() << 2;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("new without file") << QStringList{u"new"_s} << 2;
    QTest::newRow("import without paths") << QStringList{u"import"_s, u"x.copydesk"_s} << 2;
    QTest::newRow("missing project") << QStringList{u"stats"_s, u"missing.copydesk"_s} << 1;
    QTest::newRow("unknown option") << QStringList{u"stats"_s, u"--frob"_s, u"x.copydesk"_s} << 2;
}

void TestCli::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY(!result.err.isEmpty());
}

void TestCli::importExportStats()
{
    const QString project = m_dir.filePath(u"cli.copydesk"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 1); // never overwrites
    const QString articles = writeArticles(u"articles.jsonl"_s, 3);
    QFile bad(m_dir.filePath(u"bad.txt"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("bad \xFF byte");
    bad.close();

    const Result imported = cli({u"import"_s, project, articles, bad.fileName()});
    QCOMPARE(imported.exitCode, 1); // one input failed, the others are in
    QVERIFY(imported.err.contains("bad.txt: invalid UTF-8 at byte 4"));
    QVERIFY(imported.err.contains("Imported 3 documents"));

    const Result again = cli({u"import"_s, project, articles});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.contains("already in the project"));

    const Result stats = cli({u"stats"_s, project, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(json.value(u"documents").toInt(), 3);
    QCOMPARE(json.value(u"annotations").toInt(), 15);
    QVERIFY(json.value(u"annotators").toObject().contains(u"articles.jsonl"));
    QCOMPARE(json.value(u"labels").toObject().value(u"QUOTE").toObject().value(u"total").toInt(), 3);

    const Result exported = cli({u"export"_s, project, u"--format"_s, u"jsonl"_s});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out.count('\n'), 3);
    const Result onlyCues = cli({u"export"_s, project, u"--status"_s, u"rejected"_s});
    QCOMPARE(onlyCues.exitCode, 0);
    QVERIFY(onlyCues.out.contains("\"spans\":[]"));
    QCOMPARE(cli({u"export"_s, project, u"--format"_s, u"nope"_s}).exitCode, 2);
    QCOMPARE(cli({u"export"_s, project, u"--annotators"_s, u"nobody"_s}).exitCode, 1);

    const QString outFile = m_dir.filePath(u"out.jsonl"_s);
    QCOMPARE(cli({u"export"_s, project, u"-o"_s, outFile}).exitCode, 0);
    QFile out(outFile);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), exported.out);
    QCOMPARE(cli({u"check"_s, project}).exitCode, 0);
}

void TestCli::helpOnEveryCommand()
{
    for (const QString &command : {u"new"_s, u"import"_s, u"export"_s, u"stats"_s, u"check"_s, u"annotate-jsonl"_s}) {
        const Result result = cli({command, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Usage:"), qPrintable(command));
    }
}

void TestCli::concurrentWriters()
{
    const QString project = m_dir.filePath(u"shared.copydesk"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    const QString a = writeArticles(u"a.jsonl"_s, 400, 1000);
    const QString b = writeArticles(u"b.jsonl"_s, 400, 2000);
    QProcess first, second;
    first.start(QStringLiteral(COPYDESK_CLI), {u"import"_s, project, a});
    second.start(QStringLiteral(COPYDESK_CLI), {u"import"_s, project, b});
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(cli({u"check"_s, project}).exitCode, 0);
    ProjectStore store;
    QVERIFY(store.open(project, ProjectStore::OpenMode::Existing, nullptr));
    QCOMPARE(store.documentCount(), 800);
    QCOMPARE(store.statistics().annotations, 4000);
}

// The import is told to pause after its 1,234th document (batches of 500 are committed, so
// 234 are then in the open transaction) and is killed there: the project keeps exactly the
// committed documents, whole, and passes check.
void TestCli::killDuringImport()
{
    const QString project = m_dir.filePath(u"killed.copydesk"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    const QString articles = writeArticles(u"large.jsonl"_s, 1500, 50000);
    QProcess import;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COPYDESK_PAUSE_AFTER_DOCUMENTS"_s, u"1234"_s);
    import.setProcessEnvironment(environment);
    import.setReadChannel(QProcess::StandardError);
    import.start(QStringLiteral(COPYDESK_CLI), {u"import"_s, project, articles});
    QVERIFY(import.waitForStarted());
    // Wait for the pause (the limit only bounds a failure: an import that never pauses).
    QByteArray err;
    while (!err.contains("paused after") && import.state() == QProcess::Running) {
        import.waitForReadyRead(300000);
        err += import.readAllStandardError();
    }
    const QRegularExpressionMatch paused = QRegularExpression(u"paused after (\\d+) documents, (\\d+) committed"_s)
                                               .match(QString::fromUtf8(err));
    QVERIFY2(paused.hasMatch(), err.constData());
    QVERIFY2(import.state() == QProcess::Running, err.constData());
    ::kill(pid_t(import.processId()), SIGKILL);
    QVERIFY(import.waitForFinished());
    const int stored = paused.captured(1).toInt();
    const int committed = paused.captured(2).toInt();
    QCOMPARE(stored, 1234);
    QVERIFY2(committed > 0 && committed < stored, "the kill must hit an open transaction after committed ones");

    const Result checked = cli({u"check"_s, project});
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    ProjectStore store;
    QVERIFY(store.open(project, ProjectStore::OpenMode::Existing, nullptr));
    // Exactly the committed documents, none of the open transaction, each whole.
    QCOMPARE(store.documentCount(), committed);
    const ProjectStatistics stats = store.statistics();
    QCOMPARE(stats.annotations, committed * 5);
    QCOMPARE(stats.relations, committed * 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
