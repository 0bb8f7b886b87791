#pragma once

#include <vector>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "viewspan.h"

namespace Copydesk {

// The spans an ArticleView shows, indexed for painting: sorted by start, with long spans kept
// apart so that finding the spans that meet a visible range costs O(log n + k) whatever the
// nesting. Also decides which spans are visible (layer, suggestions, rejected) and stacks the
// underlines of overlapping spans into rows.
class ArticleViewSpans final
{
public:
    struct Filter
    {
        QSet<QString> hiddenLayers;
        bool showSuggestions = true;
        bool showRejected = false;
        bool operator==(const Filter &other) const = default;
    };

    // Takes the spans, clamped to [0, text.size()] and moved out of surrogate pairs.
    void setSpans(const QList<ViewSpan> &spans, const QString &text);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    const QList<ViewSpan> &spans() const { return m_spans; }
    int count() const { return int(m_spans.size()); }
    const ViewSpan &span(int index) const { return m_spans[index]; }
    ViewSpan::Style style(int index) const { return m_styles[size_t(index)]; }
    bool isVisible(int index) const { return m_visible[size_t(index)] != 0; }
    // Underline row (0 nearest the text) of a visible Underline span.
    int row(int index) const { return m_rows[size_t(index)]; }
    int rowCount() const { return m_rowCount; }
    int indexOf(qint64 id) const { return m_byId.value(id, -1); }

    // Visible spans that meet [from, to) (a span of length 0 meets it when from <= start < to),
    // by start, longer first.
    void query(qsizetype from, qsizetype to, std::vector<int> *indexes) const;
    // Visible spans that cover the character at position, innermost (shortest) first.
    QList<int> at(qsizetype position) const;

    static ViewSpan::Style resolveStyle(const ViewSpan &span);

private:
    void rebuildVisibility();

    QList<ViewSpan> m_spans;
    std::vector<ViewSpan::Style> m_styles;
    std::vector<char> m_visible;
    std::vector<int> m_rows;
    int m_rowCount = 1;
    QHash<qint64, int> m_byId;
    std::vector<int> m_order;      // indexes of all spans, by start, longer first
    std::vector<int> m_short;      // indexes of short spans, by start
    std::vector<qsizetype> m_shortStarts;
    std::vector<int> m_long;       // indexes of spans longer than LongSpan, by start
    qsizetype m_maximumShortLength = 0;
    Filter m_filter;
};

} // namespace Copydesk
