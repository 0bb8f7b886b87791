#pragma once

#include <memory>
#include <vector>

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QList>
#include <QPoint>
#include <QString>
#include <QTextLine>

class QPainter;

#include "viewspan.h"

namespace Copydesk {

class ArticleViewLayout;
class ArticleViewSpans;
class SpanPainter;
struct SpanFragment;

// The centre of the annotation window: shows an article's text exactly as stored (every
// character, including NBSP, U+2028 and tabs, at its own UTF-16 index) with its annotations
// drawn over it, and lets a person select text by mouse or keyboard to annotate it.
//
// The view holds plain data (ViewSpan, ViewLink) and reports what the person did through
// signals; it never edits anything. Positions are UTF-16 indexes into text(), end exclusive.
//
// Selecting with the mouse snaps the selection out to whole words when the button is released,
// unless Alt is held; keyboard selection (Shift+arrows, Ctrl+Shift+arrows) is exact. Clicking a
// span selects the innermost span under the pointer; clicking it again selects the next span
// out, so every one of a stack of nested spans can be reached.
class ArticleView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;
    Q_DISABLE_COPY_MOVE(ArticleView)

    // Replaces the text; clears spans, links, selections and scrolls to the top.
    void setText(const QString &text);
    const QString &text() const;

    // Replaces the spans; keeps the scroll position, the text selection and the selected span
    // (cleared if its id is gone).
    void setSpans(const QList<ViewSpan> &spans);
    const QList<ViewSpan> &spans() const;
    const ViewSpan *span(qint64 id) const;
    // Links are drawn while one of their ends is the selected span.
    void setLinks(const QList<ViewLink> &links);
    const QList<ViewLink> &links() const { return m_links; }
    // The shown spans that cover the character at position, innermost first.
    QList<ViewSpan> spansAt(qsizetype position) const;
    // Tooltip text (rich text) for the character at position: the tooltips of spansAt().
    QString tooltipAt(qsizetype position) const;

    void setLayerVisible(const QString &layer, bool visible);
    bool isLayerVisible(const QString &layer) const;
    void setShowSuggestions(bool show);
    bool showSuggestions() const;
    void setShowRejected(bool show);
    bool showRejected() const;

    // The selected span is always drawn, whatever the filters say.
    void setSelectedSpan(qint64 id);
    qint64 selectedSpan() const { return m_selectedSpan; }
    qint64 hoveredSpan() const { return m_hoveredSpan; }
    void scrollToSpan(qint64 id);
    void scrollToPosition(qsizetype position);

    // The text selection, never splitting a surrogate pair; empty when nothing is selected.
    ViewRange selection() const;
    bool hasSelection() const { return !selection().isEmpty(); }
    void setSelection(qsizetype start, qsizetype end);
    void clearSelection();
    qsizetype cursorPosition() const { return m_cursor; }
    void setCursorPosition(qsizetype position);
    // The word-snapped form of range (what a mouse selection becomes on release).
    ViewRange snappedToWords(ViewRange range) const;

    int zoomSteps() const { return m_zoomSteps; }
    // Paragraphs never shown have estimated heights until a background pass measures them;
    // until then the scroll bar's range may still change (the text on screen never moves).
    bool isLayoutSettled() const;

    // Geometry, in viewport coordinates, for tests and for the window's overlays.
    // The character under point, or -1 when point is not over text.
    qsizetype characterAt(const QPoint &point) const;
    // The caret position nearest to point.
    qsizetype positionAt(const QPoint &point) const;
    // The rectangle of the character at position (laid out on demand).
    QRect characterRect(qsizetype position) const;
    // Where the selected span's drag handles are, if they are on screen.
    QList<QPointF> handlePositions() const;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void copy();
    void selectAll();

signals:
    void spanClicked(qint64 id);
    void selectedSpanChanged(qint64 id);
    void hoveredSpanChanged(qint64 id);
    void selectionChanged();
    // A single letter or digit key pressed (without Ctrl, Alt or Meta) while text is selected;
    // key is upper case. The selection is cleared afterwards.
    void labelKeyPressed(const QString &key, qsizetype start, qsizetype end);
    // The context menu was asked for over or with a text selection. When nothing is connected
    // the view shows its own menu (Copy, Select All).
    void contextMenuRequestedForSelection(const QPoint &globalPos, qsizetype start, qsizetype end);
    // The context menu was asked for over a span (which becomes the selected span).
    void contextMenuRequestedForSpan(const QPoint &globalPos, qint64 id);
    // The person dragged a handle of the selected span; the view does not move it itself.
    void boundaryDragged(qint64 id, qsizetype newStart, qsizetype newEnd);
    void zoomChanged(int steps);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    // A line on screen, from the last layout pass.
    struct VisibleLine
    {
        int paragraph = 0;
        QTextLine line;
        QPointF origin;          // the paragraph's top left, viewport coordinates
        qsizetype start = 0;     // text positions of the line's characters
        qsizetype end = 0;
        qsizetype trimmedEnd = 0; // end less trailing white space
        qreal boxTop = 0;        // the line box, tiling the paragraph (the last line's box
        qreal boxBottom = 0;     // takes in the paragraph spacing)
        qreal lineBottom = 0;    // bottom of the line box without the paragraph spacing
    };
    enum class Handle { None, Start, End };
    enum class Move { Left, Right, WordLeft, WordRight, Up, Down, LineStart, LineEnd, DocumentStart,
                      DocumentEnd, PageUp, PageDown };

    // Scrolling: the view's top is m_topOffset pixels below the top of paragraph m_topParagraph,
    // so that paragraphs above changing from estimated to exact heights never move the text.
    qreal topY() const;
    void setTopY(qreal y);
    void normaliseTop();
    void syncScrollBar();
    void startMeasuring();
    void relayout();

    // Painting (articleviewpaint.cpp): the spans on screen, the selected span's links, then
    // layer by layer behind, in and over the text.
    struct DrawnSpan;
    struct LinkedSpan;
    struct LinkArc;
    std::vector<DrawnSpan> drawnSpans(const std::vector<VisibleLine> &lines) const;
    void collectLinks(const std::vector<VisibleLine> &lines, std::vector<LinkedSpan> *linked,
                      std::vector<LinkArc> *arcs) const;
    void paintText(QPainter &painter, const std::vector<VisibleLine> &lines, const std::vector<DrawnSpan> &drawn,
                   const QRectF &clip) const;
    void paintMarks(SpanPainter &painter, const std::vector<DrawnSpan> &drawn) const;
    void paintFocus(SpanPainter &painter, const std::vector<VisibleLine> &lines) const;

    std::vector<VisibleLine> visibleLines() const;
    QList<SpanFragment> fragments(qsizetype start, qsizetype end, const std::vector<VisibleLine> &lines,
                                  bool blankLines) const;
    // Locates position: its paragraph's layout, the line and the paragraph's top in viewport y.
    QTextLine lineFor(qsizetype position, qreal *paragraphTop) const;
    QRectF caretRect() const;
    void ensureCursorVisible();
    void updateFormats();
    void updateRows();

    void moveCursor(Move move, bool keepAnchor);
    void setCaret(qsizetype position, qsizetype anchor);
    qsizetype nextCharacter(qsizetype position, int direction) const;
    qsizetype nextWord(qsizetype position, int direction) const;
    ViewRange wordAt(qsizetype position) const;
    qsizetype snapOutOfPair(qsizetype position, int direction) const;

    Handle handleAt(const QPoint &point) const;
    qsizetype handleTarget(Handle handle, const QPoint &point, bool exact) const;
    void updateHover(const QPoint &point);
    void selectSpanAt(qsizetype position);
    void applyZoom();
    void emitSelectionIfChanged();
    void mouseSelectTo(const QPoint &point);
    void startBlinking();
    void scheduleSync();
    QString defaultTooltip(const ViewSpan &span) const;

    std::unique_ptr<ArticleViewLayout> m_layout;
    std::unique_ptr<ArticleViewSpans> m_spans;
    QList<ViewLink> m_links;

    int m_topParagraph = 0;
    qreal m_topOffset = 0;
    bool m_syncingScrollBar = false;
    bool m_syncPending = false;
    QBasicTimer m_measureTimer;

    qsizetype m_cursor = 0;
    qsizetype m_anchor = 0;
    ViewRange m_lastSelection;
    qreal m_preferredX = -1;
    bool m_caretVisible = true;
    QBasicTimer m_blinkTimer;

    qint64 m_selectedSpan = 0;
    qint64 m_hoveredSpan = 0;

    // Mouse.
    bool m_selecting = false;
    bool m_wordSelecting = false;
    ViewRange m_wordAnchor;
    QPoint m_pressPoint;
    qsizetype m_pressPosition = -1;
    Handle m_dragHandle = Handle::None;
    ViewRange m_dragPreview;
    bool m_dragStarted = false;
    QPoint m_lastMousePoint;
    QBasicTimer m_autoScrollTimer;
    QBasicTimer m_tripleClickTimer;
    QPoint m_tripleClickPoint;

    int m_zoomSteps = 0;
    qreal m_basePointSize = 0;
};

} // namespace Copydesk
