#include "editcommands.h"

#include "projectstore.h"

namespace Copydesk {

ApplyChangeSetCommand::ApplyChangeSetCommand(ProjectStore *store, qint64 annotatorId, ChangeSet changes,
                                             const QString &text, int id)
    : QUndoCommand(text)
    , m_store(store)
    , m_annotatorId(annotatorId)
    , m_changes(std::move(changes))
    , m_id(id)
{
}

void ApplyChangeSetCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    // The change set holds the ids the first apply gave, so redo brings back the same ids.
    m_store->apply(m_changes, m_annotatorId);
}

void ApplyChangeSetCommand::undo()
{
    ChangeSet inverse = m_changes.inverted();
    inverse.kind = QStringLiteral("undo: ") + m_changes.kind;
    m_store->apply(inverse, m_annotatorId);
}

bool ApplyChangeSetCommand::mergeWith(const QUndoCommand *other)
{
    // Moving one boundary key press at a time merges into one step.
    const auto *next = static_cast<const ApplyChangeSetCommand *>(other);
    if (m_changes.annotations.size() != 1 || next->m_changes.annotations.size() != 1 || !m_changes.relations.isEmpty()
        || !next->m_changes.relations.isEmpty())
        return false;
    const AnnotationChange &mine = m_changes.annotations.constFirst();
    const AnnotationChange &theirs = next->m_changes.annotations.constFirst();
    if (!mine.after || !theirs.before || mine.after->id != theirs.before->id)
        return false;
    m_changes.annotations.first().after = theirs.after;
    return true;
}

SetDocumentStatusCommand::SetDocumentStatusCommand(ProjectStore *store, qint64 annotatorId, qint64 documentId,
                                                   DocumentStatus before, DocumentStatus after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_annotatorId(annotatorId)
    , m_documentId(documentId)
    , m_before(before)
    , m_after(after)
{
}

void SetDocumentStatusCommand::redo()
{
    m_store->setDocumentStatus(m_documentId, m_after, m_annotatorId);
}

void SetDocumentStatusCommand::undo()
{
    m_store->setDocumentStatus(m_documentId, m_before, m_annotatorId);
}

} // namespace Copydesk
