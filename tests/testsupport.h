#pragma once

// What every test may share: where the evaluation data is and how a test that needs it
// behaves when it is missing, reading JSONL files, and running the programs an evaluation
// needs (copydesk-cli, the scorers in the evaluation folder).

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace CopydeskTest {

// The evaluation data folder: $COPYDESK_EVAL_DIR when set, else ../shared/eval beside the
// source tree.
inline QString evalDir()
{
    const QByteArray fromEnvironment = qgetenv("COPYDESK_EVAL_DIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(COPYDESK_SHARED_DIR "/eval");
}

// A path under the evaluation folder.
inline QString evalPath(const QString &relative)
{
    return evalDir() + u'/' + relative;
}
template<qsizetype N>
inline QString evalPath(const char (&relative)[N])
{
    return evalPath(QString::fromUtf8(relative, N - 1));
}

// True when missing evaluation data must fail the test rather than skip it (CI sets
// COPYDESK_EVAL_DIR, so a data folder that went missing cannot pass silently).
inline bool evalRequired()
{
    return !qgetenv("COPYDESK_EVAL_DIR").isEmpty();
}

// One line of a JSONL file: its number (1-based) and its object.
struct JsonlLine
{
    qint64 number = 0;
    QJsonObject object;
};

// The objects of a JSONL file, blank lines skipped. Returns false with *error (file:line: what)
// when the file cannot be read or a line is not a JSON object: test data is never half read.
inline bool readJsonl(const QString &path, QList<JsonlLine> *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    qint64 number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (!json.isObject()) {
            *error = QStringLiteral("%1:%2: not a JSON object (%3)").arg(path).arg(number).arg(parseError.errorString());
            return false;
        }
        lines->append({number, json.object()});
    }
    return true;
}

// What a program run left.
struct RunResult
{
    int exitCode = -1;     // -1: it did not start, crashed or ran past the limit
    QByteArray out;
    QByteArray err;
    // The command and its error output, for a failure message.
    QString describe;
};

// Runs a program to its end (or ten minutes), standard input from inputFile and standard
// output to outputFile when given. Messages in English whatever the machine's language.
inline RunResult runProgram(const QString &program, const QStringList &arguments, const QString &inputFile = {},
                            const QString &outputFile = {}, const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    RunResult result;
    const bool finished = process.waitForFinished(10 * 60 * 1000);
    if (!finished)
        process.kill();
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.describe = QStringLiteral("%1 %2: exit %3\n%4")
                          .arg(QFileInfo(program).fileName(), arguments.join(u' '))
                          .arg(result.exitCode)
                          .arg(QString::fromUtf8(result.err + result.out).trimmed());
    return result;
}

// Runs a scorer of the evaluation folder (score.py, conll_score.py) with python3.
inline RunResult runScorer(const QString &python, const QString &script, const QStringList &arguments)
{
    return runProgram(python, QStringList{evalDir() + u'/' + script} + arguments);
}

} // namespace CopydeskTest

// The path of a file under the evaluation folder (relative: a literal or a QString), or skip
// (fail under COPYDESK_EVAL_DIR) the calling test function when it is absent. Use in a test
// function: it may return.
#define COPYDESK_EVAL_FILE(variable, relative)                                                            \
    const QString variable = CopydeskTest::evalPath(relative);                                           \
    do {                                                                                                \
        if (!QFileInfo::exists(variable)) {                                                             \
            if (CopydeskTest::evalRequired())                                                           \
                QFAIL(qPrintable(QStringLiteral("%1 is missing (COPYDESK_EVAL_DIR is set)").arg(variable))); \
            QSKIP(qPrintable(QStringLiteral("%1 is absent; the evaluation is skipped").arg(variable)));      \
        }                                                                                               \
    } while (false)

// The path of python3 for the evaluation folder's scorers, or skip (fail under
// COPYDESK_EVAL_DIR) the calling test function when there is none.
#define COPYDESK_PYTHON(variable)                                                                         \
    const QString variable = QStandardPaths::findExecutable(QStringLiteral("python3"));                  \
    do {                                                                                                \
        if (variable.isEmpty()) {                                                                       \
            if (CopydeskTest::evalRequired())                                                           \
                QFAIL("python3 is missing; the scorers need it (COPYDESK_EVAL_DIR is set)");            \
            QSKIP("python3 is absent; the evaluation is skipped");                                      \
        }                                                                                               \
    } while (false)

// Reads a JSONL file into a QList<CopydeskTest::JsonlLine> variable, or fails the calling test.
#define COPYDESK_READ_JSONL(variable, path)                                                               \
    QList<CopydeskTest::JsonlLine> variable;                                                             \
    do {                                                                                                \
        QString readError_;                                                                             \
        QVERIFY2(CopydeskTest::readJsonl(path, &variable, &readError_), qPrintable(readError_));      \
    } while (false)
