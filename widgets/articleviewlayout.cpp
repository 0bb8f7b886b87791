#include "articleviewlayout.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// A comfortable reading measure, in average characters per line.
constexpr qreal MeasureInCharacters = 76;
// Live layouts kept before releaseLayoutsOutside() starts freeing far ones.
constexpr int MaximumLiveLayouts = 400;
// A stretch without a line break opportunity at least this long is a "long run" (see layOut()).
constexpr qsizetype LongRun = 256;

// A space QTextLayout breaks a line at (a no-break space is part of its word).
bool isBreakableSpace(QChar c)
{
    return c.isSpace() && c.decompositionTag() != QChar::NoBreak;
}

// The paragraph's stretches of at least LongRun UTF-16 units with no line break opportunity
// inside, as QTextLayout sees them: a word ends at a breakable space and at every line break
// opportunity of UAX #14 (QTextBoundaryFinder computes those as QTextLayout does). Sorted.
std::vector<std::pair<int, int>> longRuns(QStringView paragraph)
{
    std::vector<std::pair<int, int>> runs;
    // Most paragraphs have no long stretch without spaces at all: then no need to ask for the
    // break opportunities.
    qsizetype stretch = 0;
    bool any = false;
    for (const QChar c : paragraph) {
        stretch = isBreakableSpace(c) ? 0 : stretch + 1;
        if (stretch >= LongRun) {
            any = true;
            break;
        }
    }
    if (!any)
        return runs;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, paragraph);
    qsizetype start = 0;
    // Between two break opportunities, every stretch up to a breakable space is a word (Qt
    // breaks at spaces even where UAX #14 does not, as before "!").
    auto close = [&](qsizetype end) {
        qsizetype word = start;
        while (word < end) {
            while (word < end && isBreakableSpace(paragraph[word]))
                ++word;
            qsizetype wordEnd = word;
            while (wordEnd < end && !isBreakableSpace(paragraph[wordEnd]))
                ++wordEnd;
            if (wordEnd - word >= LongRun)
                runs.emplace_back(int(word), int(wordEnd));
            word = wordEnd;
        }
        start = end;
    };
    for (qsizetype boundary = finder.toNextBoundary(); boundary != -1; boundary = finder.toNextBoundary()) {
        if (boundary > start)
            close(boundary);
    }
    if (start < paragraph.size())
        close(paragraph.size());
    return runs;
}

} // namespace

ArticleViewLayout::ArticleViewLayout()
{
    setText(QString());
}

ArticleViewLayout::~ArticleViewLayout() = default;

void ArticleViewLayout::setText(const QString &text)
{
    m_text = text;
    m_starts.clear();
    m_starts.push_back(0);
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == u'\n')
            m_starts.push_back(i + 1);
    }
    resetHeights();
}

void ArticleViewLayout::setFont(const QFont &font)
{
    m_font = font;
    updateMetrics();
    resetHeights();
}

void ArticleViewLayout::setRows(int rows)
{
    rows = std::clamp(rows, 1, 4);
    if (rows == m_rows)
        return;
    m_rows = rows;
    updateMetrics();
    resetHeights();
}

void ArticleViewLayout::setViewportWidth(qreal width)
{
    if (width == m_viewportWidth)
        return;
    m_viewportWidth = width;
    const qreal oldColumnWidth = m_metrics.columnWidth;
    updateMetrics();
    // A wide window only moves the column; lines break again only when its width changes.
    if (m_metrics.columnWidth != oldColumnWidth)
        resetHeights();
}

void ArticleViewLayout::setFormats(const QList<QTextLayout::FormatRange> &formats)
{
    if (formats == m_formats)
        return;
    const QList<QTextLayout::FormatRange> old = m_formats;
    m_formats = formats;
    auto touch = [this](const QList<QTextLayout::FormatRange> &list) {
        for (const QTextLayout::FormatRange &range : list) {
            const int first = paragraphAt(range.start);
            const int last = paragraphAt(range.start + std::max(0, range.length - 1));
            invalidateParagraphs(first, last);
        }
    };
    touch(old);
    touch(m_formats);
}

qsizetype ArticleViewLayout::paragraphEnd(int paragraph) const
{
    const size_t next = size_t(paragraph) + 1;
    return next < m_starts.size() ? m_starts[next] - 1 : m_text.size();
}

int ArticleViewLayout::paragraphAt(qsizetype position) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    return std::max(0, int(it - m_starts.begin()) - 1);
}

int ArticleViewLayout::paragraphAtY(qreal y) const
{
    const int count = paragraphCount();
    qreal remaining = y - m_metrics.topMargin;
    if (remaining <= 0)
        return 0;
    int position = 0;
    int step = 1;
    while (step * 2 <= count)
        step *= 2;
    for (; step > 0; step /= 2) {
        if (position + step <= count && m_tree[position + step] <= remaining) {
            position += step;
            remaining -= m_tree[position];
        }
    }
    return std::min(position, count - 1);
}

qreal ArticleViewLayout::paragraphTop(int paragraph) const
{
    return m_metrics.topMargin + treePrefix(paragraph);
}

qreal ArticleViewLayout::height() const
{
    return m_metrics.topMargin + treePrefix(paragraphCount()) + m_metrics.bottomMargin;
}

QTextLayout *ArticleViewLayout::layout(int paragraph)
{
    std::unique_ptr<QTextLayout> &slot = m_layouts[paragraph];
    if (!slot) {
        slot = makeLayout(paragraph);
        // Keep the shaped glyphs: the layout is about to be drawn, probably many times.
        slot->setCacheEnabled(true);
        setHeight(paragraph, layOut(slot.get(), paragraph), true);
        ++m_liveLayouts;
    }
    return slot.get();
}

bool ArticleViewLayout::measureMore(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    const int count = paragraphCount();
    for (int visited = 0; m_unmeasured > 0 && visited < count; ++visited) {
        if (m_measureCursor >= count)
            m_measureCursor = 0;
        const int paragraph = m_measureCursor++;
        if (m_exact[paragraph])
            continue;
        const std::unique_ptr<QTextLayout> layout = makeLayout(paragraph);
        setHeight(paragraph, layOut(layout.get(), paragraph), true);
        if (timer.elapsed() >= budgetMs)
            break;
    }
    return m_unmeasured > 0;
}

void ArticleViewLayout::releaseLayoutsOutside(int first, int last)
{
    if (m_liveLayouts <= MaximumLiveLayouts)
        return;
    const int margin = MaximumLiveLayouts / 8;
    for (int paragraph = 0; paragraph < paragraphCount(); ++paragraph) {
        if (paragraph >= first - margin && paragraph <= last + margin)
            continue;
        if (m_layouts[paragraph]) {
            m_layouts[paragraph].reset();
            --m_liveLayouts;
        }
    }
}

void ArticleViewLayout::updateMetrics()
{
    const QFontMetricsF fm(m_font);
    Metrics &m = m_metrics;
    m.lineHeight = fm.ascent() + fm.descent();
    m.topPadding = std::max(2.0, std::round(m.lineHeight * 0.22));
    m.rowThickness = std::max(2.0, std::round(m.lineHeight / 9.0));
    m.rowPitch = m.rowThickness + std::max(1.0, std::round(m.rowThickness * 0.6));
    m.rowsHeight = std::max(2.0, std::round(m.lineHeight * 0.1)) + m_rows * m.rowPitch;
    m.pitch = m.topPadding + m.lineHeight + m.rowsHeight;
    m.paragraphSpacing = std::round(m.lineHeight * 0.4);
    m.blankHeight = std::round(m.lineHeight * 0.55);
    m.topMargin = std::round(m.lineHeight * 0.9);
    m.bottomMargin = std::round(m.lineHeight * 2);
    static const QString sample = u"The minister said on Tuesday that talks would resume, "
                                  u"according to officials in Brussels and Kyiv."_s;
    m.averageCharWidth = fm.horizontalAdvance(sample) / sample.size();

    const qreal measure = m.averageCharWidth * MeasureInCharacters;
    const qreal minimumGutter = std::round(std::max(22.0, m.lineHeight * 1.6));
    const qreal minimumRight = std::round(std::max(14.0, m.lineHeight));
    qreal width = std::min(measure, m_viewportWidth - minimumGutter - minimumRight);
    width = std::max(width, m.averageCharWidth * 8);
    m.columnWidth = std::floor(width);
    m.columnLeft = std::floor(std::max(minimumGutter, (m_viewportWidth - m.columnWidth) / 2));
}

void ArticleViewLayout::resetHeights()
{
    const int count = paragraphCount();
    m_layouts.clear();
    m_layouts.resize(size_t(count));
    m_liveLayouts = 0;
    m_heights.assign(size_t(count), 0);
    m_exact.assign(size_t(count), 0);
    for (int paragraph = 0; paragraph < count; ++paragraph)
        m_heights[size_t(paragraph)] = estimateHeight(paragraph);
    m_unmeasured = count;
    m_measureCursor = 0;
    treeBuild();
}

qreal ArticleViewLayout::estimateHeight(int paragraph) const
{
    const qsizetype length = paragraphEnd(paragraph) - paragraphStart(paragraph);
    if (length == 0)
        return m_metrics.blankHeight;
    // Lines rarely fill the column; the small excess keeps estimates from running short.
    const qreal perLine = std::max<qreal>(1, m_metrics.columnWidth / (m_metrics.averageCharWidth * 1.04));
    const qreal lines = std::max<qreal>(1, std::ceil(qreal(length) / perLine));
    return lines * m_metrics.pitch + m_metrics.paragraphSpacing;
}

std::unique_ptr<QTextLayout> ArticleViewLayout::makeLayout(int paragraph) const
{
    const qsizetype start = paragraphStart(paragraph);
    auto layout = std::make_unique<QTextLayout>(m_text.mid(start, paragraphEnd(paragraph) - start), m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    const QList<QTextLayout::FormatRange> formats = formatsFor(paragraph);
    if (!formats.isEmpty())
        layout->setFormats(formats);
    return layout;
}

qreal ArticleViewLayout::layOut(QTextLayout *layout, int paragraph) const
{
    const Metrics &m = m_metrics;
    const qsizetype start = paragraphStart(paragraph);
    const bool empty = paragraphEnd(paragraph) == start;
    // QTextLayout breaks a line at word boundaries first: it measures the whole word that does
    // not fit, and only when that word is the line's first does it lay the line out again,
    // breaking anywhere. Inside a long run every line measures the rest of the run, so a run of
    // n characters costs n * n / (characters per line). A line starting in a long run whose rest
    // surely cannot fit is laid out breaking anywhere straight away: the line QTextLayout itself
    // would end up with, at the cost of the line. Should the rest fit after all (zero-width
    // characters), the line is laid out again the ordinary way.
    const std::vector<std::pair<int, int>> runs = empty ? std::vector<std::pair<int, int>>()
                                                        : longRuns(QStringView(m_text).mid(start, paragraphEnd(paragraph) - start));
    const QTextOption wordWrap = layout->textOption();
    QTextOption anywhere = wordWrap;
    anywhere.setWrapMode(QTextOption::WrapAnywhere);
    // More than four lines of average characters cannot fit on one line but in freak fonts.
    const int surelyLonger = int(std::max<qreal>(LongRun / 2, 4 * m.columnWidth / std::max<qreal>(1, m.averageCharWidth)));
    size_t run = 0;
    qreal y = 0;
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const int from = line.textStart();
        while (run < runs.size() && runs[run].second <= from)
            ++run;
        if (run < runs.size() && runs[run].first <= from && runs[run].second - from > surelyLonger) {
            layout->setTextOption(anywhere);
            line.setLineWidth(m.columnWidth);
            layout->setTextOption(wordWrap);
            if (line.textStart() + line.textLength() >= runs[run].second)
                line.setLineWidth(m.columnWidth); // the rest of the run fitted: words decide
        } else {
            line.setLineWidth(m.columnWidth);
        }
        if (empty) {
            // Blank lines between paragraphs get a short box; centre the caret's line on it.
            line.setPosition(QPointF(0, std::round((m.blankHeight - line.height()) / 2)));
            continue;
        }
        line.setPosition(QPointF(0, y + m.topPadding));
        // Fallback fonts (emoji) can be taller than the nominal line.
        y += m.topPadding + std::max(m.lineHeight, std::ceil(line.height())) + m.rowsHeight;
    }
    layout->endLayout();
    return empty ? m.blankHeight : y + m.paragraphSpacing;
}

void ArticleViewLayout::setHeight(int paragraph, qreal height, bool exact)
{
    const size_t index = size_t(paragraph);
    const qreal delta = height - m_heights[index];
    if (delta != 0) {
        m_heights[index] = height;
        treeAdd(paragraph, delta);
    }
    if (exact && !m_exact[index]) {
        m_exact[index] = 1;
        --m_unmeasured;
    } else if (!exact && m_exact[index]) {
        m_exact[index] = 0;
        ++m_unmeasured;
    }
}

void ArticleViewLayout::invalidateParagraphs(int first, int last)
{
    for (int paragraph = first; paragraph <= last; ++paragraph) {
        if (m_layouts[size_t(paragraph)]) {
            m_layouts[size_t(paragraph)].reset();
            --m_liveLayouts;
        }
        setHeight(paragraph, estimateHeight(paragraph), false);
    }
}

QList<QTextLayout::FormatRange> ArticleViewLayout::formatsFor(int paragraph) const
{
    QList<QTextLayout::FormatRange> result;
    const qsizetype start = paragraphStart(paragraph);
    const qsizetype end = paragraphEnd(paragraph);
    for (const QTextLayout::FormatRange &range : m_formats) {
        const qsizetype from = std::max<qsizetype>(range.start, start);
        const qsizetype to = std::min<qsizetype>(range.start + range.length, end);
        if (from >= to)
            continue;
        QTextLayout::FormatRange local = range;
        local.start = int(from - start);
        local.length = int(to - from);
        result.append(local);
    }
    return result;
}

void ArticleViewLayout::treeBuild()
{
    const size_t count = m_heights.size();
    m_tree.assign(count + 1, 0);
    for (size_t i = 1; i <= count; ++i) {
        m_tree[i] += m_heights[i - 1];
        const size_t parent = i + (i & (~i + 1));
        if (parent <= count)
            m_tree[parent] += m_tree[i];
    }
}

void ArticleViewLayout::treeAdd(int index, qreal delta)
{
    const size_t count = m_heights.size();
    for (size_t i = size_t(index) + 1; i <= count; i += i & (~i + 1))
        m_tree[i] += delta;
}

qreal ArticleViewLayout::treePrefix(int count) const
{
    qreal sum = 0;
    for (size_t i = size_t(count); i > 0; i -= i & (~i + 1))
        sum += m_tree[i];
    return sum;
}

} // namespace Copydesk
