// Evaluation: the perceptron tagger trained on CoNLL++ train must reach conlleval micro F1
// 0.85 on CoNLL++ dev (exact chunks, labels PER/LOC/ORG/MISC as in the data), scored by the
// model's own conlleval (engines/taggerevaluation.h). Training time is bench_tagger's.
#include <QFile>
#include <QTest>

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
    static QList<TaggedSentence> read(const QString &path);
};

QList<TaggedSentence> TestTaggerConllEval::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllColumns(&file);
}

void TestTaggerConllEval::devF1()
{
    COPYDESK_EVAL_FILE(trainFile, "conll/conllpp_train.txt");
    COPYDESK_EVAL_FILE(devFile, "conll/conllpp_dev.txt");
    const QList<TaggedSentence> train = read(trainFile);
    const QList<TaggedSentence> dev = read(devFile);
    QVERIFY(train.size() > 10000);
    QVERIFY(dev.size() > 3000);

    PerceptronTagger trained;
    QVERIFY(trained.train(train, 10));
    // Score what a project would use: the model after a trip through its blob.
    const QByteArray blob = trained.serialize();
    const std::optional<PerceptronTagger> tagger = PerceptronTagger::deserialize(blob);
    QVERIFY(tagger.has_value());
    QCOMPARE(tagger->labels(), (QStringList{u"LOC"_s, u"MISC"_s, u"ORG"_s, u"PER"_s}));

    QList<QStringList> gold, predicted;
    for (const TaggedSentence &sentence : dev) {
        gold.append(sentence.tags);
        predicted.append(tagger->tag(sentence.tokens));
    }
    const ChunkScores scores = scoreChunks(gold, predicted);
    qInfo("trained on %lld sentences; model %lld KiB; dev P %.4f R %.4f F1 %.4f",
          qlonglong(train.size()), qlonglong(blob.size() / 1024),
          scores.overall.precision(), scores.overall.recall(), scores.overall.f1());
    for (const QString &label : tagger->labels())
        qInfo("  %s F1 %.4f", qPrintable(label), scores.byLabel.value(label).f1());
    QVERIFY2(scores.overall.f1() >= 0.85, qPrintable(QString::number(scores.overall.f1())));
}

QTEST_GUILESS_MAIN(TestTaggerConllEval)
#include "tst_tagger_conll_eval.moc"
