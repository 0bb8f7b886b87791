#include "corpusbrowser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
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
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search texts and titles…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Full-text search"));
    m_search->setToolTip(tr("Full-text search over titles and texts. Words, \"exact phrases\", OR, NOT and prefix* work."));

    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("New"), int(DocumentStatus::New));
    m_status->addItem(tr("In progress"), int(DocumentStatus::InProgress));
    m_status->addItem(tr("Done"), int(DocumentStatus::Done));
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Filter by status"));
    m_label->setObjectName(u"labelFilter"_s);
    m_label->setAccessibleName(tr("Filter by label"));
    m_label->setToolTip(tr("Only documents with an annotation of this label"));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Documents"));
    m_view->setObjectName(u"documents"_s);
    setUpHeader();

    m_count->setObjectName(u"count"_s);
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
    // Rows come and go with imports, resets and status changes under a status filter.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &CorpusBrowser::updateCount);
    connect(m_model, &CorpusModel::queryFinished, this, &CorpusBrowser::onQueryFinished);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_keep)
            m_keep = currentDocument();
    });
}

void CorpusBrowser::setUpHeader()
{
    // The dock is narrow (about 300 px): the title takes what is left after the compact count
    // columns. Its icon tells the status (so does its font: bold new, grey done); the status
    // and source columns are there for those who want them (header context menu).
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 12;
    auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + padding;
    };
    int statusWidth = headerWidth(CorpusModel::StatusColumn);
    for (DocumentStatus status : {DocumentStatus::New, DocumentStatus::InProgress, DocumentStatus::Done})
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(CorpusModel::statusText(status)) + padding);
    header->resizeSection(CorpusModel::StatusColumn, statusWidth);
    header->resizeSection(CorpusModel::SourceColumn, metrics.averageCharWidth() * 14 + padding);
    for (int column : {int(CorpusModel::AnnotationsColumn), int(CorpusModel::SuggestionsColumn)})
        header->resizeSection(column, qMax(headerWidth(column), metrics.horizontalAdvance(u"0000"_s) + padding));
    header->setSectionHidden(CorpusModel::SourceColumn, true);
    header->setSectionHidden(CorpusModel::StatusColumn, true);
    m_defaultHeaderState = header->saveState();

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        for (int column = 0; column < CorpusModel::ColumnCount; ++column) {
            if (column == CorpusModel::TitleColumn)
                continue; // a list without titles is no use
            QAction *action = menu.addAction(CorpusModel::columnName(column));
            action->setCheckable(true);
            action->setChecked(isColumnVisible(column));
            connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
        }
        menu.addSeparator();
        menu.addAction(tr("Reset Columns"), this, [this] { m_view->header()->restoreState(m_defaultHeaderState); });
        menu.exec(m_view->header()->viewport()->mapToGlobal(position));
    });
}

bool CorpusBrowser::isColumnVisible(int column) const
{
    return !m_view->header()->isSectionHidden(column);
}

void CorpusBrowser::setColumnVisible(int column, bool visible)
{
    if (column != CorpusModel::TitleColumn)
        m_view->header()->setSectionHidden(column, !visible);
}

QByteArray CorpusBrowser::headerState() const
{
    return m_view->header()->saveState();
}

void CorpusBrowser::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->header()->restoreState(state))
        m_view->header()->restoreState(m_defaultHeaderState);
    // A state saved by an older layout must not hide the titles.
    m_view->header()->setSectionHidden(CorpusModel::TitleColumn, false);
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
    CorpusQuery query = m_model->query();
    const QVariant status = m_status->currentData();
    query.status = status.isValid() ? std::optional(DocumentStatus(status.toInt())) : std::nullopt;
    query.search = m_search->text().trimmed();
    query.label = m_label->currentData().toString();
    if (query == m_model->query())
        return;
    m_keep = currentDocument();
    m_firstIfGone = true;
    m_model->setQuery(query);
    updateCount();
}

void CorpusBrowser::onQueryFinished()
{
    // The model was reset: the current document again if it is listed; after a new filter, else
    // the first.
    const qint64 keep = std::exchange(m_keep, 0);
    const bool firstIfGone = std::exchange(m_firstIfGone, false);
    if (!(keep && selectDocument(keep)) && firstIfGone && keep && visibleCount() > 0)
        selectRow(0);
    updateCount();
}

void CorpusBrowser::updateCount()
{
    const CorpusQuery &query = m_model->query();
    QString text;
    if (m_model->isPending())
        text = tr("Searching…");
    else if (query.filters())
        text = tr("%n document(s) match", nullptr, visibleCount());
    else
        text = tr("%n document(s)", nullptr, visibleCount());
    if (text != m_count->text()) {
        m_count->setText(text);
        emit shownCountChanged();
    }
}

qint64 CorpusBrowser::currentDocument() const
{
    return m_view->currentIndex().data(CorpusModel::DocumentIdRole).toLongLong();
}

bool CorpusBrowser::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool CorpusBrowser::selectDocument(qint64 documentId)
{
    return selectRow(m_model->rowOf(documentId));
}

bool CorpusBrowser::selectNext()
{
    return selectRow(m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0);
}

bool CorpusBrowser::selectPrevious()
{
    return m_view->currentIndex().isValid() && selectRow(m_view->currentIndex().row() - 1);
}

qint64 CorpusBrowser::adjacentDocument(int step) const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->documentIdAt(current.row() + step);
}

int CorpusBrowser::visibleCount() const
{
    return m_model->rowCount();
}

int CorpusBrowser::currentPosition() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
}

} // namespace Copydesk
