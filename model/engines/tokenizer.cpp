#include "tokenizer.h"

namespace Copydesk {

bool Tokenizer::isQuoteChar(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'`':
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: // ‘ ’ ‚ ‛
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: // “ ” „ ‟
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: // « » ‹ ›
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: // 「 」 『 』
        return true;
    default:
        return false;
    }
}

bool Tokenizer::isDashChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x2014 || u == 0x2013 || u == 0x2015 || u == 0x2012;
}

static bool isApostrophe(QChar c)
{
    return c == u'\'' || c.unicode() == 0x2019;
}

static bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

TokenizedText Tokenizer::tokenize(QStringView text)
{
    TokenizedText result;
    const qsizetype n = text.size();
    result.tokens.reserve(n / 5 + 16);
    int paragraph = 0;
    bool paragraphHasTokens = false;
    TokenParagraph current;
    auto closeParagraph = [&](qsizetype end) {
        if (paragraphHasTokens) {
            current.last = int(result.tokens.size());
            current.end = result.tokens.constLast().end;
            Q_UNUSED(end);
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
            const QChar first = text[start];
            token.upper = first.isUpper();
            if (token.upper && end - start >= 2) {
                bool caps = true;
                int letters = 0;
                for (qsizetype i = start; i < end; ++i) {
                    const QChar c = text[i];
                    if (c.isLower()) {
                        caps = false;
                        break;
                    }
                    letters += c.isLetter();
                }
                token.allCaps = caps && letters >= 2;
            }
        }
        result.tokens.append(token);
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r' || c.unicode() == 0x2029) {
            closeParagraph(i);
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isWordChar(c)) {
            const qsizetype start = i;
            const bool digit = c.isDigit();
            qsizetype segmentStart = i;
            ++i;
            while (i < n) {
                const QChar d = text[i];
                if (isWordChar(d)) {
                    ++i;
                    continue;
                }
                const bool nextWord = i + 1 < n && isWordChar(text[i + 1]);
                if (isApostrophe(d) && nextWord && text[i + 1].isLetter()) {
                    i += 1; // don't, Trump's
                    segmentStart = i;
                    continue;
                }
                if ((d == u'-' || d.unicode() == 0x2010 || d.unicode() == 0x2011) && nextWord) {
                    i += 1; // 30-day, ex-wife
                    segmentStart = i;
                    continue;
                }
                if ((d == u'.' || d == u',') && digit && i + 1 < n && text[i + 1].isDigit()) {
                    i += 1; // 3.5, 12,000
                    continue;
                }
                if (d == u'.' && i - segmentStart == 1 && text[segmentStart].isLetter()) {
                    // An initialism: U.S., G.K. (the final point belongs to it).
                    if (nextWord && i + 2 <= n && (i + 2 == n || !isWordChar(text[i + 2]))) {
                        i += 1;
                        segmentStart = i;
                        continue;
                    }
                    if (start != segmentStart) {
                        i += 1;
                        break;
                    }
                }
                break;
            }
            push(start, i, digit ? TokenKind::Number : TokenKind::Word);
            continue;
        }
        if (isQuoteChar(c)) {
            // Two single marks in a row stand for a double one ('' and ``).
            if ((c == u'\'' || c == u'`' || c.unicode() == 0x2018 || c.unicode() == 0x2019) && i + 1 < n
                && text[i + 1] == c) {
                push(i, i + 2, TokenKind::Quote);
                i += 2;
                continue;
            }
            push(i, i + 1, TokenKind::Quote);
            ++i;
            continue;
        }
        if (isDashChar(c)) {
            push(i, i + 1, TokenKind::Dash);
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && text[i + 1] == u'-') {
            qsizetype j = i;
            while (j < n && text[j] == u'-')
                ++j;
            push(i, j, TokenKind::Dash);
            i = j;
            continue;
        }
        if (c == u'-' && (i == 0 || text[i - 1].isSpace()) && (i + 1 >= n || text[i + 1].isSpace())) {
            push(i, i + 1, TokenKind::Dash);
            ++i;
            continue;
        }
        if (c == u'.' && i + 2 < n && text[i + 1] == u'.' && text[i + 2] == u'.') {
            qsizetype j = i;
            while (j < n && text[j] == u'.')
                ++j;
            push(i, j, TokenKind::Punct);
            i = j;
            continue;
        }
        push(i, i + 1, TokenKind::Punct);
        ++i;
    }
    closeParagraph(n);
    return result;
}

void Tokenizer::splitSentences(QStringView text, TokenizedText &tokenized, quint32 abbreviationTags,
                               const QList<QPair<int, int>> &protectedRanges)
{
    QList<Token> &tokens = tokenized.tokens;
    tokenized.sentences.clear();
    qsizetype range = 0; // protected ranges are sorted by their first token
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
                                     && tokens[t - 1].kind == TokenKind::Punct
                                     && QStringView(u".!?\u2026").contains(text[tokens[t - 1].start]);
            if (inside || (token.kind != TokenKind::Punct && !closesQuote))
                continue;
            const QChar c = closesQuote ? text[tokens[t - 1].start] : text[token.start];
            if (c != u'.' && c != u'!' && c != u'?' && c.unicode() != 0x2026)
                continue;
            if (c == u'.' && token.length() == 1 && t > paragraph.first && !token.spaceBefore) {
                const Token &previous = tokens[t - 1];
                if (previous.kind == TokenKind::Word
                    && ((previous.tags & abbreviationTags) || (previous.length() == 1 && previous.upper)))
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
