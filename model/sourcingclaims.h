#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "annotation.h"
#include "engines/abbreviationlexicon.h"

namespace Copydesk {

// Which annotations the sourcing views count. Rejected annotations never count.
enum class SourcingScope {
    DecisionsAndSuggestions, // the current picture: accepted, manual and suggested
    DecisionsOnly,           // what a person decided: accepted and manual
};
QString sourcingScopeName(SourcingScope scope); // "decisions_and_suggestions", "decisions_only"
bool isCounted(const Annotation &annotation, SourcingScope scope);

// A sentence with a reporting cue or hedge ("reportedly", "apparently", "is expected to", "it
// is understood") that no quote is linked to: a claim the article makes without saying who
// makes it.
struct UnattributedClaim
{
    qint64 documentId = 0;
    qint64 start = 0;        // the sentence, code points
    qint64 end = 0;
    QString sentence;        // its text, white space simplified
    QList<qint64> cueIds;    // the CUE annotations in it, in text order
    QStringList cues;        // their texts
};

// The one rule for unattributed claims, which the Sourcing dock, the status bar, the tooltips
// and `stats --sourcing` all use. A counted CUE is a claim's cue when
//  - no counted QUOTE links to it as its CUE,
//  - no counted quote (other than a scare quote) holds it: a hedge inside someone's reported
//    words is theirs ("Smith said the sale is reportedly off"), and
//  - no counted SOURCE introduces it: one ending at most four words before it in the same
//    clause ("officials on Monday said"), or one right after it ("said the source",
//    "according to the Financial Times").
// Cues in one sentence make one claim. Offsets in the annotations are code points into text.
QList<UnattributedClaim> unattributedClaims(const QString &text, const QList<Annotation> &annotations,
                                            const QList<Relation> &relations,
                                            SourcingScope scope = SourcingScope::DecisionsAndSuggestions,
                                            const AbbreviationLexicon &abbreviations = AbbreviationLexicon::builtin());

} // namespace Copydesk
