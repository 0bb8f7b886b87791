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
#include "articleviewtext.h"
#include "spanpainter.h"

using namespace Qt::StringLiterals;
namespace Copydesk {

using namespace ArticleViewText;

namespace {

// Article text reads better a little larger than the interface around it.
constexpr qreal ReadingScale = 1.15;
constexpr qreal ZoomFactor = 1.1;
constexpr int MinimumZoom = -6;
constexpr int MaximumZoom = 14;
constexpr int MeasureSliceMs = 6;

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


} // namespace Copydesk
