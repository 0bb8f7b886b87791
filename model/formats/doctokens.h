#pragma once

#include <QList>
#include <QString>

#include "../textoffsets.h"

namespace Copydesk {

// A token of a document for the formats that hold tokens (spaCy's Doc JSON, Prodigy tasks,
// WebAnno TSV). Offsets count code points, end exclusive.
struct DocToken
{
    qint64 start = 0;
    qint64 end = 0;
    bool whitespace = false;  // a token of whitespace only (spaCy keeps runs of it as tokens)
    bool space = false;       // followed by a single space that belongs to it (spaCy's whitespace_, Prodigy's ws)
    int sentence = 0;
};

// The tokens of a text: the words of TaggerTokenizer, cut at every boundary given (the spans'
// starts and ends, so that each span is whole tokens), in TaggerTokenizer's sentences. With
// whitespace, also the whitespace between them as spaCy keeps it when it builds a Doc from words
// and text (spacy.util.get_words_and_spaces): a single space after a word belongs to that word,
// any other whitespace is a token of its own; Doc.from_json() rebuilds exactly these tokens.
class DocTokens final
{
public:
    enum class Whitespace { Left, Kept };
    DocTokens(const QString &text, QList<qint64> boundaries, Whitespace whitespace);

    const QList<DocToken> &tokens() const { return m_tokens; }
    // The token that starts, or ends, at a code point offset; -1 when none does.
    int startingAt(qint64 offset) const;
    int endingAt(qint64 offset) const;
    // Whether a span [start, end) is whole tokens.
    bool aligned(qint64 start, qint64 end) const { return start < end && startingAt(start) >= 0 && endingAt(end) >= 0; }
    QString text(const DocToken &token) const;

    // Whitespace as Python's str.split() sees it (the C0 separators 0x1C-0x1F included).
    static bool isSpace(QChar c);

private:
    QString m_text;
    TextOffsets m_offsets;
    QList<DocToken> m_tokens;
};

} // namespace Copydesk
