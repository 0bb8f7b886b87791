#pragma once

#include <QString>
#include <QStringView>

namespace Copydesk {

// What a source is, as an editor would say it: a SOURCE annotation's "kind" attribute, and the
// categories the sourcing summary splits quoted words into.
enum class SourceKind : quint8 {
    Person,       // a named person: "Mike Pompeo", "Pompeo", "he" when it stands for him
    Organisation, // a named organisation: "the State Department", "the Kremlin"
    Publication,  // a news outlet or publication: "Reuters", "the Financial Times"
    Document,     // a statement, report, tweet, poll or transcript: "a statement", "the poll"
    Anonymous,    // an unnamed source: "officials", "a senior diplomat", "analysts"
    Unresolved,   // a pronoun whose referent is not known: "he" with no one before it
    Unattributed, // no source at all (a quote with no speaker linked); never a SOURCE's kind
};
constexpr int sourceKindCount = 7;

// "person", "organisation", "publication", "document", "anonymous", "unresolved",
// "unattributed".
QString sourceKindName(SourceKind kind);
// The kind an attribute value names. Older projects wrote "named" (a person or an
// organisation): it reads as a person. Returns false for an empty or unknown value.
bool sourceKindFromName(QStringView name, SourceKind *kind);
// For people ("named person", "anonymous", "no speaker"), translated.
QString sourceKindDisplayName(SourceKind kind);
// The kind's colour wherever sourcing is drawn (the Sourcing dock, the HTML report): Paul Tol's
// colour-blind-safe "vibrant" scheme, "#RRGGBB".
QString sourceKindColor(SourceKind kind);

// Person or organisation: a source the reader can look up by name.
constexpr bool isNamedKind(SourceKind kind) { return kind == SourceKind::Person || kind == SourceKind::Organisation; }

// The relation label that links a speaker mention (a pronoun, a short name, "the senator") to
// an earlier mention of the same speaker; the mentions so linked are one speaker.
QString refersToRelation(); // "REFERS_TO"

// A stage direction in a transcript ("(CROSSTALK)", "(LAUGHTER.)", "(BEGIN VIDEO CLIP)"):
// capitals in brackets, nobody's words.
bool isStageDirection(QStringView text);

} // namespace Copydesk
