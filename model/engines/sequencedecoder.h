#pragma once

#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

namespace Copydesk {

// How entity labels become the tags of a linear chain.
// - IOB2: O, B-X (first token of an X), I-X (any later token).
// - BILOU: O, B-X, I-X, L-X (last token of a longer X), U-X (an X of one token). The decoder
//   then sees where names end, and one-word names learn apart from longer ones.
enum class TagScheme : quint8 { Iob2 = 0, Bilou = 1 };

// The tags of a label set under a scheme: tag 0 is O, then each label's tags in the order
// B, I (, L, U). A trained tagger keeps one; it is small and cheap to copy.
class TagSet final
{
public:
    enum Kind : quint8 { Outside, Begin, Inside, Last, Unit };

    TagSet() = default;
    TagSet(TagScheme scheme, QStringList labels);

    TagScheme scheme() const { return m_scheme; }
    const QStringList &labels() const { return m_labels; }
    int size() const { return 1 + int(m_labels.size()) * perLabel(); }
    int perLabel() const { return m_scheme == TagScheme::Bilou ? 4 : 2; }

    Kind kind(int tag) const { return tag == 0 ? Outside : Kind(1 + (tag - 1) % perLabel()); }
    int label(int tag) const { return tag == 0 ? -1 : (tag - 1) / perLabel(); }
    int tag(Kind kind, int label) const { return kind == Outside ? 0 : 1 + label * perLabel() + (int(kind) - 1); }

    // Whether `next` may follow `previous` (previous == size() at the start of a sentence).
    bool legal(int previous, int next) const;
    // Whether a sentence may end on `tag` (BILOU: not inside an open entity).
    bool legalEnd(int tag) const;

    // Tags of a training sentence given as strings: IOB2, IOB1 (an I- opening an entity) and
    // BIOES/BILOU (S-, U-, E-, L-) are read; labels not in `labelIndex` read as O.
    std::vector<int> fromStrings(const QStringList &tags, const QHash<QString, int> &labelIndex) const;
    // A decoded tag as IOB2 text ("B-ORG").
    const QString &iob2(int tag) const { return m_iob2[tag]; }
    // The names of the tags ("O", "B-ORG", "I-ORG", ...).
    QStringList names() const;

private:
    TagScheme m_scheme = TagScheme::Iob2;
    QStringList m_labels;
    QStringList m_iob2{QStringLiteral("O")}; // per tag
};

// Splits "B-PERSON" into its prefix letter and label; "O" and anything unreadable give 'O'.
QChar splitTagString(const QString &tag, QString *label);

// The transition scores of a linear chain, prepared once for decoding many sentences:
// (tags + 1) x tags, row t scoring tag t followed by each tag, the last row the sentence start.
// Illegal bigrams are never taken whatever their score.
class ChainTransitions final
{
public:
    ChainTransitions() = default;
    // With a temperature > 0, also prepares what ChainPosteriors needs.
    ChainTransitions(const TagSet &tagSet, const float *transitions, double temperature = 0);

    const TagSet &tagSet() const { return m_tagSet; }
    double temperature() const { return m_temperature; }
    // The best legal tag sequence for `length` tokens given their scores (length x tags).
    void viterbi(const float *emission, qsizetype length, std::vector<int> &best) const;

private:
    friend class ChainPosteriors;

    TagSet m_tagSet;
    double m_temperature = 0;
    std::vector<float> m_allowed;     // the scores, -infinity where illegal
    std::vector<double> m_potential;  // exp of the scores / temperature (shifted), 0 where illegal
};

// Forward-backward over the same scores divided by the temperature, read as the
// log-potentials of a linear-chain model: how likely each tag is at each token, and each
// whole entity.
class ChainPosteriors final
{
public:
    ChainPosteriors(const ChainTransitions &transitions, const float *emission, qsizetype length);

    // Probability of `tag` at token `position`.
    double marginal(qsizetype position, int tag) const;
    // Probability that tokens [start, end) are exactly one entity of `label` (no longer, no
    // shorter, not split).
    double entityProbability(qsizetype start, qsizetype end, int label) const;

private:
    const ChainTransitions &m_chain;
    size_t m_tags = 0;
    qsizetype m_length = 0;
    std::vector<double> m_potential;  // length x tags
    std::vector<double> m_alpha;      // length x tags, each row normalised
    std::vector<double> m_beta;       // length x tags, each row normalised
    std::vector<double> m_betaScale;  // what normalised each beta row
};

} // namespace Copydesk
