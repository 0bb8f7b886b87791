#include "corpusmodel.h"

#include <algorithm>

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>

#include "projectchange.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Rows are read from the store this many at a time, and this many summaries kept at most.
constexpr int PageRows = 64;
constexpr size_t CachedSummaries = 4096;

using Row = CorpusModel::Row;

// Ids in both sorted lists.
QList<qint64> intersect(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> result;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(result));
    return result;
}

bool textSort(int column)
{
    return column == CorpusModel::TitleColumn || column == CorpusModel::SourceColumn;
}

// The rows of a query, read through the given connection (the model's, or a worker's own).
// Every step reads one index or one column; nothing per document. Empty when cancelled.
std::optional<std::vector<Row>> computeRows(const ProjectStore &store, const CorpusQuery &query, const std::atomic_bool *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    QList<qint64> ids;
    if (!query.search.isEmpty())
        ids = store.searchIds(query.search);
    else if (query.status)
        ids = store.documentIdsWithStatus(*query.status);
    else
        ids = store.documentIds();
    if (!query.search.isEmpty() && query.status && !cancelled())
        ids = intersect(ids, store.documentIdsWithStatus(*query.status));
    if (!query.label.isEmpty() && !cancelled())
        ids = intersect(ids, store.documentIdsWithLabel(query.label));
    if (cancelled())
        return std::nullopt;
    std::vector<Row> rows;
    rows.reserve(size_t(ids.size()));
    for (qint64 id : std::as_const(ids))
        rows.push_back({id, {}, 0});
    if (query.sortColumn < 0 || rows.empty())
        return rows;
    // Sort keys, for every document in id order: joined with the rows (also in id order).
    auto join = [&rows](const auto &keys, auto assign) {
        auto key = keys.cbegin();
        for (Row &row : rows) {
            while (key != keys.cend() && key->first < row.id)
                ++key;
            if (key != keys.cend() && key->first == row.id)
                assign(row, *key);
        }
    };
    switch (query.sortColumn) {
    case CorpusModel::TitleColumn:
    case CorpusModel::SourceColumn:
        join(query.sortColumn == CorpusModel::TitleColumn ? store.documentTitles() : store.documentSources(),
             [](Row &row, const std::pair<qint64, QString> &key) { row.text = key.second.toCaseFolded(); });
        break;
    case CorpusModel::StatusColumn:
        join(store.documentStatuses(), [](Row &row, const std::pair<qint64, int> &key) { row.number = key.second; });
        break;
    default: {
        const bool decided = query.sortColumn == CorpusModel::AnnotationsColumn;
        QList<std::pair<qint64, int>> counts;
        for (const ProjectStore::AnnotationCounts &c : store.annotationCountsByDocument(cancel))
            counts.append({c.documentId, decided ? c.decided : c.suggested});
        join(counts, [](Row &row, const std::pair<qint64, int> &key) { row.number = key.second; });
        break;
    }
    }
    if (cancelled())
        return std::nullopt;
    const bool text = textSort(query.sortColumn);
    const bool descending = query.order == Qt::DescendingOrder;
    // Ties keep the order of import, in either direction (as a stable sort of the list by id).
    std::sort(rows.begin(), rows.end(), [text, descending](const Row &a, const Row &b) {
        const int c = text ? a.text.compare(b.text) : (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.id < b.id;
    });
    return rows;
}

} // namespace

// A query running on the worker thread.
struct CorpusModel::Pending
{
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<std::optional<std::vector<Row>>> watcher;
};

CorpusModel::CorpusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CorpusModel::~CorpusModel()
{
    cancelPending();
}

void CorpusModel::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &CorpusModel::onChanged);
    reload();
}

void CorpusModel::setQuery(const CorpusQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    run();
}

void CorpusModel::sort(int column, Qt::SortOrder order)
{
    CorpusQuery query = m_query;
    query.sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    query.order = order;
    setQuery(query);
}

void CorpusModel::reload()
{
    cancelPending();
    m_summaries.clear();
    m_stale = true;
    run();
}

void CorpusModel::cancelPending()
{
    if (!m_pending)
        return;
    m_pending->cancel->store(true);
    disconnect(&m_pending->watcher, nullptr, this, nullptr);
    // The worker finishes on its own (it holds what it needs); its result is dropped.
    m_pending.reset();
}

void CorpusModel::run()
{
    cancelPending();
    const quint64 generation = ++m_generation;
    if (!m_store || !m_store->isOpen()) {
        apply({});
        return;
    }
    const bool small = m_store->documentCount() <= m_synchronousLimit;
    if (small || m_query.isPlain()) {
        apply(computeRows(*m_store, m_query, nullptr).value_or(std::vector<Row>()));
        return;
    }
    // Large: the plain list first, if there is none yet, so a document can be selected at once.
    if (m_rows.empty() || m_stale)
        apply(computeRows(*m_store, CorpusQuery(), nullptr).value_or(std::vector<Row>()));
    m_pending = std::make_unique<Pending>();
    const std::shared_ptr<std::atomic_bool> cancel = m_pending->cancel;
    const QString path = m_store->path();
    const CorpusQuery query = m_query;
    connect(&m_pending->watcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (!m_pending || generation != m_generation)
            return;
        std::optional<std::vector<Row>> rows = m_pending->watcher.result();
        m_pending.reset();
        apply(std::move(rows).value_or(std::vector<Row>()));
    });
    m_pending->watcher.setFuture(QtConcurrent::run([path, query, cancel]() -> std::optional<std::vector<Row>> {
        ProjectStore store;
        if (!store.open(path, ProjectStore::OpenMode::ReadOnly, nullptr))
            return std::nullopt;
        return computeRows(store, query, cancel.get());
    }));
}

void CorpusModel::apply(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_stale = false;
    if (m_summaries.size() > CachedSummaries)
        m_summaries.clear();
    endResetModel();
    emit queryFinished();
}

bool CorpusModel::matches(const DocumentSummary &summary) const
{
    if (m_query.status && summary.status != *m_query.status)
        return false;
    if (!m_query.search.isEmpty() && !m_store->searchMatches(summary.id, m_query.search))
        return false;
    if (!m_query.label.isEmpty() && !m_store->documentHasLabel(summary.id, m_query.label))
        return false;
    return true;
}

CorpusModel::Row CorpusModel::rowFor(const DocumentSummary &summary) const
{
    Row row{summary.id, {}, 0};
    switch (m_query.sortColumn) {
    case TitleColumn: row.text = (summary.title.isEmpty() ? summary.externalId : summary.title).toCaseFolded(); break;
    case SourceColumn: row.text = summary.source.toCaseFolded(); break;
    case StatusColumn: row.number = int(summary.status); break;
    case AnnotationsColumn: row.number = summary.annotationCount; break;
    case SuggestionsColumn: row.number = summary.suggestionCount; break;
    default: break;
    }
    return row;
}

bool CorpusModel::before(const Row &a, const Row &b) const
{
    if (m_query.sortColumn >= 0) {
        const int c = textSort(m_query.sortColumn) ? a.text.compare(b.text)
                                                   : (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);
        if (c != 0)
            return m_query.order == Qt::DescendingOrder ? c > 0 : c < 0;
    }
    return a.id < b.id;
}

int CorpusModel::insertionRow(const Row &row) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, [this](const Row &a, const Row &b) { return before(a, b); });
    return int(it - m_rows.cbegin());
}

// A document was added or changed: its row follows (updated, moved, added or removed) as the
// query would have it. A full-text or label filter is not asked again for a document already
// listed (its text does not change; a label filter is a snapshot, as a search is).
void CorpusModel::updateDocument(qint64 documentId, bool added)
{
    if (m_pending) {
        run(); // the worker may have read before the change
        return;
    }
    const int row = rowOf(documentId);
    if (added && row >= 0)
        return;
    const std::optional<DocumentSummary> summary = m_store->documentSummary(documentId);
    if (!summary)
        return;
    m_summaries[documentId] = *summary;
    if (row < 0) {
        if (!(added || m_query.status) || !matches(*summary))
            return;
        const Row fresh = rowFor(*summary);
        const int at = insertionRow(fresh);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, fresh);
        endInsertRows();
        return;
    }
    if (m_query.status && summary->status != *m_query.status) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        return;
    }
    Row fresh = rowFor(*summary);
    const Row old = std::exchange(m_rows[size_t(row)], fresh);
    if (fresh.text != old.text || fresh.number != old.number) {
        // Where it goes among the others: the row index after taking it out.
        m_rows.erase(m_rows.begin() + row);
        const int at = insertionRow(fresh);
        m_rows.insert(m_rows.begin() + row, fresh);
        if (at != row) {
            beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
            m_rows.erase(m_rows.begin() + row);
            m_rows.insert(m_rows.begin() + at, fresh);
            endMoveRows();
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            return;
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CorpusModel::onChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::DocumentsAdded:
        updateDocument(change.documentId, true);
        break;
    case ProjectChange::DocumentChanged:
    case ProjectChange::AnnotationsChanged:
        updateDocument(change.documentId, false);
        break;
    case ProjectChange::Reset:
        reload();
        break;
    case ProjectChange::SchemaChanged:
    case ProjectChange::AnnotatorsChanged:
        break;
    }
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorpusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CorpusModel::statusText(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::New: return CorpusModel::tr("New");
    case DocumentStatus::InProgress: return CorpusModel::tr("In progress");
    case DocumentStatus::Done: return CorpusModel::tr("Done");
    }
    return {};
}

QIcon CorpusModel::statusIcon(DocumentStatus status) const
{
    QIcon &icon = m_statusIcons.at(std::size_t(status));
    if (!icon.isNull())
        return icon;
    // Shapes tell the statuses apart without colour: a ring (new), a half-filled ring (in
    // progress), a disc with a tick (done). Colours from Paul Tol's palette, as the labels'.
    const QColor colour = status == DocumentStatus::New          ? QColor(0x44, 0x77, 0xAA)
                          : status == DocumentStatus::InProgress ? QColor(0xEE, 0x77, 0x33)
                                                                 : QColor(0x22, 0x88, 0x33);
    const QPalette palette = QGuiApplication::palette();
    // On a selected row the icon takes the selection's text colour, or it would vanish in the
    // highlight.
    const QList<QPair<QIcon::Mode, QColor>> modes{{QIcon::Normal, colour},
                                                  {QIcon::Selected, palette.color(QPalette::HighlightedText)}};
    for (const auto &[mode, ink] : modes) {
        const QColor tickColour = mode == QIcon::Selected ? palette.color(QPalette::Highlight) : QColor(Qt::white);
        for (int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal margin = size * 0.18;
            const QRectF circle = QRectF(0, 0, size, size).adjusted(margin, margin, -margin, -margin);
            painter.setPen(QPen(ink, size / 10.0));
            painter.setBrush(status == DocumentStatus::Done ? QBrush(ink) : QBrush());
            painter.drawEllipse(circle);
            if (status == DocumentStatus::InProgress) {
                painter.setBrush(ink);
                painter.drawPie(circle, 90 * 16, 180 * 16);
            } else if (status == DocumentStatus::Done) {
                QPainterPath tick;
                tick.moveTo(circle.left() + circle.width() * 0.25, circle.top() + circle.height() * 0.52);
                tick.lineTo(circle.left() + circle.width() * 0.43, circle.top() + circle.height() * 0.70);
                tick.lineTo(circle.left() + circle.width() * 0.76, circle.top() + circle.height() * 0.32);
                painter.setPen(QPen(tickColour, size / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(tick);
            }
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == DocumentIdRole)
        return m_rows[size_t(index.row())].id;
    const DocumentSummary *summary = summaryAt(index.row());
    if (!summary)
        return {};
    const DocumentSummary &s = *summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return s.title.isEmpty() ? s.externalId : s.title;
        case SourceColumn: return s.source;
        case StatusColumn: return statusText(s.status);
        case AnnotationsColumn: return s.annotationCount;
        case SuggestionsColumn: return s.suggestionCount;
        }
        break;
    case Qt::ToolTipRole: {
        // The whole row in one tooltip: the title is often elided and the source hidden.
        QString html = u"<b>%1</b>"_s.arg((s.title.isEmpty() ? s.externalId : s.title).toHtmlEscaped());
        if (!s.source.isEmpty())
            html += u"<br>"_s + s.source.toHtmlEscaped();
        html += u"<br>"_s + tr("id: %1").arg(s.externalId.toHtmlEscaped());
        html += u"<br>"_s + tr("%1 · %n character(s)", nullptr, int(s.length)).arg(statusText(s.status));
        html += u"<br>"_s + tr("%n decided annotation(s)", nullptr, s.annotationCount);
        html += u"<br>"_s + tr("%n suggestion(s) to review", nullptr, s.suggestionCount);
        return html;
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= AnnotationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return statusIcon(s.status);
        break;
    case Qt::AccessibleTextRole:
        // The icon says the status to the eye; say it to screen readers with the title.
        if (index.column() == TitleColumn)
            return tr("%1, %2").arg(s.title.isEmpty() ? s.externalId : s.title, statusText(s.status));
        break;
    case Qt::FontRole:
        if (index.column() == TitleColumn && s.status == DocumentStatus::New) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (s.status == DocumentStatus::Done)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case DocumentIdRole: return s.id;
    case StatusRole: return int(s.status);
    case ExternalIdRole: return s.externalId;
    }
    return {};
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Short, so the browser reads at its default width in a dock; the full names are in
        // the tooltips and the accessible names.
        switch (section) {
        case TitleColumn: return tr("Title");
        case SourceColumn: return tr("Source");
        case StatusColumn: return tr("Status");
        case AnnotationsColumn: return tr("Ann.", "decided annotations, abbreviated");
        case SuggestionsColumn: return tr("Sugg.", "suggestions to review, abbreviated");
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (section) {
        case TitleColumn: return tr("Title (or the external id when the document has no title)");
        case SourceColumn: return tr("Source or publisher");
        case StatusColumn: return tr("Status of the document: new, in progress or done");
        case AnnotationsColumn: return tr("Annotations: decided ones (accepted or made by a person)");
        case SuggestionsColumn: return tr("Suggestions: the engines' suggestions still to review");
        }
        break;
    case Qt::TextAlignmentRole:
        if (section >= AnnotationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QString CorpusModel::columnName(int section)
{
    switch (section) {
    case TitleColumn: return tr("Title");
    case SourceColumn: return tr("Source");
    case StatusColumn: return tr("Status");
    case AnnotationsColumn: return tr("Annotations");
    case SuggestionsColumn: return tr("Suggestions");
    }
    return {};
}

int CorpusModel::rowOf(qint64 documentId) const
{
    if (m_query.sortColumn < 0) {
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), documentId,
                                         [](const Row &row, qint64 id) { return row.id < id; });
        return it != m_rows.cend() && it->id == documentId ? int(it - m_rows.cbegin()) : -1;
    }
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [documentId](const Row &row) { return row.id == documentId; });
    return it != m_rows.cend() ? int(it - m_rows.cbegin()) : -1;
}

qint64 CorpusModel::documentIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

const DocumentSummary *CorpusModel::summaryAt(int row) const
{
    const qint64 id = m_rows[size_t(row)].id;
    if (const auto it = m_summaries.find(id); it != m_summaries.end())
        return &it->second;
    if (!m_store || !m_store->isOpen())
        return nullptr;
    // The page the row is on, in one go: the view asks for its neighbours next.
    if (m_summaries.size() > CachedSummaries)
        m_summaries.clear();
    const int first = row - row % PageRows;
    const int last = std::min(rowCount(), first + PageRows);
    QList<qint64> ids;
    for (int r = first; r < last; ++r) {
        if (!m_summaries.count(m_rows[size_t(r)].id))
            ids.append(m_rows[size_t(r)].id);
    }
    for (const DocumentSummary &s : m_store->documentSummaries(ids))
        m_summaries[s.id] = s;
    const auto it = m_summaries.find(id);
    return it != m_summaries.end() ? &it->second : nullptr;
}

const DocumentSummary *CorpusModel::summary(qint64 documentId) const
{
    if (const auto it = m_summaries.find(documentId); it != m_summaries.end())
        return &it->second;
    if (!m_store || !m_store->isOpen())
        return nullptr;
    const std::optional<DocumentSummary> s = m_store->documentSummary(documentId);
    if (!s)
        return nullptr;
    return &(m_summaries[documentId] = *s);
}

} // namespace Copydesk
