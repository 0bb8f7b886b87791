#include "taggertokenizer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

struct CodePoint
{
    char32_t value = 0;
    int size = 0; // UTF-16 units, 0 past the end
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return {};
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[i + 1]), 2};
    return {c.unicode(), 1};
}

bool isWord(char32_t c)
{
    return c != 0 && (QChar::isLetterOrNumber(c) || QChar::isMark(c));
}

bool isDigit(char32_t c) { return c != 0 && QChar::isDigit(c); }
bool isLetter(char32_t c) { return c != 0 && QChar::isLetter(c); }
bool isApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
bool isHyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool isLineBreak(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029'; }

bool isSentenceFinal(QStringView token)
{
    const QChar c = token.front();
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

// Quotes and brackets that may close a sentence after its final punctuation.
bool isClosing(QStringView token)
{
    return token.size() == 1 && QStringView(u"\"'\u201D\u2019)]\u00BB").contains(token.front());
}

bool isOpening(QStringView token)
{
    if (token.size() != 1)
        return false;
    const auto category = token.front().category();
    return category == QChar::Punctuation_Open || category == QChar::Punctuation_InitialQuote
        || token.front() == u'"' || token.front() == u'\'';
}

bool startsWithCapital(QStringView token)
{
    const CodePoint first = codePointAt(token, 0);
    return first.size > 0 && (QChar::isUpper(first.value) || QChar::isTitleCase(first.value));
}

// Abbreviations that keep their dot (lower case). Words that are also ordinary words at a
// sentence end ("no", "sun", "mar") are left out.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = [] {
        const QStringList list = {
            u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"prof"_s, u"sen"_s, u"rep"_s, u"reps"_s, u"gov"_s,
            u"gen"_s, u"lt"_s, u"col"_s, u"maj"_s, u"capt"_s, u"sgt"_s, u"cmdr"_s, u"adm"_s, u"rev"_s,
            u"fr"_s, u"st"_s, u"jr"_s, u"sr"_s, u"hon"_s, u"pres"_s, u"supt"_s, u"insp"_s, u"messrs"_s,
            u"inc"_s, u"corp"_s, u"co"_s, u"ltd"_s, u"plc"_s, u"llc"_s, u"bros"_s, u"assn"_s, u"dept"_s,
            u"univ"_s, u"govt"_s, u"jan"_s, u"feb"_s, u"apr"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s,
            u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s, u"mon"_s, u"tue"_s, u"tues"_s, u"thu"_s,
            u"thur"_s, u"thurs"_s, u"fri"_s, u"vs"_s, u"etc"_s, u"approx"_s, u"est"_s, u"ft"_s, u"mt"_s,
            u"ave"_s, u"blvd"_s, u"rd"_s};
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return set;
}

// "U.S", "e.g", "U.K": single letters joined by dots (the caller adds the final dot).
bool isLetterDotPattern(QStringView chunk)
{
    if (chunk.size() < 3)
        return false;
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const bool wantLetter = i % 2 == 0;
        if (wantLetter ? !chunk[i].isLetter() : chunk[i] != u'.')
            return false;
    }
    return chunk.size() % 2 == 1;
}

// Length of a clitic ending `chunk` that Penn Treebank tokenization splits off ("'s",
// "n't", "'re", "'ve", "'ll", "'d", "'m"), or 0.
qsizetype cliticLength(QStringView chunk)
{
    const qsizetype n = chunk.size();
    auto apostropheAt = [&](qsizetype i) { return i >= 1 && i < n && isApostrophe(chunk[i].unicode()); };
    auto lower = [&](qsizetype i) { return chunk[i].toLower(); };
    if (n >= 4 && lower(n - 1) == u't' && apostropheAt(n - 2) && lower(n - 3) == u'n')
        return 3;
    if (n >= 3 && apostropheAt(n - 2) && QStringView(u"sdm").contains(lower(n - 1)))
        return 2;
    if (n >= 4 && apostropheAt(n - 3)
        && ((lower(n - 2) == u'r' && lower(n - 1) == u'e') || (lower(n - 2) == u'v' && lower(n - 1) == u'e')
            || (lower(n - 2) == u'l' && lower(n - 1) == u'l'))) {
        return 3;
    }
    return 0;
}

struct RawToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool lineBreakBefore = false;
};

// End of a word chunk starting at `start` (a word character).
qsizetype scanWord(QStringView text, qsizetype start)
{
    qsizetype j = start;
    char32_t previous = 0;
    while (j < text.size()) {
        const CodePoint c = codePointAt(text, j);
        if (isWord(c.value)) {
            previous = c.value;
            j += c.size;
            continue;
        }
        const CodePoint next = codePointAt(text, j + c.size);
        if (!isWord(next.value))
            break;
        bool joins = false;
        if (isHyphen(c.value))
            joins = true;
        else if (isApostrophe(c.value))
            joins = isLetter(previous) && isLetter(next.value);
        else if (c.value == U',' || c.value == U':' || c.value == U'/')
            joins = isDigit(previous) && isDigit(next.value);
        else if (c.value == U'.') {
            if (isDigit(previous) && isDigit(next.value)) {
                joins = true;
            } else if (isLetter(previous) && isLetter(next.value)) {
                // Only the "U.S" pattern: a single letter before and after the dot.
                const CodePoint before = codePointAt(text, j - 2);
                const CodePoint after = codePointAt(text, j + 1 + next.size);
                const bool singleBefore = j - 1 == start || !isWord(before.value);
                joins = singleBefore && !isWord(after.value);
            }
        }
        if (!joins)
            break;
        previous = c.value;
        j += c.size;
    }
    return j;
}

// Whether a code point continues the emoji or symbol before it (modifiers, variation
// selectors, joiners, combining marks).
bool extendsSymbol(char32_t c)
{
    return QChar::isMark(c) || c == U'\u200D' || c == U'\uFE0F' || c == U'\uFE0E'
        || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

QList<RawToken> rawTokens(QStringView text)
{
    QList<RawToken> tokens;
    bool lineBreak = false;
    auto push = [&](qsizetype start, qsizetype end) {
        tokens.append(RawToken{start, end, lineBreak});
        lineBreak = false;
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const CodePoint c = codePointAt(text, i);
        if (isLineBreak(c.value)) {
            lineBreak = true;
            i += c.size;
            continue;
        }
        if (QChar::isSpace(c.value) || c.value == U'\u200B' || c.value == U'\uFEFF') {
            i += c.size;
            continue;
        }
        const QStringView rest = text.mid(i, 8);
        if (rest.startsWith(u"http://", Qt::CaseInsensitive) || rest.startsWith(u"https://", Qt::CaseInsensitive)
            || rest.startsWith(u"www.", Qt::CaseInsensitive)) {
            qsizetype j = i;
            while (j < n && !text[j].isSpace())
                ++j;
            while (j > i + 4 && QStringView(u".,;:!?)]}\"'\u201D\u2019").contains(text[j - 1]))
                --j;
            push(i, j);
            i = j;
            continue;
        }
        if (isWord(c.value)) {
            qsizetype j = scanWord(text, i);
            const QStringView chunk = text.mid(i, j - i);
            if (j < n && text[j] == u'.') {
                const bool initial = chunk.size() == 1 && chunk[0].isUpper();
                if (initial || isLetterDotPattern(chunk) || abbreviations().contains(chunk.toString().toLower()))
                    ++j;
            }
            const qsizetype clitic = j - i == chunk.size() ? cliticLength(chunk) : 0;
            if (clitic > 0) {
                push(i, j - clitic);
                push(j - clitic, j);
            } else {
                push(i, j);
            }
            i = j;
            continue;
        }
        qsizetype j = i + c.size;
        if (c.value == U'.' || c.value == U'!' || c.value == U'?' || isHyphen(c.value)) {
            while (j < n && text[j].unicode() == c.value)
                ++j;
        } else {
            while (j < n) {
                const CodePoint next = codePointAt(text, j);
                if (!extendsSymbol(next.value))
                    break;
                j += next.size;
                if (next.value == U'\u200D' && j < n) // a joiner takes the next symbol along
                    j += codePointAt(text, j).size;
            }
        }
        push(i, j);
        i = j;
    }
    return tokens;
}

} // namespace

QList<TaggerSentence> TaggerTokenizer::sentences(QStringView text)
{
    const QList<RawToken> raw = rawTokens(text);
    QList<TaggerSentence> result;
    TaggerSentence current;
    auto close = [&] {
        if (!current.isEmpty())
            result.append(current);
        current.clear();
    };
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const RawToken &token = raw[k];
        if (token.lineBreakBefore)
            close();
        const QStringView view = text.mid(token.start, token.end - token.start);
        current.append(TaggerToken{view.toString(), token.start, token.end});
        if (!isSentenceFinal(view))
            continue;
        // Closing quotes and brackets right after the final punctuation belong here.
        while (k + 1 < raw.size() && !raw[k + 1].lineBreakBefore && raw[k + 1].start == raw[k].end
               && isClosing(text.mid(raw[k + 1].start, raw[k + 1].end - raw[k + 1].start))) {
            ++k;
            current.append(TaggerToken{text.mid(raw[k].start, raw[k].end - raw[k].start).toString(), raw[k].start,
                                       raw[k].end});
        }
        if (k + 1 >= raw.size() || raw[k + 1].lineBreakBefore)
            continue;
        const QStringView next = text.mid(raw[k + 1].start, raw[k + 1].end - raw[k + 1].start);
        if (startsWithCapital(next) || isOpening(next))
            close();
    }
    close();
    return result;
}

QList<TaggerToken> TaggerTokenizer::tokens(QStringView text)
{
    QList<TaggerToken> result;
    for (const RawToken &token : rawTokens(text))
        result.append(TaggerToken{text.mid(token.start, token.end - token.start).toString(), token.start, token.end});
    return result;
}

} // namespace Copydesk
