#pragma once

#include <array>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "annotation.h"
#include "engines/abbreviationlexicon.h"

namespace Copydesk {

// Who a quote rests on, by the kind of the SOURCE linked to it as SPEAKER.
enum class SourceKind { Named = 0, Anonymous = 1, Publication = 2, Unattributed = 3 };
constexpr int sourceKindCount = 4;
QString sourceKindName(SourceKind kind); // "named", "anonymous", "publication", "unattributed"

// Which annotations a summary counts. Rejected annotations never count.
enum class SourcingScope {
    DecisionsAndSuggestions, // the current picture: accepted, manual and suggested
    DecisionsOnly,           // what a person decided: accepted and manual
};

struct QuoteFormCount
{
    QString form;            // direct, indirect, mixed, scare; "unspecified" when the attribute is missing
    int quotes = 0;
    qint64 characters = 0;   // code points
    qint64 words = 0;
};

struct KindShare
{
    int quotes = 0;
    qint64 characters = 0;
    qint64 words = 0;
};

// One speaker: the SOURCE annotations linked as SPEAKER whose normalised text is the same
// ("Peskov", "peskov" and "Peskov's" are one speaker; "he" stays "he": no pronoun resolution).
struct SpeakerSummary
{
    QString name;            // the covered text of its first mention
    QString key;             // the normalised text that groups the mentions
    SourceKind kind = SourceKind::Named; // the kind most of its quotes have
    int quotes = 0;
    int direct = 0;
    int indirect = 0;
    int mixed = 0;
    qint64 characters = 0;
    qint64 words = 0;
    bool pronoun = false;    // "he", "they", "who": someone in this article, nobody across articles
    QList<qint64> sourceIds; // its SOURCE annotations, in text order
    QList<qint64> quoteIds;  // its quotes, in text order (the first is where to look)
};

// A sentence with a reporting cue or hedge ("reportedly", "it is understood") that no quote is
// linked to: a claim the article makes without saying who makes it.
struct UnattributedClaim
{
    qint64 documentId = 0;
    qint64 start = 0;        // the sentence, code points
    qint64 end = 0;
    QString sentence;        // its text, white space simplified
    QList<qint64> cueIds;    // the CUE annotations in it, in text order
    QStringList cues;        // their texts
};

// A publication the article leans on: a SOURCE linked as VIA, or a SPEAKER of kind publication.
struct PublicationSummary
{
    QString name;
    QString key;
    int quotes = 0;
    QList<qint64> sourceIds;
    QList<qint64> quoteIds;
};

// How an article is sourced, in numbers an editor reads at a glance. Scare quotes (a word put
// in quotation marks) count among the forms only: they are nobody's statement.
struct SourcingSummary
{
    int documents = 0;       // 1 for one document; the number added up for a corpus total
    SourcingScope scope = SourcingScope::DecisionsAndSuggestions;
    int suggestionsCounted = 0; // suggested annotations among those counted
    // SOURCE mentions linked as SPEAKER without a kind attribute (imports, quick manual marks);
    // they count as named.
    int speakersWithoutKind = 0;

    int quotes = 0;          // all forms
    qint64 quotedCharacters = 0;
    qint64 quotedWords = 0;
    QList<QuoteFormCount> forms; // direct, indirect, mixed, scare, then others as found
    std::array<KindShare, sourceKindCount> byKind{}; // indexed by SourceKind; scare quotes left out
    QList<SpeakerSummary> speakers;             // most quoted words first
    QList<UnattributedClaim> unattributedClaims; // in text order
    QList<PublicationSummary> publications;     // most quotes first

    // Page furniture, in characters that are not white space (blank lines would inflate both).
    qint64 pageCharacters = 0;      // the whole text
    qint64 furnitureCharacters = 0; // under DISCLAIMER, BOILERPLATE or METADATA (overlaps once)
    QList<QPair<QString, qint64>> furnitureByLabel; // DISCLAIMER, BOILERPLATE, METADATA
    qint64 headlineCharacters = 0;
    // The article body: the text outside furniture and the headline.
    qint64 bodyCharacters = 0;
    qint64 bodyWords = 0;

    const KindShare &share(SourceKind kind) const { return byKind[std::size_t(kind)]; }
    qint64 attributableWords() const; // the words of byKind together
    double kindShare(SourceKind kind) const;  // 0..1 of attributableWords(); 0 when there are none
    double furnitureShare() const;            // 0..1 of pageCharacters
    double quotedShareOfBody() const;         // quoted words (no scare quotes) over body words
    bool isEmpty() const { return quotes == 0 && unattributedClaims.isEmpty(); }

    // Adds another document's summary (corpus totals): speakers and publications with the same
    // key are merged, claims appended.
    void add(const SourcingSummary &other);
};

// Summarises one document's sourcing. Offsets in the annotations are code points into text;
// the abbreviations tell where the sentence of an unattributed claim ends.
SourcingSummary summarizeSourcing(const QString &text, const QList<Annotation> &annotations,
                                  const QList<Relation> &relations,
                                  SourcingScope scope = SourcingScope::DecisionsAndSuggestions,
                                  const AbbreviationLexicon &abbreviations = AbbreviationLexicon::builtin());

QJsonObject toJson(const SourcingSummary &summary);
QString sourcingScopeName(SourcingScope scope); // "decisions_and_suggestions", "decisions_only"

// Words as a reader counts them: runs of text between white space and dashes that hold a
// letter or a digit.
qint64 countWords(QStringView text);
// The normalised text that groups speaker mentions: case-folded, white space simplified, without
// surrounding punctuation, a leading "the" or a trailing possessive.
QString normalizedSourceKey(QStringView text);
// Whole percentages of the values that add up to exactly 100 (largest remainder, but a value
// above zero gets a point before the others when there is one to give); all zero when the
// values add up to zero.
QList<int> wholePercentages(const QList<qint64> &values);

} // namespace Copydesk
