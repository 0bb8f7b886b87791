#pragma once

#include <array>

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include "document.h"

namespace Copydesk {

class ProjectStore;
struct ProjectChange;

// The project's documents for the corpus browser: title, source, status and counts. Rows
// follow the store's changed() announcements (a status change or an edit updates one row).
class CorpusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusModel)

public:
    enum Column { TitleColumn, SourceColumn, StatusColumn, AnnotationsColumn, SuggestionsColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, StatusRole, ExternalIdRole };

    explicit CorpusModel(QObject *parent = nullptr);

    void setStore(ProjectStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The column's full name (the header shows a short one).
    static QString columnName(int section);
    static QString statusText(DocumentStatus status);
    // The title column's decoration.
    QIcon statusIcon(DocumentStatus status) const;

    int rowOf(qint64 documentId) const;
    qint64 documentIdAt(int row) const;
    const DocumentSummary *summary(qint64 documentId) const;

private:
    void onChanged(const ProjectChange &change);
    void reload();
    void refreshRow(qint64 documentId);

    ProjectStore *m_store = nullptr;
    QList<DocumentSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    mutable std::array<QIcon, 3> m_statusIcons; // made on first use, by status
};

// Filters the corpus by status, by a set of document ids (full-text search, label) and sorts.
class CorpusFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CorpusFilterModel(QObject *parent = nullptr);

    void setStatusFilter(std::optional<DocumentStatus> status);
    // std::nullopt: no restriction by id.
    void setAllowedIds(std::optional<QSet<qint64>> ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<DocumentStatus> m_status;
    std::optional<QSet<qint64>> m_ids;
};

} // namespace Copydesk
