#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Copydesk {

// A half-open range of UTF-16 positions in the text an ArticleView shows.
struct ViewRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    bool isEmpty() const { return end <= start; }
    qsizetype length() const { return end - start; }
    bool operator==(const ViewRange &other) const = default;
};

// One annotation as the article view draws it. The view never looks anything up: the window
// converts offsets (code points to UTF-16 with model/textoffsets.h) and prepares colours and
// tooltips, so the widget stays independent of the project store.
struct ViewSpan
{
    enum class Status { Suggested, Accepted, Rejected, Manual };

    // How the span is drawn. Auto picks from layer and label: furniture HEADLINE -> Heading,
    // other furniture -> DimBlock, sourcing QUOTE -> Tint, other sourcing -> Box, anything else
    // (entities, layers of the user's) -> Underline.
    enum class Style {
        Auto,
        Underline, // a coloured rule below the text; nested spans stack in rows
        Box,       // a rounded outline around the words (sources, cues)
        Tint,      // a translucent background (quotes)
        Block,     // a bar in the left margin and a faint tint behind whole lines (furniture)
        DimBlock,  // Block with greyed text: boilerplate, disclaimers, metadata
        Heading,   // Block with bold text: headlines
    };

    qint64 id = 0;           // annotation id; 0 is "no span" in the view's API
    qsizetype start = 0;     // UTF-16 positions in the text, end exclusive
    qsizetype end = 0;
    QString label;
    QString layer;           // "entities", "sourcing", "furniture", or a layer of the user's
    QColor color;
    Status status = Status::Manual;
    QString tooltip;         // rich text prepared by the caller
    Style style = Style::Auto;

    qsizetype length() const { return end - start; }
    bool operator==(const ViewSpan &other) const = default;
};

// A relation drawn while one of its ends is the selected span: quote -> speaker or cue.
struct ViewLink
{
    qint64 from = 0;
    qint64 to = 0;
    QString label;           // SPEAKER, CUE, VIA
    bool operator==(const ViewLink &other) const = default;
};

} // namespace Copydesk
