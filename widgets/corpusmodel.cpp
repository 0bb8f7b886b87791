#include "corpusmodel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include "projectchange.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

CorpusModel::CorpusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
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

void CorpusModel::reload()
{
    beginResetModel();
    m_rows = m_store && m_store->isOpen() ? m_store->documentSummaries() : QList<DocumentSummary>();
    m_rowOfId.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
    endResetModel();
}

void CorpusModel::refreshRow(qint64 documentId)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    const std::optional<DocumentSummary> summary = m_store->documentSummary(documentId);
    if (!summary)
        return;
    m_rows[row] = *summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CorpusModel::onChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::DocumentsAdded: {
        if (rowOf(change.documentId) >= 0)
            return;
        const std::optional<DocumentSummary> summary = m_store->documentSummary(change.documentId);
        if (!summary)
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rowOfId.insert(summary->id, int(m_rows.size()));
        m_rows.append(*summary);
        endInsertRows();
        break;
    }
    case ProjectChange::DocumentChanged:
    case ProjectChange::AnnotationsChanged:
        refreshRow(change.documentId);
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentSummary &s = m_rows.at(index.row());
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
    return m_rowOfId.value(documentId, -1);
}

qint64 CorpusModel::documentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const DocumentSummary *CorpusModel::summary(qint64 documentId) const
{
    const int row = rowOf(documentId);
    return row >= 0 ? &m_rows.at(row) : nullptr;
}

CorpusFilterModel::CorpusFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CorpusFilterModel::setStatusFilter(std::optional<DocumentStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void CorpusFilterModel::setAllowedIds(std::optional<QSet<qint64>> ids)
{
    m_ids = std::move(ids);
    invalidateFilter();
}

bool CorpusFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(CorpusModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_ids && !m_ids->contains(index.data(CorpusModel::DocumentIdRole).toLongLong()))
        return false;
    return true;
}

bool CorpusFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() >= CorpusModel::AnnotationsColumn)
        return left.data().toInt() < right.data().toInt();
    if (left.column() == CorpusModel::StatusColumn)
        return left.data(CorpusModel::StatusRole).toInt() < right.data(CorpusModel::StatusRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Copydesk
