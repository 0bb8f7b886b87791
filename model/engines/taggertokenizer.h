#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Copydesk {

class AbbreviationLexicon;

// A token of raw text; positions are UTF-16 indexes into the text, end exclusive.
struct TaggerToken
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

using TaggerSentence = QList<TaggerToken>;

// Splits raw text into sentences of tokens, close to the Penn Treebank conventions the
// CoNLL data follows, so that a tagger trained on either sees the same kind of tokens:
// - words (letters, digits, marks) with inner hyphens ("Anglo-Dutch", "1996-08-22") and
//   inner apostrophes ("O'Brien"); clitics split off ("Trump" "'s", "do" "n't");
// - numbers with inner , . : / between digits ("1,200.50", "10:30", "9/11");
// - "U.S.", "e.g." (single letters and dots), initials ("J.") and abbreviations
//   ("Inc.", "Mr.", "Jan.", from AbbreviationLexicon) keep their dot;
// - URLs as one token; any other character is a token, runs of . - ! ? kept together;
//   an emoji with its modifiers and joiners is one token.
// Sentences end at line breaks, and after . ! ? (with closing quotes or brackets) when the
// next token starts with a capital letter or an opening quote or bracket.
class TaggerTokenizer final
{
public:
    static QList<TaggerSentence> sentences(QStringView text);
    // All tokens, ignoring sentences.
    static QList<TaggerToken> tokens(QStringView text);
    // The same with another abbreviation list (the two above use the bundled one).
    static QList<TaggerSentence> sentences(QStringView text, const AbbreviationLexicon &abbreviations);
    static QList<TaggerToken> tokens(QStringView text, const AbbreviationLexicon &abbreviations);
};

} // namespace Copydesk
