#pragma once

// The feature templates of PerceptronTagger (internal to the tagger's files).

#include <vector>

#include <QHash>
#include <QtGlobal>

namespace Copydesk {

struct TaggedSentence;

namespace PerceptronFeatures {

// Own hash functions (not qHash, which is seeded per process): feature keys must be the same
// in every run and on every machine.
constexpr quint64 kFnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 kFnvPrime = 0x100000001b3ULL;

quint64 mix(quint64 x);
quint64 combine(quint64 a, quint64 b);
inline quint64 hashAdd(quint64 hash, char32_t codePoint) { return (hash ^ codePoint) * kFnvPrime; }

// The key of feature template `feature` with value `value`; never 0 (0 marks empty slots).
quint64 featureKey(quint32 feature, quint64 value);

// The features of a sentence's tokens that do not depend on the tagger's own decisions.
struct SentenceFeatures
{
    std::vector<quint64> keys;      // all tokens' feature keys, token after token
    std::vector<qsizetype> starts;  // token i's keys are [starts[i], starts[i + 1])
    std::vector<quint64> words;     // per token, the key under which the document remembers
                                    // its labels (0: a word the history ignores)
    bool allCaps = false;           // a headline in capitals
};

void extract(const TaggedSentence &sentence, SentenceFeatures &features);

// What a document said so far about its words: how often each was labelled with each label
// (index 0 counts O).
class DocumentHistory final
{
public:
    explicit DocumentHistory(int labelCount = 0) : m_width(labelCount + 1) { }
    void clear() { m_index.clear(); m_counts.clear(); }
    void record(quint64 word, int label); // label -1 for O
    // Counts for the word (O first, then each label), or null when the document has not seen it.
    const int *counts(quint64 word) const;
    int width() const { return m_width; }

private:
    int m_width = 1;
    QHash<quint64, qsizetype> m_index;
    std::vector<int> m_counts;
};

// Everything tagging one document needs besides the model, kept from sentence to sentence.
struct Workspace
{
    explicit Workspace(int labelCount) : history(labelCount) { }
    DocumentHistory history;
    SentenceFeatures features;
    std::vector<float> scores;
    std::vector<int> best;
    std::vector<qint32> rows;
    std::vector<quint64> dynamic;
};

// The history features of a token (appended as keys): the label most often given to the word
// before (alone, when every earlier occurrence agreed, and with whether the token starts its
// sentence or line), and each label it was given at all.
void historyKeys(const int *counts, int width, bool first, std::vector<quint64> &keys);
// Every key historyKeys() can give for `labelCount` labels.
std::vector<quint64> allHistoryKeys(int labelCount);

} // namespace PerceptronFeatures
} // namespace Copydesk
