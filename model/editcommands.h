#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QUndoCommand>

#include "changeset.h"
#include "document.h"
#include "labelschema.h"

namespace Copydesk {

class ProjectStore;

// One write of an edit, which can be done and undone; each call is one transaction of the
// store and returns whether it was written.
class EditStep
{
public:
    virtual ~EditStep() = default;
    virtual bool redo(ProjectStore &store, qint64 annotatorId) = 0;
    virtual bool undo(ProjectStore &store, qint64 annotatorId) = 0;
    // Why the last redo() or undo() failed, when the store's lastError() does not say.
    virtual QString error() const { return {}; }
};

// Annotations and relations of one document. Holds the ids the first apply gave, so undo
// and redo bring back the same ids.
class ChangeSetStep final : public EditStep
{
public:
    explicit ChangeSetStep(ChangeSet changes) : m_changes(std::move(changes)) {}
    bool redo(ProjectStore &store, qint64 annotatorId) override;
    bool undo(ProjectStore &store, qint64 annotatorId) override;
    const ChangeSet &changes() const { return m_changes; }
    ChangeSet &changes() { return m_changes; }

private:
    ChangeSet m_changes;
};

class DocumentStatusStep final : public EditStep
{
public:
    DocumentStatusStep(qint64 documentId, DocumentStatus before, DocumentStatus after)
        : m_documentId(documentId), m_before(before), m_after(after) {}
    bool redo(ProjectStore &store, qint64 annotatorId) override;
    bool undo(ProjectStore &store, qint64 annotatorId) override;

private:
    qint64 m_documentId;
    DocumentStatus m_before;
    DocumentStatus m_after;
};

// The label schema from one state to another. Undo refuses to drop a label that annotations
// use by then (they would be left with a label the schema does not know).
class SchemaStep final : public EditStep
{
public:
    SchemaStep(LabelSchema before, LabelSchema after) : m_before(std::move(before)), m_after(std::move(after)) {}
    bool redo(ProjectStore &store, qint64 annotatorId) override;
    bool undo(ProjectStore &store, qint64 annotatorId) override;
    QString error() const override { return m_error; }

private:
    bool write(ProjectStore &store, const LabelSchema &to, qint64 annotatorId);
    LabelSchema m_before;
    LabelSchema m_after;
    QString m_error;
};

// A label renamed everywhere (schema, relation definitions, annotations).
class RenameLabelStep final : public EditStep
{
public:
    RenameLabelStep(QString oldName, QString newName) : m_old(std::move(oldName)), m_new(std::move(newName)) {}
    bool redo(ProjectStore &store, qint64 annotatorId) override;
    bool undo(ProjectStore &store, qint64 annotatorId) override;

private:
    QString m_old;
    QString m_new;
};

// One undo step: its steps were written already when it is pushed (the editor writes first,
// so a failed write pushes nothing); redo writes them again in order, undo takes them back
// in reverse, several steps in one transaction. A redo or undo that fails leaves the project
// as it was before the attempt, marks the command obsolete (QUndoStack drops it) and calls
// the failure handler, which empties the stack: the steps around it no longer fit the
// project. Owns its steps.
class EditCommand final : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const QString &message)>;

    EditCommand(ProjectStore *store, qint64 annotatorId, std::vector<std::unique_ptr<EditStep>> steps,
                const QString &text, int id, FailureHandler onFailure);
    ~EditCommand() override;

    void redo() override;
    void undo() override;
    int id() const override { return m_id; }
    // Moving one boundary key press at a time (or typing a note) merges into one step; a
    // merged step that ends where it began is obsolete.
    bool mergeWith(const QUndoCommand *other) override;

    // The change set of a command of one ChangeSetStep; nullptr otherwise.
    const ChangeSet *changes() const;

    // Writes the steps forward (true) or back, in one transaction when there are several; on
    // failure nothing is written and *error says why.
    static bool run(ProjectStore &store, qint64 annotatorId, const std::vector<std::unique_ptr<EditStep>> &steps,
                    bool forward, QString *error);

private:
    void runOrFail(bool forward);

    ProjectStore *m_store;
    qint64 m_annotatorId;
    std::vector<std::unique_ptr<EditStep>> m_steps;
    int m_id;
    FailureHandler m_onFailure;
    bool m_skipFirstRedo = true; // QUndoStack::push calls redo(); the editor wrote already
};

} // namespace Copydesk
