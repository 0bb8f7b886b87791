#pragma once

#include <array>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "annotation.h"
#include "engines/abbreviationlexicon.h"
#include "sourcekind.h"
#include "sourcingclaims.h"

namespace Copydesk {

struct QuoteFormCount
{
    QString form;            // direct, indirect, mixed, scare; "unspecified" when the attribute is missing
    int quotes = 0;
    qint64 characters = 0;   // code points other than white space
    qint64 words = 0;
};

struct KindShare
{
    int quotes = 0;
    qint64 characters = 0;
    qint64 words = 0;
};

// One SOURCE annotation that stands for a speaker.
struct SpeakerMention
{
    qint64 sourceId = 0;
    QString text;            // the covered text, white space simplified
    qint64 start = 0;        // code points
    qint64 end = 0;
    SourceKind kind = SourceKind::Person; // its own "kind" attribute (a person's when it has none)
    bool pronoun = false;    // "he", "they", "who"
    bool speaks = false;     // linked as SPEAKER to a counted quote
};

// One speaker of a document: the SOURCE mentions that stand for the same person or source,
// linked by REFERS_TO relations ("he" -> "Pompeo" -> "US Secretary of State Mike Pompeo") or
// written the same ("Peskov", "peskov", "Peskov's"). In corpus totals, the speakers of all
// documents with the same name.
struct SpeakerSummary
{
    QString name;            // the fullest name among its mentions
    QString key;             // that name normalised: what joins speakers across documents
    SourceKind kind = SourceKind::Person; // the fullest mention's; unresolved when all are pronouns
    int quotes = 0;
    int direct = 0;
    int indirect = 0;
    int mixed = 0;
    qint64 characters = 0;
    qint64 words = 0;
    int documents = 1;
    bool pronoun = false;    // every mention a pronoun: someone in this article, nobody across articles
    QList<SpeakerMention> mentions; // in text order (left empty in corpus totals)
    QList<qint64> sourceIds; // its SOURCE annotations, in text order (empty in corpus totals)
    QList<qint64> quoteIds;  // its quotes, in text order (the first is where to look; empty in totals)
};

// A publication the article leans on: a SOURCE of kind publication linked as VIA or SPEAKER.
struct PublicationSummary
{
    QString name;
    QString key;
    int quotes = 0;
    QList<qint64> sourceIds;
    QList<qint64> quoteIds;
};

// How an article is sourced, in numbers an editor reads at a glance. Scare quotes (a word put
// in quotation marks) count among the forms only: they are nobody's statement; stage
// directions of a transcript ("(CROSSTALK)") are no quotes at all. A quoted passage inside
// another counts once, and only words of the article body count, so no share exceeds 100%.
struct SourcingSummary
{
    int documents = 0;       // 1 for one document; the number added up for a corpus total
    SourcingScope scope = SourcingScope::DecisionsAndSuggestions;
    int suggestionsCounted = 0; // suggested annotations among those counted
    // SOURCE mentions linked as SPEAKER without a kind attribute (imports, quick manual marks);
    // they count as persons (pronouns as unresolved).
    int speakersWithoutKind = 0;

    int quotes = 0;          // all forms
    qint64 quotedCharacters = 0; // code points (not white space) of the body in quotes other than scare quotes, each once
    qint64 quotedWords = 0;      // words of the body in quotes other than scare quotes, each once
    QList<QuoteFormCount> forms; // direct, indirect, mixed, scare, then others as found
    std::array<KindShare, sourceKindCount> byKind{}; // indexed by SourceKind; scare quotes left out
    QList<SpeakerSummary> speakers;             // most quoted words first
    QList<UnattributedClaim> unattributedClaims; // in text order (empty in corpus totals)
    int claimCount = 0;                          // unattributed claims, also in corpus totals
    int unresolvedQuotes = 0;                    // corpus totals: quotes of speakers nobody resolved, not listed
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
    double quotedShareOfBody() const;         // quoted words (no scare quotes) over body words, 0..1
    bool isEmpty() const { return quotes == 0 && claimCount == 0; }
};

// Summarises one document's sourcing. Offsets in the annotations are code points into text;
// the abbreviations tell where the sentence of an unattributed claim ends.
SourcingSummary summarizeSourcing(const QString &text, const QList<Annotation> &annotations,
                                  const QList<Relation> &relations,
                                  SourcingScope scope = SourcingScope::DecisionsAndSuggestions,
                                  const AbbreviationLexicon &abbreviations = AbbreviationLexicon::builtin());

// Corpus totals, one document at a time: memory grows with the distinct speakers and
// publications, not with the documents; each add() costs the document's own size.
class SourcingTotals final
{
public:
    explicit SourcingTotals(SourcingScope scope = SourcingScope::DecisionsAndSuggestions);
    void add(const SourcingSummary &document);
    // The totals so far, speakers and publications sorted (call once, at the end).
    SourcingSummary finish();

private:
    SourcingSummary m_total;
    QHash<QString, int> m_speakerIndex;
    QHash<QString, int> m_publicationIndex;
};

QJsonObject toJson(const SourcingSummary &summary);

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
