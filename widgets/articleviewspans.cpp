#include "articleviewspans.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Spans longer than this (whole furniture blocks, long quotes) are few; they are checked one by
// one so that the sorted short spans can be searched with a small look-back window.
constexpr qsizetype LongSpan = 2048;

bool meets(const ViewSpan &span, qsizetype from, qsizetype to)
{
    if (span.start == span.end)
        return from <= span.start && span.start < to;
    return span.start < to && span.end > from;
}

} // namespace

void ArticleViewSpans::setSpans(const QList<ViewSpan> &spans, const QString &text)
{
    const qsizetype size = text.size();
    auto insidePair = [&text, size](qsizetype position) {
        return position > 0 && position < size && text[position - 1].isHighSurrogate()
            && text[position].isLowSurrogate();
    };

    m_spans = spans;
    m_styles.assign(size_t(m_spans.size()), ViewSpan::Style::Auto);
    m_byId.clear();
    m_byId.reserve(m_spans.size());
    for (int index = 0; index < m_spans.size(); ++index) {
        ViewSpan &span = m_spans[index];
        span.start = std::clamp<qsizetype>(span.start, 0, size);
        span.end = std::clamp<qsizetype>(span.end, span.start, size);
        if (insidePair(span.start))
            --span.start;
        if (insidePair(span.end))
            ++span.end;
        m_styles[size_t(index)] = resolveStyle(span);
        m_byId.insert(span.id, index);
    }

    std::vector<int> order(size_t(m_spans.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const QList<ViewSpan> &all = m_spans;
    std::sort(order.begin(), order.end(), [&all](int a, int b) {
        const ViewSpan &left = all[a];
        const ViewSpan &right = all[b];
        if (left.start != right.start)
            return left.start < right.start;
        if (left.end != right.end)
            return left.end > right.end;
        return a < b;
    });

    m_order = std::move(order);
    m_short.clear();
    m_shortStarts.clear();
    m_long.clear();
    m_maximumShortLength = 0;
    for (int index : m_order) {
        const ViewSpan &span = all[index];
        if (span.length() > LongSpan) {
            m_long.push_back(index);
        } else {
            m_short.push_back(index);
            m_shortStarts.push_back(span.start);
            m_maximumShortLength = std::max(m_maximumShortLength, span.length());
        }
    }
    rebuildVisibility();
}

void ArticleViewSpans::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuildVisibility();
}

void ArticleViewSpans::query(qsizetype from, qsizetype to, std::vector<int> *indexes) const
{
    indexes->clear();
    auto it = std::lower_bound(m_shortStarts.begin(), m_shortStarts.end(), from - m_maximumShortLength);
    for (size_t i = size_t(it - m_shortStarts.begin()); i < m_short.size() && m_shortStarts[i] < to; ++i) {
        const int index = m_short[i];
        if (m_visible[size_t(index)] && meets(std::as_const(m_spans)[index], from, to))
            indexes->push_back(index);
    }
    if (m_long.empty())
        return;
    bool any = false;
    for (int index : m_long) {
        if (m_visible[size_t(index)] && meets(std::as_const(m_spans)[index], from, to)) {
            indexes->push_back(index);
            any = true;
        }
    }
    if (any) {
        std::sort(indexes->begin(), indexes->end(), [this](int a, int b) {
            // const: QList's non-const operator[] would check for detaching on every call.
            const ViewSpan &left = std::as_const(m_spans)[a];
            const ViewSpan &right = std::as_const(m_spans)[b];
            if (left.start != right.start)
                return left.start < right.start;
            if (left.end != right.end)
                return left.end > right.end;
            return a < b;
        });
    }
}

QList<int> ArticleViewSpans::at(qsizetype position) const
{
    std::vector<int> candidates;
    query(position, position + 1, &candidates);
    QList<int> result;
    for (int index : candidates) {
        const ViewSpan &span = std::as_const(m_spans)[index];
        if (span.start <= position && position < span.end)
            result.append(index);
    }
    std::stable_sort(result.begin(), result.end(), [this](int a, int b) {
        const ViewSpan &left = std::as_const(m_spans)[a];
        const ViewSpan &right = std::as_const(m_spans)[b];
        if (left.length() != right.length())
            return left.length() < right.length();
        return left.start > right.start;
    });
    return result;
}

ViewSpan::Style ArticleViewSpans::resolveStyle(const ViewSpan &span)
{
    if (span.style != ViewSpan::Style::Auto)
        return span.style;
    if (span.layer == u"furniture")
        return span.label == u"HEADLINE" ? ViewSpan::Style::Heading : ViewSpan::Style::DimBlock;
    if (span.layer == u"sourcing")
        return span.label == u"QUOTE" ? ViewSpan::Style::Tint : ViewSpan::Style::Box;
    return ViewSpan::Style::Underline;
}

void ArticleViewSpans::rebuildVisibility()
{
    const size_t count = size_t(m_spans.size());
    m_visible.assign(count, 0);
    m_rows.assign(count, 0);
    for (size_t index = 0; index < count; ++index) {
        const ViewSpan &span = std::as_const(m_spans)[qsizetype(index)];
        bool visible = !m_filter.hiddenLayers.contains(span.layer);
        if (span.status == ViewSpan::Status::Suggested && !m_filter.showSuggestions)
            visible = false;
        if (span.status == ViewSpan::Status::Rejected && !m_filter.showRejected)
            visible = false;
        m_visible[index] = visible ? 1 : 0;
    }

    // Greedy interval colouring in (start, longer first) order: an outer span takes the row
    // nearest the text and the spans nested in it stack below. Rejected spans are drawn dotted
    // in a row of their own too, so they take part.
    std::vector<qsizetype> rowEnds;
    const QList<ViewSpan> &all = m_spans;
    for (int index : m_order) {
        const ViewSpan &span = all[index];
        const bool rejected = span.status == ViewSpan::Status::Rejected;
        if (!m_visible[size_t(index)] || (m_styles[size_t(index)] != ViewSpan::Style::Underline && !rejected))
            continue;
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] > span.start)
            ++row;
        if (row == rowEnds.size())
            rowEnds.push_back(0);
        rowEnds[row] = std::max(span.end, span.start + 1);
        m_rows[size_t(index)] = int(row);
    }
    m_rowCount = std::max(1, int(rowEnds.size()));
}

} // namespace Copydesk
