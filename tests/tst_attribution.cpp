// The learned attribution model on texts written for these tests: its view of a text
// (tokens, quotation marks, gold tags), the tagger's decoder, training on a small made-up
// corpus and finding quotes, sources and cues in a sentence it never saw, the blob (round
// trip, hostile bytes), the scorer (score.py's matching), the engine registry and training
// inside a project.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "attributiontrainer.h"
#include "engines/attributionevaluation.h"
#include "engines/attributionfeatures.h"
#include "engines/attributionmodel.h"
#include "engines/attributiontagger.h"
#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/engineregistry.h"
#include "engines/perceptrontagger.h"
#include "projectstore.h"
#include "trainer.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// Builds a text from pieces, recording labelled spans and their links (UTF-16 positions; the
// texts here are in the Basic Multilingual Plane, so code points too).
class Builder
{
public:
    Builder &plain(const QString &text)
    {
        m_document.text += text;
        return *this;
    }
    QString span(const QString &label, const QString &text, const QString &form = {})
    {
        SuggestedSpan span;
        span.key = u"k%1"_s.arg(m_document.gold.spans.size() + 1);
        span.label = label;
        span.start = m_document.text.size();
        span.end = span.start + text.size();
        if (!form.isEmpty())
            span.attrs.insert(u"form"_s, form);
        m_document.text += text;
        m_document.gold.spans.append(span);
        return span.key;
    }
    void attribute(const QString &quote, const QString &source, const QString &cue)
    {
        if (!source.isEmpty())
            m_document.gold.relations.append({u"SPEAKER"_s, quote, source});
        m_document.gold.relations.append({u"CUE"_s, quote, cue});
    }
    AttributionDocument document() const { return m_document; }

private:
    AttributionDocument m_document;
};

const QStringList kNames{u"Ada Lind"_s, u"Piet Varga"_s, u"Mira Kovac"_s, u"Tomas Brenn"_s, u"Lea Orsini"_s,
                         u"Ivo Halden"_s, u"Rosa Pell"_s, u"Hugo Tamm"_s, u"Nell Arkin"_s, u"Oskar Wyn"_s};
const QStringList kSubjects{u"the council"_s, u"the new budget"_s, u"the harbour board"_s, u"our town"_s,
                            u"the rail plan"_s, u"the mayor's office"_s};
const QStringList kVerbs{u"would fund"_s, u"could delay"_s, u"will close"_s, u"must rebuild"_s, u"plans to sell"_s};
const QStringList kObjects{u"the old school"_s, u"the bridge"_s, u"two clinics"_s, u"the ferry line"_s, u"the market hall"_s};
const QStringList kPlaces{u"Kelmar"_s, u"Ostrava"_s, u"Brenton"_s, u"Varnia"_s};

QString clause(int k)
{
    return kSubjects[k % kSubjects.size()] + u' ' + kVerbs[(k / 2) % kVerbs.size()] + u' '
        + kObjects[(k / 3) % kObjects.size()];
}

QString capitalised(QString text)
{
    text[0] = text[0].toUpper();
    return text;
}

// One sentence of a made-up news article, of one of six shapes.
void sentence(Builder &b, int k)
{
    const QString name = kNames[k % kNames.size()];
    switch (k % 6) {
    case 0: {
        const QString source = b.span(u"SOURCE"_s, name);
        b.plain(u" "_s);
        const QString cue = b.span(u"CUE"_s, u"said"_s);
        b.plain(u" "_s);
        b.attribute(b.span(u"QUOTE"_s, clause(k), u"indirect"_s), source, cue);
        b.plain(u". "_s);
        break;
    }
    case 1: {
        const QString quote = b.span(u"QUOTE"_s, u"\u201C"_s + capitalised(clause(k)) + u",\u201D"_s, u"direct"_s);
        b.plain(u" "_s);
        const QString source = b.span(u"SOURCE"_s, name);
        b.plain(u" "_s);
        b.attribute(quote, source, b.span(u"CUE"_s, u"said"_s));
        b.plain(u". "_s);
        break;
    }
    case 2: {
        const QString cue = b.span(u"CUE"_s, u"According to"_s);
        b.plain(u" "_s);
        const QString source = b.span(u"SOURCE"_s, name);
        b.plain(u", "_s);
        b.attribute(b.span(u"QUOTE"_s, clause(k), u"indirect"_s), source, cue);
        b.plain(u". "_s);
        break;
    }
    case 3: {
        const QString source = b.span(u"SOURCE"_s, name);
        b.plain(u" "_s);
        const QString cue = b.span(u"CUE"_s, u"told"_s);
        b.plain(u" reporters "_s);
        b.attribute(b.span(u"QUOTE"_s, u"that "_s + clause(k), u"indirect"_s), source, cue);
        b.plain(u". "_s);
        break;
    }
    case 4:
        b.plain(u"The weather in %1 was mild on Monday and the streets were busy. "_s.arg(kPlaces[k % kPlaces.size()]));
        break;
    default: {
        const QString quote = b.span(u"QUOTE"_s, u"\u201C"_s + capitalised(clause(k)) + u",\u201D"_s, u"direct"_s);
        b.plain(u" "_s);
        const QString cue = b.span(u"CUE"_s, u"said"_s);
        b.plain(u" "_s);
        b.attribute(quote, b.span(u"SOURCE"_s, name), cue);
        b.plain(u". "_s);
        break;
    }
    }
}

AttributionDocument article(int seed)
{
    Builder b;
    b.plain(u"Town news\n\n"_s);
    for (int s = 0; s < 8; ++s) {
        sentence(b, seed * 11 + s * 7 + s / 3);
        if (s % 3 == 2)
            b.plain(u"\n\n"_s);
    }
    return b.document();
}

QList<AttributionDocument> corpus(int count, int from = 0)
{
    QList<AttributionDocument> documents;
    for (int i = from; i < from + count; ++i)
        documents.append(article(i));
    return documents;
}

// A model trained once on the made-up corpus, shared by the tests that only read it.
const QByteArray &trainedBlob()
{
    static const QByteArray blob = [] {
        AttributionTrainOptions options;
        options.epochs = options.linkerEpochs = 5;
        std::optional<AttributionModel> model = AttributionModel::train(corpus(40), options);
        if (!model)
            return QByteArray();
        model->setTrainedAt(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        return model->serialize();
    }();
    return blob;
}

const SuggestedSpan *findSpan(const EngineResult &result, const QString &label, const QString &text,
                              const QString &document)
{
    for (const SuggestedSpan &span : result.spans) {
        if (span.label == label && QStringView(document).mid(span.start, span.end - span.start) == text)
            return &span;
    }
    return nullptr;
}

bool linked(const EngineResult &result, const QString &label, const SuggestedSpan *head, const SuggestedSpan *child)
{
    if (!head || !child)
        return false;
    for (const SuggestedRelation &relation : result.relations) {
        if (relation.label == label && relation.head == head->key && relation.child == child->key)
            return true;
    }
    return false;
}

SuggestedSpan goldSpan(const QString &key, const QString &label, qsizetype start, qsizetype end, const QString &form = {})
{
    SuggestedSpan span;
    span.key = key;
    span.label = label;
    span.start = start;
    span.end = end;
    if (!form.isEmpty())
        span.attrs.insert(u"form"_s, form);
    return span;
}

} // namespace

class TestAttribution final : public QObject
{
    Q_OBJECT

private slots:
    void quotationMarks_data();
    void quotationMarks();
    void paragraphsAndSentences();
    void goldTags();
    void chunks_data();
    void chunks();
    void viterbiKeepsBio();
    void findsAttributionInUnseenSentences();
    void confidencesAreProbabilities();
    void withoutRuleFeatures();
    void blobRoundTrip();
    void hostileBlobs();
    void scorer_data();
    void scorer();
    void evaluateModel();
    void registry();
    void trainInProject();
    void tooFewDocuments();
    void commandLine();
};

void TestAttribution::quotationMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("inside");

    QTest::newRow("curly inside") << u"He said \u201Cwe win\u201D today."_s << u"win"_s << true;
    QTest::newRow("curly after") << u"He said \u201Cwe win\u201D today."_s << u"today"_s << false;
    QTest::newRow("straight inside") << u"He said \"we win\" today."_s << u"we"_s << true;
    QTest::newRow("straight after") << u"He said \"we win\" today."_s << u"today"_s << false;
    QTest::newRow("apostrophe is no mark") << u"Ada's plan won't work today."_s << u"today"_s << false;
    QTest::newRow("open to paragraph end") << u"\u201CWe win and we go on\n\nThen he left."_s << u"Then"_s << false;
}

void TestAttribution::quotationMarks()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(bool, inside);
    const AttributionText prepared = prepareAttributionText(text, {}, {}, {});
    for (qsizetype t = 0; t < prepared.tokens.size(); ++t) {
        if (prepared.tokens[t].text == token) {
            QCOMPARE(bool(prepared.flags[t] & (FlagInsideDouble | FlagInsideSingle)), inside);
            return;
        }
    }
    QFAIL("token not found");
}

void TestAttribution::paragraphsAndSentences()
{
    const AttributionText prepared = prepareAttributionText(u"One two. Three four.\n\nFive six."_s, {}, {}, {});
    QCOMPARE(prepared.paragraphs.size(), std::size_t(2));
    QCOMPARE(prepared.paragraphs[0], std::make_pair(0, 6));
    QCOMPARE(prepared.sentence[3], 1); // "Three"
    QVERIFY(prepared.flags[3] & FlagSentenceFirst);
    QVERIFY(prepared.flags[6] & FlagParagraphFirst);
    QCOMPARE(prepared.paragraphOf[7], 1);
}

void TestAttribution::goldTags()
{
    Builder b;
    const QString source = b.span(u"SOURCE"_s, u"Ada Lind"_s);
    b.plain(u" "_s);
    const QString cue = b.span(u"CUE"_s, u"said"_s);
    b.plain(u" "_s);
    b.attribute(b.span(u"QUOTE"_s, u"the bridge will close"_s, u"indirect"_s), source, cue);
    b.plain(u". Rain fell."_s);
    const AttributionDocument document = b.document();
    const AttributionText prepared = prepareAttributionText(document.text, {}, {}, {});
    const AttributionGold gold = attributionGold(prepared, document.gold);
    const std::vector<quint8> expected{TagBeginSource, TagInsideSource, TagBeginCue, TagBeginContent, TagInsideContent,
                                       TagInsideContent, TagInsideContent, TagOutside, TagOutside, TagOutside, TagOutside};
    QCOMPARE(gold.tags, expected);
    QCOMPARE(gold.chunks.size(), std::size_t(3));
    QCOMPARE(gold.links.cueOf[2], 1);
    QCOMPARE(gold.links.sourceOf[2], 0);
    QCOMPARE(gold.links.cueOf[0], -1);
}

void TestAttribution::chunks_data()
{
    QTest::addColumn<QList<int>>("tags");
    QTest::addColumn<QList<int>>("expected"); // role, first, last per chunk

    QTest::newRow("none") << QList<int>{0, 0} << QList<int>{};
    QTest::newRow("begin inside") << QList<int>{1, 2, 0, 5, 6, 6} << QList<int>{1, 0, 1, 3, 3, 5};
    QTest::newRow("two begins") << QList<int>{3, 3} << QList<int>{2, 0, 0, 2, 1, 1};
    QTest::newRow("inside opens") << QList<int>{0, 6, 6} << QList<int>{3, 1, 2};
}

void TestAttribution::chunks()
{
    QFETCH(QList<int>, tags);
    QFETCH(QList<int>, expected);
    const std::vector<quint8> sequence(tags.cbegin(), tags.cend());
    QList<int> found;
    for (const AttributionChunk &chunk : attributionChunks(sequence))
        found << int(chunk.role) << chunk.first << chunk.last;
    QCOMPARE(found, expected);
}

void TestAttribution::viterbiKeepsBio()
{
    // The emissions prefer I-CONTENT everywhere; the first token may not be one.
    const qsizetype n = 3;
    std::vector<float> emissions(n * kAttributionTagCount, 0.0f);
    for (qsizetype i = 0; i < n; ++i)
        emissions[i * kAttributionTagCount + TagInsideContent] = 5.0f;
    emissions[TagBeginCue] = 1.0f;
    const std::vector<float> transitions((kAttributionTagCount + 1) * kAttributionTagCount, 0.0f);
    std::vector<quint8> tags;
    attributionViterbi(emissions, transitions, n, tags);
    QCOMPARE(tags.size(), std::size_t(n));
    QVERIFY(tags[0] != TagInsideContent);
    for (qsizetype i = 1; i < n; ++i)
        QVERIFY(isAllowedTransition(tags[i - 1], tags[i]));
}

void TestAttribution::findsAttributionInUnseenSentences()
{
    const std::unique_ptr<Engine> engine = createAttributionEngine(trainedBlob());
    QVERIFY(engine);
    QCOMPARE(engine->name(), u"copydesk-attribution"_s);
    QCOMPARE(engine->layers(), QStringList{u"sourcing"_s});
    EngineDocument document;
    document.text = u"Harbour news\n\n\u201CThe museum will open in spring,\u201D Zelda Quorn said. "
                    u"Bruno Falk said the museum would need more guards."_s;
    const EngineResult result = engine->annotate(document, nullptr);

    const SuggestedSpan *direct = findSpan(result, u"QUOTE"_s, u"\u201CThe museum will open in spring,\u201D"_s, document.text);
    QVERIFY(direct);
    QCOMPARE(direct->attrs.value(u"form").toString(), u"direct"_s);
    const SuggestedSpan *zelda = findSpan(result, u"SOURCE"_s, u"Zelda Quorn"_s, document.text);
    QVERIFY(linked(result, u"SPEAKER"_s, direct, zelda));
    QVERIFY(zelda->start > direct->end);

    const SuggestedSpan *indirect = findSpan(result, u"QUOTE"_s, u"the museum would need more guards"_s, document.text);
    QVERIFY(indirect);
    QCOMPARE(indirect->attrs.value(u"form").toString(), u"indirect"_s);
    QVERIFY(linked(result, u"SPEAKER"_s, indirect, findSpan(result, u"SOURCE"_s, u"Bruno Falk"_s, document.text)));
    const SuggestedSpan *cue = nullptr;
    for (const SuggestedRelation &relation : result.relations) {
        if (relation.label == u"CUE" && relation.head == indirect->key) {
            for (const SuggestedSpan &span : result.spans) {
                if (span.key == relation.child)
                    cue = &span;
            }
        }
    }
    QVERIFY(cue);
    QCOMPARE(document.text.mid(cue->start, cue->end - cue->start), u"said"_s);
    QVERIFY(cue->start > zelda->end); // Bruno's "said", not Zelda's
    // A sentence with nothing attributed gives nothing.
    QVERIFY(!findSpan(result, u"QUOTE"_s, u"Harbour news"_s, document.text));
}

void TestAttribution::confidencesAreProbabilities()
{
    const std::unique_ptr<Engine> engine = createAttributionEngine(trainedBlob());
    QVERIFY(engine);
    int spans = 0;
    for (const AttributionDocument &held : corpus(5, 100)) {
        EngineDocument document;
        document.text = held.text;
        for (const SuggestedSpan &span : engine->annotate(document, nullptr).spans) {
            QVERIFY2(span.confidence >= 0.0 && span.confidence <= 1.0, qPrintable(QString::number(span.confidence)));
            QVERIFY(!span.reason.isEmpty());
            ++spans;
        }
    }
    QVERIFY(spans > 20);
}

void TestAttribution::withoutRuleFeatures()
{
    AttributionTrainOptions options;
    options.ruleFeatures = false;
    options.stacked = false;
    options.calibrate = false;
    options.epochs = options.linkerEpochs = 5;
    const std::optional<AttributionModel> model = AttributionModel::train(corpus(30), options);
    QVERIFY(model);
    QVERIFY(!model->usesRules());
    const std::optional<AttributionScores> scores = evaluateAttributionModel(model->serialize(), corpus(5, 200));
    QVERIFY(scores);
    QVERIFY2(scores->quotes.f1() > 0.8, qPrintable(scores->summary()));
    QVERIFY2(scores->speakerAccuracy() > 0.8, qPrintable(scores->summary()));
}

void TestAttribution::blobRoundTrip()
{
    const QByteArray &blob = trainedBlob();
    QVERIFY(!blob.isEmpty());
    const std::optional<AttributionModel> model = AttributionModel::deserialize(blob);
    QVERIFY(model);
    QCOMPARE(model->serialize(), blob);
    QCOMPARE(model->documentCount(), 40);
    QVERIFY(model->quoteCount() > 100);
    QCOMPARE(model->trainedAt(), QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    const std::unique_ptr<Engine> engine = createAttributionEngine(blob);
    QVERIFY(engine->version().startsWith(u"1.0.0+20240501."_s));
}

void TestAttribution::hostileBlobs()
{
    const QByteArray &blob = trainedBlob();
    QVERIFY(!AttributionModel::deserialize(QByteArray()));
    QVERIFY(!AttributionModel::deserialize(blob.left(blob.size() / 2)));
    QVERIFY(!AttributionModel::deserialize(blob.left(10)));
    QByteArray flipped = blob;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    QVERIFY(!AttributionModel::deserialize(flipped));
    QByteArray noise(4096, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QVERIFY(!AttributionModel::deserialize(noise));
    QVERIFY(!createAttributionEngine(noise));
    // Another model's blob is not an attribution model.
    PerceptronTagger tagger;
    QVERIFY(tagger.train({{{u"Ada"_s, u"spoke"_s}, {u"B-PERSON"_s, u"O"_s}, {}}}, 2));
    QVERIFY(!createAttributionEngine(tagger.serialize()));
}

// Spans as "KEY LABEL START END [FORM]", relations as "LABEL HEAD CHILD", over kScored.
static const QString kScored = u"Ada said the plan works well. Ivo said it fails. Ada agreed."_s;

static EngineResult parseResult(const QStringList &spans, const QStringList &relations)
{
    EngineResult result;
    for (const QString &line : spans) {
        const QStringList parts = line.split(u' ');
        result.spans.append(goldSpan(parts[0], parts[1], parts[2].toInt(), parts[3].toInt(), parts.value(4)));
    }
    for (const QString &line : relations) {
        const QStringList parts = line.split(u' ');
        result.relations.append({parts[0], parts[1], parts[2]});
    }
    return result;
}

void TestAttribution::scorer_data()
{
    QTest::addColumn<QStringList>("gold");
    QTest::addColumn<QStringList>("goldRelations");
    QTest::addColumn<QStringList>("predicted");
    QTest::addColumn<QStringList>("predictedRelations");
    QTest::addColumn<QList<int>>("expected"); // quotes tp/fp/fn, indirect tp, cue tp/fp, speaker correct/total

    // "Ada" 0-3, "said" 4-8, "the plan works well" 9-28, "Ivo" 30-33, "said" 34-38,
    // "it fails" 39-47, the second "Ada" 49-52.
    const QStringList gold{u"s1 SOURCE 0 3"_s, u"c1 CUE 4 8"_s, u"q1 QUOTE 9 28 indirect"_s};
    const QStringList links{u"SPEAKER q1 s1"_s, u"CUE q1 c1"_s};
    QTest::newRow("exact") << gold << links << gold << links << QList<int>{1, 0, 0, 1, 1, 0, 1, 1};
    QTest::newRow("half of the longer is enough")
        << gold << links << QStringList{u"q QUOTE 9 20 indirect"_s} << QStringList{} << QList<int>{1, 0, 0, 1, 0, 0, 0, 1};
    QTest::newRow("less than half is not")
        << gold << links << QStringList{u"q QUOTE 9 17 indirect"_s} << QStringList{} << QList<int>{0, 1, 1, 0, 0, 0, 0, 1};
    QTest::newRow("cues match exactly")
        << gold << links << QStringList{u"c CUE 4 12"_s} << QStringList{} << QList<int>{0, 0, 1, 0, 0, 1, 0, 1};
    QTest::newRow("speaker with the same text")
        << gold << links << QStringList{u"q QUOTE 9 28 indirect"_s, u"s SOURCE 49 52"_s} << QStringList{u"SPEAKER q s"_s}
        << QList<int>{1, 0, 0, 1, 0, 0, 1, 1};
    QTest::newRow("wrong speaker")
        << gold << links << QStringList{u"q QUOTE 9 28 indirect"_s, u"s SOURCE 30 33"_s} << QStringList{u"SPEAKER q s"_s}
        << QList<int>{1, 0, 0, 1, 0, 0, 0, 1};
    QTest::newRow("form counts apart")
        << gold << links << QStringList{u"q QUOTE 9 28 direct"_s} << QStringList{} << QList<int>{1, 0, 0, 0, 0, 0, 0, 1};
    QTest::newRow("scare quotes are not quotes")
        << QStringList{u"q1 QUOTE 39 47 scare"_s} << QStringList{} << QStringList{u"q QUOTE 39 47 scare"_s}
        << QStringList{} << QList<int>{0, 0, 0, 0, 0, 0, 0, 0};
}

void TestAttribution::scorer()
{
    QFETCH(QStringList, gold);
    QFETCH(QStringList, goldRelations);
    QFETCH(QStringList, predicted);
    QFETCH(QStringList, predictedRelations);
    QFETCH(QList<int>, expected);
    const AttributionScores scores
        = scoreAttribution(kScored, parseResult(gold, goldRelations), parseResult(predicted, predictedRelations));
    const QList<int> found{scores.quotes.truePositives, scores.quotes.falsePositives, scores.quotes.falseNegatives,
                           scores.indirectQuotes.truePositives, scores.cues.truePositives, scores.cues.falsePositives,
                           scores.speakerCorrect, scores.speakerTotal};
    QCOMPARE(found, expected);
}

void TestAttribution::evaluateModel()
{
    const std::optional<AttributionScores> scores = evaluateAttributionModel(trainedBlob(), corpus(10, 300));
    QVERIFY(scores);
    QCOMPARE(scores->documents, 10);
    QVERIFY2(scores->quotes.f1() > 0.9, qPrintable(scores->summary()));
    QVERIFY2(scores->directQuotes.f1() > 0.9, qPrintable(scores->summary()));
    QVERIFY2(scores->cues.f1() > 0.9, qPrintable(scores->summary()));
    QVERIFY2(scores->speakerAccuracy() > 0.9, qPrintable(scores->summary()));
    QVERIFY(!evaluateAttributionModel(QByteArray("not a model"), corpus(2)));
    // The same scorer measures any engine: the rules on the same documents.
    const AttributionScores rules = evaluateAttributionEngine(*createSourcingEngine(), corpus(10, 300));
    QCOMPARE(rules.quotes.truePositives + rules.quotes.falseNegatives,
             scores->quotes.truePositives + scores->quotes.falseNegatives);
}

void TestAttribution::registry()
{
    EngineSelection selection;
    selection.layers = {u"sourcing"_s};
    selection.models.append({attributionModelName(), trainedBlob()});
    QStringList names;
    for (const auto &engine : createEngines(selection))
        names.append(engine->name());
    QCOMPARE(names, (QStringList{u"copydesk-sourcing"_s, u"copydesk-attribution"_s}));
    QVERIFY(availableEngineNames().contains(u"copydesk-attribution"_s));
    // An unreadable blob gives no engine, and no crash.
    selection.models = {{attributionModelName(), QByteArray("garbage")}};
    names.clear();
    for (const auto &engine : createEngines(selection))
        names.append(engine->name());
    QCOMPARE(names, QStringList{u"copydesk-sourcing"_s});
}

// Stores the documents with their spans and links as a file's (accepted) annotations; the
// first `suggested` documents get one extra sourcing suggestion still to review.
static void fillProject(ProjectStore &store, const QList<AttributionDocument> &documents, int suggested)
{
    const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"gold.jsonl"_s);
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-sourcing"_s, u"1.0.0"_s);
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const AttributionDocument &source = documents[d];
        Document document;
        document.externalId = u"doc%1"_s.arg(d);
        document.text = source.text;
        QList<NewAnnotation> spans;
        QHash<QString, int> index;
        for (const SuggestedSpan &span : source.gold.spans) {
            index.insert(span.key, int(spans.size()));
            spans.append({QString(), span.label, span.start, span.end, span.attrs, AnnotationStatus::Accepted, file, -1,
                          QString(), QString()});
        }
        if (d < suggested) {
            spans.append({QString(), u"CUE"_s, 0, 4, {}, AnnotationStatus::Suggested, engine, 0.5, QString(), QString()});
        }
        QList<NewRelation> relations;
        for (const SuggestedRelation &relation : source.gold.relations)
            relations.append({relation.label, index.value(relation.head), index.value(relation.child), file});
        QVERIFY(store.addDocument(document, spans, relations, u"gold.jsonl"_s));
    }
}

void TestAttribution::trainInProject()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    fillProject(store, corpus(kMinAttributionDocuments + 4), 3);

    const AttributionCollection collection = collectAttributionDocuments(store);
    QCOMPARE(collection.documents.size(), qsizetype(kMinAttributionDocuments + 1));
    QCOMPARE(collection.skippedUnreviewed, 3);
    QVERIFY(!collection.documents.front().gold.relations.isEmpty());

    const TrainReport report = trainProject(store, TrainOptions());
    QVERIFY2(report.attributionTrained, qPrintable(report.attributionNote));
    QCOMPARE(report.attributionDocuments, kMinAttributionDocuments + 1);
    QVERIFY(report.attributionQuotes > 50);
    QString version;
    const QByteArray blob = store.model(attributionModelName(), &version);
    QCOMPARE(version, report.attributionVersion);
    const std::unique_ptr<Engine> engine = createAttributionEngine(blob);
    QVERIFY(engine);
    QCOMPARE(engine->version(), version);
    const std::optional<AttributionScores> scores = evaluateAttributionModel(blob, corpus(5, 400));
    QVERIFY(scores);
    QVERIFY2(scores->quotes.f1() > 0.9, qPrintable(scores->summary()));
}

void TestAttribution::tooFewDocuments()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    fillProject(store, corpus(5), 0);
    const AttributionTrainResult result = trainProjectAttribution(store);
    QVERIFY(!result.trained);
    QCOMPARE(result.documents, 5);
    QVERIFY(result.note.contains(QString::number(kMinAttributionDocuments)));
    QVERIFY(store.model(attributionModelName()).isEmpty());
}

// The documents as Copydesk JSONL (their texts are in the BMP: UTF-16 positions are code points).
static QByteArray jsonl(const QList<AttributionDocument> &documents)
{
    QByteArray lines;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        QJsonArray spans, relations;
        for (const SuggestedSpan &span : documents[d].gold.spans) {
            QJsonObject object{{u"id"_s, span.key}, {u"start"_s, span.start}, {u"end"_s, span.end}, {u"label"_s, span.label}};
            if (!span.attrs.isEmpty())
                object.insert(u"attrs"_s, span.attrs);
            spans.append(object);
        }
        for (const SuggestedRelation &relation : documents[d].gold.relations)
            relations.append(QJsonObject{{u"label"_s, relation.label}, {u"head"_s, relation.head}, {u"child"_s, relation.child}});
        const QJsonObject document{{u"id"_s, u"doc%1"_s.arg(d)}, {u"text"_s, documents[d].text}, {u"spans"_s, spans},
                                   {u"relations"_s, relations}};
        lines += QJsonDocument(document).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

void TestAttribution::commandLine()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.copydesk"_s), input = dir.filePath(u"gold.jsonl"_s);
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jsonl(corpus(kMinAttributionDocuments + 2)));
    file.close();
    auto run = [&](const QStringList &arguments, const QByteArray &standardInput = {}) {
        QProcess process;
        process.start(QStringLiteral(COPYDESK_CLI), arguments);
        process.write(standardInput);
        process.closeWriteChannel();
        process.waitForFinished(300000);
        return std::make_tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
    };
    QCOMPARE(std::get<0>(run({u"new"_s, project})), 0);
    QCOMPARE(std::get<0>(run({u"import"_s, project, input})), 0);
    // No entity decisions: the entity tagger is not trained, the attribution model is, and
    // that is a success.
    const auto [status, out, err] = run({u"train"_s, project});
    QVERIFY2(status == 0, err.constData());
    QVERIFY2(err.contains("attribution model"), err.constData());

    const QByteArray unseen = jsonl({article(500)});
    const auto [annotated, lines, messages] = run({u"annotate-jsonl"_s, u"--engines"_s, u"copydesk-attribution"_s,
                                                   u"--models-from"_s, project}, unseen);
    QVERIFY2(annotated == 0, messages.constData());
    const QJsonObject document = QJsonDocument::fromJson(lines.trimmed()).object();
    int quotes = 0;
    for (const QJsonValue &span : document.value(u"spans").toArray()) {
        QVERIFY(span.toObject().value(u"annotator").toString().startsWith(u"copydesk-attribution "_s));
        quotes += span.toObject().value(u"label").toString() == u"QUOTE";
    }
    QVERIFY(quotes >= 4);
    QVERIFY(!document.value(u"relations").toArray().isEmpty());
    // Without a project's model the engine does not run: nothing is suggested.
    const auto [plain, plainLines, plainMessages] = run({u"annotate-jsonl"_s, u"--engines"_s, u"copydesk-attribution"_s}, unseen);
    QVERIFY2(plain == 0, plainMessages.constData());
    QVERIFY(QJsonDocument::fromJson(plainLines.trimmed()).object().value(u"spans").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
