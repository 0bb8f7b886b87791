#include <csignal>
#include <thread>

#include <sys/stat.h>

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
#include "sqlite.h"

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
    void waitsForAnotherWriter();
    void killDuringImport();
    void exportToSpecialFiles_data();
    void exportToSpecialFiles();
    void namesCannotForgeLines();
    void exportDecisionsByDefault();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = {}, const QString &standardOutput = {});
    QString writeArticles(const QString &name, int count, int firstNumber = 0);
    QTemporaryDir m_dir;
};

TestCli::Result TestCli::cli(const QStringList &arguments, const QByteArray &input, const QString &standardOutput)
{
    QProcess process;
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput);
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
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    QCOMPARE(cli({u"check"_s, project}).exitCode, 0);
    ProjectStore store;
    QVERIFY(store.open(project, ProjectStore::OpenMode::Existing, nullptr));
    QCOMPARE(store.documentCount(), 800);
    QCOMPARE(store.statistics().annotations, 4000);
}

// Another program holds the write lock for longer than the window's ten seconds: the command
// line waits for it (up to two minutes) instead of failing with "busy".
void TestCli::waitsForAnotherWriter()
{
    const QString project = m_dir.filePath(u"locked.copydesk"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    const QString articles = writeArticles(u"locked.jsonl"_s, 3, 5000);
    Sql::Database holder;
    QVERIFY(holder.open(project, Sql::Database::Access::ReadWrite));
    QVERIFY(holder.exec("BEGIN IMMEDIATE"));
    QProcess import;
    import.start(QStringLiteral(COPYDESK_CLI), {u"import"_s, project, articles});
    QVERIFY(import.waitForStarted());
    QTest::qWait(Sql::Database::busyTimeoutMilliseconds + 1500);
    QCOMPARE(import.state(), QProcess::Running); // still waiting, not given up
    QVERIFY(holder.exec("ROLLBACK"));
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    ProjectStore store;
    QVERIFY(store.open(project, ProjectStore::OpenMode::Existing, nullptr));
    QCOMPARE(store.documentCount(), 3);
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

void TestCli::exportToSpecialFiles_data()
{
    QTest::addColumn<QStringList>("output");   // the export's -o arguments
    QTest::addColumn<QString>("redirect");     // its standard output, when not a pipe
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("-o - is standard output") << QStringList{u"-o"_s, u"-"_s} << QString() << 0 << u"in 3 document"_s;
    QTest::newRow("standard output on /dev/full") << QStringList() << u"/dev/full"_s << 1 << u"disk is full"_s;
    QTest::newRow("-o /dev/full") << QStringList{u"-o"_s, u"/dev/full"_s} << QString() << 1 << u"disk is full"_s;
    QTest::newRow("-o /dev/null") << QStringList{u"-o"_s, u"/dev/null"_s} << QString() << 0 << u"in 3 document"_s;
    QTest::newRow("-o a FIFO") << QStringList{u"-o"_s, u"FIFO"_s} << QString() << 0 << u"in 3 document"_s;
    QTest::newRow("brat to standard output") << QStringList{u"--format"_s, u"brat"_s, u"-o"_s, u"-"_s} << QString() << 2
                                             << u"writes a folder"_s;
}

// Special files are written into, never replaced; write errors fail with a message.
void TestCli::exportToSpecialFiles()
{
    QFETCH(QStringList, output);
    QFETCH(QString, redirect);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString project = m_dir.filePath(u"special.copydesk"_s);
    if (!QFileInfo::exists(project)) {
        QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
        QCOMPARE(cli({u"import"_s, project, writeArticles(u"special.jsonl"_s, 3)}).exitCode, 0);
    }
    const QString target = output.value(output.indexOf(u"-o"_s) + 1);
    if ((!target.isEmpty() && target.startsWith(u"/dev/") && !QFileInfo::exists(target)) || (!redirect.isEmpty() && !QFileInfo::exists(redirect)))
        QSKIP("no such device here");
    QByteArray fromFifo;
    std::thread reader;
    if (target == u"FIFO") {
        const QString fifo = m_dir.filePath(u"export.fifo"_s);
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        output.last() = fifo;
        reader = std::thread([fifo, &fromFifo] {
            QFile in(fifo);
            if (in.open(QIODevice::ReadOnly))
                fromFifo = in.readAll();
        });
    }
    const Result result = cli(QStringList{u"export"_s, project} + output, {}, redirect);
    if (reader.joinable())
        reader.join();
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    if (output.value(1) == u"-")
        QCOMPARE(result.out.count('\n'), 3);
    if (target == u"FIFO") {
        QCOMPARE(fromFifo.count('\n'), 3);
        struct stat status;
        QCOMPARE(::stat(QFile::encodeName(output.last()).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode)); // still a FIFO, not a file renamed over it
    }
    if (target.startsWith(u"/dev/"))
        QVERIFY(!QFileInfo(target).isFile());
}

// A file name holding a line break is written escaped: it cannot forge a line of the summary.
void TestCli::namesCannotForgeLines()
{
    const QString project = m_dir.filePath(u"names.copydesk"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    const QString evil = m_dir.filePath(u"x\nImported 999 documents with 0 annotations.txt"_s);
    QFile file(evil);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("bad \xFF byte");
    file.close();
    const Result result = cli({u"import"_s, project, evil});
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.err.split('\n');
    for (const QByteArray &line : lines)
        QVERIFY2(!line.startsWith("Imported 999"), result.err.constData());
    QVERIFY2(result.err.contains("x\\nImported 999 documents with 0 annotations.txt: invalid UTF-8"), result.err.constData());
}

// Exports are training data: decisions unless --status names suggestions; each format says what
// it wrote in its own terms, what it could not hold, and when suggestions go in as decisions.
void TestCli::exportDecisionsByDefault()
{
    const QString project = m_dir.filePath(u"review.copydesk"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    const QJsonObject doc{
        {u"id"_s, u"review"_s}, {u"text"_s, u"Mira Lind said the Kelmar port reopens."_s},
        {u"spans"_s, QJsonArray{
            QJsonObject{{u"id"_s, u"p"_s}, {u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s}},
            QJsonObject{{u"id"_s, u"s"_s}, {u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"SOURCE"_s}},
            QJsonObject{{u"id"_s, u"g"_s}, {u"start"_s, 19}, {u"end"_s, 25}, {u"label"_s, u"GPE"_s}, {u"status"_s, u"suggested"_s}},
            QJsonObject{{u"id"_s, u"c"_s}, {u"start"_s, 10}, {u"end"_s, 14}, {u"label"_s, u"CUE"_s}, {u"status"_s, u"suggested"_s}}}}};
    QFile file(m_dir.filePath(u"review.jsonl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    QCOMPARE(cli({u"import"_s, project, file.fileName()}).exitCode, 0);

    auto statuses = [](const QByteArray &jsonl) {
        QStringList found;
        for (const QJsonValue &span : QJsonDocument::fromJson(jsonl).object().value(u"spans"_s).toArray())
            found.append(span.toObject().value(u"status"_s).toString());
        found.sort();
        return found;
    };
    const Result decisions = cli({u"export"_s, project});
    QCOMPARE(decisions.exitCode, 0);
    QCOMPARE(statuses(decisions.out), (QStringList{u"accepted"_s, u"accepted"_s}));
    QVERIFY2(decisions.err.contains("Exported 2 span"), decisions.err.constData());
    const Result suggestions = cli({u"export"_s, project, u"--status"_s, u"suggested"_s});
    QCOMPARE(statuses(suggestions.out), (QStringList{u"suggested"_s, u"suggested"_s}));

    const Result conll = cli({u"export"_s, project, u"--format"_s, u"conll"_s});
    QCOMPARE(conll.exitCode, 0);
    QVERIFY2(conll.err.contains("Exported 1 entit"), conll.err.constData());
    QVERIFY2(conll.err.contains("1 sourcing annotation"), conll.err.constData());
    QVERIFY2(conll.err.contains("not representable in CoNLL"), conll.err.constData());
    QVERIFY2(!conll.err.contains("written as if decided"), conll.err.constData());
    QVERIFY(conll.out.contains("B-PERSON") && !conll.out.contains("B-GPE"));
    const Result conllSuggested = cli({u"export"_s, project, u"--format"_s, u"conll"_s, u"--status"_s, u"accepted,suggested"_s});
    QVERIFY(conllSuggested.out.contains("B-GPE"));
    QVERIFY2(conllSuggested.err.contains("warning: 1 suggestion"), conllSuggested.err.constData());
    QVERIFY2(conllSuggested.err.contains("written as if decided: CoNLL has no statuses"), conllSuggested.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
