#include "annotationeditor.h"

#include <QSet>
#include <QUndoStack>

#include "editcommands.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

AnnotationEditor::AnnotationEditor(ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
}

AnnotationEditor::~AnnotationEditor() = default;

void AnnotationEditor::setPersonName(const QString &name)
{
    m_personName = name.trimmed().isEmpty() ? tr("Annotator") : name.trimmed();
    m_personId = m_store->ensureAnnotator(AnnotatorKind::Person, m_personName);
}

// Applies the change at once (so a failed write pushes nothing), then records it for undo.
static bool applyAndPush(ProjectStore *store, QUndoStack *stack, qint64 annotatorId, ChangeSet &changes,
                         const QString &text, int id = -1)
{
    if (!store->apply(changes, annotatorId))
        return false;
    stack->push(new ApplyChangeSetCommand(store, annotatorId, changes, text, id));
    return true;
}

std::optional<qint64> AnnotationEditor::createAnnotation(qint64 documentId, const QString &label, qint64 start, qint64 end,
                                                         const QJsonObject &attrs)
{
    const std::optional<Document> doc = m_store->document(documentId);
    if (!doc || start < 0 || end <= start || end > doc->length || !m_store->schema().hasLabel(label))
        return std::nullopt;
    Annotation a;
    a.documentId = documentId;
    a.annotatorId = m_personId;
    a.label = label;
    a.start = start;
    a.end = end;
    a.attrs = attrs;
    a.status = AnnotationStatus::Manual;
    a.ownerId = m_ownerId;
    ChangeSet changes{documentId, u"create"_s, {{std::nullopt, a}}, {}};
    if (!applyAndPush(m_store, m_undoStack, m_personId, changes, tr("Add %1").arg(label)))
        return std::nullopt;
    return changes.annotations.constFirst().after->id;
}

bool AnnotationEditor::changeAnnotations(const QList<qint64> &ids, const QString &text, int commandId,
                                         const std::function<bool(Annotation &)> &change)
{
    ChangeSet changes;
    for (qint64 id : ids) {
        const std::optional<Annotation> before = m_store->annotation(id);
        if (!before)
            continue;
        if (changes.documentId && changes.documentId != before->documentId)
            continue; // one document per command
        Annotation after = *before;
        if (!change(after) || after == *before)
            continue;
        // A suggestion decided goes into the set the person works in (setSetOwner).
        if (!before->isDecided() && after.isDecided())
            after.ownerId = m_ownerId;
        changes.documentId = before->documentId;
        changes.annotations.append({before, after});
    }
    if (changes.isEmpty())
        return false;
    changes.kind = text;
    return applyAndPush(m_store, m_undoStack, m_personId, changes, text, commandId);
}

bool AnnotationEditor::setLabel(const QList<qint64> &ids, const QString &label)
{
    if (!m_store->schema().hasLabel(label))
        return false;
    return changeAnnotations(ids, tr("Relabel as %1").arg(label), -1, [&](Annotation &a) {
        if (a.label == label)
            return false;
        a.label = label;
        a.status = AnnotationStatus::Manual;
        a.deciderId = m_personId;
        return true;
    });
}

bool AnnotationEditor::setBounds(qint64 id, qint64 start, qint64 end)
{
    const std::optional<Annotation> current = m_store->annotation(id);
    if (!current)
        return false;
    const std::optional<Document> doc = m_store->document(current->documentId);
    if (!doc || start < 0 || end <= start || end > doc->length)
        return false;
    return changeAnnotations({id}, tr("Move boundary"), MoveBoundsCommand, [&](Annotation &a) {
        a.start = start;
        a.end = end;
        a.status = AnnotationStatus::Manual;
        a.deciderId = m_personId;
        return true;
    });
}

bool AnnotationEditor::setAttributes(qint64 id, const QJsonObject &attrs)
{
    return changeAnnotations({id}, tr("Edit attributes"), -1, [&](Annotation &a) {
        a.attrs = attrs;
        if (a.status == AnnotationStatus::Suggested) {
            a.status = AnnotationStatus::Manual;
            a.deciderId = m_personId;
        }
        return true;
    });
}

bool AnnotationEditor::setAttribute(qint64 id, const QString &name, const QString &value)
{
    const std::optional<Annotation> current = m_store->annotation(id);
    if (!current)
        return false;
    QJsonObject attrs = current->attrs;
    if (value.isEmpty())
        attrs.remove(name);
    else
        attrs.insert(name, value);
    return setAttributes(id, attrs);
}

bool AnnotationEditor::setNote(qint64 id, const QString &note)
{
    return changeAnnotations({id}, tr("Edit note"), EditNoteCommand, [&](Annotation &a) {
        a.note = note;
        return true;
    });
}

bool AnnotationEditor::accept(const QList<qint64> &ids)
{
    return changeAnnotations(ids, tr("Accept %n suggestion(s)", nullptr, int(ids.size())), -1, [&](Annotation &a) {
        if (a.status == AnnotationStatus::Accepted || a.status == AnnotationStatus::Manual)
            return false;
        a.status = AnnotationStatus::Accepted;
        a.deciderId = m_personId;
        return true;
    });
}

bool AnnotationEditor::reject(const QList<qint64> &ids)
{
    return changeAnnotations(ids, tr("Reject %n annotation(s)", nullptr, int(ids.size())), -1, [&](Annotation &a) {
        if (a.status == AnnotationStatus::Rejected)
            return false;
        a.status = AnnotationStatus::Rejected;
        a.deciderId = m_personId;
        return true;
    });
}

bool AnnotationEditor::acceptAllOfLabel(qint64 documentId, const QString &label)
{
    QList<qint64> ids;
    for (const Annotation &a : m_store->annotations(documentId)) {
        if (a.label == label && a.status == AnnotationStatus::Suggested)
            ids.append(a.id);
    }
    return accept(ids);
}

bool AnnotationEditor::remove(const QList<qint64> &ids)
{
    ChangeSet changes;
    QSet<qint64> removed;
    for (qint64 id : ids) {
        const std::optional<Annotation> a = m_store->annotation(id);
        if (!a || (changes.documentId && changes.documentId != a->documentId))
            continue;
        changes.documentId = a->documentId;
        changes.annotations.append({a, std::nullopt});
        removed.insert(id);
    }
    if (changes.isEmpty())
        return false;
    // The relations go with them, and come back on undo.
    for (const Relation &r : m_store->relations(changes.documentId)) {
        if (removed.contains(r.headId) || removed.contains(r.childId))
            changes.relations.append({r, std::nullopt});
    }
    changes.kind = u"delete"_s;
    return applyAndPush(m_store, m_undoStack, m_personId, changes,
                        tr("Delete %n annotation(s)", nullptr, int(changes.annotations.size())));
}

bool AnnotationEditor::setRelation(qint64 headId, const QString &label, qint64 childId)
{
    const std::optional<Annotation> head = m_store->annotation(headId);
    if (!head || !m_store->schema().relation(label))
        return false;
    if (childId) {
        const std::optional<Annotation> child = m_store->annotation(childId);
        if (!child || child->documentId != head->documentId || childId == headId)
            return false;
    }
    ChangeSet changes;
    changes.documentId = head->documentId;
    changes.kind = u"link"_s;
    for (const Relation &r : m_store->relations(head->documentId)) {
        if (r.headId == headId && r.label == label) {
            if (r.childId == childId)
                return false; // already so
            changes.relations.append({r, std::nullopt});
        }
    }
    if (childId) {
        Relation r;
        r.documentId = head->documentId;
        r.annotatorId = m_personId;
        r.label = label;
        r.headId = headId;
        r.childId = childId;
        changes.relations.append({std::nullopt, r});
    }
    if (changes.isEmpty())
        return false;
    return applyAndPush(m_store, m_undoStack, m_personId, changes, childId ? tr("Link %1").arg(label) : tr("Unlink %1").arg(label));
}

bool AnnotationEditor::removeRelation(qint64 relationId)
{
    const std::optional<Relation> relation = m_store->relation(relationId);
    if (!relation)
        return false;
    ChangeSet changes{relation->documentId, u"unlink"_s, {}, {{relation, std::nullopt}}};
    return applyAndPush(m_store, m_undoStack, m_personId, changes, tr("Unlink %1").arg(relation->label));
}

bool AnnotationEditor::setDocumentStatus(qint64 documentId, DocumentStatus status)
{
    const std::optional<Document> doc = m_store->document(documentId);
    // The person's own status counts too: several annotators each mark a document (annotation sets).
    if (!doc || (doc->status == status && m_store->documentStatusFor(documentId, m_personId) == status))
        return false;
    m_undoStack->push(new SetDocumentStatusCommand(m_store, m_personId, documentId, doc->status, status,
                                                   tr("Mark document %1").arg(documentStatusDisplayName(status))));
    return true;
}

bool AnnotationEditor::applyChanges(ChangeSet &changes, const QString &text)
{
    if (changes.isEmpty())
        return false;
    if (changes.kind.isEmpty())
        changes.kind = text;
    return applyAndPush(m_store, m_undoStack, m_personId, changes, text);
}

} // namespace Copydesk
