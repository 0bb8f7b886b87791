#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "annotation.h"

namespace Copydesk {

// A set of changes to annotations and relations of one document, applied in one transaction.
// Each entry goes from `before` to `after`: no before = insert (with after's id when it is
// not 0, so undo can bring back the same ids), no after = delete, both = update.
struct AnnotationChange
{
    std::optional<Annotation> before;
    std::optional<Annotation> after;
};

struct RelationChange
{
    std::optional<Relation> before;
    std::optional<Relation> after;
};

struct ChangeSet
{
    qint64 documentId = 0;
    QString kind;                 // for the audit log: "create", "relabel", "accept", "undo: ...", ...
    QList<AnnotationChange> annotations;
    QList<RelationChange> relations;

    bool isEmpty() const { return annotations.isEmpty() && relations.isEmpty(); }
    // The change that undoes this one.
    ChangeSet inverted() const;
};

} // namespace Copydesk
