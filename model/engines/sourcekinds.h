#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "sourcekind.h"
#include "wordtokenizer.h"

namespace Copydesk {

class AbbreviationLexicon;
class SourcingLexicon;

// What the sourcing rules say about SOURCE spans found by other means (the learned
// attribution model, a person): the kind of each (person, organisation, publication,
// document, anonymous, unresolved) and, for a pronoun, a short name or a description, the
// earlier span it stands for. The same rules the rule engine applies to its own mentions.
// Thread-safe: the lexicons are read-only; each call works on its own.
class SourceKindClassifier final
{
public:
    SourceKindClassifier(const SourcingLexicon &lexicon, const AbbreviationLexicon &abbreviations);

    struct Span
    {
        qsizetype start = 0; // UTF-16 positions into the text, end exclusive
        qsizetype end = 0;
    };
    struct Verdict
    {
        SourceKind kind = SourceKind::Person;
        int refersTo = -1;   // index of the earlier span it stands for, or -1
    };

    // One verdict per span (spans in any order; an empty span is a person).
    QList<Verdict> classify(const QString &text, const QList<Span> &spans) const;

private:
    const SourcingLexicon &m_lexicon;
    WordTokenizer m_tokenizer;
};

} // namespace Copydesk
