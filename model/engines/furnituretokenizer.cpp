#include "furnituretokenizer.h"

#include "textclass.h"

namespace Copydesk {
namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

inline quint64 mix(quint64 hash, char16_t unit)
{
    return (hash ^ unit) * fnvPrime;
}

inline bool isSymbol(char32_t ucs)
{
    if (ucs < 0x80)
        return false; // ASCII symbols ($ + < = > ^ ` | ~) are punctuation here
    switch (QChar::category(ucs)) {
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

FurnitureToken symbolToken(qsizetype start, qsizetype end, char32_t ucs)
{
    FurnitureToken token;
    token.start = start;
    token.end = end;
    token.hash = mix(mix(fnvOffset, char16_t(ucs & 0xffff)), char16_t(ucs >> 16));
    token.flags = FurnitureToken::Symbol;
    return token;
}

} // namespace

quint64 FurnitureTokenizer::hashWord(QStringView word)
{
    std::vector<FurnitureToken> tokens;
    tokenize(word, 0, word.size(), tokens);
    return tokens.empty() ? 0 : tokens.front().hash;
}

void FurnitureTokenizer::tokenize(QStringView text, qsizetype from, qsizetype to, std::vector<FurnitureToken> &out)
{
    const QChar *data = text.data();
    qsizetype i = from;
    while (i < to) {
        QChar c = data[i];
        char32_t ucs = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < to && data[i + 1].isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(c, data[i + 1]);
            width = 2;
        }
        const bool handle = c == u'@' && i + 1 < to && isWordCodePoint(data[i + 1].unicode());
        if (!isWordCodePoint(ucs) && !handle) {
            if (isSymbol(ucs))
                out.push_back(symbolToken(i, i + width, ucs));
            i += width;
            continue;
        }
        FurnitureToken token;
        token.start = i;
        quint64 hash = fnvOffset;
        int letters = 0;
        int upper = 0;
        int digits = 0;
        bool first = true;
        if (handle) {
            hash = mix(hash, u'@');
            token.flags |= FurnitureToken::Handle;
            ++i;
        }
        while (i < to) {
            c = data[i];
            const char16_t u = c.unicode();
            if (u < 0x80) {
                if (u >= u'a' && u <= u'z') {
                    ++letters;
                } else if (u >= u'A' && u <= u'Z') {
                    ++letters;
                    ++upper;
                    if (first)
                        token.flags |= FurnitureToken::Capitalized;
                    hash = mix(hash, char16_t(u + 32));
                    first = false;
                    ++i;
                    continue;
                } else if (u >= u'0' && u <= u'9') {
                    ++digits;
                } else if (u == u'_' && (token.flags & FurnitureToken::Handle)) {
                    // "@jane_doe" is one handle
                } else if (isApostrophe(u) && letters > 0 && i + 1 < to && data[i + 1].isLetter()) {
                    hash = mix(hash, u'\'');
                    ++i;
                    continue;
                } else {
                    break;
                }
                hash = mix(hash, u);
                first = false;
                ++i;
                continue;
            }
            if (isApostrophe(u) && letters > 0 && i + 1 < to && data[i + 1].isLetter()) {
                hash = mix(hash, u'\'');
                ++i;
                continue;
            }
            if (c.isHighSurrogate() && i + 1 < to && data[i + 1].isLowSurrogate()) {
                const char32_t wide = QChar::surrogateToUcs4(c, data[i + 1]);
                if (!QChar::isLetterOrNumber(wide))
                    break;
                const char32_t lower = QChar::toLower(wide);
                hash = mix(mix(hash, QChar::highSurrogate(lower)), QChar::lowSurrogate(lower));
                if (QChar::isLetter(wide)) {
                    ++letters;
                    if (QChar::isUpper(wide)) {
                        ++upper;
                        if (first)
                            token.flags |= FurnitureToken::Capitalized;
                    }
                } else {
                    ++digits;
                }
                first = false;
                i += 2;
                continue;
            }
            if (!c.isLetterOrNumber() && !c.isMark())
                break;
            if (c.isLetter()) {
                ++letters;
                if (c.isUpper()) {
                    ++upper;
                    if (first)
                        token.flags |= FurnitureToken::Capitalized;
                }
            } else if (c.isNumber()) {
                ++digits;
            }
            hash = mix(hash, c.toLower().unicode());
            first = false;
            ++i;
        }
        token.end = i;
        token.hash = hash;
        token.digits = quint16(qMin(digits, 0xffff));
        if (letters > 0)
            token.flags |= FurnitureToken::HasLetter;
        if (letters >= 2 && upper == letters)
            token.flags |= FurnitureToken::AllCaps;
        if (digits > 0)
            token.flags |= FurnitureToken::HasDigit;
        if (digits > 0 && letters == 0)
            token.flags |= FurnitureToken::AllDigits;
        out.push_back(token);
    }
}

} // namespace Copydesk
