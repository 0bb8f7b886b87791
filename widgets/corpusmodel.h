#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include "document.h"

namespace Copydesk {

class ProjectStore;
struct ProjectChange;

// Which documents the corpus browser lists, in which order.
struct CorpusQuery
{
    std::optional<DocumentStatus> status;
    QString search;   // full-text query (FTS5 syntax, or words as a phrase); empty: none
    QString label;    // documents with an annotation of this label that is not rejected
    int sortColumn = -1; // a CorpusModel::Column; -1: the order of import (by id)
    Qt::SortOrder order = Qt::AscendingOrder;

    bool filters() const { return status || !search.isEmpty() || !label.isEmpty(); }
    bool isPlain() const { return !filters() && sortColumn < 0; }
    friend bool operator==(const CorpusQuery &, const CorpusQuery &) = default;
};

// The project's documents for the corpus browser: title, source, status and counts, filtered
// and sorted by a CorpusQuery. Built for 100,000 documents: it holds the ids of the rows (and
// their sort keys) only, and reads the rows' summaries from the store a page at a time as the
// view asks for them. A query on a large project runs on a worker thread with its own
// connection (isPending() until queryFinished()); small projects, and the plain list by id,
// answer at once. Rows follow the store's changed() announcements (a status change or an edit
// updates, moves, adds or removes one row).
class CorpusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusModel)

public:
    enum Column { TitleColumn, SourceColumn, StatusColumn, AnnotationsColumn, SuggestionsColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, StatusRole, ExternalIdRole };

    explicit CorpusModel(QObject *parent = nullptr);
    ~CorpusModel() override;

    void setStore(ProjectStore *store);

    void setQuery(const CorpusQuery &query);
    const CorpusQuery &query() const { return m_query; }
    // True while the rows of the query are computed on the worker thread.
    bool isPending() const { return m_pending != nullptr; }
    // Projects with at most this many documents are queried on the calling thread (5,000).
    void setSynchronousLimit(int documents) { m_synchronousLimit = documents; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column's full name (the header shows a short one).
    static QString columnName(int section);
    static QString statusText(DocumentStatus status);
    // The title column's decoration.
    QIcon statusIcon(DocumentStatus status) const;

    int rowOf(qint64 documentId) const;
    qint64 documentIdAt(int row) const;
    // The document's summary, read from the store when it is not at hand; nullptr when the
    // document is not in the project. Valid until the model changes or reads again.
    const DocumentSummary *summary(qint64 documentId) const;

signals:
    // The rows of the query set last are in place (at once, or from the worker thread).
    void queryFinished();

public:
    // A row: the document and its sort key (case-folded text, or a number).
    struct Row
    {
        qint64 id = 0;
        QString text;
        qint64 number = 0;
    };

private:
    struct Pending;

    void onChanged(const ProjectChange &change);
    void reload();
    void run();
    void apply(std::vector<Row> rows);
    void cancelPending();
    void updateDocument(qint64 documentId, bool added);
    bool matches(const DocumentSummary &summary) const;
    Row rowFor(const DocumentSummary &summary) const;
    bool before(const Row &a, const Row &b) const;
    int insertionRow(const Row &row) const;
    const DocumentSummary *summaryAt(int row) const;

    ProjectStore *m_store = nullptr;
    CorpusQuery m_query;
    std::vector<Row> m_rows;
    bool m_stale = false; // the rows are another project's, or from before a reset
    int m_synchronousLimit = 5000;
    std::unique_ptr<Pending> m_pending;
    quint64 m_generation = 0;
    // Summaries of rows shown lately, read a page at a time.
    mutable std::unordered_map<qint64, DocumentSummary> m_summaries;
    mutable std::array<QIcon, 3> m_statusIcons; // made on first use, by status
};

} // namespace Copydesk
