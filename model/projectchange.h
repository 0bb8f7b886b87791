#pragma once

#include <QList>
#include <QMetaType>

namespace Copydesk {

// What changed in a project; ProjectStore::changed() carries one. Views update from it.
struct ProjectChange
{
    enum Kind {
        DocumentsAdded,     // new documents (import)
        DocumentChanged,    // a document's status or metadata
        AnnotationsChanged, // annotations or relations of one document
        SchemaChanged,      // labels or relation labels
        AnnotatorsChanged,
        Reset,              // anything: reload everything (after a background job)
    };
    Kind kind = Reset;
    qint64 documentId = 0;           // DocumentChanged, AnnotationsChanged
    QList<qint64> annotationIds;     // AnnotationsChanged: the annotations touched, with the ends of
                                     // every relation added, changed or removed (empty: anything)
};

} // namespace Copydesk

Q_DECLARE_METATYPE(Copydesk::ProjectChange)
