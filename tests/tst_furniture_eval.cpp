// Evaluation of the page-furniture engine on the shared evaluation data (skipped when it is
// absent): character F1 per label on the hand-annotated sample article, as score.py computes
// it, and how little of PolNeAR's article text the engine marks. Also prints its speed.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QStringList furnitureLabels = {u"DISCLAIMER"_s, u"BOILERPLATE"_s, u"METADATA"_s, u"HEADLINE"_s};

QList<QJsonObject> readJsonl(const QString &path)
{
    QList<QJsonObject> documents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return documents;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            documents.append(QJsonDocument::fromJson(line).object());
    }
    return documents;
}

// Code points of a label's spans that are not white space (score.py's furniture measure).
QSet<qint64> characters(const QList<uint> &text, const QList<std::pair<qint64, qint64>> &spans)
{
    QSet<qint64> set;
    for (const auto &[start, end] : spans) {
        for (qint64 i = qMax<qint64>(0, start); i < qMin<qint64>(end, text.size()); ++i) {
            if (!QChar::isSpace(char32_t(text[i])))
                set.insert(i);
        }
    }
    return set;
}

QList<std::pair<qint64, qint64>> goldSpans(const QJsonObject &document, const QString &label)
{
    QList<std::pair<qint64, qint64>> spans;
    for (const QJsonValue &value : document.value(u"spans").toArray()) {
        const QJsonObject span = value.toObject();
        if (span.value(u"label").toString() == label)
            spans.append({span.value(u"start").toInteger(), span.value(u"end").toInteger()});
    }
    return spans;
}

// Through the runner, so offsets are code points as stored.
QList<EngineRun> run(const QJsonObject &object)
{
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createFurnitureEngine());
    EngineDocument document;
    document.id = object.value(u"id").toString();
    document.text = object.value(u"text").toString();
    document.meta = object.value(u"meta").toObject();
    document.source = document.meta.value(u"source").toString();
    return runEngines(engines, document, nullptr);
}

QList<std::pair<qint64, qint64>> predictedSpans(const QList<EngineRun> &runs, const QString &label)
{
    QList<std::pair<qint64, qint64>> spans;
    for (const EngineRun &engineRun : runs) {
        for (const EngineSpan &span : engineRun.spans) {
            if (span.label == label)
                spans.append({span.start, span.end});
        }
    }
    return spans;
}

} // namespace

class TestFurnitureEval : public QObject
{
    Q_OBJECT

private slots:
    void sampleArticle_data();
    void sampleArticle();
    void polnearBodyNotMarked();
};

void TestFurnitureEval::sampleArticle_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("floor");
    QTest::newRow("DISCLAIMER") << u"DISCLAIMER"_s << 0.95;
    QTest::newRow("BOILERPLATE") << u"BOILERPLATE"_s << 0.9;
    QTest::newRow("METADATA") << u"METADATA"_s << 0.9;
    QTest::newRow("HEADLINE") << u"HEADLINE"_s << 0.9;
}

void TestFurnitureEval::sampleArticle()
{
    QFETCH(QString, label);
    QFETCH(double, floor);
    const QString path = QStringLiteral(COPYDESK_SHARED_DIR "/eval/gold/seed.jsonl");
    const QList<QJsonObject> documents = readJsonl(path);
    if (documents.isEmpty())
        QSKIP("no ../shared/eval/gold/seed.jsonl");
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;
    for (const QJsonObject &document : documents) {
        const QList<uint> text = document.value(u"text").toString().toUcs4();
        const QSet<qint64> gold = characters(text, goldSpans(document, label));
        const QSet<qint64> predicted = characters(text, predictedSpans(run(document), label));
        const qint64 both = QSet<qint64>(gold).intersect(predicted).size();
        truePositives += both;
        falsePositives += predicted.size() - both;
        falseNegatives += gold.size() - both;
    }
    const double precision = truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives)
                                                            : (falseNegatives == 0 ? 1.0 : 0.0);
    const double recall = truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 1.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    qInfo("furniture.%s P %.3f R %.3f F1 %.3f (%lld/%lld/%lld)", qPrintable(label), precision, recall, f1,
          truePositives, falsePositives, falseNegatives);
    QVERIFY2(f1 >= floor, qPrintable(u"%1 F1 %2 below %3"_s.arg(label).arg(f1).arg(floor)));
}

// PolNeAR marks only what annotators discarded (as BOILERPLATE) and no headlines; the
// engine's disclaimers, boilerplate and metadata must stay off the rest, the article text.
void TestFurnitureEval::polnearBodyNotMarked()
{
    const QList<QJsonObject> documents = readJsonl(QStringLiteral(COPYDESK_SHARED_DIR "/eval/polnear/dev.jsonl"));
    if (documents.isEmpty())
        QSKIP("no ../shared/eval/polnear/dev.jsonl");
    const auto engine = createFurnitureEngine();
    qint64 outside = 0;
    qint64 all = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    qint64 nanoseconds = 0;
    for (const QJsonObject &document : documents) {
        const QList<uint> text = document.value(u"text").toString().toUcs4();
        const QSet<qint64> discarded = characters(text, goldSpans(document, u"BOILERPLATE"_s));
        QList<std::pair<qint64, qint64>> marked;
        const QList<EngineRun> runs = run(document);
        for (const QString &label : {u"DISCLAIMER"_s, u"BOILERPLATE"_s, u"METADATA"_s})
            marked += predictedSpans(runs, label);
        outside += characters(text, marked).subtract(discarded).size();
        all += characters(text, {{0, text.size()}}).size();

        EngineDocument plain;
        plain.text = document.value(u"text").toString();
        bytes += plain.text.toUtf8().size();
        timer.start();
        for (int round = 0; round < 20; ++round)
            engine->annotate(plain, nullptr);
        nanoseconds += timer.nsecsElapsed();
    }
    const double share = double(outside) / qMax<qint64>(1, all);
    qInfo("polnear: %lld of %lld characters marked outside the discarded text (%.2f%%)", outside, all, 100 * share);
    qInfo("speed: %.1f MB/s on one core", 20.0 * bytes / 1e6 / (qMax<qint64>(1, nanoseconds) / 1e9));
    QVERIFY2(share < 0.01, qPrintable(u"%1% of the article text marked"_s.arg(100 * share)));
}

QTEST_GUILESS_MAIN(TestFurnitureEval)
#include "tst_furniture_eval.moc"
