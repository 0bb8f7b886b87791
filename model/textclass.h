#pragma once

#include <QChar>
#include <QStringView>

// Character classes every tokenizer and text scan in Copydesk shares: code points read out of
// UTF-16 (a surrogate pair is one character, a lone surrogate stands for itself), and which
// characters make words, apostrophes, hyphens, quotation marks and dashes. Inline, with an
// ASCII fast path: tokenizers call these for every character.
namespace Copydesk {

// The code point that starts at UTF-16 position i; 0 outside the text.
inline char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return 0;
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1]);
    return c.unicode();
}

// The code point that ends just before UTF-16 position i; 0 at the start of the text.
inline char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0 || i > text.size())
        return 0;
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

// How many UTF-16 units a code point takes.
inline qsizetype utf16Length(char32_t codePoint)
{
    return QChar::requiresSurrogates(codePoint) ? 2 : 1;
}

// Letters, digits and combining marks: what words are made of. Emoji and other symbols are
// not, wherever they are in Unicode.
inline bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

inline bool isWordCharAt(QStringView text, qsizetype i)
{
    return isWordCodePoint(codePointAt(text, i));
}

// ' and ’ (news copy writes both for apostrophes).
inline bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

// Hyphens that join words: - ‐ ‑ (not the dashes between clauses).
inline bool isHyphen(char32_t c)
{
    return c == U'-' || c == U'\u2010' || c == U'\u2011';
}

// Dashes that separate clauses: figure, en and em dash, horizontal bar.
inline bool isDash(char32_t c)
{
    return c == U'\u2012' || c == U'\u2013' || c == U'\u2014' || c == U'\u2015';
}

// Quotation marks of any style: straight, typographic, low-9, guillemets and corner brackets.
// The apostrophe ’ is also the closing single mark; only context tells them apart.
inline bool isQuotationMark(char32_t c)
{
    switch (c) {
    case U'"': case U'\'': case U'`':
    case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': // ‘ ’ ‚ ‛
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': // “ ” „ ‟
    case U'\u00AB': case U'\u00BB': case U'\u2039': case U'\u203A': // « » ‹ ›
    case U'\u300C': case U'\u300D': case U'\u300E': case U'\u300F': // 「 」 『 』
        return true;
    default:
        return false;
    }
}

inline bool isLineBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029';
}

// Whether a code point continues the emoji or symbol before it: combining marks, variation
// selectors, skin-tone modifiers, tag characters and the zero-width joiner.
inline bool extendsSymbol(char32_t c)
{
    return QChar::isMark(c) || c == U'\u200D' || c == U'\uFE0F' || c == U'\uFE0E' || (c >= 0x1F3FB && c <= 0x1F3FF)
           || (c >= 0xE0020 && c <= 0xE007F);
}

} // namespace Copydesk
