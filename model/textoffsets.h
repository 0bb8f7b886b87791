#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Copydesk {

// The one converter between the offsets Copydesk stores (Unicode code points, end exclusive)
// and the UTF-16 positions of a QString. Built once per text; lookups are O(log n) in the
// number of characters outside the Basic Multilingual Plane, O(1) when there are none.
class TextOffsets final
{
public:
    TextOffsets() = default;
    explicit TextOffsets(QStringView text);

    // Number of code points in the text.
    qint64 codePointLength() const { return m_codePointLength; }
    qsizetype utf16Length() const { return m_utf16Length; }

    // Code point offset to UTF-16 position; clamped to [0, utf16Length()].
    qsizetype toUtf16(qint64 codePoint) const;
    // UTF-16 position to code point offset. A position inside a surrogate pair snaps back to
    // the start of the pair, so a boundary never splits a character.
    qint64 toCodePoint(qsizetype utf16) const;
    // Snaps a UTF-16 position out of the middle of a surrogate pair (backwards).
    qsizetype snapUtf16(qsizetype utf16) const;

    bool isBmpOnly() const { return m_pairStarts.isEmpty(); }

    static qint64 countCodePoints(QStringView text);

private:
    QList<qsizetype> m_pairStarts; // UTF-16 positions of high surrogates that start a pair
    qint64 m_codePointLength = 0;
    qsizetype m_utf16Length = 0;
};

} // namespace Copydesk
