#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "annotation.h"

namespace Copydesk {

class LabelSchema;

// One place where the annotation sets of a document differ: what agreement counts, curation
// settles and the comparison view lists.
//
// Spans: in one layer, the kept decisions (accepted, manual) of every set are grouped into
// places: runs of spans that overlap one another (through any set). A place is a difference
// when the sets' spans there are not the same (label, bounds and attributes).
// Link: at a place where the sets agree, a quote (a relation's head) whose links of one
// relation label (SPEAKER, CUE, VIA) go to different spans (or to none) in different sets; not
// when they go to overlapping spans of one label (the same speaker, whose bounds differ: that is
// a spans difference).
struct SetDifference
{
    enum Kind { Spans, Link };
    struct Reading
    {
        qint64 ownerId = 0;
        QList<Annotation> spans; // Spans: the set's spans at the place (by start); Link: the head, and the child if linked
    };

    Kind kind = Spans;
    QString layer;
    qint64 start = 0;   // the place (code points, end exclusive): the spans of every set there
    qint64 end = 0;
    QString relation;   // Link: the relation label
    QList<Reading> readings; // one per set, in the order of the owners compared

    const Reading *reading(qint64 ownerId) const;
    // The labels involved (for their guidelines).
    QStringList labels() const;
    // "12-40 3: QUOTE 12-40; 4: nothing" (owner ids; for logs and tests).
    QString toString() const;
};

// The places where the sets of `owners` differ in a document, by position. Sets missing from
// the document count as empty: pass only the owners that have a set there.
QList<SetDifference> compareSets(const QList<Annotation> &annotations, const QList<Relation> &relations,
                                 const QList<qint64> &owners, const LabelSchema &schema, const QStringList &layers = {});

// Two decisions are the same reading: label, bounds and attributes.
bool sameSpan(const Annotation &a, const Annotation &b);
// The key sameSpan compares.
QString spanKey(const Annotation &a);

} // namespace Copydesk
