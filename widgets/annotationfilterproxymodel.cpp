#include "annotationfilterproxymodel.h"

#include "annotation.h"
#include "annotationlistmodel.h"

namespace Copydesk {

void AnnotationFilterProxyModel::setFilterWords(const QString &text, const QStringList &knownLabels, const QStringList &knownLayers)
{
    m_labels.clear();
    m_statuses.clear();
    m_layers.clear();
    m_words.clear();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString folded = word.toCaseFolded();
        bool isLabel = false;
        for (const QString &label : knownLabels) {
            if (label.toCaseFolded() == folded) {
                m_labels.append(label);
                isLabel = true;
            }
        }
        if (isLabel)
            continue;
        bool isStatus = false;
        for (AnnotationStatus status : {AnnotationStatus::Suggested, AnnotationStatus::Accepted,
                                        AnnotationStatus::Rejected, AnnotationStatus::Manual}) {
            if (annotationStatusName(status) == folded
                || AnnotationListModel::statusDisplayName(status).toCaseFolded() == folded) {
                m_statuses.append(int(status));
                isStatus = true;
            }
        }
        if (isStatus)
            continue;
        bool isLayer = false;
        for (const QString &layer : knownLayers) {
            if (layer.toCaseFolded() == folded || AnnotationListModel::layerDisplayName(layer).toCaseFolded() == folded) {
                m_layers.append(layer);
                isLayer = true;
            }
        }
        if (!isLayer)
            m_words.append(folded);
    }
    invalidateFilter();
}

bool AnnotationFilterProxyModel::isFiltering() const
{
    return !m_labels.isEmpty() || !m_statuses.isEmpty() || !m_layers.isEmpty() || !m_words.isEmpty();
}

bool AnnotationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Layers show when one of their rows does (recursive filtering), so empty ones hide.
    if (!sourceParent.isValid())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_labels.isEmpty() && !m_labels.contains(index.data(AnnotationListModel::LabelRole).toString()))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(index.data(AnnotationListModel::StatusRole).toInt()))
        return false;
    if (!m_layers.isEmpty() && !m_layers.contains(index.data(AnnotationListModel::LayerRole).toString()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(AnnotationListModel::CoveredTextRole).toString() + u'\n'
                             + index.data(AnnotationListModel::LabelRole).toString() + u'\n'
                             + index.data(AnnotationListModel::AnnotatorRole).toString() + u'\n'
                             + index.data(AnnotationListModel::NoteRole).toString();
    const QString folded = haystack.toCaseFolded();
    for (const QString &word : m_words) {
        if (!folded.contains(word))
            return false;
    }
    return true;
}

bool AnnotationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Layers stay in schema order whichever way a column sorts.
    if (!left.parent().isValid() || !right.parent().isValid())
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    const QVariant l = left.data(AnnotationListModel::SortRole);
    const QVariant r = right.data(AnnotationListModel::SortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Equal keys: by position, so the order is stable and meaningful.
    return left.data(AnnotationListModel::StartRole).toLongLong() < right.data(AnnotationListModel::StartRole).toLongLong();
}

} // namespace Copydesk
