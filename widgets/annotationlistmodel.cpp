#include "annotationlistmodel.h"

#include <algorithm>

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include "labelcolors.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Top-level rows carry 0 as internal id; a child carries its layer's row + 1.
constexpr quintptr layerRowId = 0;

bool positionLess(const Annotation &a, const Annotation &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end > b.end; // the outer span first
    return a.id < b.id;
}

} // namespace

QString AnnotationListModel::otherLayerName()
{
    return u"other"_s;
}

QString AnnotationListModel::layerDisplayName(const QString &layer)
{
    if (layer == u"entities")
        return tr("Entities");
    if (layer == u"sourcing")
        return tr("Sourcing");
    if (layer == u"furniture")
        return tr("Page furniture");
    if (layer == otherLayerName())
        return tr("Other");
    return layer.isEmpty() ? layer : layer.front().toUpper() + layer.mid(1);
}

QString AnnotationListModel::statusDisplayName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested:
        return tr("suggested");
    case AnnotationStatus::Accepted:
        return tr("accepted");
    case AnnotationStatus::Rejected:
        return tr("rejected");
    case AnnotationStatus::Manual:
        return tr("manual");
    }
    return {};
}

QString AnnotationListModel::displayText(const QString &text, int maxLength)
{
    QString line = text;
    line.replace(u'\n', u'⏎');
    line.replace(u'\t', u' ');
    if (line.size() <= maxLength || maxLength < 8)
        return line;
    // Elide in the middle, never inside a surrogate pair.
    qsizetype head = (maxLength - 1) * 2 / 3;
    qsizetype tail = maxLength - 1 - head;
    if (head > 0 && line.at(head - 1).isHighSurrogate())
        --head;
    qsizetype tailStart = line.size() - tail;
    if (line.at(tailStart).isLowSurrogate())
        ++tailStart;
    return line.left(head).trimmed() + u'…' + line.mid(tailStart).trimmed();
}

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

AnnotationListModel::~AnnotationListModel() = default;

void AnnotationListModel::setStore(ProjectStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_documentId = 0;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &AnnotationListModel::onStoreChanged);
    reload();
}

ProjectStore *AnnotationListModel::store() const
{
    return m_store;
}

void AnnotationListModel::setDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    reload();
}

QStringList AnnotationListModel::layerNames() const
{
    QStringList names = m_schema.layers();
    if (!names.contains(otherLayerName()))
        names.append(otherLayerName());
    return names;
}

int AnnotationListModel::layerIndexFor(const QString &label) const
{
    const QString layer = m_schema.layerOf(label);
    for (int i = 0; i < m_layers.size(); ++i) {
        if (m_layers.at(i).name == layer)
            return i;
    }
    for (int i = 0; i < m_layers.size(); ++i) {
        if (m_layers.at(i).name == otherLayerName())
            return i;
    }
    return int(m_layers.size()) - 1;
}

void AnnotationListModel::loadAnnotators()
{
    m_annotatorNames.clear();
    if (!m_store)
        return;
    const QList<Annotator> all = m_store->annotators();
    for (const Annotator &a : all)
        m_annotatorNames.insert(a.id, a.displayName());
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_layers.clear();
    m_text.clear();
    m_offsets = TextOffsets();
    m_schema = LabelSchema();
    m_chips.clear();
    m_annotatorNames.clear();
    if (m_store && m_store->isOpen()) {
        m_schema = m_store->schema();
        loadAnnotators();
        for (const QString &name : layerNames())
            m_layers.append({name, {}});
        const std::optional<Document> doc = m_documentId ? m_store->document(m_documentId) : std::nullopt;
        if (doc) {
            m_text = doc->text;
            m_offsets = TextOffsets(m_text);
            const QList<Annotation> all = selectAnnotations(m_store->annotations(m_documentId), m_selection);
            for (const Annotation &a : all)
                m_layers[layerIndexFor(a.label)].rows.append(a);
            for (Layer &layer : m_layers)
                std::sort(layer.rows.begin(), layer.rows.end(), positionLess);
        } else {
            m_documentId = 0;
        }
    }
    endResetModel();
}

void AnnotationListModel::setSelection(const SetSelection &selection)
{
    m_selection = selection;
    if (m_store && m_store->isOpen() && m_documentId)
        update(m_store->annotations(m_documentId));
}

void AnnotationListModel::update(const QList<Annotation> &unselected)
{
    if (m_layers.isEmpty())
        return;
    const QList<Annotation> all = selectAnnotations(unselected, m_selection);
    QList<QList<Annotation>> wanted(m_layers.size());
    QSet<qint64> wantedIds;
    for (const Annotation &a : all) {
        wanted[layerIndexFor(a.label)].append(a);
        wantedIds.insert(a.id);
    }
    for (QList<Annotation> &rows : wanted)
        std::sort(rows.begin(), rows.end(), positionLess);

    QList<qsizetype> countsBefore;
    for (const Layer &layer : std::as_const(m_layers))
        countsBefore.append(layer.rows.size());

    // 1. Removals, in contiguous ranges from the end so the rows before stay valid.
    for (int l = 0; l < m_layers.size(); ++l) {
        QList<Annotation> &rows = m_layers[l].rows;
        for (qsizetype last = rows.size() - 1; last >= 0; --last) {
            if (wantedIds.contains(rows.at(last).id))
                continue;
            qsizetype first = last;
            while (first > 0 && !wantedIds.contains(rows.at(first - 1).id))
                --first;
            beginRemoveRows(index(l, 0), int(first), int(last));
            rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }
    }

    // 2. Inserts and moves, layer by layer, row by row: after step i of a layer its first i rows
    // are the wanted ones, so a row found elsewhere is below them or in another layer.
    QHash<qint64, int> layerOfId;
    for (int l = 0; l < m_layers.size(); ++l) {
        for (const Annotation &a : std::as_const(m_layers.at(l).rows))
            layerOfId.insert(a.id, l);
    }
    for (int l = 0; l < m_layers.size(); ++l) {
        const QList<Annotation> &target = wanted.at(l);
        for (qsizetype i = 0; i < target.size(); ++i) {
            const Annotation &a = target.at(i);
            QList<Annotation> &rows = m_layers[l].rows;
            if (i < rows.size() && rows.at(i).id == a.id)
                continue;
            const auto found = layerOfId.constFind(a.id);
            if (found == layerOfId.cend()) {
                beginInsertRows(index(l, 0), int(i), int(i));
                rows.insert(i, a);
                endInsertRows();
                layerOfId.insert(a.id, l);
                continue;
            }
            const int from = *found;
            QList<Annotation> &fromRows = m_layers[from].rows;
            const auto it = std::find_if(fromRows.cbegin(), fromRows.cend(),
                                         [&](const Annotation &row) { return row.id == a.id; });
            const qsizetype j = it - fromRows.cbegin();
            beginMoveRows(index(from, 0), int(j), int(j), index(l, 0), int(i));
            Annotation moved = fromRows.takeAt(j);
            m_layers[l].rows.insert(i, moved);
            endMoveRows();
            layerOfId.insert(a.id, l);
        }
    }

    // 3. The rows whose content changed, in contiguous ranges.
    for (int l = 0; l < m_layers.size(); ++l) {
        QList<Annotation> &rows = m_layers[l].rows;
        const QList<Annotation> &target = wanted.at(l);
        Q_ASSERT(rows.size() == target.size());
        qsizetype first = -1;
        for (qsizetype i = 0; i <= rows.size(); ++i) {
            const bool differs = i < rows.size() && !(rows.at(i) == target.at(i));
            if (differs) {
                rows[i] = target.at(i);
                if (first < 0)
                    first = i;
            } else if (first >= 0) {
                const QModelIndex parentIndex = index(l, 0);
                emit dataChanged(index(int(first), 0, parentIndex), index(int(i - 1), ColumnCount - 1, parentIndex));
                first = -1;
            }
        }
        if (rows.size() != countsBefore.at(l))
            emit dataChanged(index(l, 0), index(l, ColumnCount - 1));
    }
}

void AnnotationListModel::onStoreChanged(const ProjectChange &change)
{
    if (!m_store)
        return;
    switch (change.kind) {
    case ProjectChange::AnnotationsChanged:
        if (m_documentId && change.documentId == m_documentId) {
            // A person's edit names what it touched: those are read again, not the document.
            if (!change.annotationIds.isEmpty()) {
                QHash<qint64, std::optional<Annotation>> touched;
                for (qint64 id : change.annotationIds)
                    touched.insert(id, m_store->annotation(id));
                if (updateInPlace(touched))
                    break;
                QList<Annotation> all = annotations();
                for (auto it = all.begin(); it != all.end();) {
                    const auto found = touched.constFind(it->id);
                    if (found == touched.constEnd()) {
                        ++it;
                    } else if (found.value() && found.value()->documentId == m_documentId) {
                        *it = *found.value();
                        touched.remove(it->id);
                        ++it;
                    } else {
                        touched.remove(it->id);
                        it = all.erase(it);
                    }
                }
                for (const std::optional<Annotation> &added : std::as_const(touched)) {
                    if (added && added->documentId == m_documentId)
                        all.append(*added);
                }
                update(all);
                break;
            }
            // A new annotator may have come with the change (an engine's first run).
            loadAnnotators();
            update(m_store->annotations(m_documentId));
        }
        break;
    case ProjectChange::AnnotatorsChanged:
        loadAnnotators();
        for (int l = 0; l < m_layers.size(); ++l) {
            if (!m_layers.at(l).rows.isEmpty()) {
                emit dataChanged(index(0, AnnotatorColumn, index(l, 0)),
                                 index(int(m_layers.at(l).rows.size()) - 1, AnnotatorColumn, index(l, 0)));
            }
        }
        break;
    case ProjectChange::SchemaChanged: {
        const LabelSchema schema = m_store->schema();
        const QStringList layersBefore = layerNames();
        m_schema = schema;
        m_chips.clear();
        if (layerNames() != layersBefore) {
            reload();
            break;
        }
        // Same layers: labels may have moved between them, colours and names may have changed.
        update(m_documentId ? m_store->annotations(m_documentId) : QList<Annotation>());
        for (int l = 0; l < m_layers.size(); ++l) {
            emit dataChanged(index(l, 0), index(l, ColumnCount - 1));
            if (!m_layers.at(l).rows.isEmpty()) {
                emit dataChanged(index(0, 0, index(l, 0)),
                                 index(int(m_layers.at(l).rows.size()) - 1, ColumnCount - 1, index(l, 0)));
            }
        }
        break;
    }
    case ProjectChange::Reset:
        reload();
        break;
    case ProjectChange::DocumentsAdded:
    case ProjectChange::DocumentChanged:
        break;
    }
}

// A decision or an edit that leaves every touched row where it was (same layer, same place in
// the order): the rows are replaced where they stand, without copying the document's rows.
bool AnnotationListModel::updateInPlace(const QHash<qint64, std::optional<Annotation>> &touched)
{
    QList<std::pair<QModelIndex, const Annotation *>> places;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const std::optional<Annotation> &a = it.value();
        if (!a || a->documentId != m_documentId || !m_selection.shows(*a))
            return false;
        const QModelIndex at = indexOfAnnotation(it.key());
        if (!at.isValid() || int(at.internalId() - 1) != layerIndexFor(a->label))
            return false;
        const QList<Annotation> &rows = m_layers.at(int(at.internalId() - 1)).rows;
        const qsizetype row = at.row();
        if ((row > 0 && !positionLess(rows.at(row - 1), *a)) || (row + 1 < rows.size() && !positionLess(*a, rows.at(row + 1))))
            return false;
        places.append({at, &*a});
    }
    for (const auto &[at, a] : std::as_const(places)) {
        Annotation &row = m_layers[int(at.internalId() - 1)].rows[at.row()];
        if (row == *a)
            continue;
        row = *a;
        emit dataChanged(index(at.row(), 0, at.parent()), index(at.row(), ColumnCount - 1, at.parent()));
    }
    return true;
}

QList<Annotation> AnnotationListModel::annotations() const
{
    QList<Annotation> all;
    for (const Layer &layer : m_layers)
        all.append(layer.rows);
    return all;
}

const Annotation *AnnotationListModel::annotation(qint64 id) const
{
    for (const Layer &layer : m_layers) {
        for (const Annotation &a : layer.rows) {
            if (a.id == id)
                return &a;
        }
    }
    return nullptr;
}

const Annotation *AnnotationListModel::annotation(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == layerRowId)
        return nullptr;
    const int layer = int(index.internalId() - 1);
    if (layer >= m_layers.size() || index.row() >= m_layers.at(layer).rows.size())
        return nullptr;
    return &m_layers.at(layer).rows.at(index.row());
}

QModelIndex AnnotationListModel::indexOfAnnotation(qint64 id, int column) const
{
    for (int l = 0; l < m_layers.size(); ++l) {
        const QList<Annotation> &rows = m_layers.at(l).rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).id == id)
                return createIndex(r, column, quintptr(l + 1));
        }
    }
    return {};
}

QModelIndex AnnotationListModel::indexOfLayer(const QString &layer) const
{
    for (int l = 0; l < m_layers.size(); ++l) {
        if (m_layers.at(l).name == layer)
            return createIndex(l, 0, layerRowId);
    }
    return {};
}

QString AnnotationListModel::coveredText(const Annotation &annotation) const
{
    const qsizetype from = m_offsets.toUtf16(annotation.start);
    const qsizetype to = m_offsets.toUtf16(annotation.end);
    return m_text.mid(from, to - from);
}

QString AnnotationListModel::annotatorName(qint64 annotatorId) const
{
    return m_annotatorNames.value(annotatorId);
}

QModelIndex AnnotationListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_layers.size() ? createIndex(row, column, layerRowId) : QModelIndex();
    if (parent.internalId() != layerRowId || parent.column() != 0 || parent.row() >= m_layers.size())
        return {};
    if (row >= m_layers.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AnnotationListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == layerRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, layerRowId);
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_layers.size());
    if (parent.internalId() != layerRowId || parent.column() != 0 || parent.row() >= m_layers.size())
        return 0;
    return int(m_layers.at(parent.row()).rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AnnotationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == layerRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LabelColumn: return tr("Label");
        case TextColumn: return tr("Text");
        case StatusColumn: return tr("Status");
        case AnnotatorColumn: return tr("By");
        case ConfidenceColumn: return tr("Conf.");
        case StartColumn: return tr("Start");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case LabelColumn: return tr("The annotation's label, in its schema colour");
        case TextColumn: return tr("The text the annotation covers");
        case StatusColumn: return tr("Suggested by an engine, accepted, rejected, or made by a person (manual)");
        case AnnotatorColumn: return tr("Who made the annotation: a person, an engine or an imported file");
        case ConfidenceColumn: return tr("The engine's confidence, from 0 to 1");
        case StartColumn: return tr("Where the annotation starts, in characters from the start of the text");
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (section == ConfidenceColumn || section == StartColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == layerRowId)
        return index.row() < m_layers.size() ? layerData(index.row(), index.column(), role) : QVariant();
    const Annotation *a = annotation(index);
    return a ? annotationData(*a, index.column(), role) : QVariant();
}

QVariant AnnotationListModel::layerData(int layer, int column, int role) const
{
    const Layer &l = m_layers.at(layer);
    switch (role) {
    case Qt::DisplayRole:
        if (column == LabelColumn)
            return tr("%1 (%2)").arg(layerDisplayName(l.name)).arg(l.rows.size());
        return {};
    case Qt::ToolTipRole:
        return tr("%n annotation(s) in the layer %1", nullptr, int(l.rows.size())).arg(layerDisplayName(l.name));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case LayerRole:
        return l.name;
    case IsLayerRole:
        return true;
    case AnnotationIdRole:
        return qint64(0);
    case SortRole:
        return layer;
    }
    return {};
}

QVariant AnnotationListModel::annotationData(const Annotation &a, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn: return a.label;
        case TextColumn: return displayText(coveredText(a));
        case StatusColumn: return statusDisplayName(a.status);
        case AnnotatorColumn: return annotatorName(a.annotatorId);
        case ConfidenceColumn: return a.confidence < 0 ? QString() : QString::number(a.confidence, 'f', 2);
        case StartColumn: return a.start;
        }
        return {};
    case Qt::DecorationRole:
        if (column == LabelColumn) {
            auto chip = m_chips.constFind(a.label);
            if (chip == m_chips.cend()) {
                const LabelDefinition *def = m_schema.label(a.label);
                const QColor color = LabelColors::labelColor(def ? def->color : QString(), QGuiApplication::palette());
                chip = m_chips.insert(a.label, LabelColors::chipIcon(color));
            }
            return *chip;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1, %2, by %3").arg(a.label, statusDisplayName(a.status), annotatorName(a.annotatorId));
        tip += u'\n' + displayText(coveredText(a), 400);
        if (!a.reason.isEmpty() || a.confidence >= 0) {
            tip += u'\n' + tr("Rule: %1; confidence: %2")
                               .arg(a.reason.isEmpty() ? tr("none given") : a.reason,
                                    a.confidence < 0 ? tr("none given") : QString::number(a.confidence, 'f', 2));
        }
        if (!a.note.isEmpty())
            tip += u'\n' + tr("Note: %1").arg(a.note);
        // The label's guideline (model/labelschema.h), for whoever decides.
        if (const LabelDefinition *def = m_schema.label(a.label); def && !def->guideline.isEmpty())
            tip += u"\n\n"_s + def->guideline;
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (column == ConfidenceColumn || column == StartColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // Undecided suggestions in italics, rejected ones struck out: the state reads at a glance.
        if (a.status == AnnotationStatus::Suggested || a.status == AnnotationStatus::Rejected) {
            QFont font;
            font.setItalic(a.status == AnnotationStatus::Suggested);
            font.setStrikeOut(a.status == AnnotationStatus::Rejected && column == TextColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (a.status == AnnotationStatus::Rejected)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case AnnotationIdRole:
        return a.id;
    case StatusRole:
        return int(a.status);
    case LabelRole:
        return a.label;
    case LayerRole: {
        const QString layer = m_schema.layerOf(a.label);
        return layer.isEmpty() ? otherLayerName() : layer;
    }
    case ConfidenceRole:
        return a.confidence;
    case ReasonRole:
        return a.reason;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    case CoveredTextRole:
        return coveredText(a);
    case NoteRole:
        return a.note;
    case AnnotatorRole:
        return annotatorName(a.annotatorId);
    case IsLayerRole:
        return false;
    case SortRole:
        switch (column) {
        case LabelColumn: return a.label;
        case TextColumn: return coveredText(a).toCaseFolded();
        case StatusColumn: return int(a.status);
        case AnnotatorColumn: return annotatorName(a.annotatorId).toCaseFolded();
        case ConfidenceColumn: return a.confidence;
        case StartColumn: return a.start;
        }
        return {};
    }
    return {};
}

} // namespace Copydesk
