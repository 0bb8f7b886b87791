#pragma once

#include <QList>
#include <QString>

#include "../annotation.h"
#include "reportrender.h"

namespace Copydesk {

class LabelSchema;

// A student's annotation of a document against a reference (a teacher's), for the HTML
// report's answer key: every reference span found (same label and boundaries), found with
// other boundaries (overlapping, same label), found with another label (same boundaries),
// or missed; every span of the student's the reference lacks (an extra); and every quote
// found whose speaker differs (or is missing).
namespace ReportComparison {

struct Pair
{
    const Annotation *reference = nullptr; // null for an extra
    const Annotation *student = nullptr;   // null for a miss
    ReportRender::Mark mark = ReportRender::Mark::None;
};

struct SpeakerCheck
{
    const Annotation *quote = nullptr;     // the reference's quote
    QString expected;                      // the reference's speakers, joined
    QString given;                         // the student's, empty when none
};

struct LabelScore
{
    QString label;
    int reference = 0;  // spans in the reference
    int student = 0;    // spans of the student
    int match = 0;
    int boundary = 0;
    int wrongLabel = 0;
    int miss = 0;
    int extra = 0;
    double precision() const { return student ? double(match) / student : 0.0; }
    double recall() const { return reference ? double(match) / reference : 0.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Result
{
    QList<Pair> pairs;                 // reference order, then the extras
    QList<SpeakerCheck> wrongSpeakers;
    QList<LabelScore> scores;          // per label, in the order of the labels' first use
    LabelScore total;                  // all labels together (label empty)
};

Result compare(const QString &text, const QList<Annotation> &reference, const QList<Relation> &referenceRelations,
               const QList<Annotation> &student, const QList<Relation> &studentRelations);

// The answer key: the article with the reference drawn and every span marked (found, other
// boundaries, other label, missed, extra), the scores per label, and the lists of misses,
// extras, other labels and wrong speakers.
QString answerKey(const QString &text, const Result &result, const ReportRender::Looks &looks,
                  const QString &referenceName, const QString &studentName);

// A handout: the article without annotations, lines numbered, with the labels to use (the
// reference's) and their guidelines, and room to write.
QString handout(const QString &text, const QList<Annotation> &reference, const LabelSchema &schema);

} // namespace ReportComparison
} // namespace Copydesk
