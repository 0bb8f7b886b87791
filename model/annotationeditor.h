#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "annotation.h"
#include "changeset.h"
#include "document.h"

class QUndoStack;

namespace Copydesk {

class EditStep;
class LabelSchema;
class ProjectStore;
struct ChangeSet;

// The edit API: the one way widgets and scripts change annotations, document statuses and the
// label schema. Every call that changes something pushes one undoable command (EditCommand)
// onto the undo stack; the command writes through the store in one transaction, and the store
// announces the change. Calls that would change nothing push nothing and return false. A write
// the store refuses pushes nothing either, returns false and emits editFailed(); so does an
// undo or redo that fails, which also empties the undo stack (what was around it no longer
// fits the project).
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

    // When on, the first decision on a new document (an annotation added, accepted, rejected,
    // relabelled, moved, deleted or linked) also moves the document to in progress, in the same
    // undo step. The window turns it on.
    void setStartsWork(bool on) { m_startsWork = on; }
    bool startsWork() const { return m_startsWork; }

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
    // A suggestion with alternatives (readings other engines proposed for an overlapping span,
    // Annotation::alternatives()) takes the first one: its label, bounds, attributes, engine,
    // confidence and reason. The reading it had becomes the last alternative, so calling it again
    // goes through them all and back. It stays a suggestion. False when there is none.
    bool swapToAlternative(qint64 id);
    bool remove(const QList<qint64> &ids);
    // Links head (a quote) to child by label. SPEAKER, CUE and VIA hold one child per quote:
    // an existing link of that label is replaced. childId 0 removes the link.
    bool setRelation(qint64 headId, const QString &label, qint64 childId);
    // Creates an annotation of childLabel on start..end and links head to it by label, as one
    // undo step (both or neither). Returns the new annotation's id.
    std::optional<qint64> createAndLink(qint64 headId, const QString &label, const QString &childLabel, qint64 start,
                                        qint64 end, const QJsonObject &attrs = {});
    bool removeRelation(qint64 relationId);
    // Speakers (SourcingSummary::speakers): SOURCE mentions linked by REFERS_TO are one speaker.
    // mergeSpeakers makes the speaker of `mentionId` one with the speaker of `intoMentionId`
    // (a REFERS_TO link from the one to the other); splitSpeaker takes the mentions out of
    // their speakers (their REFERS_TO links go; a mention written like another stays with it).
    // One undoable step each; false when nothing changes.
    bool mergeSpeakers(qint64 intoMentionId, qint64 mentionId);
    bool splitSpeaker(const QList<qint64> &mentionIds);
    bool setDocumentStatus(qint64 documentId, DocumentStatus status);
    // Accepts or rejects ids and sets the document's status, as one undo step (marking a
    // document done with its suggestions decided).
    bool decideAndSetStatus(qint64 documentId, const QList<qint64> &accept, const QList<qint64> &reject,
                            DocumentStatus status);

    // The label schema, undoable like any edit. text names the step ("Colour of PERSON").
    bool setSchema(const LabelSchema &schema, const QString &text);
    // Renames a label everywhere: the schema, the relation definitions, the annotations.
    bool renameLabel(const QString &oldName, const QString &newName);

    // A document's status, remembered (a decision or a refresh of the window must not read a
    // 1 MB article or count its annotations); forgotten when the store announces a change to it.
    std::optional<DocumentStatus> documentStatus(qint64 documentId) const;

    // The annotation set the person's new decisions go into (model/annotationsets.h): the curated
    // set while curating; 0 (the default) for the person's own.
    void setSetOwner(qint64 ownerId) { m_ownerId = ownerId; }
    qint64 setOwner() const { return m_ownerId; }

    // A change built elsewhere (curation, model/curation.cpp) applied as one undoable command;
    // fills in the ids of what it inserts. False when it is empty or the write failed.
    bool applyChanges(ChangeSet &changes, const QString &text);

    // Merge ids of commands (for QUndoCommand::mergeWith).
    enum CommandId { MoveBoundsCommand = 1, EditNoteCommand = 2 };

signals:
    // An edit, undo or redo could not be written; message says what and why.
    void editFailed(const QString &message);

private:
    class Transaction;
    ChangeSet annotationChanges(const QList<qint64> &ids, const std::function<bool(Annotation &)> &change) const;
    ChangeSet decisionChanges(const QList<qint64> &ids, AnnotationStatus status) const;
    ChangeSet relationChanges(qint64 headId, const QString &label, qint64 childId) const;
    // Writes changes (and, when they start work on a new document, its status) as one step.
    bool commitChanges(ChangeSet changes, const QString &text, int commandId = -1, ChangeSet *written = nullptr,
                       bool decision = true);
    void reportFailure(const QString &message);

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QString m_personName;
    qint64 m_personId = 0;
    bool m_startsWork = false;
    mutable QHash<qint64, DocumentStatus> m_statuses;
    qint64 m_ownerId = 0;
};

} // namespace Copydesk
