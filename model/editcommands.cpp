#include "editcommands.h"

#include <QCoreApplication>

#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Equal but for the store's time stamps and, with the status unchanged, who decided it (a
// person's own manual annotation moved and moved back is still theirs).
bool sameContent(const std::optional<Annotation> &a, const std::optional<Annotation> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    Annotation x = *a;
    Annotation y = *b;
    x.created = y.created = {};
    x.modified = y.modified = {};
    if (x.status == y.status)
        x.deciderId = y.deciderId;
    return x == y;
}

} // namespace

bool ChangeSetStep::redo(ProjectStore &store, qint64 annotatorId)
{
    return store.apply(m_changes, annotatorId);
}

bool ChangeSetStep::undo(ProjectStore &store, qint64 annotatorId)
{
    ChangeSet inverse = m_changes.inverted();
    inverse.kind = u"undo: "_s + m_changes.kind;
    return store.apply(inverse, annotatorId);
}

bool DocumentStatusStep::redo(ProjectStore &store, qint64 annotatorId)
{
    return store.setDocumentStatus(m_documentId, m_after, annotatorId);
}

bool DocumentStatusStep::undo(ProjectStore &store, qint64 annotatorId)
{
    return store.setDocumentStatus(m_documentId, m_before, annotatorId);
}

bool SchemaStep::write(ProjectStore &store, const LabelSchema &to, qint64 annotatorId)
{
    m_error.clear();
    const LabelSchema current = store.schema();
    for (const LabelDefinition &label : current.labels()) {
        const int used = to.hasLabel(label.name) ? 0 : store.annotationCountForLabel(label.name);
        if (used > 0) {
            m_error = QCoreApplication::translate("Copydesk::AnnotationEditor", "%n annotation(s) use the label %1", nullptr, used)
                          .arg(label.name);
            return false;
        }
    }
    return store.setSchema(to, annotatorId);
}

bool SchemaStep::redo(ProjectStore &store, qint64 annotatorId)
{
    return write(store, m_after, annotatorId);
}

bool SchemaStep::undo(ProjectStore &store, qint64 annotatorId)
{
    return write(store, m_before, annotatorId);
}

bool RenameLabelStep::redo(ProjectStore &store, qint64 annotatorId)
{
    return store.renameLabel(m_old, m_new, annotatorId);
}

bool RenameLabelStep::undo(ProjectStore &store, qint64 annotatorId)
{
    return store.renameLabel(m_new, m_old, annotatorId);
}

EditCommand::EditCommand(ProjectStore *store, qint64 annotatorId, std::vector<std::unique_ptr<EditStep>> steps,
                         const QString &text, int id, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_store(store)
    , m_annotatorId(annotatorId)
    , m_steps(std::move(steps))
    , m_id(id)
    , m_onFailure(std::move(onFailure))
{
}

EditCommand::~EditCommand() = default;

bool EditCommand::run(ProjectStore &store, qint64 annotatorId, const std::vector<std::unique_ptr<EditStep>> &steps,
                      bool forward, QString *error)
{
    const EditStep *failed = nullptr;
    auto step = [&](EditStep &s) {
        const bool ok = forward ? s.redo(store, annotatorId) : s.undo(store, annotatorId);
        if (!ok)
            failed = &s;
        return ok;
    };
    auto why = [&] {
        *error = failed && !failed->error().isEmpty() ? failed->error() : store.lastError();
        return false;
    };
    if (steps.size() == 1)
        return step(*steps.front()) || why();
    if (!store.beginBatch())
        return why();
    bool ok = true;
    if (forward) {
        for (auto it = steps.cbegin(); ok && it != steps.cend(); ++it)
            ok = step(**it);
    } else {
        for (auto it = steps.crbegin(); ok && it != steps.crend(); ++it)
            ok = step(**it);
    }
    if (ok && store.commitBatch())
        return true;
    why();
    store.rollbackBatch();
    // The views followed the steps written before the failure: they show the project again.
    store.announceReset();
    return false;
}

void EditCommand::runOrFail(bool forward)
{
    QString why;
    if (run(*m_store, m_annotatorId, m_steps, forward, &why))
        return;
    const QString what = forward ? QCoreApplication::translate("Copydesk::AnnotationEditor", "Could not redo \"%1\"").arg(text())
                                 : QCoreApplication::translate("Copydesk::AnnotationEditor", "Could not undo \"%1\"").arg(text());
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(why.isEmpty() ? what : what + u": "_s + why);
}

void EditCommand::redo()
{
    if (std::exchange(m_skipFirstRedo, false))
        return;
    runOrFail(true);
}

void EditCommand::undo()
{
    runOrFail(false);
}

const ChangeSet *EditCommand::changes() const
{
    if (m_steps.size() != 1)
        return nullptr;
    const auto *step = dynamic_cast<const ChangeSetStep *>(m_steps.front().get());
    return step ? &step->changes() : nullptr;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditCommand *>(other);
    const ChangeSet *mine = changes();
    const ChangeSet *theirs = next ? next->changes() : nullptr;
    if (!mine || !theirs || mine->annotations.size() != 1 || theirs->annotations.size() != 1
        || !mine->relations.isEmpty() || !theirs->relations.isEmpty())
        return false;
    const AnnotationChange &first = mine->annotations.constFirst();
    const AnnotationChange &second = theirs->annotations.constFirst();
    if (!first.after || !second.before || first.after->id != second.before->id)
        return false;
    auto *step = static_cast<ChangeSetStep *>(m_steps.front().get());
    AnnotationChange &merged = step->changes().annotations.first();
    merged.after = second.after;
    // Back where it began (a boundary moved there and back): nothing to undo.
    if (sameContent(merged.before, merged.after))
        setObsolete(true);
    return true;
}

} // namespace Copydesk
