// Evaluation floors of the sourcing engine (with the furniture engine before it, as the
// README's commands run them): copydesk-cli annotate-jsonl over the evaluation sets in
// ../shared/eval, scored by ../shared/eval/score.py, which fails when a score drops below
// its floor (--min).
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace CopydeskTest;

class TestSourcingEval final : public QObject
{
    Q_OBJECT

private slots:
    void sampleArticle();
    void polnearDev();

private:
    // Annotates gold with the furniture and sourcing engines and scores the result against it
    // with the floors given; fails the test when one is missed.
    void score(const QString &python, const QString &gold, const QStringList &floors);

    QTemporaryDir m_dir;
};

void TestSourcingEval::score(const QString &python, const QString &gold, const QStringList &floors)
{
    QVERIFY(m_dir.isValid());
    const QString predicted = m_dir.filePath(QFileInfo(gold).fileName());
    const RunResult annotated = runProgram(QStringLiteral(COPYDESK_CLI),
                                           {u"annotate-jsonl"_s, u"--layers"_s, u"furniture,sourcing"_s}, gold, predicted);
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.describe));
    const RunResult scored = runScorer(python, u"score.py"_s, QStringList{gold, predicted, u"--min"_s} + floors);
    qInfo().noquote() << scored.out;
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.describe));
}

void TestSourcingEval::sampleArticle()
{
    COPYDESK_EVAL_FILE(gold, "gold/seed.jsonl");
    COPYDESK_PYTHON(python);
    // Both direct quotes found (recall 1), no scare quote taken as a quote (precision 1 of a
    // count that has only false positives).
    score(python, gold, {u"quotes.direct.r=1"_s, u"quotes.scare_as_quote.p=1"_s, u"quotes.indirect.f1=0.7"_s,
                         u"sources.CUE.f1=0.8"_s, u"sources.SOURCE.f1=0.8"_s, u"speaker.accuracy=0.8"_s});
}

void TestSourcingEval::polnearDev()
{
    COPYDESK_EVAL_FILE(gold, "polnear/dev.jsonl");
    COPYDESK_PYTHON(python);
    score(python, gold, {u"quotes.direct.f1=0.85"_s, u"speaker.direct.accuracy=0.85"_s, u"sources.CUE.f1=0.65"_s});
}

QTEST_GUILESS_MAIN(TestSourcingEval)
#include "tst_sourcing_eval.moc"
