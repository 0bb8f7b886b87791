// Evaluation, end to end through copydesk-cli as a user would run it: the 91 pages of the
// article-extraction benchmark imported into a new project, the furniture layer annotated,
// the project exported as JSONL with its suggestions, and the body (text less furniture)
// scored by the benchmark's own measure (../shared/eval/body_score.py, word 4-gram shingle F1
// against the publisher's article body). Must reach 0.96. Skipped without the data.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestHtmlEval final : public QObject
{
    Q_OBJECT

private slots:
    void bodyF1();

private:
    QString run(const QString &program, const QStringList &arguments, int *exitCode);
    QTemporaryDir m_dir;
};

QString TestHtmlEval::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(600000)) {
        process.kill();
        *exitCode = -1;
        return u"timed out"_s;
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

void TestHtmlEval::bodyF1()
{
    COPYDESK_EVAL_FILE(truth, "article-extraction/ground-truth.json");
    COPYDESK_EVAL_FILE(pages, "article-extraction/html");
    COPYDESK_EVAL_FILE(scorer, "body_score.py");
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed; the body score is skipped");
    QVERIFY(m_dir.isValid());
    const QString cli = QStringLiteral(COPYDESK_CLI);
    int code = 0;
    QString output = run(cli, {u"new"_s, u"pages.copydesk"_s}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    output = run(cli, {u"import"_s, u"pages.copydesk"_s, pages}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(u"Imported 91 documents"_s), qPrintable(output));
    output = run(cli, {u"annotate"_s, u"pages.copydesk"_s, u"--layers"_s, u"furniture"_s}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    output = run(cli, {u"export"_s, u"pages.copydesk"_s, u"--format"_s, u"jsonl"_s, u"--status"_s, u"suggested,accepted,manual"_s,
                       u"-o"_s, u"pages.jsonl"_s}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    output = run(python, {scorer, truth, m_dir.filePath(u"pages.jsonl"_s), u"--min"_s, u"f1=0.96"_s}, &code);
    qInfo().noquote() << output.trimmed();
    QVERIFY2(output.contains(u"pages 91, found 91"_s), qPrintable(output));
    QVERIFY2(code == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestHtmlEval)
#include "tst_html_eval.moc"
