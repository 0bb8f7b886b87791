#include "taggertokenizer.h"

#include "abbreviationlexicon.h"
#include "textclass.h"

namespace Copydesk {
namespace {

// The shared code-point reading with the UTF-16 length attached (0 outside the text).
struct CodePoint
{
    char32_t value = 0;
    int size = 0;
};

CodePoint codePointWithSizeAt(QStringView text, qsizetype i)
{
    const char32_t value = codePointAt(text, i);
    return {value, i >= 0 && i < text.size() ? int(utf16Length(value)) : 0};
}

bool isWord(char32_t c)
{
    return c != 0 && isWordCodePoint(c);
}

bool isDigit(char32_t c) { return c != 0 && QChar::isDigit(c); }
bool isLetter(char32_t c) { return c != 0 && QChar::isLetter(c); }

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
    const CodePoint first = codePointWithSizeAt(token, 0);
    return first.size > 0 && (QChar::isUpper(first.value) || QChar::isTitleCase(first.value));
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
        const CodePoint c = codePointWithSizeAt(text, j);
        if (isWord(c.value)) {
            previous = c.value;
            j += c.size;
            continue;
        }
        const CodePoint next = codePointWithSizeAt(text, j + c.size);
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
                const CodePoint before = codePointWithSizeAt(text, j - 2);
                const CodePoint after = codePointWithSizeAt(text, j + 1 + next.size);
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

QList<RawToken> rawTokens(QStringView text, const AbbreviationLexicon &abbreviations)
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
        const CodePoint c = codePointWithSizeAt(text, i);
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
                if (abbreviations.keepsStop(chunk))
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
                const CodePoint next = codePointWithSizeAt(text, j);
                if (!extendsSymbol(next.value))
                    break;
                j += next.size;
                if (next.value == U'\u200D' && j < n) // a joiner takes the next symbol along
                    j += codePointWithSizeAt(text, j).size;
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
    return sentences(text, AbbreviationLexicon::builtin());
}

QList<TaggerToken> TaggerTokenizer::tokens(QStringView text)
{
    return tokens(text, AbbreviationLexicon::builtin());
}

QList<TaggerSentence> TaggerTokenizer::sentences(QStringView text, const AbbreviationLexicon &abbreviations)
{
    const QList<RawToken> raw = rawTokens(text, abbreviations);
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

QList<TaggerToken> TaggerTokenizer::tokens(QStringView text, const AbbreviationLexicon &abbreviations)
{
    QList<TaggerToken> result;
    for (const RawToken &token : rawTokens(text, abbreviations))
        result.append(TaggerToken{text.mid(token.start, token.end - token.start).toString(), token.start, token.end});
    return result;
}

} // namespace Copydesk
