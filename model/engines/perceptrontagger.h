#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

// One training sentence: tokens and one IOB2 tag per token ("B-PERSON", "I-PERSON", "O").
// IOB1 (an I- tag opening an entity) and BIOES (S-, E-) are accepted and read as IOB2.
struct TaggedSentence
{
    QStringList tokens;
    QStringList tags;
};

// The tags of one sentence with how sure the tagger is of each.
struct TagResult
{
    QStringList tags;          // IOB2, one per token
    QList<double> confidences; // marginal probability of each token's tag (0..1)
};

// An averaged structured perceptron over IOB2 tags (Collins 2002): first-order Viterbi
// decoding over the legal tag bigrams (I-X only after B-X or I-X), emission features of a
// five-token window (words, shapes, affixes, word and shape bigrams, sentence position,
// all-caps headline mode), and confidences as forward-backward marginals of the scores.
// Features are 64-bit hashes of their text, so the model stores no strings; weights that
// average to zero are not stored.
//
// Training is single-threaded and deterministic: the same sentences, epochs and feature
// extras give the same weights, and the same serialize() bytes once the training date (part
// of the blob) is pinned with setTrainedAt().
// A trained tagger is immutable in use: tag() and tagWithConfidence() are const and
// thread-safe.
class PerceptronTagger final
{
public:
    // Extra features for token `index` of a sentence (gazetteer hits, say: "gaz=city").
    // Hashed into the model like the built-in ones; the same hook must be set when training
    // and when tagging (the model does not store it).
    using FeatureExtras = std::function<QStringList(const QStringList &tokens, qsizetype index)>;
    // Called during training with the 0-based epoch and overall progress (0..1); returning
    // false cancels training.
    using Progress = std::function<bool(int epoch, double progress)>;

    PerceptronTagger() = default;

    // Replaces the model by one trained on `sentences` (sentences whose token and tag counts
    // differ are skipped) for `epochs` passes (10 is a good default), visiting them in an
    // order shuffled with a fixed seed. With 500 sentences or more, a first run on nine
    // tenths fits confidenceTemperature() on the last tenth, so training takes about twice
    // as long. Records the current time as training date. Returns false when cancelled or
    // when there is nothing to learn from; the tagger is then left as it was.
    bool train(const QList<TaggedSentence> &sentences, int epochs, const Progress &progressAndContinue = {});

    bool isTrained() const { return !m_tags.isEmpty(); }

    // Entity labels the model knows, sorted ("ORG", "PERSON").
    QStringList labels() const { return m_labels; }
    // "O", then B- and I- of each label.
    QStringList tagSet() const { return m_tags; }

    QStringList tag(const QStringList &tokens) const;
    TagResult tagWithConfidence(const QStringList &tokens) const;

    // A versioned, checksummed, compressed blob. Empty when untrained.
    QByteArray serialize() const;
    // Nullopt for anything that is not a model this version wrote (foreign, truncated,
    // corrupt, other format version); never crashes on hostile input.
    static std::optional<PerceptronTagger> deserialize(const QByteArray &blob);

    void setFeatureExtras(FeatureExtras extras) { m_extras = std::move(extras); }

    QDateTime trainedAt() const { return m_trainedAt; }
    // Lets a caller pin the training date (reproducible blobs in tests and builds).
    void setTrainedAt(const QDateTime &when) { m_trainedAt = when.toUTC(); }
    int trainingSentenceCount() const { return m_sentenceCount; }
    int trainingTokenCount() const { return m_tokenCount; }
    int trainingEpochs() const { return m_epochs; }
    qsizetype featureCount() const { return qsizetype(m_rowKeys.size()); }
    // What scores are divided by before the marginals; fitted on held-out sentences when
    // training on 500 sentences or more.
    double confidenceTemperature() const { return m_temperature; }

    // How unsure a suggestion with this confidence is, for showing the most informative
    // suggestions first (least-confidence sampling): 1 - confidence, clamped to 0..1.
    // Order suggestions by descending uncertainty.
    static double uncertainty(double confidence);

private:
    void extractFeatures(const QStringList &tokens, std::vector<quint64> &keys,
                         std::vector<qsizetype> &starts) const;
    void adopt(QStringList labels, std::vector<float> transitions, std::vector<quint64> rowKeys,
               std::vector<float> weights);
    void buildIndex();
    qint32 rowOf(quint64 key) const;
    void emissions(const QStringList &tokens, std::vector<float> &scores) const;

    QStringList m_labels;
    QStringList m_tags;
    // (tags + 1) x tags: row t is the score of tag t followed by each tag; the last row is
    // the sentence start. Illegal bigrams are never taken whatever their score.
    std::vector<float> m_transitions;
    std::vector<quint64> m_rowKeys;      // feature hash of each weight row
    std::vector<float> m_weights;        // rows x tags
    std::vector<quint64> m_slotKeys;     // open addressing index: key per slot (0 = empty)
    std::vector<qint32> m_slotRows;      // row per slot
    double m_temperature = 8.0;  // divides scores before the marginals
    QDateTime m_trainedAt;
    int m_sentenceCount = 0;
    int m_tokenCount = 0;
    int m_epochs = 0;
    FeatureExtras m_extras;
};

} // namespace Copydesk
