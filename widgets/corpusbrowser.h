#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Copydesk {

class CorpusModel;
class ProjectStore;

// The corpus browser: the project's documents with a full-text search box and filters by
// status and by label. Emits currentDocumentChanged() as the person moves through the list.
// The list pages its rows from the project (CorpusModel); on a large project a search or a
// filter answers from a worker thread, the count saying "Searching…" meanwhile.
class CorpusBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusBrowser)

public:
    explicit CorpusBrowser(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    qint64 currentDocument() const;
    bool selectDocument(qint64 documentId);
    // Moves to the next or previous document in the list as shown; false at either end.
    bool selectNext();
    bool selectPrevious();
    // The document step rows after (or before) the current one in the list as shown; 0 if none.
    qint64 adjacentDocument(int step) const;
    int visibleCount() const;
    // The position of the current document in the list as shown (1-based), 0 when none.
    int currentPosition() const;
    QLineEdit *searchField() const { return m_search; }
    CorpusModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // The columns shown (the title always is); the header's context menu offers the others.
    bool isColumnVisible(int column) const;
    void setColumnVisible(int column, bool visible);
    // The header's state (columns shown, widths, sort) between sessions.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentDocumentChanged(qint64 documentId);
    // The number of documents in the list as shown changed (filters, imports, statuses).
    void shownCountChanged();

private:
    void setUpHeader();
    void applyFilters();
    void onQueryFinished();
    void updateCount();
    void refreshLabels();
    bool selectRow(int row);

    ProjectStore *m_store = nullptr;
    CorpusModel *m_model;
    // The document to keep current across a query (its rows may come from a worker thread).
    qint64 m_keep = 0;
    bool m_firstIfGone = false; // a new filter: the first document when the current one left
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_label;
    QTreeView *m_view;
    QLabel *m_count;
    QTimer *m_searchTimer;
    QByteArray m_defaultHeaderState;
};

} // namespace Copydesk
