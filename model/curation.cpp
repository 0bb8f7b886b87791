#include "curation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationsets.h"
#include "labelschema.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool kept(const Annotation &a)
{
    return a.status == AnnotationStatus::Accepted || a.status == AnnotationStatus::Manual;
}

// The curated set of a document as curation needs it.
struct CuratedState
{
    QList<Annotation> annotations;                // every annotation of the document
    QList<Relation> relations;
    QHash<QString, const Annotation *> byKey;     // the curated set's decisions, by spanKey
    QHash<qint64, const Annotation *> byId;

    CuratedState(const ProjectStore &store, qint64 documentId, qint64 curatedId)
        : annotations(store.annotations(documentId)), relations(store.relations(documentId))
    {
        for (const Annotation &a : std::as_const(annotations)) {
            byId.insert(a.id, &a);
            if (a.isDecided() && a.ownerId == curatedId)
                byKey.insert(spanKey(a), &a);
        }
    }
    const Annotation *keptCurated(const Annotation &a) const
    {
        const Annotation *c = byKey.value(spanKey(a));
        return c && kept(*c) ? c : nullptr;
    }
    // The curated child of a curated head's link (0 when none).
    qint64 link(qint64 headId, const QString &label) const
    {
        for (const Relation &r : relations) {
            if (r.headId == headId && r.label == label)
                return r.childId;
        }
        return 0;
    }
};

// Builds one curation step: annotation inserts and updates, then the links between them.
class StepBuilder
{
public:
    StepBuilder(const CuratedState &state, qint64 curatedId, qint64 curatorId, qint64 documentId)
        : m_state(state), m_curatedId(curatedId), m_curatorId(curatorId)
    {
        m_spans.documentId = documentId;
    }

    // The curated decision for `a` becomes `status` (kept: Accepted, or Rejected). Returns a
    // reference for links: the curated id, or -1 - index of the insert.
    qint64 decide(const Annotation &a, AnnotationStatus status)
    {
        const QString key = spanKey(a);
        if (m_decided.contains(key))
            return m_decided.value(key);
        qint64 ref;
        if (const Annotation *c = m_state.byKey.value(key)) {
            ref = c->id;
            const bool wantKept = status != AnnotationStatus::Rejected;
            if (kept(*c) != wantKept) {
                Annotation after = *c;
                after.status = status;
                after.deciderId = m_curatorId;
                m_spans.annotations.append({*c, after});
            }
        } else {
            Annotation copy = a;
            copy.id = 0;
            copy.ownerId = m_curatedId;
            copy.deciderId = m_curatorId;
            copy.status = status;
            copy.created = copy.modified = QDateTime();
            copy.evidence.clear();
            copy.externalId.clear();
            copy.confidence = -1;
            ref = -1 - m_spans.annotations.size();
            m_spans.annotations.append({std::nullopt, copy});
        }
        m_decided.insert(key, ref);
        return ref;
    }
    bool isDecided(const Annotation &a) const { return m_decided.contains(spanKey(a)); }
    qint64 reference(const Annotation &a) const { return m_decided.value(spanKey(a), 0); }

    void remove(const Annotation &a)
    {
        for (const Relation &r : m_state.relations) {
            if (r.headId == a.id || r.childId == a.id)
                removeLink(r);
        }
        m_spans.annotations.append({a, std::nullopt});
    }
    void removeLink(const Relation &r)
    {
        if (!m_removedLinks.contains(r.id)) {
            m_removedLinks.insert(r.id);
            m_spans.relations.append({r, std::nullopt});
        }
    }
    void link(qint64 head, const QString &label, qint64 child)
    {
        for (const auto &[unused, wish] : std::as_const(m_links)) {
            if (wish.headId == head && wish.label == label && wish.childId == child)
                return;
        }
        Relation r;
        r.label = label;
        r.headId = head;
        r.childId = child;
        m_links.append({0, r});
    }

    ChangeSet spans() const { return m_spans; }
    const QList<std::pair<qint64, Relation>> &links() const { return m_links; }
    bool isEmpty() const { return m_spans.isEmpty() && m_links.isEmpty(); }

private:
    const CuratedState &m_state;
    qint64 m_curatedId;
    qint64 m_curatorId;
    ChangeSet m_spans;
    QHash<QString, qint64> m_decided;
    QSet<qint64> m_removedLinks;
    QList<std::pair<qint64, Relation>> m_links;
};

// The links of `a`'s set that touch it, between spans the curated set holds (or this step adds).
void addLinksOf(const CuratedState &state, const Annotation &a, StepBuilder &step)
{
    for (const Relation &r : state.relations) {
        if (r.headId != a.id && r.childId != a.id)
            continue;
        const Annotation *head = state.byId.value(r.headId);
        const Annotation *child = state.byId.value(r.childId);
        if (!head || !child || head->ownerId != a.ownerId || child->ownerId != a.ownerId)
            continue;
        auto curated = [&](const Annotation &x) -> qint64 {
            if (step.isDecided(x))
                return step.reference(x);
            const Annotation *c = state.keptCurated(x);
            return c ? c->id : 0;
        };
        const qint64 h = curated(*head), c = curated(*child);
        if (!h || !c)
            continue;
        if (h > 0 && state.link(h, r.label) == c)
            continue;
        step.link(h, r.label, c);
    }
}

} // namespace

Curator::Curator(AnnotationEditor *editor, const QList<qint64> &annotators)
    : m_editor(editor), m_store(editor->store()), m_annotators(annotators)
{
    // Looked up, not made: looking at differences writes nothing (the first decision makes it).
    for (const Annotator &a : m_store->annotators()) {
        if (a.kind == AnnotatorKind::Curation && a.name == curationAnnotatorName())
            m_curatedId = a.id;
    }
}

bool Curator::ensureCuratedSet()
{
    if (!m_curatedId)
        m_curatedId = curationAnnotator(*m_store);
    return m_curatedId != 0;
}

QList<qint64> Curator::setsOn(qint64 documentId) const
{
    QSet<qint64> present;
    for (const AnnotationSetSummary &set : m_store->annotationSets(documentId))
        present.insert(set.ownerId);
    QList<qint64> owners;
    for (qint64 owner : m_annotators) {
        if (present.contains(owner) && owner != m_curatedId)
            owners.append(owner);
    }
    return owners;
}

QList<CurationItem> Curator::items(qint64 documentId) const
{
    QList<CurationItem> result;
    const QList<qint64> owners = setsOn(documentId);
    if (owners.size() < 2)
        return result;
    const CuratedState state(*m_store, documentId, m_curatedId);
    const QList<SetDifference> differences = compareSets(state.annotations, state.relations, owners, m_store->schema());
    for (const SetDifference &d : differences) {
        CurationItem item{d, true, 0};
        if (d.kind == SetDifference::Spans) {
            for (const SetDifference::Reading &r : d.readings) {
                for (const Annotation &a : r.spans)
                    item.settled = item.settled && state.byKey.contains(spanKey(a));
            }
        } else {
            const Annotation *head = state.keptCurated(d.readings.constFirst().spans.constFirst());
            item.settled = head != nullptr;
            if (head) {
                const qint64 child = state.link(head->id, d.relation);
                for (const SetDifference::Reading &r : d.readings) {
                    const Annotation *c = state.byId.value(child);
                    const bool same = r.spans.size() > 1 ? (c && sameSpan(*c, r.spans.at(1))) : !c;
                    if (same && !item.takenFrom)
                        item.takenFrom = r.ownerId;
                }
            }
        }
        if (item.settled && d.kind == SetDifference::Spans) {
            // Whose reading the curated set holds, if it holds one's exactly.
            for (const SetDifference::Reading &r : d.readings) {
                bool all = !r.spans.isEmpty();
                for (const Annotation &a : r.spans)
                    all = all && state.keptCurated(a);
                if (all && !item.takenFrom)
                    item.takenFrom = r.ownerId;
            }
        }
        result.append(item);
    }
    return result;
}

int Curator::openCount(qint64 documentId) const
{
    int open = 0;
    for (const CurationItem &item : items(documentId))
        open += item.settled ? 0 : 1;
    return open;
}

bool Curator::isCurated(qint64 documentId) const
{
    return setsOn(documentId).size() >= 2 && openCount(documentId) == 0;
}

bool Curator::apply(ChangeSet spans, const QList<std::pair<qint64, Relation>> &links, const QString &text)
{
    if (spans.isEmpty() && links.isEmpty())
        return false;
    QUndoStack *stack = m_editor->undoStack();
    stack->beginMacro(text);
    bool ok = spans.isEmpty() || m_editor->applyChanges(spans, text);
    if (ok && !links.isEmpty()) {
        ChangeSet relations;
        relations.documentId = spans.documentId;
        for (const auto &[unused, wish] : links) {
            Q_UNUSED(unused)
            Relation r = wish;
            auto resolve = [&](qint64 ref) { return ref < 0 ? spans.annotations.at(-1 - ref).after->id : ref; };
            r.headId = resolve(wish.headId);
            r.childId = resolve(wish.childId);
            r.annotatorId = m_editor->personId();
            relations.relations.append({std::nullopt, r});
        }
        ok = m_editor->applyChanges(relations, text);
    }
    stack->endMacro();
    return ok;
}

bool Curator::takeAgreed(qint64 documentId)
{
    const QList<qint64> owners = setsOn(documentId);
    if (owners.size() < 2)
        return false;
    if (!ensureCuratedSet())
        return false;
    const CuratedState state(*m_store, documentId, m_curatedId);
    const LabelSchema schema = m_store->schema();
    const QList<SetDifference> differences = compareSets(state.annotations, state.relations, owners, schema);
    StepBuilder step(state, m_curatedId, m_editor->personId(), documentId);
    QList<const Annotation *> agreed;
    for (const Annotation &a : state.annotations) {
        if (!kept(a) || a.ownerId != owners.constFirst() || schema.layerOf(a.label).isEmpty())
            continue;
        bool inDifference = false;
        for (const SetDifference &d : differences) {
            const bool here = d.layer == schema.layerOf(a.label) && a.start < d.end && d.start < a.end;
            const bool linkHead = d.kind == SetDifference::Link && sameSpan(d.readings.constFirst().spans.constFirst(), a);
            inDifference = inDifference || (d.kind == SetDifference::Spans && (here || (a.start == d.start && a.end == d.end))) || linkHead;
        }
        if (inDifference || state.byKey.contains(spanKey(a)))
            continue;
        step.decide(a, AnnotationStatus::Accepted);
        agreed.append(&a);
    }
    for (const Annotation *a : std::as_const(agreed))
        addLinksOf(state, *a, step);
    return apply(step.spans(), step.links(), QCoreApplication::translate("Curation", "Take what the annotators agree on"));
}

bool Curator::take(qint64 documentId, const SetDifference &difference, qint64 owner)
{
    if (!ensureCuratedSet())
        return false;
    takeAgreed(documentId);
    const CuratedState state(*m_store, documentId, m_curatedId);
    StepBuilder step(state, m_curatedId, m_editor->personId(), documentId);
    const SetDifference::Reading *chosen = owner ? difference.reading(owner) : nullptr;
    const std::optional<Annotator> who = owner ? m_store->annotator(owner) : std::nullopt;
    const QString name = who ? who->displayName() : QString();
    if (difference.kind == SetDifference::Link) {
        const Annotation &head = difference.readings.constFirst().spans.constFirst();
        const qint64 curatedHead = step.decide(head, AnnotationStatus::Accepted);
        const qint64 current = curatedHead > 0 ? state.link(curatedHead, difference.relation) : 0;
        const bool hasChild = chosen && chosen->spans.size() > 1;
        for (const Relation &r : state.relations) {
            if (r.headId == curatedHead && r.label == difference.relation
                && !(hasChild && state.byId.value(r.childId) && sameSpan(*state.byId.value(r.childId), chosen->spans.at(1))))
                step.removeLink(r);
        }
        if (hasChild) {
            const qint64 child = step.decide(chosen->spans.at(1), AnnotationStatus::Accepted);
            if (!(current && current == child))
                step.link(curatedHead, difference.relation, child);
        }
        // The quote comes with the chosen annotator's other links.
        if (chosen)
            addLinksOf(state, chosen->spans.constFirst(), step);
        const QString text = chosen ? QCoreApplication::translate("Curation", "Take %1's %2 link").arg(name, difference.relation)
                                    : QCoreApplication::translate("Curation", "Take no %1 link").arg(difference.relation);
        return apply(step.spans(), step.links(), text);
    }
    const QList<Annotation> taken = chosen ? chosen->spans : QList<Annotation>();
    for (const Annotation &a : taken)
        step.decide(a, AnnotationStatus::Accepted);
    for (const SetDifference::Reading &r : difference.readings) {
        for (const Annotation &a : r.spans) {
            if (!step.isDecided(a))
                step.decide(a, AnnotationStatus::Rejected);
        }
    }
    // The curator's own spans at the place give way to the reading taken.
    const LabelSchema schema = m_store->schema();
    for (const Annotation &c : state.annotations) {
        if (c.ownerId == m_curatedId && kept(c) && !step.isDecided(c) && schema.layerOf(c.label) == difference.layer
            && c.start < difference.end && difference.start < c.end)
            step.remove(c);
    }
    for (const Annotation &a : taken)
        addLinksOf(state, a, step);
    const QString text = chosen ? QCoreApplication::translate("Curation", "Take %1's reading").arg(name)
                                : QCoreApplication::translate("Curation", "Take none of the readings");
    return apply(step.spans(), step.links(), text);
}

bool Curator::keepCurated(qint64 documentId, const SetDifference &difference)
{
    if (!ensureCuratedSet())
        return false;
    takeAgreed(documentId);
    const CuratedState state(*m_store, documentId, m_curatedId);
    StepBuilder step(state, m_curatedId, m_editor->personId(), documentId);
    if (difference.kind == SetDifference::Link) {
        step.decide(difference.readings.constFirst().spans.constFirst(), AnnotationStatus::Accepted);
    } else {
        for (const SetDifference::Reading &r : difference.readings) {
            for (const Annotation &a : r.spans) {
                if (!state.keptCurated(a))
                    step.decide(a, AnnotationStatus::Rejected);
            }
        }
    }
    return apply(step.spans(), step.links(), QCoreApplication::translate("Curation", "Keep the curated reading"));
}

} // namespace Copydesk
