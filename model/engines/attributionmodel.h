#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "attributionfeatures.h"
#include "attributionlinker.h"
#include "attributiontagger.h"
#include "engine.h"

namespace Copydesk {

// A document whose sourcing a person finished, in PolNeAR's scheme: QUOTE spans (the
// content), SOURCE and CUE spans, and SPEAKER and CUE relations from each QUOTE. UTF-16
// positions. Unmarked words are learned as "not part of an attribution".
struct AttributionDocument
{
    QString text;
    QList<SuggestedSpan> furniture; // DISCLAIMER, BOILERPLATE, METADATA: masked as the rules mask them
    EngineResult gold;              // spans keyed, relations by key
};

struct AttributionTrainOptions
{
    int epochs = 10;            // passes of the sequence labeller
    int linkerEpochs = 10;
    int minFeatureCount = 2;    // features seen fewer times are left out
    bool ruleFeatures = true;   // the rule engine's findings as features
    // A second tagger that also sees the first one's tags around each token (stacking); the
    // first one's tags on training documents come from `folds` taggers trained without them.
    bool stacked = true;
    int folds = 4;
    // Hold out a tenth of the documents, train on the rest and fit the confidences on what
    // the model gets right there (needs 20 documents), and with 80 or more how much to favour
    // each role (more spans found for the price of precision); then train on all. One more
    // tagger to train.
    bool calibrate = true;
};

// The learned attribution model: a sequence labeller over tokens (source, cue, content or
// none; AttributionTagger; two stacked), the cue lexicon it learned, a linker attaching each content to a
// cue and a source (AttributionLinker), and per-role confidence calibration. Immutable in
// use: annotate() is const and thread-safe.
class AttributionModel final
{
public:
    using Progress = std::function<bool(double fraction)>;

    // Nullopt when cancelled or when the documents hold nothing to learn from. Runs the rule
    // engine (copydesk-sourcing) over every document when options.ruleFeatures is set.
    static std::optional<AttributionModel> train(const QList<AttributionDocument> &documents,
                                                 const AttributionTrainOptions &options = {},
                                                 const Progress &progress = {});

    // QUOTE (attrs.form direct or indirect), SOURCE (attrs.kind when the rules know it) and
    // CUE spans with SPEAKER and CUE relations, keys "a-q1", "a-s1", "a-c1"... `rules` is the
    // rule engine's result on the same text (ignored by a model trained without them).
    EngineResult annotate(const QString &text, const QList<SuggestedSpan> &furniture, const EngineResult &rules) const;
    bool usesRules() const { return m_ruleFeatures; }

    // A versioned, checksummed, compressed blob; nullopt for anything else (never crashes on
    // hostile input).
    QByteArray serialize() const;
    static std::optional<AttributionModel> deserialize(const QByteArray &blob);

    QDateTime trainedAt() const { return m_trainedAt; }
    void setTrainedAt(const QDateTime &when) { m_trainedAt = when.toUTC(); }
    int documentCount() const { return m_documents; }
    int quoteCount() const { return m_quotes; }
    int sourceCount() const { return m_sources; }
    int cueCount() const { return m_cues; }
    qsizetype featureCount() const { return m_tagger.featureCount(); }
    // What calibration chose: how much each role is favoured, and the marginals' temperature.
    AttributionBias roleBias() const { return m_bias; }
    double temperature() const { return m_tagger.temperature(); }

private:
    QString reasonFor(AttributionRole role) const;

    CueLexicon m_lexicon;
    AttributionTagger m_first;   // the first tagger when stacked
    AttributionTagger m_tagger;
    AttributionLinker m_linker;
    bool m_ruleFeatures = true;
    bool m_stacked = false;
    AttributionBias m_bias = {0.0f, 0.0f, 0.0f, 0.0f}; // the second tagger's, fitted with the calibration
    // Per role (source, cue, content): confidence = sigmoid(a * logit(mean marginal) + b).
    double m_calibration[3][2] = {{1.0, 0.0}, {1.0, 0.0}, {1.0, 0.0}};
    QDateTime m_trainedAt;
    int m_documents = 0;
    int m_quotes = 0;
    int m_sources = 0;
    int m_cues = 0;
};

// The furniture spans of an engine document's existing spans, and the rule engine's result
// for it (what the attribution model takes as input).
QList<SuggestedSpan> attributionFurniture(const QList<SuggestedSpan> &spans);
EngineResult runAttributionRules(const Engine &rules, const QString &text, const QList<SuggestedSpan> &furniture);

// Gold BIO tags of a document's tokens from its QUOTE, SOURCE and CUE spans (a token takes
// the shortest span its start lies in), and the gold chunks with their links.
struct AttributionGold
{
    std::vector<quint8> tags;
    std::vector<AttributionChunk> chunks;
    AttributionLinks links;
};
AttributionGold attributionGold(const AttributionText &text, const EngineResult &gold);

} // namespace Copydesk
