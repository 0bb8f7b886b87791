#include "annotationsetfilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

#include "projectchange.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
constexpr int ModeRole = Qt::UserRole;
constexpr int OwnerRole = Qt::UserRole + 1;
} // namespace

AnnotationSetModel::AnnotationSetModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_reloadLater(new QTimer(this))
{
    // Counting the sets reads the whole document: after a run of decisions, once, and not
    // before the decision is shown.
    m_reloadLater->setSingleShot(true);
    m_reloadLater->setInterval(0);
    connect(m_reloadLater, &QTimer::timeout, this, &AnnotationSetModel::reload);
}

void AnnotationSetModel::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &AnnotationSetModel::onChanged);
    reload();
}

void AnnotationSetModel::setDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    reload();
}

int AnnotationSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AnnotationSetModel::describe(const Row &row)
{
    QString text = row.owner.kind == AnnotatorKind::Curation ? tr("curated") : row.owner.displayName();
    QStringList details;
    details.append(tr("decisions: %1").arg(row.decisions));
    if (row.status != DocumentStatus::New)
        details.append(documentStatusDisplayName(row.status));
    return text + u" ("_s + details.join(u", "_s) + u')';
}

QVariant AnnotationSetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return describe(row);
    case Qt::ToolTipRole:
        return annotatorKindName(row.owner.kind) + u": "_s + row.owner.displayName();
    case OwnerIdRole:
        return row.owner.id;
    case KindRole:
        return int(row.owner.kind);
    case DecisionsRole:
        return row.decisions;
    case StatusRole:
        return int(row.status);
    default:
        return {};
    }
}

void AnnotationSetModel::onChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::AnnotationsChanged:
        if (change.documentId == m_documentId)
            m_reloadLater->start();
        break;
    case ProjectChange::DocumentChanged:
        if (change.documentId == m_documentId)
            reload();
        break;
    case ProjectChange::AnnotatorsChanged:
    case ProjectChange::Reset:
        reload();
        break;
    default:
        break;
    }
}

void AnnotationSetModel::reload()
{
    m_reloadLater->stop();
    QList<Row> rows;
    if (m_store && m_store->isOpen() && m_documentId) {
        for (const AnnotationSetSummary &set : m_store->annotationSets(m_documentId)) {
            const std::optional<Annotator> owner = m_store->annotator(set.ownerId);
            if (owner)
                rows.append({*owner, set.decisions, set.status});
        }
    }
    // Update rows in place when the same owners are there (an edit changes a count), else reset.
    bool sameOwners = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameOwners && i < rows.size(); ++i)
        sameOwners = rows.at(i).owner.id == m_rows.at(i).owner.id;
    if (sameOwners) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const bool changed = rows.at(i).decisions != m_rows.at(i).decisions || rows.at(i).status != m_rows.at(i).status
                                 || rows.at(i).owner.displayName() != m_rows.at(i).owner.displayName();
            m_rows[i] = rows.at(i);
            if (changed)
                emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

AnnotationSetFilter::AnnotationSetFilter(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationSetModel(this))
    , m_choice(new QComboBox(this))
    , m_others(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Sho&w:"), this);
    label->setBuddy(m_choice);
    layout->addWidget(label);
    m_choice->setObjectName(u"annotationSetChooser"_s);
    m_choice->setAccessibleName(tr("Whose annotations to show"));
    m_choice->setToolTip(tr("Whose annotations the article shows: all, yours, the curated set, or another annotator's (read-only)"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_choice);
    m_others->setObjectName(u"otherAnnotators"_s);
    m_others->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_others, 1);
    connect(m_choice, &QComboBox::activated, this, &AnnotationSetFilter::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationSetFilter::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationSetFilter::rebuild);
    rebuild();
}

void AnnotationSetFilter::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_model->setStore(store);
    if (m_store) {
        // A new annotator (the curated set made) is a new choice.
        connect(m_store, &ProjectStore::changed, this, [this](const ProjectChange &change) {
            if (change.kind == ProjectChange::AnnotatorsChanged || change.kind == ProjectChange::Reset)
                rebuild();
        });
    }
    rebuild();
}

void AnnotationSetFilter::setPersonId(qint64 personId)
{
    m_personId = personId;
    if (m_referenceId)
        setStudentMode(m_referenceId); // the student's own set is the new person's
    rebuild();
    if (m_selection.mode == SetSelection::Mine && m_selection.ownerId != personId) {
        SetSelection selection = m_selection;
        selection.ownerId = personId;
        setSelection(selection);
    }
}

void AnnotationSetFilter::setDocument(qint64 documentId)
{
    m_model->setDocument(documentId);
    rebuild();
}

void AnnotationSetFilter::setStudentMode(qint64 referenceId)
{
    m_referenceId = referenceId;
    if (referenceId)
        setSelection({SetSelection::Mine, m_personId, true, {referenceId}});
    else
        setSelection({});
    rebuild();
}

QString AnnotationSetFilter::othersText() const
{
    QStringList others;
    for (const AnnotationSetModel::Row &row : m_model->rows()) {
        if (row.owner.id == m_personId || (m_referenceId && row.owner.id == m_referenceId))
            continue;
        if (m_selection.mode != SetSelection::All && row.owner.id == m_selection.ownerId)
            continue;
        others.append(AnnotationSetModel::describe(row));
    }
    if (others.isEmpty())
        return m_model->documentId() ? tr("Nobody else annotated this article.") : QString();
    return tr("Also annotated by: %1").arg(others.join(u", "_s));
}

bool AnnotationSetFilter::choose(SetSelection::Mode mode, qint64 ownerId)
{
    for (int i = 0; i < m_choice->count(); ++i) {
        if (m_choice->itemData(i, ModeRole).toInt() == int(mode) && (mode != SetSelection::Annotator || m_choice->itemData(i, OwnerRole).toLongLong() == ownerId)) {
            m_choice->setCurrentIndex(i);
            onActivated(i);
            return true;
        }
    }
    return false;
}

void AnnotationSetFilter::onActivated(int index)
{
    if (m_rebuilding || index < 0)
        return;
    SetSelection selection;
    selection.mode = SetSelection::Mode(m_choice->itemData(index, ModeRole).toInt());
    selection.ownerId = m_choice->itemData(index, OwnerRole).toLongLong();
    if (m_referenceId) {
        selection.hideSuggestions = true;
        selection.hiddenOwners = {m_referenceId};
    }
    setSelection(selection);
}

void AnnotationSetFilter::setSelection(const SetSelection &selection)
{
    const bool changed = selection.mode != m_selection.mode || selection.ownerId != m_selection.ownerId
                         || selection.hideSuggestions != m_selection.hideSuggestions || selection.hiddenOwners != m_selection.hiddenOwners;
    m_selection = selection;
    m_others->setText(othersText());
    if (changed)
        emit selectionChanged(m_selection);
}

void AnnotationSetFilter::rebuild()
{
    m_rebuilding = true;
    m_choice->clear();
    qint64 curated = 0;
    if (m_store && m_store->isOpen()) {
        for (const Annotator &a : m_store->annotators()) {
            if (a.kind == AnnotatorKind::Curation)
                curated = a.id;
        }
    }
    auto add = [&](const QString &text, SetSelection::Mode mode, qint64 owner) {
        m_choice->addItem(text);
        m_choice->setItemData(m_choice->count() - 1, int(mode), ModeRole);
        m_choice->setItemData(m_choice->count() - 1, owner, OwnerRole);
    };
    if (!m_referenceId)
        add(tr("All annotations"), SetSelection::All, 0);
    add(tr("Mine"), SetSelection::Mine, m_personId);
    if (curated && !m_referenceId)
        add(tr("Curated"), SetSelection::Curated, curated);
    QList<qint64> listed;
    for (const AnnotationSetModel::Row &row : m_model->rows()) {
        const qint64 id = row.owner.id;
        if (id == m_personId || id == curated || id == m_referenceId)
            continue;
        add(tr("%1 (read-only)").arg(row.owner.displayName()), SetSelection::Annotator, id);
        listed.append(id);
    }
    // A set chosen on another article stays chosen here, even where it is empty.
    if (m_selection.mode == SetSelection::Annotator && !listed.contains(m_selection.ownerId) && m_store && m_store->isOpen()) {
        if (const std::optional<Annotator> a = m_store->annotator(m_selection.ownerId))
            add(tr("%1 (read-only)").arg(a->displayName()), SetSelection::Annotator, a->id);
    }
    int current = 0;
    for (int i = 0; i < m_choice->count(); ++i) {
        const bool sameMode = m_choice->itemData(i, ModeRole).toInt() == int(m_selection.mode);
        if (sameMode && (m_selection.mode != SetSelection::Annotator || m_choice->itemData(i, OwnerRole).toLongLong() == m_selection.ownerId))
            current = i;
    }
    m_choice->setCurrentIndex(current);
    m_rebuilding = false;
    // The chosen set may have gone (the curated set of another project): follow the combo.
    if (m_choice->itemData(current, ModeRole).toInt() != int(m_selection.mode))
        onActivated(current);
    m_others->setText(othersText());
}

} // namespace Copydesk
