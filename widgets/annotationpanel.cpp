#include "annotationpanel.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBoundaryFinder>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "annotationeditor.h"
#include "annotationfilterproxymodel.h"
#include "annotationlistmodel.h"
#include "annotationpaneltext.h"
#include "labelcolors.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationListModel(this))
    , m_proxy(new AnnotationFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSortRole(AnnotationListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    buildUi();
}

AnnotationPanel::~AnnotationPanel()
{
    // The note field outlives this part of the object while QWidget deletes the children; its
    // focus-out would call commitNote() on a half-destroyed panel. (The window commits a note
    // being typed before it closes.)
    if (m_note)
        disconnect(m_note, nullptr, this, nullptr);
}

void AnnotationPanel::setEditor(AnnotationEditor *editor)
{
    if (m_editor == editor)
        return;
    if (m_editor && m_editor->store())
        disconnect(m_editor->store(), nullptr, this, nullptr);
    m_editor = editor;
    m_currentId = 0;
    m_detailLabel.clear();
    // The model connects to the store first, so it is up to date when onStoreChanged() runs.
    m_model->setStore(editor ? editor->store() : nullptr);
    if (editor && editor->store())
        connect(editor->store(), &ProjectStore::changed, this, &AnnotationPanel::onStoreChanged);
    rebuildLabelCombo();
    refreshDocumentStatus();
    updateColumnWidths();
    refreshEditor();
}

AnnotationEditor *AnnotationPanel::editor() const
{
    return m_editor;
}

void AnnotationPanel::setDocument(qint64 documentId)
{
    commitNote();
    if (documentId == m_model->documentId())
        return;
    m_model->setDocument(documentId);
    m_selectionStart = m_selectionEnd = 0;
    openLayers();
    updateColumnWidths();
    refreshDocumentStatus();
    if (m_currentId) {
        m_currentId = 0;
        if (m_announce)
            emit annotationSelected(0);
    }
    refreshEditor();
}

qint64 AnnotationPanel::documentId() const
{
    return m_model->documentId();
}

QList<qint64> AnnotationPanel::selectedAnnotationIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == 1) { // the common case, without walking every row
        if (const qint64 id = rows.first().data(AnnotationListModel::AnnotationIdRole).toLongLong())
            ids.append(id);
    } else if (rows.size() > 1) {
        for (const QModelIndex &index : viewOrder()) {
            if (rows.contains(index))
                ids.append(index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
        }
    }
    if (ids.isEmpty() && m_currentId)
        ids.append(m_currentId);
    return ids;
}

QString AnnotationPanel::filterText() const
{
    return m_filter->text();
}

void AnnotationPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void AnnotationPanel::applyFilter()
{
    QStringList labels;
    for (const LabelDefinition &def : m_model->schema().labels())
        labels.append(def.name);
    for (const Annotation &a : m_model->annotations()) {
        if (!labels.contains(a.label))
            labels.append(a.label);
    }
    QStringList layers = m_model->schema().layers();
    layers.append(AnnotationListModel::otherLayerName());
    // While rows come and go the view moves its current row around; what counts is where it
    // ends: the same annotation when it still shows, none when the filter hides it.
    const qint64 before = m_currentId;
    const bool announce = std::exchange(m_announce, false);
    m_proxy->setFilterWords(m_filter->text(), labels, layers);
    openLayers();
    const QModelIndex current = proxyIndexOf(before);
    if (current.isValid()) {
        if (m_currentId != before)
            makeCurrent(current);
        m_view->scrollTo(current);
    } else if (before) {
        m_view->selectionModel()->clear();
        onCurrentRowChanged({});
    }
    m_announce = announce;
    if (m_currentId != before && m_announce)
        emit annotationSelected(m_currentId);
}

void AnnotationPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AnnotationPanel::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->header();
    for (int column = 0; column < AnnotationListModel::ColumnCount; ++column) {
        if (column == AnnotationListModel::LabelColumn || column == AnnotationListModel::TextColumn)
            continue;
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Sort by position"), this,
                   [this] { m_view->sortByColumn(AnnotationListModel::StartColumn, Qt::AscendingOrder); });
    menu.exec(header->viewport()->mapToGlobal(position));
}

void AnnotationPanel::onProxyRowsInserted(const QModelIndex &parent, int first, int last)
{
    // A layer that had no visible rows appears: open it like the others.
    if (!parent.isValid()) {
        for (int row = first; row <= last; ++row) {
            m_view->setFirstColumnSpanned(row, {}, true);
            m_view->expand(m_proxy->index(row, 0));
        }
    }
}

void AnnotationPanel::openLayers()
{
    // Layer rows span the columns: their name and count need not fit the label column.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    m_view->expandAll();
}

void AnnotationPanel::updateColumnWidths()
{
    // Wide enough for the schema's longest label and the longest status, no wider: in a narrow
    // dock every pixel goes to the text.
    const QFontMetrics metrics(m_view->font());
    int labelWidth = metrics.horizontalAdvance(tr("Label"));
    for (const LabelDefinition &def : m_model->schema().labels())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(def.name));
    QSet<QString> labels; // measured once each, not once per annotation
    for (const Annotation &a : m_model->annotations())
        labels.insert(a.label);
    for (const QString &label : std::as_const(labels))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const int decoration = m_view->indentation() + m_view->iconSize().width() + 4 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 10;
    m_view->header()->resizeSection(AnnotationListModel::LabelColumn, labelWidth + decoration);
    int statusWidth = metrics.horizontalAdvance(tr("Status"));
    for (AnnotationStatus status : {AnnotationStatus::Suggested, AnnotationStatus::Accepted, AnnotationStatus::Rejected,
                                    AnnotationStatus::Manual})
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(AnnotationListModel::statusDisplayName(status)));
    m_view->header()->resizeSection(AnnotationListModel::StatusColumn, statusWidth + 14);
}

QModelIndex AnnotationPanel::proxyIndexOf(qint64 id) const
{
    if (!id)
        return {};
    return m_proxy->mapFromSource(m_model->indexOfAnnotation(id));
}

QList<QModelIndex> AnnotationPanel::viewOrder() const
{
    QList<QModelIndex> order;
    for (int l = 0; l < m_proxy->rowCount(); ++l) {
        const QModelIndex layer = m_proxy->index(l, 0);
        for (int r = 0; r < m_proxy->rowCount(layer); ++r)
            order.append(m_proxy->index(r, 0, layer));
    }
    return order;
}

bool AnnotationPanel::makeCurrent(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
    return true;
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    if (!id) {
        const bool announce = std::exchange(m_announce, false);
        m_view->selectionModel()->clear();
        m_announce = announce;
        m_currentId = 0;
        refreshEditor();
        return;
    }
    if (!m_model->indexOfAnnotation(id).isValid())
        return;
    if (!proxyIndexOf(id).isValid())
        m_filter->clear(); // the filter hides it; the person asked to see it
    const bool announce = std::exchange(m_announce, false);
    makeCurrent(proxyIndexOf(id));
    m_announce = announce;
}

void AnnotationPanel::setTextSelection(qint64 start, qint64 end)
{
    m_selectionStart = std::min(start, end);
    m_selectionEnd = std::max(start, end);
    refreshButtons();
}

void AnnotationPanel::onCurrentRowChanged(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? current.data(AnnotationListModel::AnnotationIdRole).toLongLong() : 0;
    if (id == m_currentId)
        return;
    commitNote();
    m_currentId = id;
    refreshEditor();
    if (m_announce)
        emit annotationSelected(id);
}

void AnnotationPanel::onStoreChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::AnnotationsChanged:
        if (change.documentId != documentId())
            return;
        break;
    case ProjectChange::DocumentChanged:
        if (change.documentId == documentId())
            refreshDocumentStatus();
        return;
    case ProjectChange::SchemaChanged:
        rebuildLabelCombo();
        updateColumnWidths();
        m_detailLabel.clear(); // the label's attributes or relations may have changed
        break;
    case ProjectChange::Reset:
        rebuildLabelCombo();
        m_detailLabel.clear();
        refreshDocumentStatus();
        break;
    case ProjectChange::DocumentsAdded:
    case ProjectChange::AnnotatorsChanged:
        return;
    }
    // The current annotation may be gone (deleted, undone) or hidden by the filter; the view's
    // current row then moved already and onCurrentRowChanged() followed it.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 viewId = current.isValid() ? current.data(AnnotationListModel::AnnotationIdRole).toLongLong() : 0;
    if (viewId == m_currentId) {
        refreshEditor();
        return;
    }
    // A reset (a label renamed, a background job) forgets the view's current row; the
    // annotation is still there, so it stays current.
    const QModelIndex same = change.kind == ProjectChange::Reset ? proxyIndexOf(m_currentId) : QModelIndex();
    if (same.isValid()) {
        const bool announce = std::exchange(m_announce, false);
        const qint64 id = m_currentId;
        m_currentId = 0; // so onCurrentRowChanged() takes it as new and refreshes the editor
        makeCurrent(same);
        m_announce = announce;
        if (m_currentId != id && m_announce)
            emit annotationSelected(m_currentId);
        return;
    }
    onCurrentRowChanged(current);
}


bool AnnotationPanel::moveStart(int delta, bool byWord)
{
    const Annotation *a = m_model->annotation(m_currentId);
    if (!m_editor || !a || delta == 0)
        return false;
    const qint64 start = byWord ? wordBoundary(a->start, delta, true) : a->start + delta;
    if (start < 0 || start >= a->end)
        return false;
    return m_editor->setBounds(a->id, start, a->end);
}

bool AnnotationPanel::moveEnd(int delta, bool byWord)
{
    const Annotation *a = m_model->annotation(m_currentId);
    if (!m_editor || !a || delta == 0)
        return false;
    const qint64 end = byWord ? wordBoundary(a->end, delta, false) : a->end + delta;
    if (end <= a->start || end > m_model->offsets().codePointLength())
        return false;
    return m_editor->setBounds(a->id, a->start, end);
}

bool AnnotationPanel::acceptSelected()
{
    return m_editor && m_editor->accept(selectedAnnotationIds());
}

bool AnnotationPanel::rejectSelected()
{
    return m_editor && m_editor->reject(selectedAnnotationIds());
}

bool AnnotationPanel::deleteSelected()
{
    const QList<qint64> ids = selectedAnnotationIds();
    if (!m_editor || ids.isEmpty())
        return false;
    // After the deletion the next row in view order becomes current, so a person can go on.
    const QList<QModelIndex> order = viewOrder();
    qint64 next = 0;
    bool passed = false;
    for (const QModelIndex &index : order) {
        const qint64 id = index.data(AnnotationListModel::AnnotationIdRole).toLongLong();
        if (ids.contains(id)) {
            passed = true;
        } else if (passed) {
            next = id;
            break;
        } else {
            next = id; // the last one before, in case none follows
        }
    }
    // The view moves its current row on its own when that row goes; announce only where it
    // ends up, once.
    const qint64 before = m_currentId;
    const bool announce = std::exchange(m_announce, false);
    const bool removed = m_editor->remove(ids);
    if (removed) {
        const QModelIndex nextIndex = proxyIndexOf(next);
        if (nextIndex.isValid())
            makeCurrent(nextIndex);
    }
    m_announce = announce;
    if (m_currentId != before && m_announce)
        emit annotationSelected(m_currentId);
    return removed;
}

bool AnnotationPanel::acceptAllOfCurrentLabel()
{
    // The shown suggestions of the label only: hidden means untouched.
    const Annotation *current = m_model->annotation(m_currentId);
    if (!m_editor || !current)
        return false;
    QList<qint64> ids;
    for (const QModelIndex &index : viewOrder()) {
        if (isShown(index) && index.data(AnnotationListModel::LabelRole).toString() == current->label
            && index.data(AnnotationListModel::StatusRole).toInt() == int(AnnotationStatus::Suggested))
            ids.append(index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    }
    return m_editor->accept(ids);
}

QList<qint64> AnnotationPanel::shownSuggestionIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : viewOrder()) {
        if (isShown(index) && index.data(AnnotationListModel::StatusRole).toInt() == int(AnnotationStatus::Suggested))
            ids.append(index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    }
    return ids;
}

bool AnnotationPanel::acceptAllShown()
{
    return m_editor && m_editor->accept(shownSuggestionIds());
}

bool AnnotationPanel::rejectAllShown()
{
    return m_editor && m_editor->reject(shownSuggestionIds());
}

void AnnotationPanel::setHiddenLayers(const QStringList &layers)
{
    m_hiddenLayers = layers;
}

void AnnotationPanel::setShowSuggestions(bool show)
{
    m_showSuggestions = show;
}

void AnnotationPanel::setShowRejected(bool show)
{
    m_showRejected = show;
}

bool AnnotationPanel::isShown(const QModelIndex &index) const
{
    // As the article shows it: its layer shown, and suggestions and rejected ones when shown.
    // (The panel's filter hides rows already.)
    const int status = index.data(AnnotationListModel::StatusRole).toInt();
    if (status == int(AnnotationStatus::Suggested) && !m_showSuggestions)
        return false;
    if (status == int(AnnotationStatus::Rejected) && !m_showRejected)
        return false;
    return m_hiddenLayers.isEmpty() || !m_hiddenLayers.contains(index.data(AnnotationListModel::LayerRole).toString());
}

bool AnnotationPanel::isShown(qint64 id) const
{
    const QModelIndex index = proxyIndexOf(id);
    return index.isValid() && isShown(index);
}

bool AnnotationPanel::selectNext()
{
    const QList<QModelIndex> order = viewOrder();
    const QModelIndex current = proxyIndexOf(m_currentId);
    const qsizetype at = current.isValid() ? order.indexOf(current.siblingAtColumn(0)) : -1;
    for (qsizetype i = at + 1; i < order.size(); ++i) {
        if (isShown(order.at(i)))
            return makeCurrent(order.at(i));
    }
    return false;
}

bool AnnotationPanel::selectPrevious()
{
    const QList<QModelIndex> order = viewOrder();
    const QModelIndex current = proxyIndexOf(m_currentId);
    const qsizetype at = current.isValid() ? order.indexOf(current.siblingAtColumn(0)) : order.size();
    for (qsizetype i = at - 1; i >= 0; --i) {
        if (isShown(order.at(i)))
            return makeCurrent(order.at(i));
    }
    return false;
}

bool AnnotationPanel::selectNextSuggestion()
{
    const QList<QModelIndex> order = viewOrder();
    const QModelIndex current = proxyIndexOf(m_currentId);
    const qsizetype at = current.isValid() ? order.indexOf(current.siblingAtColumn(0)) : -1;
    for (qsizetype step = 1; step <= order.size(); ++step) {
        const QModelIndex &candidate = order.at((at + step + order.size()) % order.size());
        if (candidate.data(AnnotationListModel::StatusRole).toInt() == int(AnnotationStatus::Suggested)
            && candidate.data(AnnotationListModel::AnnotationIdRole).toLongLong() != m_currentId && isShown(candidate))
            return makeCurrent(candidate);
    }
    return false;
}

bool AnnotationPanel::linkFromSelection(const QString &relationName)
{
    const Annotation *head = m_model->annotation(m_currentId);
    const RelationDefinition *relation = m_model->schema().relation(relationName);
    if (!m_editor || !head || !relation || relation->childLabels.isEmpty() || m_selectionEnd <= m_selectionStart)
        return false;
    const qint64 headId = head->id;
    const QString childLabel = relation->childLabels.constFirst();
    const qint64 start = m_selectionStart;
    const qint64 end = m_selectionEnd;
    if (end > m_model->offsets().codePointLength() || !m_model->schema().hasLabel(childLabel))
        return false;

    // An annotation of that label on exactly the selection is linked rather than duplicated.
    qint64 childId = 0;
    for (const Annotation &a : m_model->annotations()) {
        if (a.label == childLabel && a.start == start && a.end == end && a.status != AnnotationStatus::Rejected && a.id != headId)
            childId = a.id;
    }
    QJsonObject attrs;
    if (relationName == u"VIA") {
        // A quote comes via a publication: say so when the child label knows that kind.
        const LabelDefinition *def = m_model->schema().label(childLabel);
        if (def && def->attributes.value(u"kind").toArray().contains(u"publication"_s))
            attrs.insert(u"kind"_s, u"publication"_s);
    }

    // One undo step: the new annotation and its link, both or neither.
    const bool ok = childId ? m_editor->setRelation(headId, relationName, childId)
                            : m_editor->createAndLink(headId, relationName, childLabel, start, end, attrs).has_value();
    // The quote stays current: the person goes on with it.
    const QModelIndex headIndex = proxyIndexOf(headId);
    if (headIndex.isValid() && headId != m_currentId) {
        const bool announce = std::exchange(m_announce, false);
        makeCurrent(headIndex);
        m_announce = announce;
    }
    return ok;
}


} // namespace Copydesk
