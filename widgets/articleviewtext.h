#pragma once

// Helpers shared by the parts of ArticleView (articleview.cpp, articleviewpaint.cpp,
// articleviewinput.cpp); not for other widgets.

#include <QChar>
#include <QString>

#include "textclass.h"
#include "viewspan.h"

namespace Copydesk::ArticleViewText {

inline bool isBlockStyle(ViewSpan::Style style)
{
    return style == ViewSpan::Style::Block || style == ViewSpan::Style::DimBlock || style == ViewSpan::Style::Heading;
}

// Code points and word characters come from the model's one set of character classes.
inline qsizetype unitsOf(char32_t codePoint)
{
    return utf16Length(codePoint);
}

} // namespace Copydesk::ArticleViewText
