#pragma once

#include <QUndoCommand>

#include "changeset.h"
#include "document.h"

namespace Copydesk {

class ProjectStore;

// A change set the editor has applied to the store already (so it knows at once whether the
// write worked and which ids it gave); redo re-applies it, undo applies its inverse. Both are
// new entries in the project's audit log. Owns its change set (a value).
class ApplyChangeSetCommand final : public QUndoCommand
{
public:
    ApplyChangeSetCommand(ProjectStore *store, qint64 annotatorId, ChangeSet changes, const QString &text, int id = -1);

    void redo() override;
    void undo() override;
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &changes() const { return m_changes; }

private:
    ProjectStore *m_store;
    qint64 m_annotatorId;
    ChangeSet m_changes;
    int m_id;
    bool m_applied = true; // the first redo() (from QUndoStack::push) has nothing to do
};

class SetDocumentStatusCommand final : public QUndoCommand
{
public:
    SetDocumentStatusCommand(ProjectStore *store, qint64 annotatorId, qint64 documentId, DocumentStatus before,
                             DocumentStatus after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectStore *m_store;
    qint64 m_annotatorId;
    qint64 m_documentId;
    DocumentStatus m_before;
    DocumentStatus m_after;
};

} // namespace Copydesk
