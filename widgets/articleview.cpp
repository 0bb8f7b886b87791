#include "articleview.h"

#include <algorithm>
#include <cmath>

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyleHints>
#include <QTextLayout>
#include <QToolTip>
#include <QWheelEvent>

#include "articleviewaccessible.h"
#include "articleviewlayout.h"
#include "articleviewspans.h"
#include "spanpainter.h"
#include "textclass.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Article text reads better a little larger than the interface around it.
constexpr qreal ReadingScale = 1.15;
constexpr qreal ZoomFactor = 1.1;
constexpr int MinimumZoom = -6;
constexpr int MaximumZoom = 14;
constexpr int MeasureSliceMs = 6;
constexpr int AutoScrollIntervalMs = 30;

bool isBlockStyle(ViewSpan::Style style)
{
    return style == ViewSpan::Style::Block || style == ViewSpan::Style::DimBlock || style == ViewSpan::Style::Heading;
}

qsizetype unitsOf(char32_t codePoint)
{
    return QChar::requiresSurrogates(codePoint) ? 2 : 1;
}

bool isLabelKey(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = event->text();
    return text.size() == 1 && text[0].isLetterOrNumber();
}

QString statusName(ViewSpan::Status status)
{
    switch (status) {
    case ViewSpan::Status::Suggested:
        return ArticleView::tr("suggested");
    case ViewSpan::Status::Accepted:
        return ArticleView::tr("accepted");
    case ViewSpan::Status::Rejected:
        return ArticleView::tr("rejected");
    case ViewSpan::Status::Manual:
        return ArticleView::tr("manual");
    }
    return QString();
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_layout(std::make_unique<ArticleViewLayout>())
    , m_spans(std::make_unique<ArticleViewSpans>())
{
    ArticleViewAccessible::install();
    setAccessibleName(tr("Article text"));
    setAccessibleDescription(tr("The article being annotated. Select text and press a label's key to "
                                "annotate it; click an annotation to select it."));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_basePointSize = font().pointSizeF();
    m_layout->setViewportWidth(viewport()->width());
    applyZoom();
    setTopY(0);
}

ArticleView::~ArticleView() = default;

// --- Content ---------------------------------------------------------------------------------

void ArticleView::setText(const QString &text)
{
    const bool hadSelection = !m_lastSelection.isEmpty();
    m_layout->setText(text);
    m_spans->setSpans({}, text);
    m_links.clear();
    m_selectedSpan = 0;
    m_hoveredSpan = 0;
    m_cursor = m_anchor = 0;
    m_lastSelection = {};
    m_preferredX = -1;
    m_dragHandle = Handle::None;
    m_selecting = false;
    updateFormats();
    updateRows();
    setTopY(0);
    syncScrollBar();
    startMeasuring();
    viewport()->update();
    if (hadSelection)
        emit selectionChanged();
}

const QString &ArticleView::text() const
{
    return m_layout->text();
}

void ArticleView::setSpans(const QList<ViewSpan> &spans)
{
    m_spans->setSpans(spans, m_layout->text());
    if (m_selectedSpan != 0 && m_spans->indexOf(m_selectedSpan) < 0) {
        m_selectedSpan = 0;
        emit selectedSpanChanged(0);
    }
    if (m_hoveredSpan != 0 && m_spans->indexOf(m_hoveredSpan) < 0) {
        m_hoveredSpan = 0;
        emit hoveredSpanChanged(0);
    }
    m_dragHandle = Handle::None;
    updateFormats();
    updateRows();
    viewport()->update();
}

const QList<ViewSpan> &ArticleView::spans() const
{
    return m_spans->spans();
}

const ViewSpan *ArticleView::span(qint64 id) const
{
    const int index = m_spans->indexOf(id);
    return index < 0 ? nullptr : &m_spans->span(index);
}

void ArticleView::setLinks(const QList<ViewLink> &links)
{
    m_links = links;
    viewport()->update();
}

QList<ViewSpan> ArticleView::spansAt(qsizetype position) const
{
    QList<ViewSpan> result;
    for (int index : m_spans->at(position))
        result.append(m_spans->span(index));
    return result;
}

QString ArticleView::tooltipAt(qsizetype position) const
{
    if (position < 0)
        return QString();
    QStringList parts;
    for (const ViewSpan &span : spansAt(position)) {
        QString part = span.tooltip.isEmpty() ? defaultTooltip(span) : span.tooltip;
        // Name the relation when the span is the far end of one of the selected span's links.
        for (const ViewLink &link : m_links) {
            if (!link.label.isEmpty() && span.id != m_selectedSpan
                && ((link.from == m_selectedSpan && link.to == span.id)
                    || (link.to == m_selectedSpan && link.from == span.id)))
                part += tr("<br/><i>%1 of the selected span</i>").arg(link.label.toHtmlEscaped());
        }
        parts.append(part);
    }
    return parts.join(u"<hr/>"_s);
}

QString ArticleView::defaultTooltip(const ViewSpan &span) const
{
    return tr("<b>%1</b> (%2)").arg(span.label.toHtmlEscaped(), statusName(span.status));
}

// --- What is shown ---------------------------------------------------------------------------

void ArticleView::setLayerVisible(const QString &layer, bool visible)
{
    ArticleViewSpans::Filter filter = m_spans->filter();
    if (visible)
        filter.hiddenLayers.remove(layer);
    else
        filter.hiddenLayers.insert(layer);
    if (filter == m_spans->filter())
        return;
    m_spans->setFilter(filter);
    updateFormats();
    updateRows();
    viewport()->update();
}

bool ArticleView::isLayerVisible(const QString &layer) const
{
    return !m_spans->filter().hiddenLayers.contains(layer);
}

void ArticleView::setShowSuggestions(bool show)
{
    ArticleViewSpans::Filter filter = m_spans->filter();
    if (filter.showSuggestions == show)
        return;
    filter.showSuggestions = show;
    m_spans->setFilter(filter);
    updateFormats();
    updateRows();
    viewport()->update();
}

bool ArticleView::showSuggestions() const
{
    return m_spans->filter().showSuggestions;
}

void ArticleView::setShowRejected(bool show)
{
    ArticleViewSpans::Filter filter = m_spans->filter();
    if (filter.showRejected == show)
        return;
    filter.showRejected = show;
    m_spans->setFilter(filter);
    updateFormats();
    updateRows();
    viewport()->update();
}

bool ArticleView::showRejected() const
{
    return m_spans->filter().showRejected;
}

void ArticleView::updateFormats()
{
    // Headlines are set bold and larger: the page then reads like an article, not a text file.
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    const QFont &font = m_layout->font();
    if (font.pointSizeF() > 0)
        heading.setFontPointSize(font.pointSizeF() * 1.22);
    for (int index = 0; index < m_spans->count(); ++index) {
        if (!m_spans->isVisible(index) || m_spans->style(index) != ViewSpan::Style::Heading)
            continue;
        const ViewSpan &span = m_spans->span(index);
        if (span.status == ViewSpan::Status::Rejected || span.length() <= 0)
            continue;
        formats.append({int(span.start), int(span.length()), heading});
    }
    std::sort(formats.begin(), formats.end(), [](const QTextLayout::FormatRange &a, const QTextLayout::FormatRange &b) {
        return a.start < b.start;
    });
    const qreal before = m_layout->height();
    m_layout->setFormats(formats);
    if (m_layout->height() != before) {
        scheduleSync();
        startMeasuring();
    }
}

void ArticleView::updateRows()
{
    if (m_spans->rowCount() == m_layout->rows() || std::min(m_spans->rowCount(), 4) == m_layout->rows())
        return;
    m_layout->setRows(m_spans->rowCount());
    relayout();
}

// --- Selected span ---------------------------------------------------------------------------

void ArticleView::setSelectedSpan(qint64 id)
{
    if (id != 0 && m_spans->indexOf(id) < 0)
        id = 0;
    if (id == m_selectedSpan)
        return;
    m_selectedSpan = id;
    m_dragHandle = Handle::None;
    viewport()->update();
    emit selectedSpanChanged(id);
}

void ArticleView::scrollToSpan(qint64 id)
{
    if (const ViewSpan *found = span(id))
        scrollToPosition(found->start);
}

void ArticleView::scrollToPosition(qsizetype position)
{
    position = std::clamp<qsizetype>(position, 0, text().size());
    qreal paragraphTop = 0;
    const QTextLine line = lineFor(position, &paragraphTop);
    if (!line.isValid())
        return;
    const auto &m = m_layout->metrics();
    const qreal top = paragraphTop + line.y() - m.topPadding;
    const qreal bottom = paragraphTop + line.y() + line.height() + m.rowsHeight;
    const qreal height = viewport()->height();
    if (top >= 0 && bottom <= height)
        return;
    // Leave a third of the page above for context. The first jump uses estimated heights for
    // the paragraphs on the way; lay those out and correct once, so the target does not shift
    // when they are painted.
    setTopY(topY() + top - height / 3);
    (void)visibleLines();
    const QTextLine settled = lineFor(position, &paragraphTop);
    setTopY(topY() + paragraphTop + settled.y() - m.topPadding - height / 3);
    syncScrollBar();
    viewport()->update();
}

// --- Text selection --------------------------------------------------------------------------

ViewRange ArticleView::selection() const
{
    ViewRange range{std::min(m_cursor, m_anchor), std::max(m_cursor, m_anchor)};
    range.start = snapOutOfPair(range.start, -1);
    range.end = snapOutOfPair(range.end, 1);
    return range;
}

void ArticleView::setSelection(qsizetype start, qsizetype end)
{
    const qsizetype size = text().size();
    start = snapOutOfPair(std::clamp<qsizetype>(start, 0, size), -1);
    end = snapOutOfPair(std::clamp<qsizetype>(end, 0, size), 1);
    if (end < start)
        std::swap(start, end);
    setCaret(end, start);
    m_preferredX = -1;
    emitSelectionIfChanged();
}

void ArticleView::clearSelection()
{
    setCaret(m_cursor, m_cursor);
    emitSelectionIfChanged();
}

void ArticleView::setCursorPosition(qsizetype position)
{
    position = snapOutOfPair(std::clamp<qsizetype>(position, 0, text().size()), -1);
    setCaret(position, position);
    m_preferredX = -1;
    emitSelectionIfChanged();
}

void ArticleView::selectAll()
{
    setCaret(text().size(), 0);
    emitSelectionIfChanged();
}

void ArticleView::copy()
{
    const ViewRange range = selection();
    if (range.isEmpty())
        return;
    // The exact characters: QTextDocument-based copies turn NBSP and U+2028 into other ones.
    QGuiApplication::clipboard()->setText(text().mid(range.start, range.length()));
}

ViewRange ArticleView::snappedToWords(ViewRange range) const
{
    const QString &t = text();
    range.start = snapOutOfPair(std::clamp<qsizetype>(range.start, 0, t.size()), -1);
    range.end = snapOutOfPair(std::clamp<qsizetype>(range.end, range.start, t.size()), 1);
    // Drop the white space a sweeping mouse picks up at either end.
    while (range.start < range.end && t[range.start].isSpace())
        ++range.start;
    while (range.end > range.start && t[range.end - 1].isSpace())
        --range.end;
    if (range.isEmpty())
        return {range.start, range.start};
    // Grow a cut word to the whole word.
    while (range.start > 0 && isWordCodePoint(codePointAt(t, range.start))
           && isWordCodePoint(codePointBefore(t, range.start)))
        range.start -= unitsOf(codePointBefore(t, range.start));
    while (range.end < t.size() && isWordCodePoint(codePointBefore(t, range.end))
           && isWordCodePoint(codePointAt(t, range.end)))
        range.end += unitsOf(codePointAt(t, range.end));
    return range;
}

qsizetype ArticleView::snapOutOfPair(qsizetype position, int direction) const
{
    const QString &t = text();
    if (position > 0 && position < t.size() && t[position - 1].isHighSurrogate() && t[position].isLowSurrogate())
        return direction < 0 ? position - 1 : position + 1;
    return position;
}

ViewRange ArticleView::wordAt(qsizetype position) const
{
    const QString &t = text();
    if (t.isEmpty())
        return {};
    position = snapOutOfPair(std::clamp<qsizetype>(position, 0, t.size()), -1);
    if (position < t.size() && isWordCodePoint(codePointAt(t, position)))
        return snappedToWords({position, position + unitsOf(codePointAt(t, position))});
    if (position > 0 && isWordCodePoint(codePointBefore(t, position)))
        return snappedToWords({position - unitsOf(codePointBefore(t, position)), position});
    if (position < t.size())
        return {position, position + unitsOf(codePointAt(t, position))};
    return {position, position};
}

void ArticleView::setCaret(qsizetype position, qsizetype anchor)
{
    const bool moved = position != m_cursor;
    m_cursor = position;
    m_anchor = anchor;
    m_caretVisible = true;
    if (hasFocus())
        startBlinking();
    if (moved && QAccessible::isActive()) {
        QAccessibleTextCursorEvent event(this, int(m_cursor));
        QAccessible::updateAccessibility(&event);
    }
    viewport()->update();
}

void ArticleView::emitSelectionIfChanged()
{
    const ViewRange range = selection();
    if (range == m_lastSelection)
        return;
    m_lastSelection = range;
    if (QAccessible::isActive()) {
        QAccessibleTextSelectionEvent event(this, int(range.start), int(range.end));
        event.setCursorPosition(int(m_cursor));
        QAccessible::updateAccessibility(&event);
    }
    emit selectionChanged();
}

// --- Zoom ------------------------------------------------------------------------------------

void ArticleView::zoomIn()
{
    if (m_zoomSteps >= MaximumZoom)
        return;
    ++m_zoomSteps;
    applyZoom();
    emit zoomChanged(m_zoomSteps);
}

void ArticleView::zoomOut()
{
    if (m_zoomSteps <= MinimumZoom)
        return;
    --m_zoomSteps;
    applyZoom();
    emit zoomChanged(m_zoomSteps);
}

void ArticleView::resetZoom()
{
    if (m_zoomSteps == 0)
        return;
    m_zoomSteps = 0;
    applyZoom();
    emit zoomChanged(m_zoomSteps);
}

void ArticleView::applyZoom()
{
    QFont reading = font();
    const qreal scale = ReadingScale * std::pow(ZoomFactor, m_zoomSteps);
    if (m_basePointSize > 0)
        reading.setPointSizeF(m_basePointSize * scale);
    else if (font().pixelSize() > 0)
        reading.setPixelSize(std::max(4, int(std::lround(font().pixelSize() * scale))));
    // Any letter spacing turns ligatures off (for scripts that do not need them): with "fi" as
    // one glyph, the i could not be pointed at, and an annotation boundary may fall between.
    reading.setLetterSpacing(QFont::PercentageSpacing, 100.01);
    // Keep the same place in the top paragraph.
    const qreal oldHeight = m_layout->paragraphHeight(m_topParagraph);
    const qreal fraction = oldHeight > 0 ? m_topOffset / oldHeight : 0;
    m_layout->setFont(reading);
    updateFormats();
    m_layout->layout(m_topParagraph);
    m_topOffset = m_topParagraph == 0 && m_topOffset < 0 ? -m_layout->metrics().topMargin
                                                         : fraction * m_layout->paragraphHeight(m_topParagraph);
    syncScrollBar();
    startMeasuring();
    viewport()->update();
}

// --- Scrolling -------------------------------------------------------------------------------

qreal ArticleView::topY() const
{
    return m_layout->paragraphTop(m_topParagraph) + m_topOffset;
}

void ArticleView::setTopY(qreal y)
{
    y = std::max<qreal>(0, y);
    m_topParagraph = m_layout->paragraphAtY(y);
    m_topOffset = y - m_layout->paragraphTop(m_topParagraph);
    normaliseTop();
}

void ArticleView::normaliseTop()
{
    const int count = m_layout->paragraphCount();
    while (m_topParagraph + 1 < count && m_topOffset >= m_layout->paragraphHeight(m_topParagraph)) {
        m_topOffset -= m_layout->paragraphHeight(m_topParagraph);
        ++m_topParagraph;
    }
    while (m_topParagraph > 0 && m_topOffset < 0) {
        --m_topParagraph;
        m_topOffset += m_layout->paragraphHeight(m_topParagraph);
    }
    m_topOffset = std::max(m_topOffset, -m_layout->metrics().topMargin);
}

void ArticleView::syncScrollBar()
{
    m_syncPending = false;
    const QScopedValueRollback<bool> guard(m_syncingScrollBar, true);
    QScrollBar *bar = verticalScrollBar();
    const int height = viewport()->height();
    const int maximum = std::max(0, int(std::ceil(m_layout->height())) - height);
    bar->setRange(0, maximum);
    bar->setPageStep(height);
    bar->setSingleStep(std::max(1, int(std::lround(m_layout->metrics().pitch))));
    if (topY() > maximum)
        setTopY(maximum);
    bar->setValue(int(std::lround(topY())));
}

void ArticleView::scheduleSync()
{
    if (m_syncPending)
        return;
    m_syncPending = true;
    // Never from inside a paint event: changing the scroll bar's range can resize the viewport.
    QMetaObject::invokeMethod(this, [this] { if (m_syncPending) syncScrollBar(); }, Qt::QueuedConnection);
}

void ArticleView::scrollContentsBy(int, int)
{
    if (m_syncingScrollBar)
        return;
    setTopY(verticalScrollBar()->value());
    viewport()->update();
}

bool ArticleView::isLayoutSettled() const
{
    return m_layout->isFullyMeasured();
}

void ArticleView::startMeasuring()
{
    if (!m_layout->isFullyMeasured())
        m_measureTimer.start(0, this);
}

void ArticleView::relayout()
{
    normaliseTop();
    syncScrollBar();
    startMeasuring();
    viewport()->update();
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const qreal oldHeight = m_layout->paragraphHeight(m_topParagraph);
    const qreal fraction = oldHeight > 0 && m_topOffset > 0 ? m_topOffset / oldHeight : 0;
    const qreal before = m_layout->metrics().columnWidth;
    m_layout->setViewportWidth(viewport()->width());
    if (m_layout->metrics().columnWidth != before) {
        m_layout->layout(m_topParagraph);
        if (m_topOffset > 0)
            m_topOffset = fraction * m_layout->paragraphHeight(m_topParagraph);
    }
    relayout();
}

void ArticleView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_basePointSize = font().pointSizeF();
        applyZoom();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        viewport()->update();
    }
}

void ArticleView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_measureTimer.timerId()) {
        if (!m_layout->measureMore(MeasureSliceMs))
            m_measureTimer.stop();
        syncScrollBar();
    } else if (event->timerId() == m_blinkTimer.timerId()) {
        m_caretVisible = !m_caretVisible;
        const QRectF caret = caretRect();
        viewport()->update(caret.toAlignedRect().adjusted(-2, -2, 2, 2));
    } else if (event->timerId() == m_autoScrollTimer.timerId()) {
        const int height = viewport()->height();
        const int y = m_lastMousePoint.y();
        const int distance = y < 0 ? y : (y > height ? y - height : 0);
        if (distance == 0 || (!m_selecting && m_dragHandle == Handle::None)) {
            m_autoScrollTimer.stop();
            return;
        }
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + std::clamp(distance, -60, 60));
        if (m_dragHandle != Handle::None) {
            const qsizetype target = handleTarget(m_dragHandle, m_lastMousePoint, false);
            if (m_dragHandle == Handle::Start && target < m_dragPreview.end)
                m_dragPreview.start = target;
            else if (m_dragHandle == Handle::End && target > m_dragPreview.start)
                m_dragPreview.end = target;
            viewport()->update();
        } else {
            mouseSelectTo(m_lastMousePoint);
        }
    } else if (event->timerId() == m_tripleClickTimer.timerId()) {
        m_tripleClickTimer.stop();
    } else {
        QAbstractScrollArea::timerEvent(event);
    }
}

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
    const auto &m = m_layout->metrics();
    const QString &t = text();

    struct Drawn
    {
        int index;
        ViewSpan::Style style;
        bool rejected;
        QList<SpanFragment> parts;
    };
    std::vector<Drawn> drawn;
    std::vector<int> indexes;
    if (!lines.empty()) {
        const qsizetype from = lines.front().start;
        const qsizetype to = std::min<qsizetype>(t.size(), lines.back().end) + 1;
        m_spans->query(from, to, &indexes);
        drawn.reserve(indexes.size());
        for (int index : indexes) {
            const ViewSpan &span = m_spans->span(index);
            const ViewSpan::Style style = m_spans->style(index);
            QList<SpanFragment> parts = fragments(span.start, span.end, lines, isBlockStyle(style));
            if (!parts.isEmpty())
                drawn.push_back({index, style, span.status == ViewSpan::Status::Rejected, std::move(parts)});
        }
    }

    SpanPainter spanPainter(&painter, pal, m, m_layout->font());

    // The selected span's links: the far ends get outlined, arcs join the nearest pieces.
    struct Linked
    {
        int index;
        QList<SpanFragment> parts;
    };
    struct Arc
    {
        QPointF from;
        QPointF to;
        QColor color;
    };
    std::vector<Linked> linked;
    std::vector<Arc> arcs;
    if (!lines.empty() && m_selectedSpan != 0) {
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
                linked.push_back({toIndex, toParts});
            else
                linked.push_back({fromIndex, fromParts});
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
                    ? std::max(nearest->text.left() + 4, nearest->text.right() - m.lineHeight)
                    : std::min(nearest->text.right() - 4, nearest->text.left() + m.lineHeight);
            }
            arcs.push_back({QPointF(fromX, nearest->text.top() - 1),
                            QPointF(target.text.center().x(), target.text.top() - 2), toSpan.color});
        }
    }

    // Behind the text: furniture cards, then quote tints.
    for (const Drawn &item : drawn) {
        if (!item.rejected && isBlockStyle(item.style))
            spanPainter.drawBlockTint(m_spans->span(item.index), item.parts);
    }
    for (const Drawn &item : drawn) {
        if (!item.rejected && item.style == ViewSpan::Style::Tint)
            spanPainter.drawTint(m_spans->span(item.index), item.parts);
    }

    for (const Arc &arc : arcs)
        spanPainter.drawLinkCurve(arc.from, arc.to, arc.color);

    // The text, paragraph by paragraph, with dimmed furniture and the selection as formats.
    const ViewRange selected = selection();
    QTextCharFormat dim;
    dim.setForeground(SpanPainter::dimmedText(pal));
    QTextCharFormat highlight;
    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
    highlight.setBackground(pal.brush(group, QPalette::Highlight));
    highlight.setForeground(pal.brush(group, QPalette::HighlightedText));
    const QRectF clip = event->rect();
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
        for (const Drawn &item : drawn) {
            if (!item.rejected && item.style == ViewSpan::Style::DimBlock) {
                const ViewSpan &span = m_spans->span(item.index);
                wholeDim = wholeDim || (span.start <= start && span.end >= end);
            }
        }
        for (const Drawn &item : drawn) {
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

    // Over the text: bars, outlines, underlines.
    for (const Drawn &item : drawn) {
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

    // The other ends of the selected span's links, outlined.
    for (const Linked &item : linked)
        spanPainter.drawLinkedOutline(m_spans->span(item.index), m_spans->style(item.index), item.parts);
    if (m_hoveredSpan != 0 && m_hoveredSpan != m_selectedSpan && m_dragHandle == Handle::None) {
        const int index = m_spans->indexOf(m_hoveredSpan);
        if (index >= 0) {
            const ViewSpan &span = m_spans->span(index);
            const QList<SpanFragment> parts = fragments(span.start, span.end, lines, false);
            spanPainter.drawHover(span, m_spans->style(index), parts);
            if (!parts.isEmpty() && parts.first().first && !isBlockStyle(m_spans->style(index)))
                spanPainter.drawTag(parts.first().text.topLeft() + QPointF(0, -2), span.label,
                                    SpanPainter::ink(span.color, pal));
        }
    }
    if (const int selectedIndex = m_spans->indexOf(m_selectedSpan); selectedIndex >= 0) {
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
    for (const Arc &arc : arcs)
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

// --- Events ----------------------------------------------------------------------------------

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys the view handles itself must reach it even when the window has shortcuts on them.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool label = isLabelKey(key) && hasSelection();
        const bool escape = key->key() == Qt::Key_Escape && (hasSelection() || m_selectedSpan != 0);
        if (label || escape || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString tip;
        const Handle handle = handleAt(help->pos());
        if (handle != Handle::None) {
            tip = handle == Handle::Start ? tr("Drag to move the start; hold Alt to move by characters")
                                          : tr("Drag to move the end; hold Alt to move by characters");
        } else {
            tip = tooltipAt(characterAt(help->pos()));
        }
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    struct Binding
    {
        QKeySequence::StandardKey key;
        Move move;
        bool select;
    };
    static const Binding bindings[] = {
        {QKeySequence::MoveToNextChar, Move::Right, false},
        {QKeySequence::MoveToPreviousChar, Move::Left, false},
        {QKeySequence::SelectNextChar, Move::Right, true},
        {QKeySequence::SelectPreviousChar, Move::Left, true},
        {QKeySequence::MoveToNextWord, Move::WordRight, false},
        {QKeySequence::MoveToPreviousWord, Move::WordLeft, false},
        {QKeySequence::SelectNextWord, Move::WordRight, true},
        {QKeySequence::SelectPreviousWord, Move::WordLeft, true},
        {QKeySequence::MoveToNextLine, Move::Down, false},
        {QKeySequence::MoveToPreviousLine, Move::Up, false},
        {QKeySequence::SelectNextLine, Move::Down, true},
        {QKeySequence::SelectPreviousLine, Move::Up, true},
        {QKeySequence::MoveToStartOfLine, Move::LineStart, false},
        {QKeySequence::MoveToEndOfLine, Move::LineEnd, false},
        {QKeySequence::SelectStartOfLine, Move::LineStart, true},
        {QKeySequence::SelectEndOfLine, Move::LineEnd, true},
        {QKeySequence::MoveToStartOfBlock, Move::LineStart, false},
        {QKeySequence::MoveToEndOfBlock, Move::LineEnd, false},
        {QKeySequence::MoveToStartOfDocument, Move::DocumentStart, false},
        {QKeySequence::MoveToEndOfDocument, Move::DocumentEnd, false},
        {QKeySequence::SelectStartOfDocument, Move::DocumentStart, true},
        {QKeySequence::SelectEndOfDocument, Move::DocumentEnd, true},
        {QKeySequence::MoveToNextPage, Move::PageDown, false},
        {QKeySequence::MoveToPreviousPage, Move::PageUp, false},
        {QKeySequence::SelectNextPage, Move::PageDown, true},
        {QKeySequence::SelectPreviousPage, Move::PageUp, true},
    };
    for (const Binding &binding : bindings) {
        if (event->matches(binding.key)) {
            moveCursor(binding.move, binding.select);
            event->accept();
            return;
        }
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::ZoomIn)
               || (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
    } else if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_0) {
        resetZoom();
    } else if (event->key() == Qt::Key_Escape && hasSelection()) {
        clearSelection();
    } else if (event->key() == Qt::Key_Escape && m_selectedSpan != 0) {
        setSelectedSpan(0);
    } else if (isLabelKey(event) && hasSelection()) {
        const ViewRange range = selection();
        emit labelKeyPressed(event->text().toUpper(), range.start, range.end);
        clearSelection();
    } else {
        // Tab, letters without a selection and the rest belong to the window.
        event->ignore();
        return;
    }
    event->accept();
}

void ArticleView::moveCursor(Move move, bool keepAnchor)
{
    const QString &t = text();
    qsizetype position = m_cursor;
    bool vertical = false;
    // Without Shift, Left and Right collapse a selection to its edge, as editors do.
    const ViewRange range = selection();
    if (!keepAnchor && !range.isEmpty() && (move == Move::Left || move == Move::Right)) {
        position = move == Move::Left ? range.start : range.end;
    } else {
        switch (move) {
        case Move::Left:
            position = nextCharacter(m_cursor, -1);
            break;
        case Move::Right:
            position = nextCharacter(m_cursor, 1);
            break;
        case Move::WordLeft:
            position = nextWord(m_cursor, -1);
            break;
        case Move::WordRight:
            position = nextWord(m_cursor, 1);
            break;
        case Move::Up:
        case Move::Down: {
            vertical = true;
            const QRectF caret = caretRect();
            if (m_preferredX < 0)
                m_preferredX = caret.left();
            const qreal step = move == Move::Up ? -1 : 1;
            // Probe the middle of the next line box up or down.
            qreal y = caret.center().y();
            const qsizetype before = m_cursor;
            for (int attempt = 1; attempt <= 4 && position == before; ++attempt) {
                y += step * m_layout->metrics().pitch * 0.75;
                position = positionAt(QPoint(int(m_preferredX), int(std::lround(y))));
            }
            if (position == before)
                position = move == Move::Up ? 0 : t.size();
            break;
        }
        case Move::LineStart:
        case Move::LineEnd: {
            qreal paragraphTop = 0;
            const QTextLine line = lineFor(m_cursor, &paragraphTop);
            const qsizetype start = m_layout->paragraphStart(m_layout->paragraphAt(m_cursor));
            if (line.isValid()) {
                if (move == Move::LineStart) {
                    position = start + line.textStart();
                } else {
                    position = start + line.textStart() + line.textLength();
                    // Stay on this line: after a wrapped line's last space is the next line.
                    const bool wrapped = position < m_layout->paragraphEnd(m_layout->paragraphAt(m_cursor));
                    if (wrapped && position > start + line.textStart() && t[position - 1].isSpace())
                        --position;
                }
            }
            break;
        }
        case Move::DocumentStart:
            position = 0;
            break;
        case Move::DocumentEnd:
            position = t.size();
            break;
        case Move::PageUp:
        case Move::PageDown: {
            const QRectF caret = caretRect();
            const qreal page = std::max<qreal>(m_layout->metrics().pitch, viewport()->height() - m_layout->metrics().pitch);
            setTopY(topY() + (move == Move::PageUp ? -page : page));
            syncScrollBar();
            QRectF moved = caretRect();
            const qreal y = std::clamp<qreal>(caret.center().y(), 0, viewport()->height() - 1);
            position = positionAt(QPoint(int(caret.left()), int(y)));
            if (position == m_cursor)
                position = move == Move::PageUp ? 0 : t.size();
            (void)moved;
            break;
        }
        }
    }
    if (!vertical)
        m_preferredX = -1;
    position = snapOutOfPair(std::clamp<qsizetype>(position, 0, t.size()), -1);
    setCaret(position, keepAnchor ? m_anchor : position);
    ensureCursorVisible();
    emitSelectionIfChanged();
}

qsizetype ArticleView::nextCharacter(qsizetype position, int direction) const
{
    const int paragraph = m_layout->paragraphAt(position);
    const qsizetype start = m_layout->paragraphStart(paragraph);
    const qsizetype end = m_layout->paragraphEnd(paragraph);
    if (direction > 0) {
        if (position >= end)
            return std::min<qsizetype>(position + 1, text().size());
        return start + m_layout->layout(paragraph)->nextCursorPosition(int(position - start));
    }
    if (position <= start)
        return std::max<qsizetype>(position - 1, 0);
    return start + m_layout->layout(paragraph)->previousCursorPosition(int(position - start));
}

qsizetype ArticleView::nextWord(qsizetype position, int direction) const
{
    const int paragraph = m_layout->paragraphAt(position);
    const qsizetype start = m_layout->paragraphStart(paragraph);
    const qsizetype end = m_layout->paragraphEnd(paragraph);
    QTextLayout *layout = m_layout->layout(paragraph);
    if (direction > 0) {
        if (position >= end)
            return std::min<qsizetype>(position + 1, text().size());
        return start + layout->nextCursorPosition(int(position - start), QTextLayout::SkipWords);
    }
    if (position <= start)
        return std::max<qsizetype>(position - 1, 0);
    return start + layout->previousCursorPosition(int(position - start), QTextLayout::SkipWords);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    m_lastMousePoint = point;
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const Handle handle = handleAt(point);
    if (handle != Handle::None) {
        const ViewSpan *selected = span(m_selectedSpan);
        m_dragHandle = handle;
        m_dragPreview = {selected->start, selected->end};
        event->accept();
        return;
    }
    const qsizetype position = positionAt(point);
    m_pressPoint = point;
    m_pressPosition = position;
    m_selecting = true;
    m_dragStarted = false;
    m_wordSelecting = false;
    m_preferredX = -1;
    if (m_tripleClickTimer.isActive()
        && (point - m_tripleClickPoint).manhattanLength() < QApplication::startDragDistance()) {
        // Triple click: the whole paragraph.
        m_tripleClickTimer.stop();
        const int paragraph = m_layout->paragraphAt(position);
        setCaret(m_layout->paragraphEnd(paragraph), m_layout->paragraphStart(paragraph));
        m_selecting = false;
        emitSelectionIfChanged();
    } else if (event->modifiers() & Qt::ShiftModifier) {
        setCaret(position, m_anchor);
        m_dragStarted = true;
        emitSelectionIfChanged();
    } else {
        setCaret(position, position);
        emitSelectionIfChanged();
    }
    event->accept();
}

void ArticleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const QPoint point = event->position().toPoint();
    const qsizetype character = characterAt(point);
    const ViewRange word = wordAt(character >= 0 ? character : positionAt(point));
    m_wordAnchor = word;
    m_wordSelecting = true;
    m_selecting = true;
    m_dragStarted = true;
    setCaret(word.end, word.start);
    emitSelectionIfChanged();
    m_tripleClickPoint = point;
    m_tripleClickTimer.start(QGuiApplication::styleHints()->mouseDoubleClickInterval(), this);
    event->accept();
}

void ArticleView::mouseSelectTo(const QPoint &point)
{
    const qsizetype position = positionAt(point);
    if (m_wordSelecting) {
        const ViewRange word = wordAt(position);
        if (position < m_wordAnchor.start)
            setCaret(word.start, m_wordAnchor.end);
        else
            setCaret(std::max(word.end, m_wordAnchor.end), m_wordAnchor.start);
    } else {
        setCaret(position, m_anchor);
    }
    emitSelectionIfChanged();
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    m_lastMousePoint = point;
    const bool outside = point.y() < 0 || point.y() > viewport()->height();
    if (m_dragHandle != Handle::None) {
        const bool exact = event->modifiers() & Qt::AltModifier;
        const qsizetype target = handleTarget(m_dragHandle, point, exact);
        if (m_dragHandle == Handle::Start && target < m_dragPreview.end)
            m_dragPreview.start = target;
        else if (m_dragHandle == Handle::End && target > m_dragPreview.start)
            m_dragPreview.end = target;
        if (outside && !m_autoScrollTimer.isActive())
            m_autoScrollTimer.start(AutoScrollIntervalMs, this);
        viewport()->update();
        event->accept();
        return;
    }
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragStarted && (point - m_pressPoint).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragStarted = true;
        mouseSelectTo(point);
        if (outside && !m_autoScrollTimer.isActive())
            m_autoScrollTimer.start(AutoScrollIntervalMs, this);
        event->accept();
        return;
    }
    updateHover(point);
    viewport()->setCursor(handleAt(point) != Handle::None ? Qt::SizeHorCursor : Qt::IBeamCursor);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    m_autoScrollTimer.stop();
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    if (m_dragHandle != Handle::None) {
        const ViewSpan *selected = span(m_selectedSpan);
        const ViewRange preview = m_dragPreview;
        m_dragHandle = Handle::None;
        viewport()->update();
        if (selected && !preview.isEmpty() && preview != ViewRange{selected->start, selected->end})
            emit boundaryDragged(selected->id, preview.start, preview.end);
        event->accept();
        return;
    }
    if (!m_selecting) {
        event->accept();
        return;
    }
    m_selecting = false;
    const QPoint point = event->position().toPoint();
    if (!m_dragStarted && m_cursor == m_anchor) {
        selectSpanAt(characterAt(point));
    } else if (!m_wordSelecting && !(event->modifiers() & Qt::AltModifier) && m_cursor != m_anchor) {
        const ViewRange snapped = snappedToWords(selection());
        if (m_cursor >= m_anchor)
            setCaret(snapped.end, snapped.start);
        else
            setCaret(snapped.start, snapped.end);
        emitSelectionIfChanged();
    }
    if (hasSelection() && QGuiApplication::clipboard()->supportsSelection()) {
        const ViewRange range = selection();
        QGuiApplication::clipboard()->setText(text().mid(range.start, range.length()), QClipboard::Selection);
    }
    m_wordSelecting = false;
    event->accept();
}

void ArticleView::selectSpanAt(qsizetype position)
{
    const QList<int> under = position >= 0 ? m_spans->at(position) : QList<int>();
    if (under.isEmpty()) {
        setSelectedSpan(0);
        return;
    }
    // Clicking the selected span again selects the next one out: nested spans stay reachable.
    qint64 id = m_spans->span(under.first()).id;
    for (qsizetype i = 0; i < under.size(); ++i) {
        if (m_spans->span(under[i]).id == m_selectedSpan) {
            id = m_spans->span(under[(i + 1) % under.size()]).id;
            break;
        }
    }
    setSelectedSpan(id);
    emit spanClicked(id);
}

void ArticleView::updateHover(const QPoint &point)
{
    const qsizetype character = characterAt(point);
    const QList<int> under = character >= 0 ? m_spans->at(character) : QList<int>();
    const qint64 id = under.isEmpty() ? 0 : m_spans->span(under.first()).id;
    if (id == m_hoveredSpan)
        return;
    m_hoveredSpan = id;
    viewport()->update();
    emit hoveredSpanChanged(id);
}

void ArticleView::leaveEvent(QEvent *event)
{
    QAbstractScrollArea::leaveEvent(event);
    if (m_hoveredSpan != 0) {
        m_hoveredSpan = 0;
        viewport()->update();
        emit hoveredSpanChanged(0);
    }
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const QPoint point = byMouse ? event->pos() : caretRect().center().toPoint();
    const QPoint globalPos = byMouse ? event->globalPos() : viewport()->mapToGlobal(point);
    const ViewRange range = selection();
    const qsizetype character = byMouse ? characterAt(point) : -1;
    const bool selectionWanted
        = isSignalConnected(QMetaMethod::fromSignal(&ArticleView::contextMenuRequestedForSelection));
    const bool spanWanted = isSignalConnected(QMetaMethod::fromSignal(&ArticleView::contextMenuRequestedForSpan));
    const bool onSelection = !range.isEmpty() && (!byMouse || (character >= range.start && character < range.end));
    if (onSelection && selectionWanted) {
        emit contextMenuRequestedForSelection(globalPos, range.start, range.end);
        return;
    }
    const QList<int> under = character >= 0 ? m_spans->at(character) : QList<int>();
    if (!under.isEmpty() && spanWanted) {
        qint64 id = m_spans->span(under.first()).id;
        for (int index : under) {
            if (m_spans->span(index).id == m_selectedSpan)
                id = m_selectedSpan;
        }
        setSelectedSpan(id);
        emit contextMenuRequestedForSpan(globalPos, id);
        return;
    }
    if (!range.isEmpty() && selectionWanted) {
        emit contextMenuRequestedForSelection(globalPos, range.start, range.end);
        return;
    }
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &ArticleView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(!range.isEmpty());
    QAction *selectAllAction = menu.addAction(tr("Select &All"), this, &ArticleView::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    menu.exec(globalPos);
}

void ArticleView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    m_caretVisible = true;
    startBlinking();
    viewport()->update();
}

void ArticleView::startBlinking()
{
    // A flash time of 0 means a steady caret (an accessibility setting on some desktops).
    const int flashTime = QGuiApplication::styleHints()->cursorFlashTime();
    if (flashTime > 0)
        m_blinkTimer.start(flashTime / 2, this);
    else
        m_blinkTimer.stop();
}

void ArticleView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_blinkTimer.stop();
    viewport()->update();
}

} // namespace Copydesk
