// Evaluation, end to end through copydesk-cli as the README's commands run it: import CoNLL++
// train into a project and train; import CoNLL++ dev as text only into a second project, take
// the model over (train --models-from), pre-annotate the entity layer, export the suggestions as
// CoNLL and score the export against the gold file with ../shared/eval/conll_score.py. Two
// runs: the learned tagger alone, and the default engines combined (rules, gazetteers, tagger,
// string match: the combiner must not make them worse than the tagger alone).
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
    void initTestCase();
    void endToEnd_data();
    void endToEnd();

private:
    QTemporaryDir m_dir;
    QString m_train;
};

static QList<TaggedSentence> readColumns(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllColumns(&file);
}

void TestConllEval::initTestCase()
{
    COPYDESK_EVAL_FILE(trainFile, "conll/conllpp_train.txt");
    QVERIFY(m_dir.isValid());
    m_train = m_dir.filePath(u"train.copydesk"_s);
    const QList<QStringList> steps{
        {u"new"_s, m_train},
        {u"import"_s, m_train, trainFile, u"--format"_s, u"conll"_s},
        {u"train"_s, m_train},
    };
    for (const QStringList &step : steps) {
        const RunResult result = runProgram(QStringLiteral(COPYDESK_CLI), step, {}, {}, m_dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe));
        if (step.first() == u"train")
            qInfo("%s", result.err.trimmed().constData());
    }
}

void TestConllEval::endToEnd_data()
{
    QTest::addColumn<QStringList>("engines");
    QTest::addColumn<QString>("floor");
    QTest::newRow("tagger alone") << QStringList{u"--engines"_s, u"copydesk-tagger"_s} << u"f1=0.92"_s;
    QTest::newRow("default engines") << QStringList{} << u"f1=0.925"_s;
}

void TestConllEval::endToEnd()
{
    QFETCH(QStringList, engines);
    QFETCH(QString, floor);
    COPYDESK_EVAL_FILE(devFile, "conll/conllpp_dev.txt");
    COPYDESK_PYTHON(python);
    if (m_train.isEmpty())
        QSKIP("no trained project");
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    const QString dev = m_dir.filePath(tag + u".copydesk"_s);
    const QString predicted = m_dir.filePath(tag + u".conll"_s);
    const QList<QStringList> steps{
        {u"new"_s, dev},
        {u"import"_s, dev, devFile, u"--format"_s, u"conll"_s, u"--text-only"_s},
        {u"train"_s, dev, u"--models-from"_s, m_train},
        QStringList{u"annotate"_s, dev, u"--layers"_s, u"entities"_s} + engines,
        {u"export"_s, dev, u"--format"_s, u"conll"_s, u"--status"_s, u"suggested"_s, u"-o"_s, predicted},
    };
    for (const QStringList &step : steps) {
        const RunResult result = runProgram(QStringLiteral(COPYDESK_CLI), step, {}, {}, m_dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe));
    }

    // The export holds the gold tokens, sentence for sentence.
    const QList<TaggedSentence> gold = readColumns(devFile);
    const QList<TaggedSentence> prediction = readColumns(predicted);
    QCOMPARE(prediction.size(), gold.size());
    for (qsizetype i = 0; i < gold.size(); ++i)
        QCOMPARE(prediction[i].tokens, gold[i].tokens);

    const RunResult scored = runScorer(python, u"conll_score.py"_s, {devFile, predicted, u"--min"_s, floor});
    qInfo().noquote() << scored.out;
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.describe));
}

QTEST_GUILESS_MAIN(TestConllEval)
#include "tst_conll_eval.moc"
