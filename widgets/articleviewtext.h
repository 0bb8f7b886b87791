#pragma once

// Helpers shared by the parts of ArticleView (articleview.cpp, articleviewpaint.cpp,
// articleviewinput.cpp); not for other widgets.

#include <QChar>
#include <QString>

#include "viewspan.h"

namespace Copydesk::ArticleViewText {

inline bool isBlockStyle(ViewSpan::Style style)
{
    return style == ViewSpan::Style::Block || style == ViewSpan::Style::DimBlock || style == ViewSpan::Style::Heading;
}

inline bool isWordCodePoint(char32_t codePoint)
{
    if (QChar::isLetterOrNumber(codePoint))
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

inline char32_t codePointAt(const QString &text, qsizetype position)
{
    const QChar c = text[position];
    if (c.isHighSurrogate() && position + 1 < text.size() && text[position + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[position + 1]);
    return c.unicode();
}

inline char32_t codePointBefore(const QString &text, qsizetype position)
{
    const QChar c = text[position - 1];
    if (c.isLowSurrogate() && position >= 2 && text[position - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[position - 2], c);
    return c.unicode();
}

inline qsizetype unitsOf(char32_t codePoint)
{
    return QChar::requiresSurrogates(codePoint) ? 2 : 1;
}

} // namespace Copydesk::ArticleViewText
