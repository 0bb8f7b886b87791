#include "quotefinder.h"

#include "textclass.h"

namespace Copydesk {

namespace {

enum class MarkType { Double, Single };
enum class Preference { Open, Close, Either };

struct MarkInfo
{
    MarkType type = MarkType::Double;
    Preference preference = Preference::Either;
    bool german = false; // „ and ‚ close with “ and ‘
};

MarkInfo markInfo(QStringView mark)
{
    MarkInfo info;
    if (mark.size() == 2) // '' or ``
        return {MarkType::Double, mark.front() == u'`' ? Preference::Open : Preference::Either, false};
    switch (mark.front().unicode()) {
    case u'"': return {MarkType::Double, Preference::Either, false};
    case 0x201C: return {MarkType::Double, Preference::Open, false};  // “
    case 0x201D: return {MarkType::Double, Preference::Close, false}; // ”
    case 0x201E: return {MarkType::Double, Preference::Open, true};   // „
    case 0x201F: return {MarkType::Double, Preference::Open, false};  // ‟
    case 0x00AB: return {MarkType::Double, Preference::Open, false};  // «
    case 0x00BB: return {MarkType::Double, Preference::Close, false}; // »
    case 0x300C: case 0x300E: return {MarkType::Double, Preference::Open, false};
    case 0x300D: case 0x300F: return {MarkType::Double, Preference::Close, false};
    case u'\'': return {MarkType::Single, Preference::Either, false};
    case u'`': return {MarkType::Single, Preference::Open, false};
    case 0x2018: return {MarkType::Single, Preference::Open, false};  // ‘
    case 0x2019: return {MarkType::Single, Preference::Close, false}; // ’
    case 0x201A: return {MarkType::Single, Preference::Open, true};   // ‚
    case 0x201B: return {MarkType::Single, Preference::Open, false};
    case 0x2039: return {MarkType::Single, Preference::Open, false};  // ‹
    case 0x203A: return {MarkType::Single, Preference::Close, false}; // ›
    default: return info;
    }
}

bool opensAfter(QChar c)
{
    // Characters after which a mark still opens: brackets, dashes, slashes, other marks,
    // and a colon or comma typed without a space.
    return QStringView(u"([{/-:,;\u2014\u2013\u2015").contains(c) || isQuotationMark(c.unicode());
}

bool closesBefore(QChar c)
{
    return QStringView(u".,;:!?)]}/-\u2014\u2013\u2015\u2026").contains(c) || isQuotationMark(c.unicode());
}

struct OpenMark
{
    int token = 0;
    MarkInfo info;
    bool hasNested = false;
};

struct MarkPair
{
    int open;
    int close;  // -1: runs to the paragraph end
    bool single;
};

// Pairs the quotation marks of one paragraph; the marks left open stay on *stack.
QList<MarkPair> pairMarks(QStringView text, const QList<Token> &tokens, const TokenParagraph &paragraph,
                          QList<OpenMark> *stack)
{
    QList<MarkPair> pairs;
    for (int t = paragraph.first; t < paragraph.last; ++t) {
        const Token &token = tokens[t];
        if (token.kind != TokenKind::Quote)
            continue;
        const QStringView mark = text.mid(token.start, token.length());
        const MarkInfo info = markInfo(mark);
        const bool atStart = token.start <= paragraph.start;
        const bool atEnd = token.end >= paragraph.end;
        const QChar before = atStart ? QChar(u' ') : text[token.start - 1];
        const QChar after = atEnd ? QChar(u' ') : text[token.end];
        const bool spaceBefore = atStart || before.isSpace();
        const bool spaceAfter = atEnd || after.isSpace();
        const bool canOpen = !spaceAfter && (spaceBefore || opensAfter(before));
        const bool canClose = !spaceBefore && (spaceAfter || closesBefore(after));

        // The innermost open mark of the same type; unclosed single marks above it may be
        // apostrophes and do not block a double mark.
        int openIndex = -1;
        for (qsizetype s = stack->size() - 1; s >= 0; --s) {
            if (stack->at(s).info.type == info.type) {
                openIndex = int(s);
                break;
            }
            if (info.type == MarkType::Double && stack->at(s).info.type == MarkType::Single)
                continue;
            break;
        }
        bool close = false;
        bool open = false;
        if (canClose && !canOpen) {
            close = openIndex >= 0;
        } else if (canOpen && !canClose) {
            open = true;
        } else if (canOpen && canClose) {
            if (info.preference == Preference::Close || (info.preference == Preference::Either && openIndex >= 0))
                close = openIndex >= 0;
            else
                open = true;
        }
        // „ ... “ (German): a “ right after a word closes an open „.
        if (open && openIndex >= 0 && stack->at(openIndex).info.german && !spaceBefore) {
            open = false;
            close = true;
        }
        if (close) {
            pairs.append({stack->at(openIndex).token, t, info.type == MarkType::Single});
            stack->resize(openIndex);
        } else if (open) {
            stack->append({t, info, false});
        }
    }
    return pairs;
}

// A double mark left open runs to the paragraph end when it opened the paragraph, followed a
// colon or comma, or the next paragraph re-opens it; not when a double quotation closed
// inside it (then it is a stray mark). Returns whether the quotation continues in the next
// paragraph.
bool pairUnclosed(QStringView text, const TokenizedText &tokenized, const TokenParagraph &paragraph,
                  const QList<OpenMark> &stack, QList<MarkPair> &pairs)
{
    const QList<Token> &tokens = tokenized.tokens;
    int unclosed = -1;
    for (const OpenMark &mark : stack) {
        if (mark.info.type == MarkType::Double) {
            unclosed = mark.token;
            break;
        }
    }
    if (unclosed < 0)
        return false;
    const int paragraphIndex = tokens[paragraph.first].paragraph;
    const TokenParagraph *next = paragraphIndex + 1 < tokenized.paragraphs.size()
                                     ? &tokenized.paragraphs[paragraphIndex + 1]
                                     : nullptr;
    const bool nextOpens = next && tokens[next->first].kind == TokenKind::Quote
                           && markInfo(text.mid(tokens[next->first].start, tokens[next->first].length())).type
                                  == MarkType::Double;
    const bool leads = unclosed == paragraph.first
                       || (unclosed > paragraph.first && tokens[unclosed - 1].kind == TokenKind::Punct
                           && (text[tokens[unclosed - 1].start] == u':' || text[tokens[unclosed - 1].start] == u','));
    bool innerDouble = false;
    for (const MarkPair &pair : std::as_const(pairs))
        innerDouble = innerDouble || (pair.open > unclosed && !pair.single);
    if ((nextOpens || leads) && !innerDouble) {
        pairs.append({unclosed, -1, false});
        return nextOpens;
    }
    return false;
}

} // namespace

QList<QuoteSpan> QuoteFinder::find(QStringView text, const TokenizedText &tokenized)
{
    QList<QuoteSpan> quotes;
    const QList<Token> &tokens = tokenized.tokens;
    bool previousContinues = false; // the previous paragraph ended inside a quotation
    QList<OpenMark> stack;
    for (const TokenParagraph &paragraph : tokenized.paragraphs) {
        stack.clear();
        QList<MarkPair> pairs = pairMarks(text, tokens, paragraph, &stack);
        const bool continues = pairUnclosed(text, tokenized, paragraph, stack, pairs);
        std::sort(pairs.begin(), pairs.end(), [](const MarkPair &a, const MarkPair &b) { return a.open < b.open; });
        const qsizetype quotesBefore = quotes.size();
        int coveredUntil = -1; // last token of the current outermost quotation
        for (const MarkPair &pair : std::as_const(pairs)) {
            const int last = pair.close >= 0 ? pair.close : paragraph.last - 1;
            if (pair.open <= coveredUntil) {
                quotes.last().nested = true;
                continue;
            }
            QuoteSpan quote;
            quote.start = tokens[pair.open].start;
            quote.end = pair.close >= 0 ? tokens[pair.close].end : paragraph.end;
            quote.openToken = pair.open;
            quote.closeToken = pair.close;
            quote.lastToken = last;
            quote.paragraph = tokens[pair.open].paragraph;
            quote.single = pair.single;
            quote.continued = pair.close < 0 && continues;
            for (int t = pair.open + 1; t < last + (pair.close < 0 ? 1 : 0); ++t)
                quote.words += tokens[t].kind == TokenKind::Word || tokens[t].kind == TokenKind::Number;
            quotes.append(quote);
            coveredUntil = last;
        }
        if (previousContinues && quotes.size() > quotesBefore && quotes[quotesBefore].openToken == paragraph.first)
            quotes[quotesBefore].reopened = true;
        previousContinues = continues;
    }
    return quotes;
}

} // namespace Copydesk
