#include "wordtokenizer.h"

#include <algorithm>

#include "abbreviationlexicon.h"
#include "textclass.h"

namespace Copydesk {

qsizetype cliticLength(QStringView text, qsizetype i)
{
    for (QStringView clitic : {u"s", u"S", u"m", u"re", u"ve", u"ll", u"d"}) {
        const qsizetype end = i + 1 + clitic.size();
        if (end <= text.size() && text.sliced(i + 1, clitic.size()) == clitic && !isWordCharAt(text, end))
            return clitic.size() + 1;
    }
    return 0;
}

WordTokenizer::WordTokenizer(const AbbreviationLexicon &abbreviations, TokenConventions conventions)
    : m_abbreviations(abbreviations)
    , m_conventions(conventions)
{
}

// The end of a word that starts at `start` (a word character): word characters joined by
// hyphens ("30-day"), apostrophes ("don't", "O'Brien"), full stops ("U.S", "3.5",
// "example.com", not before a capital unless after a single letter), ampersands ("AT&T") and
// commas between digits ("12,000"); then the full stop of "U.S." and, by convention, of "Mr.".
qsizetype WordTokenizer::scanWord(QStringView text, qsizetype start) const
{
    const qsizetype n = text.size();
    const bool digit = QChar::isDigit(codePointAt(text, start));
    qsizetype end = start;
    qsizetype segment = start; // where the part after the last joiner starts
    for (;;) {
        for (char32_t c = codePointAt(text, end); isWordCodePoint(c); c = codePointAt(text, end))
            end += utf16Length(c);
        if (end + 1 >= n)
            break;
        const QChar joiner = text[end];
        const char32_t next = codePointAt(text, end + 1);
        if (!isWordCodePoint(next))
            break;
        if (isHyphen(joiner.unicode()) || joiner == u'&') {
            end += 1;
            segment = end;
            continue;
        }
        // "U.S", "3.5", "example.com"; but "said.The" is a missing space between sentences.
        if (joiner == u'.' && (!QChar::isUpper(next) || end - segment == 1)) {
            end += 1;
            segment = end;
            continue;
        }
        if (isApostrophe(joiner.unicode())) {
            if (!QChar::isLetter(next) || (m_conventions.splitClitics && cliticLength(text, end) > 0))
                break;
            end += 1;
            segment = end;
            continue;
        }
        if (joiner == u',' && digit && QChar::isDigit(next)) {
            end += 1;
            continue;
        }
        break;
    }
    if (end < n && text[end] == u'.') {
        const QStringView word = text.sliced(start, end - start);
        // "U.S.", "R-S.C.": a single letter joined to what comes before keeps the stop.
        const qsizetype joined = std::max({word.lastIndexOf(u'.'), word.lastIndexOf(u'-'), word.lastIndexOf(u'\''),
                                           word.lastIndexOf(u'\u2019'), word.lastIndexOf(u'\u2010'),
                                           word.lastIndexOf(u'\u2011')});
        const bool initialism = joined > 0 && joined == word.size() - 2 && word.back().isLetter();
        if (initialism || (m_conventions.attachAbbreviationStops && m_abbreviations.keepsStop(word)))
            ++end;
    }
    return end;
}

// The end of a token that is not a word, starting at `start`, and its kind.
qsizetype WordTokenizer::scanOther(QStringView text, qsizetype start, TokenKind *kind) const
{
    const qsizetype n = text.size();
    const char32_t c = codePointAt(text, start);
    auto runOf = [&](QChar mark) {
        qsizetype j = start;
        while (j < n && text[j] == mark)
            ++j;
        return j;
    };
    if (m_conventions.splitClitics && isApostrophe(c)) {
        if (const qsizetype clitic = cliticLength(text, start); clitic > 0) {
            *kind = TokenKind::Word; // "'s" after a name, split off
            return start + clitic;
        }
    }
    if (isQuotationMark(c)) {
        *kind = TokenKind::Quote;
        // Two single marks in a row stand for a double one ('' and ``).
        if ((c == U'\'' || c == U'`' || c == U'\u2018' || c == U'\u2019') && start + 1 < n && text[start + 1] == text[start])
            return start + 2;
        return start + 1;
    }
    if (isDash(c)) {
        *kind = TokenKind::Dash;
        return start + 1;
    }
    if (c == U'-' && start + 1 < n && text[start + 1] == u'-') {
        *kind = TokenKind::Dash;
        return runOf(u'-');
    }
    if (c == U'-' && (start == 0 || text[start - 1].isSpace()) && (start + 1 >= n || text[start + 1].isSpace())) {
        *kind = TokenKind::Dash;
        return start + 1;
    }
    *kind = TokenKind::Punct;
    if (c == U'.' && start + 2 < n && text[start + 1] == u'.' && text[start + 2] == u'.')
        return runOf(u'.');
    // A symbol with its modifiers and joiners is one token (an emoji sequence).
    qsizetype j = start + utf16Length(c);
    if (QChar::isSymbol(c) || QChar::requiresSurrogates(c)) {
        for (char32_t next = codePointAt(text, j); next && extendsSymbol(next); next = codePointAt(text, j)) {
            j += utf16Length(next);
            if (next == U'\u200D' && j < n) // a joiner takes the next symbol along
                j += utf16Length(codePointAt(text, j));
        }
    }
    return j;
}

TokenizedText WordTokenizer::tokenize(QStringView text) const
{
    TokenizedText result;
    const qsizetype n = text.size();
    result.tokens.reserve(n / 5 + 16);
    int paragraph = 0;
    bool paragraphHasTokens = false;
    TokenParagraph current;
    auto closeParagraph = [&] {
        if (paragraphHasTokens) {
            current.last = int(result.tokens.size());
            current.end = result.tokens.constLast().end;
            result.paragraphs.append(current);
            ++paragraph;
        }
        paragraphHasTokens = false;
    };
    auto push = [&](qsizetype start, qsizetype end, TokenKind kind) {
        if (!paragraphHasTokens) {
            current = TokenParagraph();
            current.first = int(result.tokens.size());
            current.start = start;
            paragraphHasTokens = true;
        }
        Token token;
        token.start = start;
        token.end = end;
        token.kind = kind;
        token.paragraph = paragraph;
        token.spaceBefore = start == 0 || text[start - 1].isSpace();
        token.spaceAfter = end >= n || text[end].isSpace();
        if (kind == TokenKind::Word) {
            token.upper = QChar::isUpper(codePointAt(text, start));
            if (token.upper && end - start >= 2) {
                bool caps = true;
                int letters = 0;
                for (qsizetype i = start; i < end && caps; i += utf16Length(codePointAt(text, i))) {
                    const char32_t c = codePointAt(text, i);
                    caps = !QChar::isLower(c);
                    letters += QChar::isLetter(c);
                }
                token.allCaps = caps && letters >= 2;
            }
        }
        result.tokens.append(token);
    };

    qsizetype i = 0;
    while (i < n) {
        const char32_t c = codePointAt(text, i);
        if (c == U'\n' || c == U'\r' || c == U'\u2029') {
            closeParagraph();
            ++i;
            continue;
        }
        if (QChar::isSpace(c)) {
            i += utf16Length(c);
            continue;
        }
        if (isWordCodePoint(c)) {
            const qsizetype end = scanWord(text, i);
            push(i, end, QChar::isDigit(c) ? TokenKind::Number : TokenKind::Word);
            i = end;
            continue;
        }
        TokenKind kind = TokenKind::Punct;
        const qsizetype end = scanOther(text, i, &kind);
        push(i, end, kind);
        i = end;
    }
    closeParagraph();
    return result;
}

void WordTokenizer::splitSentences(QStringView text, TokenizedText &tokenized,
                                   const QList<QPair<int, int>> &protectedRanges) const
{
    QList<Token> &tokens = tokenized.tokens;
    tokenized.sentences.clear();
    qsizetype range = 0; // protected ranges are sorted by their first token
    auto isStop = [&](QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026'; };
    for (const TokenParagraph &paragraph : std::as_const(tokenized.paragraphs)) {
        int first = paragraph.first;
        for (int t = paragraph.first; t < paragraph.last; ++t) {
            while (range < protectedRanges.size() && protectedRanges[range].second < t)
                ++range;
            const bool inside = range < protectedRanges.size() && protectedRanges[range].first < t
                                && t < protectedRanges[range].second;
            const Token &token = tokens[t];
            // The closing mark of a quotation that ends with a full stop ends the sentence too.
            const bool closesQuote = range < protectedRanges.size() && protectedRanges[range].second == t
                                     && protectedRanges[range].first < t && token.kind == TokenKind::Quote
                                     && tokens[t - 1].kind == TokenKind::Punct && isStop(text[tokens[t - 1].start]);
            if (inside || (token.kind != TokenKind::Punct && !closesQuote))
                continue;
            const QChar c = closesQuote ? text[tokens[t - 1].start] : text[token.start];
            if (!isStop(c))
                continue;
            if (c == u'.' && token.length() == 1 && t > paragraph.first && !token.spaceBefore) {
                const Token &previous = tokens[t - 1];
                if (previous.kind == TokenKind::Word
                    && m_abbreviations.keepsStop(text.sliced(previous.start, previous.length())))
                    continue;
            }
            // Closing marks and brackets right after the stop belong to this sentence.
            int end = t + 1;
            while (end < paragraph.last && !tokens[end].spaceBefore
                   && (tokens[end].kind == TokenKind::Quote
                       || (tokens[end].kind == TokenKind::Punct && (text[tokens[end].start] == u')'
                                                                    || text[tokens[end].start] == u']'))))
                ++end;
            if (end >= paragraph.last)
                break;
            const Token &next = tokens[end];
            if (!(next.upper || next.kind == TokenKind::Number || next.kind == TokenKind::Quote
                  || next.kind == TokenKind::Dash || (next.kind == TokenKind::Punct && text[next.start] == u'(')))
                continue;
            tokenized.sentences.append({first, end});
            first = end;
            t = end - 1;
        }
        if (first < paragraph.last)
            tokenized.sentences.append({first, paragraph.last});
    }
    for (int s = 0; s < tokenized.sentences.size(); ++s) {
        for (int t = tokenized.sentences[s].first; t < tokenized.sentences[s].last; ++t)
            tokens[t].sentence = s;
    }
}

} // namespace Copydesk
