#include "annotationsets.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// A decision as a set compares it: label, bounds, attributes, and whether it was kept or
// rejected (accepted and manual are the same choice).
QString decisionKey(const QString &label, qint64 start, qint64 end, const QJsonObject &attrs, bool rejected)
{
    return u"%1\u001f%2\u001f%3\u001f%4\u001f%5"_s.arg(label).arg(start).arg(end)
        .arg(QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact)))
        .arg(rejected ? 1 : 0);
}

QString annotationsText(const AddedSets::Set &set)
{
    return QCoreApplication::translate("AnnotationSets", "%1's %n annotation(s)", nullptr, set.annotations).arg(set.owner);
}

} // namespace

qint64 importedOwner(const NewAnnotation &annotation)
{
    if (annotation.status == AnnotationStatus::Suggested)
        return 0;
    return annotation.ownerId ? annotation.ownerId : annotation.annotatorId;
}

QString AddedSets::message() const
{
    QStringList parts;
    if (!added.isEmpty()) {
        QStringList sets;
        for (const Set &set : added)
            sets.append(annotationsText(set));
        parts.append(QCoreApplication::translate("AnnotationSets", "added %1 to document %2").arg(sets.join(u", "_s)).arg(documentId));
    }
    for (const Set &set : unchanged) {
        parts.append(QCoreApplication::translate("AnnotationSets", "the same text is already in the project (document %1), with %2: nothing changed")
                         .arg(documentId).arg(annotationsText(set)));
    }
    for (const Set &set : conflicting) {
        parts.append(QCoreApplication::translate("AnnotationSets", "the same text is already in the project (document %1), with a different "
                                                                   "set of %2's annotations: left as it is (import under another --annotator "
                                                                   "to compare them)")
                         .arg(documentId).arg(set.owner));
    }
    if (added.isEmpty() && unchanged.isEmpty() && conflicting.isEmpty())
        parts.append(QCoreApplication::translate("AnnotationSets", "skipped: the same text is already in the project (document %1)").arg(documentId));
    if (suggestionsLeftOut > 0)
        parts.append(QCoreApplication::translate("AnnotationSets", "the file's %n suggestion(s) left out", nullptr, suggestionsLeftOut));
    return parts.join(u"; "_s);
}

AddedSets addAnnotationSets(ProjectStore &store, qint64 documentId, const QList<NewAnnotation> &annotations,
                            const QList<NewRelation> &relations, const QString &origin)
{
    AddedSets result;
    result.documentId = documentId;
    // The file's decisions by owner, in the order they first appear.
    QList<qint64> owners;
    QHash<qint64, QList<int>> byOwner;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const qint64 owner = importedOwner(annotations.at(i));
        if (!owner) {
            ++result.suggestionsLeftOut;
            continue;
        }
        if (!byOwner.contains(owner))
            owners.append(owner);
        byOwner[owner].append(int(i));
    }
    if (owners.isEmpty())
        return result;

    // The document's sets as they are.
    QHash<qint64, QStringList> existing;
    const QList<Annotation> current = store.annotations(documentId);
    if (store.readFailed()) {
        result.error = store.lastError();
        return result;
    }
    for (const Annotation &a : current) {
        if (a.isDecided() && a.ownerId)
            existing[a.ownerId].append(decisionKey(a.label, a.start, a.end, a.attrs, a.status == AnnotationStatus::Rejected));
    }
    QSet<qint64> ownersWithStatus;
    for (const AnnotationSetSummary &set : store.annotationSets(documentId))
        ownersWithStatus.insert(set.ownerId);

    QList<NewAnnotation> chosen;
    QHash<int, int> newIndex; // index in `annotations` -> index in `chosen`
    for (qint64 owner : std::as_const(owners)) {
        const QList<int> &indexes = byOwner[owner];
        const std::optional<Annotator> annotator = store.annotator(owner);
        AddedSets::Set set{owner, annotator ? annotator->displayName() : QString::number(owner), int(indexes.size()), 0};
        if (existing.contains(owner) || ownersWithStatus.contains(owner)) {
            QStringList theirs;
            for (int i : indexes) {
                const NewAnnotation &n = annotations.at(i);
                theirs.append(decisionKey(n.label, n.start, n.end, n.attrs, n.status == AnnotationStatus::Rejected));
            }
            QStringList ours = existing.value(owner);
            std::sort(theirs.begin(), theirs.end());
            std::sort(ours.begin(), ours.end());
            (theirs == ours ? result.unchanged : result.conflicting).append(set);
            continue;
        }
        for (int i : indexes) {
            newIndex.insert(i, int(chosen.size()));
            chosen.append(annotations.at(i));
            chosen.last().ownerId = owner;
        }
        result.added.append(set);
    }
    if (chosen.isEmpty())
        return result;

    QList<NewRelation> chosenRelations;
    for (const NewRelation &r : relations) {
        if (!newIndex.contains(int(r.head)) || !newIndex.contains(int(r.child)))
            continue;
        const qint64 owner = importedOwner(annotations.at(r.head));
        for (AddedSets::Set &set : result.added) {
            if (set.ownerId == owner)
                ++set.relations;
        }
        chosenRelations.append({r.label, newIndex.value(int(r.head)), newIndex.value(int(r.child)), r.annotatorId});
    }
    if (!store.addAnnotations(documentId, chosen, chosenRelations, origin)) {
        result.error = store.lastError();
        result.added.clear();
    }
    return result;
}

bool SetSelection::shows(const Annotation &annotation) const
{
    if (!annotation.isDecided()) {
        if (hideSuggestions)
            return false;
        return mode == All || mode == Mine;
    }
    if (hiddenOwners.contains(annotation.ownerId))
        return false;
    switch (mode) {
    case All:
        return true;
    case Mine:
    case Annotator:
    case Curated:
        return annotation.ownerId == ownerId;
    }
    return true;
}

QList<Annotation> selectAnnotations(const QList<Annotation> &annotations, const SetSelection &selection)
{
    QList<Annotation> shown;
    for (const Annotation &a : annotations) {
        if (selection.shows(a))
            shown.append(a);
    }
    return shown;
}

QList<Relation> selectRelations(const QList<Relation> &relations, const QList<Annotation> &shown)
{
    QSet<qint64> ids;
    for (const Annotation &a : shown)
        ids.insert(a.id);
    QList<Relation> result;
    for (const Relation &r : relations) {
        if (ids.contains(r.headId) && ids.contains(r.childId))
            result.append(r);
    }
    return result;
}

QString curationAnnotatorName()
{
    return u"curated"_s;
}

qint64 curationAnnotator(ProjectStore &store)
{
    return store.ensureAnnotator(AnnotatorKind::Curation, curationAnnotatorName());
}

qint64 findAnnotator(const QList<Annotator> &annotators, const QString &name, QString *error)
{
    QString wanted = name.trimmed();
    std::optional<AnnotatorKind> kind;
    static const AnnotatorKind kinds[] = {AnnotatorKind::Person, AnnotatorKind::Engine, AnnotatorKind::File, AnnotatorKind::Curation};
    for (AnnotatorKind k : kinds) {
        const QString prefix = annotatorKindName(k) + u':';
        if (wanted.startsWith(prefix)) {
            kind = k;
            wanted = wanted.mid(prefix.size());
        }
    }
    QList<const Annotator *> found;
    for (const Annotator &a : annotators) {
        if (kind && a.kind != *kind)
            continue;
        if (a.name == wanted || a.displayName() == wanted)
            found.append(&a);
    }
    // "curated" names the curation annotator even when a person has that name too.
    if (found.size() > 1 && !kind) {
        QList<const Annotator *> curation;
        for (const Annotator *a : std::as_const(found)) {
            if (a->kind == AnnotatorKind::Curation)
                curation.append(a);
        }
        if (curation.size() == 1)
            found = curation;
    }
    if (found.size() == 1)
        return found.constFirst()->id;
    if (error) {
        if (found.isEmpty()) {
            *error = QCoreApplication::translate("AnnotationSets", "no annotator named \"%1\" in the project").arg(name);
        } else {
            QStringList names;
            for (const Annotator *a : std::as_const(found))
                names.append(annotatorKindName(a->kind) + u':' + a->displayName());
            *error = QCoreApplication::translate("AnnotationSets", "more than one annotator is named \"%1\"; say which: %2")
                         .arg(name, names.join(u", "_s));
        }
    }
    return 0;
}

} // namespace Copydesk
