// Evaluation floors of the entity engine (rules and gazetteers) on the shared evaluation data,
// run through copydesk-cli as the README's commands do and scored by the shared scorers: the
// hand-annotated sample article (exact-match micro F1, ../shared/eval/score.py) and CoNLL++
// dev (conlleval micro F1 over the four CoNLL classes, ../shared/eval/conll_score.py). Its
// speed is bench_engines' (tests/bench).
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace CopydeskTest;

class TestEntityEval final : public QObject
{
    Q_OBJECT

private slots:
    void sampleArticle();
    void conllDev();

private:
    RunResult cli(const QStringList &arguments, const QString &input = {}, const QString &output = {})
    {
        return runProgram(QStringLiteral(COPYDESK_CLI), arguments, input, output, m_dir.path());
    }

    QTemporaryDir m_dir;
};

void TestEntityEval::sampleArticle()
{
    COPYDESK_EVAL_FILE(gold, "gold/seed.jsonl");
    COPYDESK_PYTHON(python);
    QVERIFY(m_dir.isValid());
    const QString predicted = m_dir.filePath(u"seed.jsonl"_s);
    const RunResult annotated = cli({u"annotate-jsonl"_s, u"--layers"_s, u"entities"_s, u"--engines"_s, u"copydesk-entities"_s},
                                    gold, predicted);
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.describe));
    const RunResult scored = runScorer(python, u"score.py"_s, {gold, predicted, u"--min"_s, u"entities.micro.f1=0.9"_s});
    qInfo().noquote() << scored.out;
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.describe));
}

// The README's "rules and gazetteers alone" commands: the dev file imported as text only,
// annotated by the entity engine, exported as CoNLL token line for token line and scored.
void TestEntityEval::conllDev()
{
    COPYDESK_EVAL_FILE(gold, "conll/conllpp_dev.txt");
    COPYDESK_PYTHON(python);
    QVERIFY(m_dir.isValid());
    const QString project = m_dir.filePath(u"dev.copydesk"_s);
    const QString predicted = m_dir.filePath(u"rules.conll"_s);
    const QList<QStringList> steps{
        {u"new"_s, project},
        {u"import"_s, project, gold, u"--format"_s, u"conll"_s, u"--text-only"_s},
        {u"annotate"_s, project, u"--layers"_s, u"entities"_s, u"--engines"_s, u"copydesk-entities"_s},
        {u"export"_s, project, u"--format"_s, u"conll"_s, u"--status"_s, u"suggested"_s, u"-o"_s, predicted},
    };
    for (const QStringList &step : steps) {
        const RunResult result = cli(step);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe));
    }
    const RunResult scored = runScorer(python, u"conll_score.py"_s, {gold, predicted, u"--min"_s, u"f1=0.70"_s});
    qInfo().noquote() << scored.out;
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.describe));
}

QTEST_GUILESS_MAIN(TestEntityEval)
#include "tst_entity_eval.moc"
