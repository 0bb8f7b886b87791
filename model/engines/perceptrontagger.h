#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "sequencedecoder.h"

namespace Copydesk {

namespace PerceptronFeatures {
struct Workspace;
} // namespace PerceptronFeatures

// One training sentence: tokens and one IOB2 tag per token ("B-PERSON", "I-PERSON", "O").
// IOB1 (an I- tag opening an entity) and BIOES/BILOU (S-, E-, U-, L-) are accepted and read
// as the same entities. For tagging, the tags are ignored.
struct TaggedSentence
{
    QStringList tokens;
    QStringList tags;
    // Features of each token that the caller computes (a gazetteer's hits, say): empty, or
    // one list per token of keys from PerceptronTagger::extraFeature(). Give the same kind of
    // extras when training and when tagging: the model does not compute them.
    QList<QList<quint64>> extras;
};

// An entity the tagger found: tokens [start, end).
struct TaggedEntity
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString label;
    double confidence = 0; // probability that exactly these tokens are one entity of the label
};

// The tags of one sentence with how sure the tagger is of each.
struct TagResult
{
    QStringList tags;            // IOB2, one per token
    // Marginal probability of each token's tag (0..1); empty when tagDocument() was not asked
    // for them and the sentence has no entity.
    QList<double> confidences;
    QList<TaggedEntity> entities; // the entities of `tags`, in order
};

// An averaged structured perceptron (Collins 2002) over the entity tags of a sentence:
// first-order Viterbi over the legal tag bigrams of IOB2 or BILOU; emission features of a
// five-token window (words, shapes, affixes, word and shape bigrams, sentence position,
// all-caps headline mode), the caller's extra features per token, and, when documents are
// tagged, the labels the tagger gave the same word earlier in the document; confidences
// from forward-backward over the scores. Features are 64-bit hashes of their text, so the
// model stores no strings; weights that average to zero are not stored.
//
// Training is single-threaded and deterministic: the same documents and options give the
// same weights, and the same serialize() bytes once the training date (part of the blob) is
// pinned with setTrainedAt().
// A trained tagger is immutable in use: the tag functions are const and thread-safe.
class PerceptronTagger final
{
public:
    struct Options
    {
        int epochs = 10;
        TagScheme scheme = TagScheme::Iob2;
        // Features from the labels the tagger gave the same word (in any case) earlier in the
        // document: a name tagged in full once is easier to tag alone later.
        bool documentHistory = true;
    };
    // Called during training with the 0-based epoch and overall progress (0..1); returning
    // false cancels training.
    using Progress = std::function<bool(int epoch, double progress)>;

    PerceptronTagger() = default;

    // Replaces the model by one trained on `documents` (each a list of sentences in reading
    // order; sentences whose token and tag counts differ are skipped), visiting documents in
    // an order shuffled with a fixed seed. Confidences are calibrated on held-out documents
    // (see confidenceTemperature()), which costs about one more training run. Records the
    // current time as training date. Returns false when cancelled or when there is nothing to
    // learn from; the tagger is then left as it was.
    bool train(const QList<QList<TaggedSentence>> &documents, const Options &options,
               const Progress &progressAndContinue = {});
    // Each sentence a document of its own.
    bool train(const QList<TaggedSentence> &sentences, int epochs, const Progress &progressAndContinue = {});

    bool isTrained() const { return m_tagSet.size() > 1; }

    // Entity labels the model knows, sorted ("ORG", "PERSON").
    QStringList labels() const { return m_tagSet.labels(); }
    // The tags it decodes: "O", then B- and I- (and L-, U- under BILOU) of each label.
    QStringList tagSet() const { return m_tagSet.names(); }
    TagScheme scheme() const { return m_tagSet.scheme(); }
    bool usesDocumentHistory() const { return m_documentHistory; }

    // One sentence, as a document of its own.
    QStringList tag(const QStringList &tokens) const;
    TagResult tagWithConfidence(const QStringList &tokens) const;
    // The sentences of one document in reading order (their tags are ignored), with the
    // confidence of each entity, and of each token when `tokenConfidences` is set (it takes
    // longer).
    QList<TagResult> tagDocument(const QList<TaggedSentence> &sentences, bool tokenConfidences = false) const;

    // The key of an extra feature, from its text ("gaz=city").
    static quint64 extraFeature(QStringView name);
    // The key of a feature that joins two others (a gazetteer hit and the word's shape).
    static quint64 combineFeatures(quint64 first, quint64 second);

    // Bytes the caller keeps with the model (how it computes its extra features, say):
    // stored in the blob as they are, at most 64 MiB.
    QByteArray attachment() const { return m_attachment; }
    void setAttachment(const QByteArray &bytes) { m_attachment = bytes; }

    // A versioned, checksummed, compressed blob. Empty when untrained.
    QByteArray serialize() const;
    // Nullopt for anything that is not a model this version wrote (foreign, truncated,
    // corrupt, other format version); never crashes on hostile input.
    static std::optional<PerceptronTagger> deserialize(const QByteArray &blob);

    QDateTime trainedAt() const { return m_trainedAt; }
    // Lets a caller pin the training date (reproducible blobs in tests and builds).
    void setTrainedAt(const QDateTime &when) { m_trainedAt = when.toUTC(); }
    int trainingSentenceCount() const { return m_sentenceCount; }
    int trainingTokenCount() const { return m_tokenCount; }
    int trainingEpochs() const { return m_epochs; }
    qsizetype featureCount() const { return qsizetype(m_rowKeys.size()); }
    // What scores are divided by before the marginals: fitted on held-out documents (or, with
    // little data, by cross-validation) to maximise the likelihood of their tags.
    double confidenceTemperature() const { return m_temperature; }

    // How unsure a suggestion with this confidence is, for showing the most informative
    // suggestions first (least-confidence sampling): 1 - confidence, clamped to 0..1.
    // Order suggestions by descending uncertainty.
    static double uncertainty(double confidence);

private:
    using Workspace = PerceptronFeatures::Workspace;

    void adopt(const TagSet &tagSet, std::vector<float> transitions, std::vector<quint64> rowKeys,
               std::vector<float> weights);
    // Builds the key index and the decoder's tables.
    void prepare();
    qint32 rowOf(quint64 key) const;
    // workspace.scores: every tag of every token of workspace.features, given what the
    // document said so far (workspace.history).
    void emissions(Workspace &workspace) const;
    // Tags one sentence and records its labels in the document's history.
    enum class Confidences { None, Entities, All };
    TagResult decode(const TaggedSentence &sentence, Workspace &workspace, Confidences confidences) const;
    // Adds the log-likelihood of the gold tags of the documents under each candidate temperature.
    void addLogLikelihoods(const QList<QList<TaggedSentence>> &documents, const std::vector<qsizetype> &which,
                           const QHash<QString, int> &labelIndex, std::vector<double> &sums) const;

    TagSet m_tagSet;
    bool m_documentHistory = false;
    // (tags + 1) x tags: row t is the score of tag t followed by each tag; the last row is
    // the sentence start. Illegal bigrams are never taken whatever their score.
    std::vector<float> m_transitions;
    std::vector<quint64> m_rowKeys;      // feature hash of each weight row
    std::vector<float> m_weights;        // rows x tags
    // Open addressing index from key to row: the slot is the key's low bits, and a slot keeps
    // the key's high 32 bits, so that the index stays small enough for the cache (the chance
    // that an unknown key passes for a known one is about one in four billion a lookup).
    struct Slot
    {
        quint32 check = 0;
        qint32 row = -1;  // -1: empty
    };
    std::vector<Slot> m_slots;
    ChainTransitions m_chain;
    double m_temperature = 8.0;  // divides scores before the marginals
    QByteArray m_attachment;
    QDateTime m_trainedAt;
    int m_sentenceCount = 0;
    int m_tokenCount = 0;
    int m_epochs = 0;
};

} // namespace Copydesk
