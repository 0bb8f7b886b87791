#pragma once

#include <vector>

#include <QHash>
#include <QList>
#include <QString>

#include "engine.h"
#include "taggertokenizer.h"

namespace Copydesk {

// The attribution model's view of a document: PolNeAR's scheme, where each token is part of
// a source, a cue, a content (what is attributed) or none of them, as BIO tags.
enum AttributionTag : quint8 {
    TagOutside,
    TagBeginSource,
    TagInsideSource,
    TagBeginCue,
    TagInsideCue,
    TagBeginContent,
    TagInsideContent,
};
constexpr int kAttributionTagCount = 7;

enum class AttributionRole : quint8 { None, Source, Cue, Content };

inline AttributionRole attributionRole(int tag)
{
    return tag == TagOutside ? AttributionRole::None : AttributionRole((tag + 1) / 2);
}
inline bool isBeginTag(int tag) { return tag == TagBeginSource || tag == TagBeginCue || tag == TagBeginContent; }
inline int beginTag(AttributionRole role) { return role == AttributionRole::None ? TagOutside : int(role) * 2 - 1; }
inline int insideTag(AttributionRole role) { return role == AttributionRole::None ? TagOutside : int(role) * 2; }
// I-X may follow only B-X or I-X.
inline bool isAllowedTransition(int from, int to)
{
    return isBeginTag(to) || to == TagOutside || (from != TagOutside && attributionRole(from) == attributionRole(to));
}

// Words that are often (part of) a cue in the training data, with how often: P(cue | word),
// keyed by AttributionHash::lowerText. Learned when training, stored with the model.
using CueLexicon = QHash<quint64, float>;

// Per-token flags.
enum AttributionTokenFlag : quint16 {
    FlagCapitalised = 1 << 0,
    FlagSentenceFirst = 1 << 1,
    FlagSentenceLast = 1 << 2,
    FlagParagraphFirst = 1 << 3,
    FlagOpenMark = 1 << 4,      // opens a quotation
    FlagCloseMark = 1 << 5,     // closes one
    FlagInsideDouble = 1 << 6,  // inside double quotation marks (the marks included)
    FlagInsideSingle = 1 << 7,
    FlagMasked = 1 << 8,        // inside furniture (boilerplate, disclaimer, metadata)
    FlagPronoun = 1 << 9,
};

// A document prepared for tagging and linking: tokens (TaggerTokenizer), sentences,
// paragraphs (text between line breaks), quotation state, the rule engine's findings mapped
// to tokens, and hashes of each token's word.
struct AttributionText
{
    QString text;
    QList<TaggerToken> tokens;
    std::vector<int> sentence;               // per token
    std::vector<int> paragraphOf;            // per token
    std::vector<std::pair<int, int>> paragraphs; // token ranges [first, end)
    std::vector<quint64> word;               // AttributionHash::lowerText of the token
    std::vector<quint64> shape;              // of the token's shape ("Xx", "d", ",")
    std::vector<quint64> suffix;             // last three characters, lower-cased
    std::vector<quint64> stem;               // the word less -s, -ed, -ing
    std::vector<quint8> clause;              // per token: distance buckets to the comma or sentence
                                             //   edge before (low 4 bits) and after (high 4 bits)
    std::vector<quint16> flags;              // AttributionTokenFlag
    std::vector<float> cueProbability;       // from the cue lexicon, 0 for other words
    std::vector<int> leftCue;                // nearest cue word before in the sentence, -1
    std::vector<int> rightCue;               // nearest cue word after in the sentence, -1
    EngineResult rules;                      // what the rule engine found
    std::vector<int> ruleQuote;              // per token: rules.spans index of its QUOTE, -1
    std::vector<int> ruleOther;              // per token: rules.spans index of its SOURCE or CUE, -1
    std::vector<quint64> ruleQuoteCode;      // per token: hash of the rule QUOTE's form and links, 0
    std::vector<quint64> ruleOtherCode;      // per token: hash of the rule SOURCE/CUE's kind and links, 0
    std::vector<bool> ruleBegin;             // the token starts its rule span
    QHash<QString, int> ruleIndex;           // rules.spans key -> index
    QHash<int, int> ruleCueOf;               // rules QUOTE index -> its CUE index
    QHash<int, int> ruleSpeakerOf;           // rules QUOTE index -> its SOURCE index
    // A first tagger's output, for the second (stacked) tagger; empty without one.
    std::vector<quint8> firstTag;            // per token
    std::vector<quint8> firstConfidence;     // per token: its marginal in four bands
    std::vector<quint8> sentenceRoles;       // per token: roles tagged in its sentence (bit per role)
    std::vector<quint8> leftFirst;           // per token: nearest tagged cue and content before it in the
    std::vector<quint8> rightFirst;          //   sentence (distance buckets, 4 bits each); after it

    qsizetype size() const { return tokens.size(); }
};

// Prepares `text`; `rules` is the rule engine's (copydesk-sourcing) result on it, `furniture`
// the furniture spans (UTF-16) whose tokens are masked.
AttributionText prepareAttributionText(const QString &text, EngineResult rules, const QList<SuggestedSpan> &furniture,
                                       const CueLexicon &lexicon);

// Sets the cue probabilities of the tokens' words (and the cue context of each token) from
// `lexicon`; prepareAttributionText() calls it, training calls it again with a new lexicon.
void applyCueLexicon(AttributionText &text, const CueLexicon &lexicon);

// Records a first tagger's tags and marginals (kAttributionTagCount per token) for the
// stacked features; empty `tags` removes them.
void applyFirstPass(AttributionText &text, const std::vector<quint8> &tags, const std::vector<float> &marginals);

// The feature keys of every token of paragraph `paragraph`: keys[starts[i]..starts[i+1]) are
// those of its i-th token. `withRules` false leaves out the rule engine's findings.
void attributionFeatures(const AttributionText &text, int paragraph, bool withRules, std::vector<quint64> &keys,
                         std::vector<qsizetype> &starts);

// Token distance as a small number of buckets (0, 1, 2, 3-4, 5-8, 9-16, 17-32, more).
int distanceBucket(int distance);

} // namespace Copydesk
