#pragma once

#include <vector>

#include <QStringView>
#include <QtGlobal>

namespace Copydesk {

// A word of a line as the furniture engine sees it: its place in the text, a hash of its
// lower-case form (so lexicon look-ups need no string allocation) and its shape.
struct FurnitureToken
{
    enum Flag : quint16 {
        Capitalized = 0x01, // first letter upper case
        AllCaps = 0x02,     // letters, all upper case (two or more)
        HasDigit = 0x04,
        AllDigits = 0x08,
        HasLetter = 0x10,
        Symbol = 0x20,      // one symbol character such as "©"
        Handle = 0x40,      // starts with "@"
    };

    qsizetype start = 0; // UTF-16, end exclusive
    qsizetype end = 0;
    quint64 hash = 0;
    quint16 flags = 0;
    quint16 digits = 0;

    bool has(Flag flag) const { return flags & flag; }
};

// Splits text into words: runs of letters, digits and combining marks, with inner
// apostrophes ("don't", "editor’s": ’ hashes as ') and a leading "@"; symbols (Unicode S*
// categories) are words of their own; other punctuation and spaces separate words.
// Deterministic and allocation-free apart from the output list.
class FurnitureTokenizer final
{
public:
    static void tokenize(QStringView text, qsizetype from, qsizetype to, std::vector<FurnitureToken> &out);
    // The hash a single lower-case word would get (for lexicon entries).
    static quint64 hashWord(QStringView word);
};

} // namespace Copydesk
