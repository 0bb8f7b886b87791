#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QString>

#include "annotation.h"
#include "annotationsets.h"
#include "labelschema.h"
#include "projectchange.h"
#include "textoffsets.h"

namespace Copydesk {

class ProjectStore;

// The annotations of one document as a tree: the top-level rows are the layers of the schema
// (entities, sourcing, furniture, ...) and "other" for labels the schema does not know; their
// children are the annotations of that layer, ordered by position.
//
// The model follows ProjectStore::changed(): an edit of the current document becomes row
// inserts, removals, moves (a relabel across layers, a boundary that changes the order) and
// dataChanged for the rows that changed, so views keep their selection and scroll position.
// Only Reset, a new document and a change of the schema's layers reset the model.
class AnnotationListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column {
        LabelColumn,
        TextColumn,
        StatusColumn,
        AnnotatorColumn,
        ConfidenceColumn,
        StartColumn,
        ColumnCount
    };

    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, // qint64; 0 on layer rows
        StatusRole,       // int (AnnotationStatus)
        LabelRole,        // QString
        LayerRole,        // QString: the layer's name ("entities", ..., "other")
        ConfidenceRole,   // double; -1 when none
        ReasonRole,       // QString: the engine's rule
        StartRole,        // qint64 code points
        EndRole,          // qint64 code points, exclusive
        CoveredTextRole,  // QString: the whole covered text
        NoteRole,         // QString
        AnnotatorRole,    // QString: the annotator's display name
        SortRole,         // a value that sorts the column naturally (numbers as numbers)
        IsLayerRole,      // bool
    };

    // The name of the top-level row for labels the schema does not know.
    static QString otherLayerName();
    // "Entities", "Sourcing", ... for a layer's name.
    static QString layerDisplayName(const QString &layer);
    // "suggested", "accepted", ... translated.
    static QString statusDisplayName(AnnotationStatus status);
    // A covered text made fit for one line: newlines as ⏎, tabs as spaces, elided in the middle
    // to at most maxLength characters (both ends of a span matter when adjusting its bounds).
    static QString displayText(const QString &text, int maxLength = 80);

    explicit AnnotationListModel(QObject *parent = nullptr);
    ~AnnotationListModel() override;

    void setStore(ProjectStore *store);
    ProjectStore *store() const;
    // 0 shows nothing.
    void setDocument(qint64 documentId);
    // Whose annotations the list holds (model/annotationsets.h); by default all.
    void setSelection(const SetSelection &selection);
    qint64 documentId() const { return m_documentId; }

    // The document's text and its offsets (empty when there is no document).
    const QString &documentText() const { return m_text; }
    const TextOffsets &offsets() const { return m_offsets; }
    // The cached schema, as of the last change.
    const LabelSchema &schema() const { return m_schema; }

    // The annotations as the model holds them, in row order (layer by layer).
    QList<Annotation> annotations() const;
    // Calls function for each annotation, in layer order, without copying them.
    template<typename Function>
    void forEachAnnotation(Function function) const
    {
        for (const Layer &layer : m_layers) {
            for (const Annotation &a : layer.rows)
                function(a);
        }
    }
    const Annotation *annotation(qint64 id) const;
    const Annotation *annotation(const QModelIndex &index) const;
    QModelIndex indexOfAnnotation(qint64 id, int column = 0) const;
    QModelIndex indexOfLayer(const QString &layer) const;
    // The whole text an annotation covers.
    QString coveredText(const Annotation &annotation) const;
    QString annotatorName(qint64 annotatorId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Layer
    {
        QString name;
        QList<Annotation> rows;
    };

    void onStoreChanged(const Copydesk::ProjectChange &change);
    void reload();                      // with a model reset
    void loadAnnotators();
    QStringList layerNames() const;     // for m_schema: its layers, then "other"
    int layerIndexFor(const QString &label) const;
    // Brings the rows to `wanted` with the least structural signals.
    void update(const QList<Annotation> &wanted);
    bool updateInPlace(const QHash<qint64, std::optional<Annotation>> &touched);
    QVariant annotationData(const Annotation &annotation, int column, int role) const;
    QVariant layerData(int layer, int column, int role) const;

    QPointer<ProjectStore> m_store;
    qint64 m_documentId = 0;
    QString m_text;
    TextOffsets m_offsets;
    LabelSchema m_schema;
    QHash<qint64, QString> m_annotatorNames;
    QList<Layer> m_layers;
    SetSelection m_selection;
    mutable QHash<QString, QIcon> m_chips; // by label; cleared when the schema changes
};

} // namespace Copydesk
