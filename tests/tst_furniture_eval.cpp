// Evaluation floors of the page-furniture engine on the shared evaluation data, annotated by
// copydesk-cli annotate-jsonl as the README's commands do: character F1 per label on the
// hand-annotated sample article, scored by ../shared/eval/score.py; and how little of
// PolNeAR's article text the engine marks. Its speed is bench_engines' (tests/bench).
#include <algorithm>

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace CopydeskTest;

class TestFurnitureEval final : public QObject
{
    Q_OBJECT

private slots:
    void sampleArticle();
    void polnearBodyNotMarked();

private:
    QString annotate(const QString &gold);

    QTemporaryDir m_dir;
};

// The furniture engine's output for a gold file (empty, with the test failed, when the
// command fails).
QString TestFurnitureEval::annotate(const QString &gold)
{
    if (!m_dir.isValid())
        return {};
    const QString predicted = m_dir.filePath(QFileInfo(gold).fileName());
    const RunResult annotated = runProgram(QStringLiteral(COPYDESK_CLI), {u"annotate-jsonl"_s, u"--layers"_s, u"furniture"_s},
                                           gold, predicted);
    if (annotated.exitCode != 0) {
        QTest::qFail(qPrintable(annotated.describe), __FILE__, __LINE__);
        return {};
    }
    return predicted;
}

void TestFurnitureEval::sampleArticle()
{
    COPYDESK_EVAL_FILE(gold, "gold/seed.jsonl");
    COPYDESK_PYTHON(python);
    const QString predicted = annotate(gold);
    QVERIFY(!predicted.isEmpty());
    const RunResult scored = runScorer(python, u"score.py"_s,
                                       {gold, predicted, u"--min"_s, u"furniture.DISCLAIMER.f1=0.95"_s,
                                        u"furniture.BOILERPLATE.f1=0.9"_s, u"furniture.METADATA.f1=0.9"_s,
                                        u"furniture.HEADLINE.f1=0.9"_s});
    qInfo().noquote() << scored.out;
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.describe));
}

namespace {

// Code points covered by the spans with one of the labels that are not white space (what
// score.py counts for furniture).
QSet<qint64> markedCharacters(const QJsonObject &document, const QStringList &labels)
{
    const QList<uint> text = document.value(u"text").toString().toUcs4();
    QSet<qint64> set;
    for (const QJsonValue &value : document.value(u"spans").toArray()) {
        const QJsonObject span = value.toObject();
        if (!labels.contains(span.value(u"label").toString()))
            continue;
        const qint64 end = qMin<qint64>(span.value(u"end").toInteger(), text.size());
        for (qint64 i = qMax<qint64>(0, span.value(u"start").toInteger()); i < end; ++i) {
            if (!QChar::isSpace(char32_t(text[i])))
                set.insert(i);
        }
    }
    return set;
}

} // namespace

// PolNeAR marks only what annotators discarded (as BOILERPLATE) and no headlines; the
// engine's disclaimers, boilerplate and metadata must stay off the rest, the article text.
// (score.py has no measure of this: its furniture F1 would count the engine's marks inside
// the discarded text as errors.)
void TestFurnitureEval::polnearBodyNotMarked()
{
    COPYDESK_EVAL_FILE(gold, "polnear/dev.jsonl");
    const QString predicted = annotate(gold);
    QVERIFY(!predicted.isEmpty());
    COPYDESK_READ_JSONL(goldDocuments, gold);
    COPYDESK_READ_JSONL(predictedDocuments, predicted);
    QCOMPARE(predictedDocuments.size(), goldDocuments.size());
    QVERIFY(!goldDocuments.isEmpty());
    qint64 outside = 0;
    qint64 all = 0;
    for (qsizetype i = 0; i < goldDocuments.size(); ++i) {
        const QJsonObject &document = goldDocuments[i].object;
        QCOMPARE(predictedDocuments[i].object.value(u"id"), document.value(u"id"));
        const QSet<qint64> discarded = markedCharacters(document, {u"BOILERPLATE"_s});
        const QSet<qint64> marked = markedCharacters(predictedDocuments[i].object,
                                                     {u"DISCLAIMER"_s, u"BOILERPLATE"_s, u"METADATA"_s});
        outside += QSet<qint64>(marked).subtract(discarded).size();
        const QList<uint> text = document.value(u"text").toString().toUcs4();
        all += std::count_if(text.cbegin(), text.cend(), [](uint c) { return !QChar::isSpace(char32_t(c)); });
    }
    const double share = double(outside) / qMax<qint64>(1, all);
    qInfo("polnear: %lld of %lld characters marked outside the discarded text (%.2f%%)", outside, all, 100 * share);
    QVERIFY2(share < 0.01, qPrintable(u"%1% of the article text marked"_s.arg(100 * share)));
}

QTEST_GUILESS_MAIN(TestFurnitureEval)
#include "tst_furniture_eval.moc"
