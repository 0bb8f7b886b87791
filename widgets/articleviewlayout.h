#pragma once

#include <memory>
#include <vector>

#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

namespace Copydesk {

// Lays out an article for ArticleView, one QTextLayout per paragraph (text between '\n's),
// lazily: paragraphs that were never shown have an estimated height, kept in a Fenwick tree so
// that finding the paragraph at a given y, or the y of a paragraph, is O(log n). Laying out a
// paragraph replaces its estimate with the exact height; measureMore() does that in slices in
// the background so that the scroll bar settles.
//
// Every line sits in a "line box": some padding above the text (room for tags and link arcs),
// the text, then rows below it for the underlines of nested spans. Positions are UTF-16 indexes
// into the original text; the paragraph texts are exact substrings of it, so nothing shifts.
class ArticleViewLayout final
{
public:
    struct Metrics
    {
        qreal lineHeight = 0;      // nominal height of the text of one line
        qreal topPadding = 0;      // line box space above the text
        qreal rowThickness = 0;    // one underline
        qreal rowPitch = 0;        // from one underline row to the next
        qreal rowsHeight = 0;      // line box space below the text, for all rows
        qreal pitch = 0;           // nominal line box height
        qreal paragraphSpacing = 0;
        qreal blankHeight = 0;     // height of an empty paragraph
        qreal topMargin = 0;
        qreal bottomMargin = 0;
        qreal columnLeft = 0;      // the text column, in viewport coordinates
        qreal columnWidth = 0;
        qreal averageCharWidth = 0;
    };

    ArticleViewLayout();
    ~ArticleViewLayout();
    Q_DISABLE_COPY_MOVE(ArticleViewLayout)

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    // Number of underline rows reserved below each line (1..4).
    void setRows(int rows);
    int rows() const { return m_rows; }
    void setViewportWidth(qreal width);
    // Character formats that change the layout (bold headlines), in text positions; sorted by
    // start. Paragraphs whose formats change are laid out again.
    void setFormats(const QList<QTextLayout::FormatRange> &formats);

    const Metrics &metrics() const { return m_metrics; }

    int paragraphCount() const { return int(m_starts.size()); }
    qsizetype paragraphStart(int paragraph) const { return m_starts[paragraph]; }
    // Position of the paragraph's '\n' (or the end of the text).
    qsizetype paragraphEnd(int paragraph) const;
    int paragraphAt(qsizetype position) const;
    int paragraphAtY(qreal y) const;
    qreal paragraphTop(int paragraph) const;
    qreal paragraphHeight(int paragraph) const { return m_heights[paragraph]; }
    bool isExact(int paragraph) const { return m_exact[paragraph] != 0; }
    qreal height() const;

    // The paragraph's layout, laid out now if needed (which may change its height and so the
    // tops of the paragraphs after it). Owned by this object; valid until the next call that
    // changes the layout or releaseLayouts().
    QTextLayout *layout(int paragraph);
    bool hasLayout(int paragraph) const { return m_layouts[paragraph] != nullptr; }
    // Measures paragraphs that only have estimates, for about budgetMs milliseconds. Returns
    // true while some are left. Their layouts are not kept.
    bool measureMore(int budgetMs);
    bool isFullyMeasured() const { return m_unmeasured == 0; }
    // Frees the layouts of paragraphs outside [first, last] once many are held.
    void releaseLayoutsOutside(int first, int last);

    // Line box of a laid out line, relative to its paragraph's top.
    qreal lineBoxTop(const QTextLine &line) const { return line.y() - m_metrics.topPadding; }
    qreal lineBoxBottom(const QTextLine &line) const
    {
        return line.y() + line.height() + m_metrics.rowsHeight;
    }

private:
    void updateMetrics();
    void resetHeights();
    qreal estimateHeight(int paragraph) const;
    qreal layOut(QTextLayout *layout, int paragraph) const;
    std::unique_ptr<QTextLayout> makeLayout(int paragraph) const;
    void setHeight(int paragraph, qreal height, bool exact);
    void invalidateParagraphs(int first, int last);
    QList<QTextLayout::FormatRange> formatsFor(int paragraph) const;

    // Fenwick tree over m_heights.
    void treeBuild();
    void treeAdd(int index, qreal delta);
    qreal treePrefix(int count) const;

    QString m_text;
    QFont m_font;
    int m_rows = 1;
    qreal m_viewportWidth = 0;
    Metrics m_metrics;
    QList<QTextLayout::FormatRange> m_formats;

    std::vector<qsizetype> m_starts;
    std::vector<qreal> m_heights;
    std::vector<char> m_exact;
    std::vector<qreal> m_tree;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    int m_liveLayouts = 0;
    int m_unmeasured = 0;
    int m_measureCursor = 0;
};

} // namespace Copydesk
