#include "annotationeditor.h"

#include <QSet>
#include <QUndoStack>

#include "editcommands.h"
#include "projectstore.h"
#include "sourcekind.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// Writes the steps of one edit as they come (in one transaction when there are several, so
// a later step can use the ids an earlier one gave), then pushes them as one undo step. On
// failure nothing stays written and nothing is pushed.
class AnnotationEditor::Transaction final
{
public:
    Transaction(AnnotationEditor &editor, bool compound)
        : m_editor(editor)
        , m_compound(compound)
    {
        if (m_compound && !m_editor.m_store->beginBatch())
            fail();
    }

    ~Transaction()
    {
        if (m_compound && m_open)
            rollback();
    }

    bool ok() const { return m_ok; }

    // Writes a step now; false when it (or an earlier one) failed.
    bool write(std::unique_ptr<EditStep> step)
    {
        if (!m_ok)
            return false;
        if (!step->redo(*m_editor.m_store, m_editor.m_personId))
            return fail(step->error());
        m_steps.push_back(std::move(step));
        return true;
    }

    bool commit(const QString &text, int commandId = -1)
    {
        if (m_ok && m_compound) {
            m_open = false;
            if (!m_editor.m_store->commitBatch()) {
                m_open = true;
                fail();
            }
        }
        if (!m_ok) {
            if (m_compound && m_open)
                rollback();
            m_editor.reportFailure(m_error.isEmpty() ? AnnotationEditor::tr("Could not save \"%1\"").arg(text)
                                                     : AnnotationEditor::tr("Could not save \"%1\": %2").arg(text, m_error));
            return false;
        }
        if (m_steps.empty())
            return false;
        AnnotationEditor *editor = &m_editor;
        m_editor.m_undoStack->push(new EditCommand(m_editor.m_store, m_editor.m_personId, std::move(m_steps), text,
                                                   commandId, [editor](const QString &message) {
                                                       // After the stack has dropped the command.
                                                       QMetaObject::invokeMethod(editor, [editor, message] {
                                                           editor->m_undoStack->clear();
                                                           emit editor->editFailed(message);
                                                       }, Qt::QueuedConnection);
                                                   }));
        return true;
    }

private:
    bool fail(const QString &why = {})
    {
        if (m_ok)
            m_error = why.isEmpty() ? m_editor.m_store->lastError() : why;
        m_ok = false;
        return false;
    }

    void rollback()
    {
        m_open = false;
        m_editor.m_store->rollbackBatch();
        if (!m_steps.empty())
            m_editor.m_store->announceReset(); // the views followed the steps written so far
        m_steps.clear();
    }

    AnnotationEditor &m_editor;
    bool m_compound;
    bool m_open = true;
    bool m_ok = true;
    QString m_error;
    std::vector<std::unique_ptr<EditStep>> m_steps;
};

AnnotationEditor::AnnotationEditor(ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_store, &ProjectStore::changed, this, [this](const ProjectChange &change) {
        if (change.kind == ProjectChange::DocumentChanged)
            m_statuses.remove(change.documentId);
        else if (change.kind == ProjectChange::Reset)
            m_statuses.clear();
    });
}

std::optional<DocumentStatus> AnnotationEditor::documentStatus(qint64 documentId) const
{
    if (const auto it = m_statuses.constFind(documentId); it != m_statuses.constEnd())
        return it.value();
    const std::optional<DocumentSummary> summary = m_store->documentSummary(documentId);
    if (!summary)
        return std::nullopt;
    m_statuses.insert(documentId, summary->status);
    return summary->status;
}

AnnotationEditor::~AnnotationEditor() = default;

void AnnotationEditor::setPersonName(const QString &name)
{
    m_personName = name.trimmed().isEmpty() ? tr("Annotator") : name.trimmed();
    m_personId = m_store->ensureAnnotator(AnnotatorKind::Person, m_personName);
}

void AnnotationEditor::reportFailure(const QString &message)
{
    emit editFailed(message);
}

bool AnnotationEditor::commitChanges(ChangeSet changes, const QString &text, int commandId, ChangeSet *written,
                                     bool decision)
{
    if (changes.isEmpty())
        return false;
    changes.kind = changes.kind.isEmpty() ? text : changes.kind;
    const qint64 documentId = changes.documentId;
    const bool starts = m_startsWork && decision && documentStatus(documentId) == DocumentStatus::New;
    Transaction edit(*this, starts);
    auto step = std::make_unique<ChangeSetStep>(std::move(changes));
    ChangeSetStep *changeStep = step.get();
    edit.write(std::move(step));
    if (starts)
        edit.write(std::make_unique<DocumentStatusStep>(documentId, DocumentStatus::New, DocumentStatus::InProgress));
    if (written && edit.ok())
        *written = changeStep->changes();
    return edit.commit(text, starts ? -1 : commandId);
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
    ChangeSet written;
    if (!commitChanges({documentId, u"create"_s, {{std::nullopt, a}}, {}}, tr("Add %1").arg(label), -1, &written))
        return std::nullopt;
    return written.annotations.constFirst().after->id;
}

ChangeSet AnnotationEditor::annotationChanges(const QList<qint64> &ids, const std::function<bool(Annotation &)> &change) const
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
    return changes;
}

bool AnnotationEditor::setLabel(const QList<qint64> &ids, const QString &label)
{
    if (!m_store->schema().hasLabel(label))
        return false;
    return commitChanges(annotationChanges(ids, [&](Annotation &a) {
        if (a.label == label)
            return false;
        a.label = label;
        a.status = AnnotationStatus::Manual;
        a.deciderId = m_personId;
        return true;
    }), tr("Relabel as %1").arg(label));
}

bool AnnotationEditor::swapToAlternative(qint64 id)
{
    QString label;
    const ChangeSet changes = annotationChanges({id}, [&](Annotation &a) {
        if (a.status != AnnotationStatus::Suggested)
            return false;
        const QList<SuggestionEvidence> alternatives = a.alternatives();
        if (alternatives.isEmpty())
            return false;
        const SuggestionEvidence next = alternatives.constFirst();
        // Rotate the evidence so that the next reading leads and the current one comes last.
        const qsizetype at = a.evidence.indexOf(next);
        a.evidence = a.evidence.mid(at) + a.evidence.first(at);
        a.label = next.label;
        a.start = next.start;
        a.end = next.end;
        a.attrs = next.attrs;
        a.annotatorId = next.engineId;
        a.confidence = next.confidence;
        a.reason = next.reason;
        label = next.label;
        return true;
    });
    return commitChanges(changes, tr("Switch to %1 (another engine's reading)").arg(label), -1, nullptr, false);
}

bool AnnotationEditor::setBounds(qint64 id, qint64 start, qint64 end)
{
    const std::optional<Annotation> current = m_store->annotation(id);
    if (!current)
        return false;
    const std::optional<Document> doc = m_store->document(current->documentId);
    if (!doc || start < 0 || end <= start || end > doc->length)
        return false;
    return commitChanges(annotationChanges({id}, [&](Annotation &a) {
        a.start = start;
        a.end = end;
        a.status = AnnotationStatus::Manual;
        a.deciderId = m_personId;
        return true;
    }), tr("Move boundary"), MoveBoundsCommand);
}

bool AnnotationEditor::setAttributes(qint64 id, const QJsonObject &attrs)
{
    return commitChanges(annotationChanges({id}, [&](Annotation &a) {
        a.attrs = attrs;
        if (a.status == AnnotationStatus::Suggested) {
            a.status = AnnotationStatus::Manual;
            a.deciderId = m_personId;
        }
        return true;
    }), tr("Edit attributes"));
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
    // A note is no decision: it leaves the document's status alone.
    return commitChanges(annotationChanges({id}, [&](Annotation &a) {
        a.note = note;
        return true;
    }), tr("Edit note"), EditNoteCommand, nullptr, false);
}

ChangeSet AnnotationEditor::decisionChanges(const QList<qint64> &ids, AnnotationStatus status) const
{
    return annotationChanges(ids, [&](Annotation &a) {
        if (a.status == status || (status == AnnotationStatus::Accepted && a.status == AnnotationStatus::Manual))
            return false;
        a.status = status;
        a.deciderId = m_personId;
        return true;
    });
}

bool AnnotationEditor::accept(const QList<qint64> &ids)
{
    return commitChanges(decisionChanges(ids, AnnotationStatus::Accepted),
                         tr("Accept %n suggestion(s)", nullptr, int(ids.size())));
}

bool AnnotationEditor::reject(const QList<qint64> &ids)
{
    return commitChanges(decisionChanges(ids, AnnotationStatus::Rejected),
                         tr("Reject %n annotation(s)", nullptr, int(ids.size())));
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
    const int count = int(changes.annotations.size());
    return commitChanges(std::move(changes), tr("Delete %n annotation(s)", nullptr, count));
}

ChangeSet AnnotationEditor::relationChanges(qint64 headId, const QString &label, qint64 childId) const
{
    const std::optional<Annotation> head = m_store->annotation(headId);
    ChangeSet changes;
    if (!head)
        return changes;
    changes.documentId = head->documentId;
    changes.kind = u"link"_s;
    for (const Relation &r : m_store->relations(head->documentId)) {
        if (r.headId == headId && r.label == label) {
            if (r.childId == childId)
                return {}; // already so
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
    return changes;
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
    return commitChanges(relationChanges(headId, label, childId), childId ? tr("Link %1").arg(label) : tr("Unlink %1").arg(label));
}

std::optional<qint64> AnnotationEditor::createAndLink(qint64 headId, const QString &label, const QString &childLabel,
                                                      qint64 start, qint64 end, const QJsonObject &attrs)
{
    const std::optional<Annotation> head = m_store->annotation(headId);
    if (!head || !m_store->schema().relation(label) || !m_store->schema().hasLabel(childLabel))
        return std::nullopt;
    const std::optional<Document> doc = m_store->document(head->documentId);
    if (!doc || start < 0 || end <= start || end > doc->length)
        return std::nullopt;
    Annotation child;
    child.documentId = doc->id;
    child.annotatorId = m_personId;
    child.label = childLabel;
    child.start = start;
    child.end = end;
    child.attrs = attrs;
    child.status = AnnotationStatus::Manual;
    const QString text = tr("Add %1 and link it as %2").arg(childLabel, label);
    Transaction edit(*this, true);
    auto create = std::make_unique<ChangeSetStep>(ChangeSet{doc->id, u"create"_s, {{std::nullopt, child}}, {}});
    ChangeSetStep *created = create.get();
    qint64 childId = 0;
    if (edit.write(std::move(create)))
        childId = created->changes().annotations.constFirst().after->id;
    if (childId)
        edit.write(std::make_unique<ChangeSetStep>(relationChanges(headId, label, childId)));
    if (m_startsWork && doc->status == DocumentStatus::New)
        edit.write(std::make_unique<DocumentStatusStep>(doc->id, DocumentStatus::New, DocumentStatus::InProgress));
    if (!edit.commit(text))
        return std::nullopt;
    return childId;
}

bool AnnotationEditor::removeRelation(qint64 relationId)
{
    const std::optional<Relation> relation = m_store->relation(relationId);
    if (!relation)
        return false;
    return commitChanges({relation->documentId, u"unlink"_s, {}, {{relation, std::nullopt}}}, tr("Unlink %1").arg(relation->label));
}

bool AnnotationEditor::mergeSpeakers(qint64 intoMentionId, qint64 mentionId)
{
    const std::optional<Annotation> into = m_store->annotation(intoMentionId);
    const std::optional<Annotation> mention = m_store->annotation(mentionId);
    if (!into || !mention || into->id == mention->id || into->documentId != mention->documentId
        || into->label != u"SOURCE" || mention->label != u"SOURCE")
        return false;
    const QString label = refersToRelation();
    for (const Relation &r : m_store->relations(mention->documentId)) {
        if (r.label == label && ((r.headId == mentionId && r.childId == intoMentionId) || (r.headId == intoMentionId && r.childId == mentionId)))
            return false; // linked already
    }
    Relation r;
    r.documentId = mention->documentId;
    r.annotatorId = m_personId;
    r.label = label;
    r.headId = mentionId;
    r.childId = intoMentionId;
    ChangeSet changes{mention->documentId, u"merge speakers"_s, {}, {{std::nullopt, r}}};
    return commitChanges(changes, tr("Merge speakers"));
}

bool AnnotationEditor::splitSpeaker(const QList<qint64> &mentionIds)
{
    if (mentionIds.isEmpty())
        return false;
    const std::optional<Annotation> first = m_store->annotation(mentionIds.constFirst());
    if (!first)
        return false;
    const QSet<qint64> mentions(mentionIds.cbegin(), mentionIds.cend());
    ChangeSet changes{first->documentId, u"split speaker"_s, {}, {}};
    for (const Relation &r : m_store->relations(first->documentId)) {
        if (r.label == refersToRelation() && (mentions.contains(r.headId) || mentions.contains(r.childId)))
            changes.relations.append({r, std::nullopt});
    }
    if (changes.isEmpty())
        return false;
    return commitChanges(changes, tr("Split speaker"));
}

bool AnnotationEditor::setDocumentStatus(qint64 documentId, DocumentStatus status)
{
    const std::optional<Document> doc = m_store->document(documentId);
    // The person's own status counts too: several annotators each mark a document (annotation sets).
    if (!doc || (doc->status == status && m_store->documentStatusFor(documentId, m_personId) == status))
        return false;
    Transaction edit(*this, false);
    edit.write(std::make_unique<DocumentStatusStep>(documentId, doc->status, status));
    return edit.commit(tr("Mark document %1").arg(documentStatusDisplayName(status)));
}

bool AnnotationEditor::decideAndSetStatus(qint64 documentId, const QList<qint64> &accept, const QList<qint64> &reject,
                                          DocumentStatus status)
{
    const std::optional<Document> doc = m_store->document(documentId);
    if (!doc)
        return false;
    Transaction edit(*this, true);
    for (ChangeSet changes : {decisionChanges(accept, AnnotationStatus::Accepted), decisionChanges(reject, AnnotationStatus::Rejected)}) {
        if (changes.isEmpty() || changes.documentId != documentId)
            continue;
        changes.kind = u"decide"_s;
        edit.write(std::make_unique<ChangeSetStep>(std::move(changes)));
    }
    if (doc->status != status)
        edit.write(std::make_unique<DocumentStatusStep>(documentId, doc->status, status));
    return edit.commit(tr("Mark document %1").arg(documentStatusDisplayName(status)));
}

bool AnnotationEditor::setSchema(const LabelSchema &schema, const QString &text)
{
    const LabelSchema before = m_store->schema();
    if (before == schema)
        return false;
    Transaction edit(*this, false);
    edit.write(std::make_unique<SchemaStep>(before, schema));
    return edit.commit(text);
}

bool AnnotationEditor::renameLabel(const QString &oldName, const QString &newName)
{
    if (oldName == newName)
        return false;
    Transaction edit(*this, false);
    edit.write(std::make_unique<RenameLabelStep>(oldName, newName));
    return edit.commit(tr("Rename %1 to %2").arg(oldName, newName));
}

bool AnnotationEditor::applyChanges(ChangeSet &changes, const QString &text)
{
    if (changes.isEmpty())
        return false;
    if (changes.kind.isEmpty())
        changes.kind = text;
    // The ids given to new annotations come back in changes.
    return commitChanges(changes, text, -1, &changes);
}

} // namespace Copydesk
