#include "corpusbrowser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "corpusmodel.h"
#include "projectchange.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

CorpusBrowser::CorpusBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new CorpusModel(this))
    , m_filter(new CorpusFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search texts and titles…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Full-text search"));
    m_search->setToolTip(tr("Full-text search over titles and texts. Words, \"exact phrases\", OR, NOT and prefix* work."));

    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("New"), int(DocumentStatus::New));
    m_status->addItem(tr("In progress"), int(DocumentStatus::InProgress));
    m_status->addItem(tr("Done"), int(DocumentStatus::Done));
    m_status->setAccessibleName(tr("Filter by status"));
    m_label->setAccessibleName(tr("Filter by label"));
    m_label->setToolTip(tr("Only documents with an annotation of this label"));

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Documents"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    for (int column = CorpusModel::SourceColumn; column < CorpusModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(CorpusModel::SourceColumn, true);

    m_count->setAccessibleName(tr("Number of documents shown"));
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    m_count->setPalette(palette);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CorpusBrowser::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &CorpusBrowser::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CorpusBrowser::applyFilters);
    connect(m_label, &QComboBox::currentIndexChanged, this, &CorpusBrowser::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        emit currentDocumentChanged(current.data(CorpusModel::DocumentIdRole).toLongLong());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { m_count->setText(tr("%n document(s)", nullptr, visibleCount())); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { m_count->setText(tr("%n document(s)", nullptr, visibleCount())); });
}

void CorpusBrowser::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_model->setStore(store);
    if (m_store) {
        connect(m_store, &ProjectStore::changed, this, [this](const ProjectChange &change) {
            if (change.kind == ProjectChange::SchemaChanged || change.kind == ProjectChange::Reset)
                refreshLabels();
        });
    }
    refreshLabels();
    applyFilters();
}

void CorpusBrowser::refreshLabels()
{
    const QString current = m_label->currentData().toString();
    const QSignalBlocker blocker(m_label);
    m_label->clear();
    m_label->addItem(tr("Any label"));
    if (m_store && m_store->isOpen()) {
        const LabelSchema schema = m_store->schema();
        for (const LabelDefinition &label : schema.labels())
            m_label->addItem(label.name, label.name);
    }
    const int index = m_label->findData(current);
    m_label->setCurrentIndex(index > 0 ? index : 0);
}

void CorpusBrowser::applyFilters()
{
    const qint64 current = currentDocument();
    const QVariant status = m_status->currentData();
    m_filter->setStatusFilter(status.isValid() ? std::optional(DocumentStatus(status.toInt())) : std::nullopt);
    std::optional<QSet<qint64>> ids;
    const QString query = m_search->text().trimmed();
    if (m_store && m_store->isOpen() && !query.isEmpty()) {
        const QList<qint64> found = m_store->search(query);
        ids = QSet<qint64>(found.cbegin(), found.cend());
    }
    const QString label = m_label->currentData().toString();
    if (m_store && m_store->isOpen() && !label.isEmpty()) {
        const QList<qint64> withLabel = m_store->documentIdsWithLabel(label);
        const QSet<qint64> set(withLabel.cbegin(), withLabel.cend());
        ids = ids ? ids->intersect(set) : set;
    }
    m_filter->setAllowedIds(ids);
    m_count->setText(query.isEmpty() && label.isEmpty() && !status.isValid()
                         ? tr("%n document(s)", nullptr, visibleCount())
                         : tr("%n document(s) match", nullptr, visibleCount()));
    if (current && !selectDocument(current) && visibleCount() > 0)
        selectRow(0);
}

qint64 CorpusBrowser::currentDocument() const
{
    return m_view->currentIndex().data(CorpusModel::DocumentIdRole).toLongLong();
}

bool CorpusBrowser::selectRow(int row)
{
    if (row < 0 || row >= m_filter->rowCount())
        return false;
    const QModelIndex index = m_filter->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool CorpusBrowser::selectDocument(qint64 documentId)
{
    const int sourceRow = m_model->rowOf(documentId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    return selectRow(index.row());
}

bool CorpusBrowser::selectNext()
{
    return selectRow(m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0);
}

bool CorpusBrowser::selectPrevious()
{
    return m_view->currentIndex().isValid() && selectRow(m_view->currentIndex().row() - 1);
}

int CorpusBrowser::visibleCount() const
{
    return m_filter->rowCount();
}

int CorpusBrowser::currentPosition() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
}

} // namespace Copydesk
