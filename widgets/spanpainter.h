#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPalette>
#include <QPointF>
#include <QRectF>

#include "articleviewlayout.h"
#include "viewspan.h"

class QPainter;

namespace Copydesk {

// The part of a span on one visible line, in viewport coordinates.
struct SpanFragment
{
    QRectF text;            // the covered characters, from the top of the text to its bottom
    QRectF box;             // the whole line box across the column; boxes tile the page
    qreal rowsTop = 0;      // y of the first underline row
    bool wholeLine = false; // the span covers the line from its first to its last character
    bool first = false;     // this fragment holds the span's start
    bool last = false;      // this fragment holds the span's end
};

// Draws spans for ArticleView: one look per ViewSpan::Style, suggestions dashed and lighter,
// rejected spans dotted grey, the selected span outlined with drag handles. Colours are made
// legible against the palette's base colour, so light and dark palettes both work.
class SpanPainter final
{
public:
    SpanPainter(QPainter *painter, const QPalette &palette, const ArticleViewLayout::Metrics &metrics,
                const QFont &font);

    // The colour, moved towards the text colour until it stands out from the base colour.
    static QColor ink(const QColor &color, const QPalette &palette);
    static QColor dimmedText(const QPalette &palette);
    // x of the margin bar of block spans.
    static qreal barLeft(const ArticleViewLayout::Metrics &metrics);
    // Centres and radius of the selected span's drag handles.
    static qreal handleRadius(const ArticleViewLayout::Metrics &metrics);
    static QPointF startHandle(const SpanFragment &fragment, const ArticleViewLayout::Metrics &metrics);
    static QPointF endHandle(const SpanFragment &fragment, const ArticleViewLayout::Metrics &metrics);

    void drawBlockTint(const ViewSpan &span, const QList<SpanFragment> &fragments);
    void drawBlockBar(const ViewSpan &span, const QList<SpanFragment> &fragments, bool tagInGutter);
    void drawTint(const ViewSpan &span, const QList<SpanFragment> &fragments);
    void drawBox(const ViewSpan &span, const QList<SpanFragment> &fragments);
    void drawUnderline(const ViewSpan &span, const QList<SpanFragment> &fragments, int row);
    void drawRejected(const ViewSpan &span, const QList<SpanFragment> &fragments, int row);
    void drawHover(const ViewSpan &span, ViewSpan::Style style, const QList<SpanFragment> &fragments);
    // A span at the other end of a link of the selected span.
    void drawLinkedOutline(const ViewSpan &span, ViewSpan::Style style, const QList<SpanFragment> &fragments);
    void drawSelected(const ViewSpan &span, ViewSpan::Style style, const QList<SpanFragment> &fragments);
    void drawHandles(const ViewSpan &span, const QList<SpanFragment> &fragments);
    // A label pill whose bottom left corner is at anchor: filled, or outlined for relations.
    void drawTag(const QPointF &anchor, const QString &text, const QColor &color, bool outlined = false);
    // An arc from one span to another: the curve goes behind the text (drawLinkCurve before the
    // text is drawn), its ends over it (drawLinkEnds after).
    void drawLinkCurve(const QPointF &from, const QPointF &to, const QColor &color);
    void drawLinkEnds(const QPointF &from, const QPointF &to, const QColor &color);

private:
    QColor ink(const QColor &color) const { return ink(color, m_palette); }
    QPainterPath linkPath(const QPointF &from, const QPointF &to) const;
    QList<QRectF> outlineRects(ViewSpan::Style style, const QList<SpanFragment> &fragments, qreal grow) const;
    void strokeRects(const QList<QRectF> &rects, const QPen &pen, qreal radius);

    QPainter *m_painter;
    QPalette m_palette;
    ArticleViewLayout::Metrics m_metrics;
    QFont m_font;
    QFont m_tagFont;
};

} // namespace Copydesk
