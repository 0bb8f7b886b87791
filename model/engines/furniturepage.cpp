#include "furniturepage.h"

namespace Copydesk {
namespace {

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\r' || u == u'\f' || u == u'\v' || (u >= 0x80 && c.isSpace());
}

inline bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case u'\u201d': case u'\u2019': case u'\u00bb': case u'*':
        return true;
    default:
        return false;
    }
}

inline bool isTerminal(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case u'\u2026': case u'\u3002': case u'\uff01': case u'\uff1f':
        return true;
    default:
        return false;
    }
}

// The last meaningful character of [start, end): closing quotes and brackets skipped.
QChar lastMark(QStringView text, qsizetype start, qsizetype end)
{
    while (end > start && isClosing(text[end - 1]))
        --end;
    return end > start ? text[end - 1] : QChar();
}

} // namespace

FurniturePage::FurniturePage(QStringView text, const FurnitureLexicon &lexicon)
    : m_text(text)
{
    m_tokens.reserve(size_t(text.size() / 5));
    m_units.reserve(text.size() / 80 + 4);
    const qsizetype size = text.size();
    const QChar *data = text.data();
    int block = 0;
    bool blank = false;
    bool open = false; // the last unit may take a continuation line
    qsizetype lineStart = 0;
    while (lineStart <= size) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < size && data[lineEnd] != u'\n')
            ++lineEnd;
        qsizetype start = lineStart;
        qsizetype end = lineEnd;
        while (start < end && isSpace(data[start]))
            ++start;
        while (end > start && isSpace(data[end - 1]))
            --end;
        if (start == end) {
            blank = true;
            open = false;
        } else {
            // A line that starts lower case after one that stopped mid-sentence goes on it.
            const bool continues = open && !blank && data[start].isLower();
            if (continues) {
                m_units.last().end = end;
                ++m_units.last().lines;
            } else {
                if (blank && !m_units.isEmpty())
                    ++block;
                FurnitureUnit unit;
                unit.start = start;
                unit.end = end;
                unit.block = block;
                m_units.append(unit);
            }
            const QChar last = lastMark(text, start, end);
            open = !isTerminal(last) && last != u':' && last != u';';
            blank = false;
        }
        lineStart = lineEnd + 1;
    }
    qint64 words = 0;
    qint64 stopWords = 0;
    for (FurnitureUnit &unit : m_units) {
        measure(unit, lexicon);
        if (unit.words >= 5) {
            words += unit.words;
            stopWords += unit.stopWords;
        }
    }
    // English prose is about 40% function words; menus of an English page still make 10%
    m_english = words == 0 || stopWords * 100 >= words * 12;
    for (FurnitureUnit &unit : m_units)
        classify(unit, m_english);
}

void FurniturePage::measure(FurnitureUnit &unit, const FurnitureLexicon &lexicon)
{
    unit.firstToken = int(m_tokens.size());
    FurnitureTokenizer::tokenize(m_text, unit.start, unit.end, m_tokens);
    unit.tokenCount = int(m_tokens.size()) - unit.firstToken;
    const FurnitureToken *tokens = m_tokens.data() + unit.firstToken;
    for (int i = 0; i < unit.tokenCount; ++i) {
        const FurnitureToken &token = tokens[i];
        if (token.has(FurnitureToken::Symbol))
            continue;
        ++unit.words;
        if (lexicon.isStopWord(token.hash))
            ++unit.stopWords;
        if (!token.has(FurnitureToken::HasLetter))
            continue;
        if (token.has(FurnitureToken::AllCaps))
            ++unit.allCaps;
        if (unit.letterWords > 0 && (token.has(FurnitureToken::Capitalized) || token.has(FurnitureToken::AllCaps)))
            ++unit.capitalized;
        ++unit.letterWords;
    }
    const QChar last = lastMark(m_text, unit.start, unit.end);
    unit.terminal = isTerminal(last);
    unit.colon = last == u':' || last == u'\uff1a';
}

void FurniturePage::classify(FurnitureUnit &unit, bool english)
{
    using Shape = FurnitureUnit::Shape;
    const qsizetype length = unit.length();
    // a paragraph may end with a colon before a list or a quote
    const bool ends = unit.terminal || unit.colon || length >= 150;
    if (unit.titleLike() && unit.words <= 30)
        unit.shape = Shape::Title;
    else if (english && length >= 60 && unit.words >= 8 && unit.stopDensity() >= 0.2 && ends)
        unit.shape = Shape::Prose;
    else if (!english && ends && (unit.spaceless() ? length >= 30 : length >= 60 && unit.words >= 8))
        unit.shape = Shape::Prose;
    else if (unit.terminal && (unit.spaceless() || unit.words >= 3) && (unit.stopWords >= 1 || !english))
        unit.shape = Shape::Sentence;
    else
        unit.shape = Shape::Short;
}

} // namespace Copydesk
