#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QString>

#include "agreement.h"
#include "annotation.h"
#include "annotationsets.h"

namespace Copydesk {

class LabelSchema;
class ProjectStore;

// Teaching mode, kept in the project's settings (so a handed-out copy carries it):
// - "teaching.reference": the annotator whose set is the reference ("kind:name", e.g.
//   "person:Ms Rossi" or "file:reference.jsonl");
// - "teaching.teacher": the person who sees everything (default: the reference when it is a person).
// In teaching mode a student (any other person) works without the engines' suggestions and
// without the reference until they mark the article done; then the window compares their reading
// with the reference. `copydesk-cli teach P --reference NAME [--teacher NAME]` turns it on.
struct TeachingSettings
{
    QString reference;  // "kind:name"; empty: teaching mode is off
    QString teacher;    // a person's name

    bool isOn() const { return !reference.isEmpty(); }
    static TeachingSettings read(const ProjectStore &store);
    bool write(ProjectStore &store) const;
    // The reference set's owner in this project (0 when it has none yet).
    qint64 referenceId(const ProjectStore &store) const;
    bool isTeacher(const QString &personName) const;
    static QString referenceKey(const Annotator &annotator);   // "person:Ms Rossi"
    static QString keyReference();                              // the setting keys
    static QString keyTeacher();
};

// What a student's window shows of a document (model/annotationsets.h): their own decisions,
// no suggestions, and the reference only once they marked the document done.
SetSelection studentSelection(qint64 studentId, qint64 referenceId);
bool referenceRevealed(const ProjectStore &store, qint64 documentId, qint64 studentId);

// A student's reading of one document against the reference, place by place.
struct TeachingItem
{
    enum Kind {
        Match,        // the same label and bounds
        Partial,      // the same label, other bounds (overlapping)
        WrongLabel,   // the same words, another label of the layer
        Miss,         // in the reference, not in the student's reading
        Extra,        // in the student's reading, not in the reference
        WrongSpeaker, // a quote both marked, linked to another speaker (or none)
    };
    Kind kind = Match;
    QString layer;
    QString label;                     // the reference's label (the student's for Extra)
    qint64 start = 0;                  // the place: both spans (code points)
    qint64 end = 0;
    std::optional<Annotation> reference;
    std::optional<Annotation> student;
    std::optional<Annotation> referenceSpeaker; // WrongSpeaker
    std::optional<Annotation> studentSpeaker;

    bool isDifference() const { return kind != Match; }
    static QString kindName(Kind kind);        // "match", "partial", ... (for JSON)
    static QString kindDisplayName(Kind kind); // translated
};

struct TeachingComparison
{
    QList<TeachingItem> items;          // by position
    QMap<QString, SpanCounts> layers;   // the student's spans against the reference's, by layer
    int speakers = 0;                   // quotes both marked where the reference names a speaker
    int speakersRight = 0;              // of those, linked to the same speaker (overlapping spans)

    int count(TeachingItem::Kind kind) const;
};

TeachingComparison compareWithReference(const QList<Annotation> &annotations, const QList<Relation> &relations,
                                        qint64 studentId, qint64 referenceId, const LabelSchema &schema);

// One student's scores on one article, for the teacher.
struct StudentScore
{
    qint64 studentId = 0;
    QString student;
    qint64 documentId = 0;
    QString document;        // title, else external id
    bool done = false;       // the student marked it done (scores are filled then)
    TeachingComparison comparison;
};

// Every student's scores on every article they annotated (students: people with a set on a
// document, other than the reference, the teacher and the curated set), by student, then article.
QList<StudentScore> classScores(const ProjectStore &store, const TeachingSettings &settings);

} // namespace Copydesk
