#include "doctokens.h"

#include <algorithm>

#include "../engines/taggertokenizer.h"

namespace Copydesk {

bool DocTokens::isSpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1C && c.unicode() <= 0x1F);
}

DocTokens::DocTokens(const QString &text, QList<qint64> boundaries, Whitespace whitespace)
    : m_text(text)
    , m_offsets(text)
{
    const TextOffsets &offsets = m_offsets;
    // Cuts in UTF-16 positions: the tokenizer's token edges and the boundaries given.
    QList<qsizetype> cuts;
    QList<qsizetype> sentenceStarts;
    for (const TaggerSentence &sentence : TaggerTokenizer::sentences(text)) {
        if (!sentence.isEmpty())
            sentenceStarts.append(sentence.first().start);
        for (const TaggerToken &token : sentence)
            cuts << token.start << token.end;
    }
    for (qint64 boundary : std::as_const(boundaries))
        cuts.append(offsets.toUtf16(boundary));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Words: runs of non-whitespace, cut where the cuts fall inside them.
    QList<std::pair<qsizetype, qsizetype>> words;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (isSpace(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && !isSpace(text[end]))
            ++end;
        auto cut = std::upper_bound(cuts.cbegin(), cuts.cend(), i);
        qsizetype from = i;
        for (; cut != cuts.cend() && *cut < end; ++cut) {
            words.append({from, *cut});
            from = *cut;
        }
        words.append({from, end});
        i = end;
    }

    auto sentenceOf = [&](qsizetype position) {
        return int(std::upper_bound(sentenceStarts.cbegin(), sentenceStarts.cend(), position) - sentenceStarts.cbegin()) - 1;
    };
    auto add = [&](qsizetype from, qsizetype to, bool isWhitespace, int sentence) {
        m_tokens.append({offsets.toCodePoint(from), offsets.toCodePoint(to), isWhitespace, false, std::max(sentence, 0)});
    };
    // Whitespace as spaCy keeps it: a single space after a word is the word's; the rest of a
    // gap (or all of a gap before the first word) is a token.
    qsizetype position = 0;
    for (const auto &[from, to] : std::as_const(words)) {
        if (whitespace == Whitespace::Kept && position < from)
            add(position, from, true, m_tokens.isEmpty() ? 0 : m_tokens.last().sentence);
        add(from, to, false, sentenceOf(from));
        position = to;
        if (position < n && text[position] == u' ') {
            m_tokens.last().space = true;
            ++position;
        }
    }
    if (whitespace == Whitespace::Kept && position < n)
        add(position, n, true, m_tokens.isEmpty() ? 0 : m_tokens.last().sentence);
}

int DocTokens::startingAt(qint64 offset) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                     [](const DocToken &t, qint64 value) { return t.start < value; });
    return it != m_tokens.cend() && it->start == offset ? int(it - m_tokens.cbegin()) : -1;
}

int DocTokens::endingAt(qint64 offset) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                     [](const DocToken &t, qint64 value) { return t.end < value; });
    return it != m_tokens.cend() && it->end == offset ? int(it - m_tokens.cbegin()) : -1;
}

QString DocTokens::text(const DocToken &token) const
{
    const qsizetype from = m_offsets.toUtf16(token.start);
    return m_text.mid(from, m_offsets.toUtf16(token.end) - from);
}

} // namespace Copydesk
