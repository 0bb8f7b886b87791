#pragma once

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "annotation.h"
#include "projectstore.h"

namespace Copydesk {

class EngineEvidence;

// One engine's proposal, before combining. Offsets count code points.
struct Candidate
{
    QString engine;        // engine name ("copydesk-tagger")
    qint64 engineId = 0;   // the engine's annotator id (name and version)
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    QJsonObject attrs;
    double confidence = -1;
    QString reason;
    bool alternativeOnly = false; // offered as an alternative, never suggested by itself
};

// A relation one engine proposed between two of its candidates (indexes into the list).
struct CandidateRelation
{
    QString label;
    int head = -1;
    int child = -1;
    qint64 engineId = 0;
};

// What the combiner suggests for one layer of one document, ready for
// ProjectStore::replaceLayerSuggestions().
struct CombinedLayer
{
    QList<NewAnnotation> spans;
    QList<NewRelation> relations; // head/child: index into spans, or -1 - id of a person's annotation
    int belowThreshold = 0;       // candidate spans no suggestion carries (too unlikely, no rival to attach to)
    int blockedByDecisions = 0;   // candidates overlapping a person's decision in the layer
};

// Makes one suggestion per span and layer from every engine's candidates:
// - candidates overlapping a person's decision in the layer (accepted, rejected or manual) are
//   not suggested; one equal to an accepted or manual annotation lends it its relations;
// - candidates with the same label and bounds are one option, backed by every engine that
//   proposed it;
// - each option is scored with EngineEvidence (how often that combination of engines was right,
//   given which engines ran; engines behind an overlapping rival option are rivals, not silent); options are taken best first while they reach `threshold` and do
//   not overlap one taken already;
// - an option not taken stays with the suggestion it overlaps most, as an alternative in its
//   evidence (the panel offers it; one key swaps to it).
// - an option all of whose candidates are alternativeOnly is never taken (it stays as an
//   alternative of the suggestion it overlaps);
// - relations follow their ends to where they went; each head keeps at most one relation of a
//   label (one SPEAKER and one CUE a quote), the taken span's own engine's first.
// The suggestion takes its attributes and reason from its most trusted engine, and as confidence
// the estimated probability that it is right when the project has measured that combination
// (else the engines' own confidence, combined).
class SuggestionCombiner final
{
public:
    static constexpr double threshold = 0.5;
    // The engines that ran for a label (a learned model gated off for a label did not).
    using RanFor = std::function<QStringList(const QString &label)>;

    explicit SuggestionCombiner(const EngineEvidence &evidence) : m_evidence(evidence) {}

    CombinedLayer combine(const QList<Candidate> &candidates, const QList<CandidateRelation> &relations,
                          const RanFor &ranFor, const QList<Annotation> &decisions) const;

private:
    const EngineEvidence &m_evidence;
};

} // namespace Copydesk
