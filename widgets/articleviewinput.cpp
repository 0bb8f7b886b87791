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

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace ArticleViewText;

namespace {

constexpr int AutoScrollIntervalMs = 30;

bool isLabelKey(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = event->text();
    return text.size() == 1 && text[0].isLetterOrNumber();
}

} // namespace

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
