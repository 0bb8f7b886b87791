#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "document.h"

class QUndoStack;

namespace Copydesk {

class ProjectStore;
struct ChangeSet;

// The edit API: the one way widgets and scripts change annotations. Every call that changes
// something pushes one undoable command (QUndoCommand) onto the undo stack; the command writes
// through the store in one transaction, and the store announces the change. Calls that would
// change nothing push nothing and return false.
class AnnotationEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    explicit AnnotationEditor(ProjectStore *store, QObject *parent = nullptr);
    ~AnnotationEditor() override;

    ProjectStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The person whose decisions these are (an annotator of kind person).
    void setPersonName(const QString &name);
    QString personName() const { return m_personName; }
    qint64 personId() const { return m_personId; }

    // Creates a manual annotation; returns its id.
    std::optional<qint64> createAnnotation(qint64 documentId, const QString &label, qint64 start, qint64 end,
                                           const QJsonObject &attrs = {});
    // Label or bounds changes make an annotation manual (the person decided it).
    bool setLabel(const QList<qint64> &ids, const QString &label);
    bool setBounds(qint64 id, qint64 start, qint64 end);
    bool setAttributes(qint64 id, const QJsonObject &attrs);
    bool setAttribute(qint64 id, const QString &name, const QString &value);
    bool setNote(qint64 id, const QString &note);
    bool accept(const QList<qint64> &ids);
    bool reject(const QList<qint64> &ids);
    bool acceptAllOfLabel(qint64 documentId, const QString &label);
    bool remove(const QList<qint64> &ids);
    // Links head (a quote) to child by label. SPEAKER, CUE and VIA hold one child per quote:
    // an existing link of that label is replaced. childId 0 removes the link.
    bool setRelation(qint64 headId, const QString &label, qint64 childId);
    bool removeRelation(qint64 relationId);
    bool setDocumentStatus(qint64 documentId, DocumentStatus status);

    // The annotation set the person's new decisions go into (model/annotationsets.h): the curated
    // set while curating; 0 (the default) for the person's own.
    void setSetOwner(qint64 ownerId) { m_ownerId = ownerId; }
    qint64 setOwner() const { return m_ownerId; }

    // A change built elsewhere (curation, model/curation.cpp) applied as one undoable command;
    // fills in the ids of what it inserts. False when it is empty or the write failed.
    bool applyChanges(ChangeSet &changes, const QString &text);

    // Merge ids of commands (for QUndoCommand::mergeWith).
    enum CommandId { MoveBoundsCommand = 1, EditNoteCommand = 2 };

private:
    bool changeAnnotations(const QList<qint64> &ids, const QString &text, int commandId,
                           const std::function<bool(struct Annotation &)> &change);

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QString m_personName;
    qint64 m_personId = 0;
    qint64 m_ownerId = 0;
};

} // namespace Copydesk
