#include "teaching.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "labelschema.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool kept(const Annotation &a)
{
    return a.status == AnnotationStatus::Accepted || a.status == AnnotationStatus::Manual;
}

bool overlaps(const Annotation &a, const Annotation &b)
{
    return a.start < b.end && b.start < a.end;
}

TeachingItem makeItem(TeachingItem::Kind kind, const QString &layer, const Annotation *reference, const Annotation *student)
{
    TeachingItem item;
    item.kind = kind;
    item.layer = layer;
    item.label = reference ? reference->label : student->label;
    item.start = std::min(reference ? reference->start : student->start, student ? student->start : reference->start);
    item.end = std::max(reference ? reference->end : student->end, student ? student->end : reference->end);
    if (reference)
        item.reference = *reference;
    if (student)
        item.student = *student;
    return item;
}

// The items of one layer: exact pairs, then overlapping pairs of one label, then overlapping
// pairs of two labels, then what is left on either side.
void compareLayer(const QString &layer, const QList<Annotation> &reference, const QList<Annotation> &student,
                  QList<TeachingItem> &items, QHash<qint64, qint64> &pairs)
{
    QList<bool> usedR(reference.size(), false), usedS(student.size(), false);
    auto pairUp = [&](TeachingItem::Kind kind, const std::function<bool(const Annotation &, const Annotation &)> &fits) {
        for (qsizetype i = 0; i < reference.size(); ++i) {
            if (usedR.at(i))
                continue;
            qsizetype best = -1;
            qint64 bestOverlap = -1;
            for (qsizetype j = 0; j < student.size(); ++j) {
                if (usedS.at(j) || !fits(reference.at(i), student.at(j)))
                    continue;
                const qint64 overlap = std::min(reference.at(i).end, student.at(j).end) - std::max(reference.at(i).start, student.at(j).start);
                if (overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best < 0)
                continue;
            usedR[i] = usedS[best] = true;
            items.append(makeItem(kind, layer, &reference.at(i), &student.at(best)));
            pairs.insert(reference.at(i).id, student.at(best).id);
        }
    };
    pairUp(TeachingItem::Match, [](const Annotation &r, const Annotation &s) {
        return r.label == s.label && r.start == s.start && r.end == s.end;
    });
    pairUp(TeachingItem::Partial, [](const Annotation &r, const Annotation &s) { return r.label == s.label && overlaps(r, s); });
    pairUp(TeachingItem::WrongLabel, [](const Annotation &r, const Annotation &s) { return r.label != s.label && overlaps(r, s); });
    for (qsizetype i = 0; i < reference.size(); ++i) {
        if (!usedR.at(i))
            items.append(makeItem(TeachingItem::Miss, layer, &reference.at(i), nullptr));
    }
    for (qsizetype j = 0; j < student.size(); ++j) {
        if (!usedS.at(j))
            items.append(makeItem(TeachingItem::Extra, layer, nullptr, &student.at(j)));
    }
}

} // namespace

QString TeachingSettings::keyReference()
{
    return u"teaching.reference"_s;
}

QString TeachingSettings::keyTeacher()
{
    return u"teaching.teacher"_s;
}

TeachingSettings TeachingSettings::read(const ProjectStore &store)
{
    return {store.setting(keyReference()), store.setting(keyTeacher())};
}

bool TeachingSettings::write(ProjectStore &store) const
{
    return store.setSetting(keyReference(), reference) && store.setSetting(keyTeacher(), teacher);
}

QString TeachingSettings::referenceKey(const Annotator &annotator)
{
    return annotatorKindName(annotator.kind) + u':' + annotator.displayName();
}

qint64 TeachingSettings::referenceId(const ProjectStore &store) const
{
    if (!isOn())
        return 0;
    for (const Annotator &a : store.annotators()) {
        if (referenceKey(a) == reference)
            return a.id;
    }
    return 0;
}

bool TeachingSettings::isTeacher(const QString &personName) const
{
    if (!teacher.isEmpty())
        return personName == teacher;
    return reference == u"person:"_s + personName;
}

SetSelection studentSelection(qint64 studentId, qint64 referenceId)
{
    SetSelection selection;
    selection.mode = SetSelection::Mine;
    selection.ownerId = studentId;
    selection.hideSuggestions = true;
    if (referenceId)
        selection.hiddenOwners.append(referenceId);
    return selection;
}

bool referenceRevealed(const ProjectStore &store, qint64 documentId, qint64 studentId)
{
    return store.documentStatusFor(documentId, studentId) == DocumentStatus::Done;
}

QString TeachingItem::kindName(Kind kind)
{
    switch (kind) {
    case Match: return u"match"_s;
    case Partial: return u"partial"_s;
    case WrongLabel: return u"wrong label"_s;
    case Miss: return u"miss"_s;
    case Extra: return u"extra"_s;
    case WrongSpeaker: return u"wrong speaker"_s;
    }
    return {};
}

QString TeachingItem::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Match: return QCoreApplication::translate("Teaching", "Match");
    case Partial: return QCoreApplication::translate("Teaching", "Other bounds");
    case WrongLabel: return QCoreApplication::translate("Teaching", "Other label");
    case Miss: return QCoreApplication::translate("Teaching", "Missed");
    case Extra: return QCoreApplication::translate("Teaching", "Extra");
    case WrongSpeaker: return QCoreApplication::translate("Teaching", "Other speaker");
    }
    return {};
}

int TeachingComparison::count(TeachingItem::Kind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [kind](const TeachingItem &i) { return i.kind == kind; }));
}

TeachingComparison compareWithReference(const QList<Annotation> &annotations, const QList<Relation> &relations,
                                        qint64 studentId, qint64 referenceId, const LabelSchema &schema)
{
    TeachingComparison result;
    QMap<QString, QList<Annotation>> reference, student;
    QHash<qint64, const Annotation *> byId;
    for (const Annotation &a : annotations) {
        byId.insert(a.id, &a);
        const QString layer = schema.layerOf(a.label);
        if (!kept(a) || layer.isEmpty())
            continue;
        if (a.ownerId == referenceId)
            reference[layer].append(a);
        else if (a.ownerId == studentId)
            student[layer].append(a);
    }
    QHash<qint64, qint64> pairs; // reference span -> the student's
    for (const QString &layer : schema.layers()) {
        const QList<Annotation> r = reference.value(layer), s = student.value(layer);
        if (r.isEmpty() && s.isEmpty())
            continue;
        compareLayer(layer, r, s, result.items, pairs);
        SpanCounts counts;
        for (const LabelDefinition &label : schema.labelsOfLayer(layer)) {
            QList<Annotation> rl, sl;
            std::copy_if(r.cbegin(), r.cend(), std::back_inserter(rl), [&](const Annotation &a) { return a.label == label.name; });
            std::copy_if(s.cbegin(), s.cend(), std::back_inserter(sl), [&](const Annotation &a) { return a.label == label.name; });
            counts += countSpans(rl, sl);
        }
        result.layers.insert(layer, counts);
    }
    // Speakers of the quotes both marked (the same label, overlapping).
    auto speakerOf = [&](qint64 quote) -> const Annotation * {
        for (const Relation &rel : relations) {
            if (rel.headId == quote && rel.label == u"SPEAKER")
                return byId.value(rel.childId);
        }
        return nullptr;
    };
    QList<TeachingItem> speakerItems;
    for (const TeachingItem &item : std::as_const(result.items)) {
        if ((item.kind != TeachingItem::Match && item.kind != TeachingItem::Partial) || !item.reference || !item.student)
            continue;
        const Annotation *theirs = speakerOf(item.reference->id);
        if (!theirs)
            continue;
        ++result.speakers;
        const Annotation *mine = speakerOf(item.student->id);
        if (mine && mine->label == theirs->label && overlaps(*mine, *theirs)) {
            ++result.speakersRight;
            continue;
        }
        TeachingItem wrong = item;
        wrong.kind = TeachingItem::WrongSpeaker;
        wrong.referenceSpeaker = *theirs;
        if (mine)
            wrong.studentSpeaker = *mine;
        speakerItems.append(wrong);
    }
    result.items += speakerItems;
    std::stable_sort(result.items.begin(), result.items.end(), [](const TeachingItem &a, const TeachingItem &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return result;
}

QList<StudentScore> classScores(const ProjectStore &store, const TeachingSettings &settings)
{
    QList<StudentScore> scores;
    const qint64 referenceId = settings.referenceId(store);
    if (!referenceId)
        return scores;
    QHash<qint64, Annotator> students;
    for (const Annotator &a : store.annotators()) {
        if (a.kind == AnnotatorKind::Person && a.id != referenceId && !settings.isTeacher(a.name))
            students.insert(a.id, a);
    }
    const LabelSchema schema = store.schema();
    for (const DocumentSummary &doc : store.documentSummaries()) {
        QList<qint64> here;
        bool hasReference = false;
        for (const AnnotationSetSummary &set : store.annotationSets(doc.id)) {
            hasReference = hasReference || set.ownerId == referenceId;
            if (students.contains(set.ownerId))
                here.append(set.ownerId);
        }
        if (!hasReference || here.isEmpty())
            continue;
        const QList<Annotation> annotations = store.annotations(doc.id);
        const QList<Relation> relations = store.relations(doc.id);
        for (qint64 student : std::as_const(here)) {
            StudentScore score;
            score.studentId = student;
            score.student = students.value(student).displayName();
            score.documentId = doc.id;
            score.document = doc.title.isEmpty() ? doc.externalId : doc.title;
            score.done = referenceRevealed(store, doc.id, student);
            if (score.done)
                score.comparison = compareWithReference(annotations, relations, student, referenceId, schema);
            scores.append(score);
        }
    }
    std::stable_sort(scores.begin(), scores.end(), [](const StudentScore &a, const StudentScore &b) {
        return a.student != b.student ? a.student.localeAwareCompare(b.student) < 0 : a.documentId < b.documentId;
    });
    return scores;
}

} // namespace Copydesk
