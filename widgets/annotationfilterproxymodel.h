#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Copydesk {

// Filters the annotation rows by the words typed in the panel's filter field and keeps the
// layers in schema order whatever column is sorted. A word that names a label ("QUOTE") or a
// status ("suggested") or a layer ("sourcing") selects by label, status or layer (several
// words of a kind: any of them); any other word must occur in the covered text, the label,
// the annotator's name or the note.
class AnnotationFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterProxyModel)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // knownLabels and knownLayers tell which words name a label or a layer.
    void setFilterWords(const QString &text, const QStringList &knownLabels, const QStringList &knownLayers);
    // Whether any filter word is set.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_labels;
    QList<int> m_statuses;
    QStringList m_layers;
    QStringList m_words;
};

} // namespace Copydesk
