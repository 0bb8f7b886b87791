#include "textoffsets.h"

#include <algorithm>

namespace Copydesk {

TextOffsets::TextOffsets(QStringView text)
    : m_utf16Length(text.size())
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
    m_codePointLength = n - m_pairStarts.size();
}

qint64 TextOffsets::countCodePoints(QStringView text)
{
    qint64 count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i + 1 < n && text[i].isHighSurrogate() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

qsizetype TextOffsets::toUtf16(qint64 codePoint) const
{
    if (codePoint <= 0)
        return 0;
    if (codePoint >= m_codePointLength)
        return m_utf16Length;
    if (m_pairStarts.isEmpty())
        return qsizetype(codePoint);
    // The k-th pair (0-based) starts at code point m_pairStarts[k] - k. Count the pairs that
    // start before the wanted code point; each adds one UTF-16 unit.
    qsizetype lo = 0, hi = m_pairStarts.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairStarts[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return qsizetype(codePoint) + lo;
}

qint64 TextOffsets::toCodePoint(qsizetype utf16) const
{
    if (utf16 <= 0)
        return 0;
    if (utf16 >= m_utf16Length)
        return m_codePointLength;
    if (m_pairStarts.isEmpty())
        return utf16;
    // Pairs starting strictly before utf16: each one counted two units for one code point.
    const auto it = std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16);
    const qsizetype before = it - m_pairStarts.cbegin();
    qint64 cp = utf16 - before;
    if (before > 0 && m_pairStarts[before - 1] + 1 == utf16)
        cp = m_pairStarts[before - 1] - (before - 1);
    return cp;
}

qsizetype TextOffsets::snapUtf16(qsizetype utf16) const
{
    return toUtf16(toCodePoint(utf16));
}

} // namespace Copydesk
