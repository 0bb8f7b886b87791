#include "articleview.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTextLayout>

#include "articleviewlayout.h"
#include "articleviewspans.h"
#include "articleviewtext.h"
#include "spanpainter.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace ArticleViewText;

// --- Geometry --------------------------------------------------------------------------------

std::vector<ArticleView::VisibleLine> ArticleView::visibleLines() const
{
    std::vector<VisibleLine> result;
    const auto &m = m_layout->metrics();
    const QString &t = text();
    const qreal height = viewport()->height();
    const int count = m_layout->paragraphCount();
    qreal y = -m_topOffset;
    for (int paragraph = m_topParagraph; paragraph < count && y < height; ++paragraph) {
        QTextLayout *layout = m_layout->layout(paragraph);
        const qreal paragraphHeight = m_layout->paragraphHeight(paragraph);
        const qsizetype start = m_layout->paragraphStart(paragraph);
        const bool blank = m_layout->paragraphEnd(paragraph) == start;
        const int lineCount = layout->lineCount();
        for (int index = 0; index < lineCount; ++index) {
            VisibleLine visible;
            visible.line = layout->lineAt(index);
            visible.boxTop = y + (index == 0 || blank ? 0 : m_layout->lineBoxTop(visible.line));
            visible.lineBottom = y + (blank ? paragraphHeight : m_layout->lineBoxBottom(visible.line));
            visible.boxBottom = index == lineCount - 1 ? y + paragraphHeight : visible.lineBottom;
            if (visible.boxBottom < 0 || visible.boxTop > height)
                continue;
            visible.paragraph = paragraph;
            visible.origin = QPointF(m.columnLeft, y);
            visible.start = start + visible.line.textStart();
            visible.end = visible.start + visible.line.textLength();
            visible.trimmedEnd = visible.end;
            while (visible.trimmedEnd > visible.start && t[visible.trimmedEnd - 1].isSpace())
                --visible.trimmedEnd;
            result.push_back(visible);
        }
        y += paragraphHeight;
    }
    return result;
}

QList<SpanFragment> ArticleView::fragments(qsizetype start, qsizetype end, const std::vector<VisibleLine> &lines,
                                           bool blankLines) const
{
    QList<SpanFragment> result;
    if (lines.empty() || end <= start)
        return result;
    const auto &m = m_layout->metrics();
    const qreal rowsGap = m.rowsHeight - m_layout->rows() * m.rowPitch;
    auto it = std::lower_bound(lines.begin(), lines.end(), start,
                               [](const VisibleLine &line, qsizetype position) { return line.end < position; });
    for (; it != lines.end() && it->start <= end; ++it) {
        const VisibleLine &line = *it;
        const bool blank = line.start == line.end;
        SpanFragment fragment;
        qsizetype from = std::max(start, line.start);
        qsizetype to = std::min(end, line.end);
        if (blank) {
            // An empty line is inside the span when the span runs over its newline.
            if (!blankLines || !(start <= line.start && end > line.start))
                continue;
        } else {
            if (from >= to)
                continue;
            // White space at the end of a wrapped line would stick out past the words.
            if (to > line.trimmedEnd)
                to = std::max(from, line.trimmedEnd);
            if (to == from && !blankLines)
                continue;
        }
        const qsizetype paragraphStart = m_layout->paragraphStart(line.paragraph);
        qreal x0 = line.line.cursorToX(int(from - paragraphStart));
        qreal x1 = line.line.cursorToX(int(to - paragraphStart));
        if (x1 < x0)
            std::swap(x0, x1);
        const qreal textTop = line.origin.y() + line.line.y();
        const qreal textHeight = std::max(m.lineHeight, std::ceil(line.line.height()));
        fragment.text = QRectF(line.origin.x() + x0, textTop, x1 - x0, textHeight);
        fragment.rowsTop = textTop + textHeight + rowsGap;
        fragment.wholeLine = start <= line.start && end >= (blank ? line.start + 1 : line.trimmedEnd);
        fragment.first = result.isEmpty() && start >= line.start;
        fragment.last = end <= line.end || (blank && end <= line.end + 1);
        // The paragraph spacing belongs to the span only when the span goes on past it.
        const bool continues = end > m_layout->paragraphEnd(line.paragraph);
        fragment.box = QRectF(m.columnLeft, line.boxTop, m.columnWidth,
                              (continues ? line.boxBottom : line.lineBottom) - line.boxTop);
        result.append(fragment);
        if (fragment.last)
            break;
    }
    return result;
}

QTextLine ArticleView::lineFor(qsizetype position, qreal *paragraphTop) const
{
    const int paragraph = m_layout->paragraphAt(position);
    QTextLayout *layout = m_layout->layout(paragraph);
    *paragraphTop = m_layout->paragraphTop(paragraph) - topY();
    const int local = int(position - m_layout->paragraphStart(paragraph));
    QTextLine line = layout->lineForTextPosition(local);
    if (!line.isValid() && layout->lineCount() > 0)
        line = layout->lineAt(layout->lineCount() - 1);
    return line;
}

QRectF ArticleView::caretRect() const
{
    qreal paragraphTop = 0;
    const QTextLine line = lineFor(m_cursor, &paragraphTop);
    if (!line.isValid())
        return {};
    const int local = int(m_cursor - m_layout->paragraphStart(m_layout->paragraphAt(m_cursor)));
    const qreal x = m_layout->metrics().columnLeft + line.cursorToX(local);
    const qreal height = std::max(m_layout->metrics().lineHeight, line.height());
    return QRectF(std::floor(x), paragraphTop + line.y(), 1, height);
}

void ArticleView::ensureCursorVisible()
{
    const QRectF caret = caretRect();
    const auto &m = m_layout->metrics();
    const qreal height = viewport()->height();
    if (caret.top() - m.topPadding < 0) {
        const qreal y = topY() + caret.top() - m.topPadding - m.pitch * 0.5;
        setTopY(y <= m.topMargin ? 0 : y); // near the top, show the top margin too
    } else if (caret.bottom() + m.rowsHeight > height) {
        setTopY(topY() + caret.bottom() + m.rowsHeight - height + m.pitch * 0.5);
    } else {
        return;
    }
    syncScrollBar();
    viewport()->update();
}

qsizetype ArticleView::positionAt(const QPoint &point) const
{
    const qreal y = topY() + point.y();
    const int count = m_layout->paragraphCount();
    int paragraph = m_layout->paragraphAtY(y);
    QTextLayout *layout = m_layout->layout(paragraph);
    qreal local = y - m_layout->paragraphTop(paragraph);
    while (local >= m_layout->paragraphHeight(paragraph) && paragraph + 1 < count) {
        local -= m_layout->paragraphHeight(paragraph);
        layout = m_layout->layout(++paragraph);
    }
    const int lineCount = layout->lineCount();
    if (lineCount == 0)
        return m_layout->paragraphStart(paragraph);
    int index = 0;
    while (index + 1 < lineCount && local >= m_layout->lineBoxBottom(layout->lineAt(index)))
        ++index;
    const QTextLine line = layout->lineAt(index);
    const int cursor = line.xToCursor(point.x() - m_layout->metrics().columnLeft, QTextLine::CursorBetweenCharacters);
    return snapOutOfPair(m_layout->paragraphStart(paragraph) + cursor, -1);
}

qsizetype ArticleView::characterAt(const QPoint &point) const
{
    const qreal y = topY() + point.y();
    const int count = m_layout->paragraphCount();
    int paragraph = m_layout->paragraphAtY(y);
    QTextLayout *layout = m_layout->layout(paragraph);
    qreal local = y - m_layout->paragraphTop(paragraph);
    while (local >= m_layout->paragraphHeight(paragraph) && paragraph + 1 < count) {
        local -= m_layout->paragraphHeight(paragraph);
        layout = m_layout->layout(++paragraph);
    }
    if (local < 0 || local >= m_layout->paragraphHeight(paragraph))
        return -1;
    for (int index = 0; index < layout->lineCount(); ++index) {
        const QTextLine line = layout->lineAt(index);
        if (local < m_layout->lineBoxTop(line) || local >= m_layout->lineBoxBottom(line))
            continue;
        const qreal x = point.x() - m_layout->metrics().columnLeft;
        if (line.textLength() == 0 || x < line.x() || x > line.x() + line.naturalTextWidth())
            return -1;
        // xToCursor's guess can be one off in right-to-left runs: check it and its neighbours
        // against the characters' actual extents.
        const qsizetype start = m_layout->paragraphStart(paragraph);
        const int guess = line.xToCursor(x, QTextLine::CursorOnCharacter);
        for (const int candidate : {guess, guess - 1, guess + 1, guess - 2, guess + 2}) {
            const qsizetype position = snapOutOfPair(start + candidate, -1);
            const int offset = int(position - start);
            if (offset < line.textStart() || offset >= line.textStart() + line.textLength())
                continue;
            const qreal x0 = line.cursorToX(offset, QTextLine::Leading);
            const qreal x1 = line.cursorToX(offset, QTextLine::Trailing);
            if (x >= std::min(x0, x1) && x < std::max(x0, x1))
                return position;
        }
        if (guess < line.textStart() || guess >= line.textStart() + line.textLength())
            return -1;
        return snapOutOfPair(start + guess, -1);
    }
    return -1;
}

QRect ArticleView::characterRect(qsizetype position) const
{
    const QString &t = text();
    if (position < 0 || position >= t.size())
        return {};
    qreal paragraphTop = 0;
    const QTextLine line = lineFor(position, &paragraphTop);
    if (!line.isValid())
        return {};
    const qsizetype start = m_layout->paragraphStart(m_layout->paragraphAt(position));
    // The character's own two edges: two cursor positions are ambiguous where the direction
    // of the text changes.
    const qreal x0 = line.cursorToX(int(position - start), QTextLine::Leading);
    const qreal x1 = line.cursorToX(int(position - start), QTextLine::Trailing);
    const qreal left = m_layout->metrics().columnLeft + std::min(x0, x1);
    return QRectF(left, paragraphTop + line.y(), std::max<qreal>(1, std::abs(x1 - x0)), line.height()).toAlignedRect();
}

QList<QPointF> ArticleView::handlePositions() const
{
    QList<QPointF> result;
    const ViewSpan *selected = span(m_selectedSpan);
    if (!selected)
        return result;
    const ViewRange range = m_dragHandle != Handle::None ? m_dragPreview : ViewRange{selected->start, selected->end};
    const QList<SpanFragment> parts = fragments(range.start, range.end, visibleLines(), false);
    if (parts.isEmpty())
        return result;
    const auto &m = m_layout->metrics();
    if (parts.first().first)
        result.append(SpanPainter::startHandle(parts.first(), m));
    if (parts.last().last)
        result.append(SpanPainter::endHandle(parts.last(), m));
    return result;
}

ArticleView::Handle ArticleView::handleAt(const QPoint &point) const
{
    const ViewSpan *selected = span(m_selectedSpan);
    if (!selected || selected->length() <= 0)
        return Handle::None;
    const QList<SpanFragment> parts = fragments(selected->start, selected->end, visibleLines(), false);
    if (parts.isEmpty())
        return Handle::None;
    const auto &m = m_layout->metrics();
    const qreal reach = SpanPainter::handleRadius(m) + 4;
    auto near = [&point, reach](const QPointF &centre) {
        return std::hypot(point.x() - centre.x(), point.y() - centre.y()) <= reach;
    };
    if (parts.first().first && near(SpanPainter::startHandle(parts.first(), m)))
        return Handle::Start;
    if (parts.last().last && near(SpanPainter::endHandle(parts.last(), m)))
        return Handle::End;
    return Handle::None;
}

qsizetype ArticleView::handleTarget(Handle handle, const QPoint &point, bool exact) const
{
    const QString &t = text();
    qsizetype position = positionAt(point);
    if (exact)
        return position;
    const bool insideWord = position > 0 && position < t.size() && isWordCodePoint(codePointAt(t, position))
        && isWordCodePoint(codePointBefore(t, position));
    if (handle == Handle::Start) {
        if (insideWord)
            return wordAt(position).start;
        while (position < t.size() && t[position].isSpace())
            ++position;
        return position;
    }
    if (insideWord)
        return wordAt(position).end;
    while (position > 0 && t[position - 1].isSpace())
        --position;
    return position;
}

// --- Painting --------------------------------------------------------------------------------

struct ArticleView::DrawnSpan
{
    int index;
    ViewSpan::Style style;
    bool rejected;
    QList<SpanFragment> parts;
};

// The other end of one of the selected span's links, outlined.
struct ArticleView::LinkedSpan
{
    int index;
    QList<SpanFragment> parts;
};

struct ArticleView::LinkArc
{
    QPointF from;
    QPointF to;
    QColor color;
};

void ArticleView::paintEvent(QPaintEvent *event)
{
    const qreal heightBefore = m_layout->height();
    const std::vector<VisibleLine> lines = visibleLines();
    if (m_layout->height() != heightBefore)
        scheduleSync();

    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPalette &pal = palette();
    const std::vector<DrawnSpan> drawn = drawnSpans(lines);
    std::vector<LinkedSpan> linked;
    std::vector<LinkArc> arcs;
    collectLinks(lines, &linked, &arcs);
    SpanPainter spanPainter(&painter, pal, m_layout->metrics(), m_layout->font());

    // Behind the text: furniture cards, then quote tints, then the links' curves.
    for (const DrawnSpan &item : drawn) {
        if (!item.rejected && isBlockStyle(item.style))
            spanPainter.drawBlockTint(m_spans->span(item.index), item.parts);
    }
    for (const DrawnSpan &item : drawn) {
        if (!item.rejected && item.style == ViewSpan::Style::Tint)
            spanPainter.drawTint(m_spans->span(item.index), item.parts);
    }
    for (const LinkArc &arc : arcs)
        spanPainter.drawLinkCurve(arc.from, arc.to, arc.color);

    const QRectF clip = event->rect();
    paintText(painter, lines, drawn, clip);
    paintMarks(spanPainter, drawn);

    // The other ends of the selected span's links, outlined; the hovered and selected spans.
    for (const LinkedSpan &item : linked)
        spanPainter.drawLinkedOutline(m_spans->span(item.index), m_spans->style(item.index), item.parts);
    paintFocus(spanPainter, lines);
    for (const LinkArc &arc : arcs)
        spanPainter.drawLinkEnds(arc.from, arc.to, arc.color);

    // The caret.
    if (hasFocus() && m_caretVisible && m_dragHandle == Handle::None) {
        const QRectF caret = caretRect();
        if (caret.isValid() && caret.intersects(clip)) {
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.fillRect(caret, pal.color(QPalette::Text));
        }
    }

    if (!lines.empty())
        m_layout->releaseLayoutsOutside(lines.front().paragraph, lines.back().paragraph);
}

std::vector<ArticleView::DrawnSpan> ArticleView::drawnSpans(const std::vector<VisibleLine> &lines) const
{
    std::vector<DrawnSpan> drawn;
    if (lines.empty())
        return drawn;
    std::vector<int> indexes;
    const qsizetype from = lines.front().start;
    const qsizetype to = std::min<qsizetype>(text().size(), lines.back().end) + 1;
    m_spans->query(from, to, &indexes);
    drawn.reserve(indexes.size());
    for (int index : indexes) {
        const ViewSpan &span = m_spans->span(index);
        const ViewSpan::Style style = m_spans->style(index);
        QList<SpanFragment> parts = fragments(span.start, span.end, lines, isBlockStyle(style));
        if (!parts.isEmpty())
            drawn.push_back({index, style, span.status == ViewSpan::Status::Rejected, std::move(parts)});
    }
    return drawn;
}

void ArticleView::collectLinks(const std::vector<VisibleLine> &lines, std::vector<LinkedSpan> *linked,
                               std::vector<LinkArc> *arcs) const
{
    // The selected span's links: the far ends get outlined, arcs join the nearest pieces.
    if (lines.empty() || m_selectedSpan == 0)
        return;
    const qreal lineHeight = m_layout->metrics().lineHeight;
    for (const ViewLink &link : std::as_const(m_links)) {
        if (link.from != m_selectedSpan && link.to != m_selectedSpan)
            continue;
        const int fromIndex = m_spans->indexOf(link.from);
        const int toIndex = m_spans->indexOf(link.to);
        if (fromIndex < 0 || toIndex < 0)
            continue;
        const ViewSpan &fromSpan = m_spans->span(fromIndex);
        const ViewSpan &toSpan = m_spans->span(toIndex);
        const QList<SpanFragment> fromParts = fragments(fromSpan.start, fromSpan.end, lines, false);
        const QList<SpanFragment> toParts = fragments(toSpan.start, toSpan.end, lines, false);
        if (link.from == m_selectedSpan)
            linked->push_back({toIndex, toParts});
        else
            linked->push_back({fromIndex, fromParts});
        if (fromParts.isEmpty() || toParts.isEmpty())
            continue;
        const SpanFragment &target = toParts.first();
        const SpanFragment *nearest = &fromParts.first();
        auto distance = [&target](const SpanFragment &part) {
            return std::abs(part.text.center().y() - target.text.center().y()) * 12
                + std::abs(part.text.center().x() - target.text.center().x());
        };
        for (const SpanFragment &part : fromParts) {
            if (distance(part) < distance(*nearest))
                nearest = &part;
        }
        // Anchor on the side of the nearest piece that faces the target.
        qreal fromX = nearest->text.center().x();
        if (std::abs(nearest->text.center().y() - target.text.center().y()) < 1) {
            fromX = target.text.center().x() > nearest->text.right()
                ? std::max(nearest->text.left() + 4, nearest->text.right() - lineHeight)
                : std::min(nearest->text.right() - 4, nearest->text.left() + lineHeight);
        }
        arcs->push_back({QPointF(fromX, nearest->text.top() - 1),
                         QPointF(target.text.center().x(), target.text.top() - 2), toSpan.color});
    }
}

void ArticleView::paintText(QPainter &painter, const std::vector<VisibleLine> &lines,
                            const std::vector<DrawnSpan> &drawn, const QRectF &clip) const
{
    // The text, paragraph by paragraph, with dimmed furniture and the selection as formats.
    const QPalette &pal = palette();
    const ViewRange selected = selection();
    QTextCharFormat dim;
    dim.setForeground(SpanPainter::dimmedText(pal));
    QTextCharFormat highlight;
    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
    highlight.setBackground(pal.brush(group, QPalette::Highlight));
    highlight.setForeground(pal.brush(group, QPalette::HighlightedText));
    for (size_t i = 0; i < lines.size();) {
        const int paragraph = lines[i].paragraph;
        const qsizetype start = m_layout->paragraphStart(paragraph);
        const qsizetype end = m_layout->paragraphEnd(paragraph);
        QList<QTextLayout::FormatRange> formats;
        auto add = [&](qsizetype from, qsizetype to, const QTextCharFormat &format) {
            from = std::max(from, start);
            to = std::min(to, end);
            if (from < to)
                formats.append({int(from - start), int(to - from), format});
        };
        // Furniture usually dims whole paragraphs: then the pen does it, and QTextLayout does not
        // draw the paragraph twice (once plain, once for the format).
        bool wholeDim = false;
        for (const DrawnSpan &item : drawn) {
            if (!item.rejected && item.style == ViewSpan::Style::DimBlock) {
                const ViewSpan &span = m_spans->span(item.index);
                wholeDim = wholeDim || (span.start <= start && span.end >= end);
            }
        }
        for (const DrawnSpan &item : drawn) {
            if (!wholeDim && !item.rejected && item.style == ViewSpan::Style::DimBlock) {
                const ViewSpan &span = m_spans->span(item.index);
                add(span.start, span.end, dim);
            }
        }
        if (!selected.isEmpty())
            add(selected.start, selected.end, highlight);
        painter.setPen(wholeDim ? dim.foreground().color() : pal.color(QPalette::Text));
        m_layout->layout(paragraph)->draw(&painter, lines[i].origin, formats, clip);
        while (i < lines.size() && lines[i].paragraph == paragraph)
            ++i;
    }
}

void ArticleView::paintMarks(SpanPainter &spanPainter, const std::vector<DrawnSpan> &drawn) const
{
    // Over the text: bars, outlines, underlines.
    for (const DrawnSpan &item : drawn) {
        const ViewSpan &span = m_spans->span(item.index);
        const int row = std::min(m_spans->row(item.index), m_layout->rows() - 1);
        if (item.rejected) {
            spanPainter.drawRejected(span, item.parts, row);
            continue;
        }
        switch (item.style) {
        case ViewSpan::Style::Block:
        case ViewSpan::Style::DimBlock:
        case ViewSpan::Style::Heading:
            spanPainter.drawBlockBar(span, item.parts, true);
            break;
        case ViewSpan::Style::Box:
            spanPainter.drawBox(span, item.parts);
            break;
        case ViewSpan::Style::Underline:
            spanPainter.drawUnderline(span, item.parts, row);
            break;
        case ViewSpan::Style::Tint:
        case ViewSpan::Style::Auto:
            break;
        }
    }
}

void ArticleView::paintFocus(SpanPainter &spanPainter, const std::vector<VisibleLine> &lines) const
{
    if (m_hoveredSpan != 0 && m_hoveredSpan != m_selectedSpan && m_dragHandle == Handle::None) {
        const int index = m_spans->indexOf(m_hoveredSpan);
        if (index >= 0) {
            const ViewSpan &span = m_spans->span(index);
            const QList<SpanFragment> parts = fragments(span.start, span.end, lines, false);
            spanPainter.drawHover(span, m_spans->style(index), parts);
            if (!parts.isEmpty() && parts.first().first && !isBlockStyle(m_spans->style(index)))
                spanPainter.drawTag(parts.first().text.topLeft() + QPointF(0, -2), span.label,
                                    SpanPainter::ink(span.color, palette()));
        }
    }
    const int selectedIndex = m_spans->indexOf(m_selectedSpan);
    if (selectedIndex < 0)
        return;
    const ViewSpan &span = m_spans->span(selectedIndex);
    const ViewRange range = m_dragHandle != Handle::None ? m_dragPreview : ViewRange{span.start, span.end};
    const ViewSpan::Style style = m_spans->style(selectedIndex);
    const QList<SpanFragment> parts = fragments(range.start, range.end, lines, isBlockStyle(style));
    spanPainter.drawSelected(span, style, parts);
    QList<SpanFragment> textParts;
    for (const SpanFragment &part : parts) {
        if (part.text.width() > 0)
            textParts.append(part);
    }
    if (!textParts.isEmpty()) {
        textParts.first().first = parts.first().first;
        textParts.last().last = parts.last().last;
    }
    spanPainter.drawHandles(span, textParts);
}

} // namespace Copydesk
