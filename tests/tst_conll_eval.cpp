// Evaluation, end to end through copydesk-cli as the README's commands run it: import CoNLL++
// train into a project and train; import CoNLL++ dev as text only into a second project, take
// the model over (train --models-from), tag with the learned engine, export CoNLL and score the
// export against the gold file with ../shared/eval/conll_score.py, which fails below 0.85.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engines/taggerevaluation.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using namespace CopydeskTest;

class TestConllEval final : public QObject
{
    Q_OBJECT

private slots:
    void endToEnd();

private:
    QTemporaryDir m_dir;
};

static QList<TaggedSentence> readColumns(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllColumns(&file);
}

void TestConllEval::endToEnd()
{
    COPYDESK_EVAL_FILE(trainFile, "conll/conllpp_train.txt");
    COPYDESK_EVAL_FILE(devFile, "conll/conllpp_dev.txt");
    COPYDESK_PYTHON(python);
    QVERIFY(m_dir.isValid());
    const QString train = m_dir.filePath(u"train.copydesk"_s);
    const QString dev = m_dir.filePath(u"dev.copydesk"_s);
    const QString predicted = m_dir.filePath(u"dev.conll"_s);
    const QList<QStringList> steps{
        {u"new"_s, train},
        {u"import"_s, train, trainFile, u"--format"_s, u"conll"_s},
        {u"train"_s, train},
        {u"new"_s, dev},
        {u"import"_s, dev, devFile, u"--format"_s, u"conll"_s, u"--text-only"_s},
        {u"train"_s, dev, u"--models-from"_s, train},
        {u"annotate"_s, dev, u"--layers"_s, u"entities"_s, u"--engines"_s, u"copydesk-tagger"_s},
        {u"export"_s, dev, u"--format"_s, u"conll"_s, u"--annotators"_s, u"copydesk-tagger"_s, u"-o"_s, predicted},
    };
    for (const QStringList &step : steps) {
        const RunResult result = runProgram(QStringLiteral(COPYDESK_CLI), step, {}, {}, m_dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe));
        if (step.first() == u"train")
            qInfo("%s", result.err.trimmed().constData());
    }

    // The export holds the gold tokens, sentence for sentence.
    const QList<TaggedSentence> gold = readColumns(devFile);
    const QList<TaggedSentence> prediction = readColumns(predicted);
    QCOMPARE(prediction.size(), gold.size());
    for (qsizetype i = 0; i < gold.size(); ++i)
        QCOMPARE(prediction[i].tokens, gold[i].tokens);

    const RunResult scored = runScorer(python, u"conll_score.py"_s, {devFile, predicted, u"--min"_s, u"f1=0.85"_s});
    qInfo().noquote() << scored.out;
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.describe));
}

QTEST_GUILESS_MAIN(TestConllEval)
#include "tst_conll_eval.moc"
