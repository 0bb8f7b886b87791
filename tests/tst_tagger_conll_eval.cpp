// Evaluation: the learned entity tagger trained the way a project trains it (whole CoNLL++
// train documents, labels in the default schema) must reach conlleval micro F1 0.92 on CoNLL++
// dev (exact chunks), its engine tagging the raw text of each dev document.
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/learnedengines.h"
#include "engines/perceptrontagger.h"
#include "engines/taggerevaluation.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestTaggerConllEval final : public QObject
{
    Q_OBJECT

private slots:
    void devF1();

private:
    static QList<QList<TaggedSentence>> read(const QString &path);
};

QList<QList<TaggedSentence>> TestTaggerConllEval::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllDocuments(&file);
}

void TestTaggerConllEval::devF1()
{
    COPYDESK_EVAL_FILE(trainFile, "conll/conllpp_train.txt");
    COPYDESK_EVAL_FILE(devFile, "conll/conllpp_dev.txt");
    const QList<QList<TaggedSentence>> train = read(trainFile);
    const QList<QList<TaggedSentence>> dev = read(devFile);
    QVERIFY(train.size() > 900);
    QVERIFY(dev.size() > 200);

    // CoNLL's classes as the CoNLL import maps them into the default schema, and back.
    const QHash<QString, QString> toSchema{
        {u"PER"_s, u"PERSON"_s}, {u"LOC"_s, u"GPE"_s}, {u"ORG"_s, u"ORG"_s}, {u"MISC"_s, u"NORP"_s}};
    QHash<QString, QString> toConll;
    for (auto it = toSchema.cbegin(); it != toSchema.cend(); ++it)
        toConll.insert(it.value(), it.key());
    QList<LabelledDocument> documents;
    for (const QList<TaggedSentence> &document : train)
        documents.append(labelledDocumentFromColumns(document, toSchema));

    QElapsedTimer timer;
    timer.start();
    const QByteArray blob = trainLearnedEntityModel(documents);
    const qint64 trainMs = timer.elapsed();
    const std::unique_ptr<Engine> engine = createLearnedEntityEngine(blob);
    QVERIFY(engine);
    QCOMPARE(PerceptronTagger::deserialize(blob)->labels(), (QStringList{u"GPE"_s, u"NORP"_s, u"ORG"_s, u"PERSON"_s}));

    QList<QStringList> gold, predicted;
    for (const QList<TaggedSentence> &document : dev) {
        EngineDocument input;
        input.text = labelledDocumentFromColumns(document).text;
        const QList<QStringList> tags = columnTagsFromSpans(document, engine->annotate(input, nullptr).spans, toConll);
        for (qsizetype s = 0; s < document.size(); ++s) {
            gold.append(document[s].tags);
            predicted.append(tags[s]);
        }
    }
    const ChunkScores scores = scoreChunks(gold, predicted);
    qInfo("trained on %lld documents in %lld ms; model %lld KiB; dev P %.4f R %.4f F1 %.4f",
          qlonglong(train.size()), qlonglong(trainMs), qlonglong(blob.size() / 1024), scores.overall.precision(),
          scores.overall.recall(), scores.overall.f1());
    for (const QString &label : {u"PER"_s, u"LOC"_s, u"ORG"_s, u"MISC"_s})
        qInfo("  %s F1 %.4f", qPrintable(label), scores.byLabel.value(label).f1());
    QVERIFY2(scores.overall.f1() >= 0.92, qPrintable(QString::number(scores.overall.f1())));
}

QTEST_GUILESS_MAIN(TestTaggerConllEval)
#include "tst_tagger_conll_eval.moc"
