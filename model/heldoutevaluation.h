#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "modelgate.h"
#include "suggestioncombiner.h"

namespace Copydesk {

class Engine;
class EngineEvidence;

// A document people finished, held out of training: its text and the spans they decided
// (accepted and manual) in the layer measured. Offsets count code points.
struct HeldOutDocument
{
    QString text;
    QString source;
    QList<Candidate> gold; // engine empty
};

// Runs engines over held-out documents, as they would run on a new document (no decisions
// shown), and measures them against the decisions: each engine alone, and any combination of
// them through the SuggestionCombiner. Also turns the candidates into EngineEvidence
// observations. A span counts as right when label, start and end equal a decision.
class HeldOutEvaluation final
{
public:
    // `engines` are not owned and must outlive the constructor only. Only their spans in
    // `labels` count.
    HeldOutEvaluation(const QList<HeldOutDocument> &documents, const QList<const Engine *> &engines, const QStringList &labels);

    int documentCount() const { return int(m_documents.size()); }
    QStringList engineNames() const { return m_engines; }

    // Each label's score of one engine alone.
    QHash<QString, Score> engineScores(const QString &engine) const;
    // Each label's score of the combination of the engines ranFor(label) names, weighed by
    // `evidence`.
    QHash<QString, Score> combinedScores(const EngineEvidence &evidence, const SuggestionCombiner::RanFor &ranFor) const;
    // Records, for every option the engines of ranFor(label) propose, whether it is right.
    void observe(EngineEvidence &evidence, const SuggestionCombiner::RanFor &ranFor) const;

private:
    struct Evaluated
    {
        QList<Candidate> gold;
        QList<Candidate> candidates;
    };
    QList<Evaluated> m_documents;
    QStringList m_engines;
    QStringList m_labels;
};

// Scores `predicted` spans against `gold` by label (exact label and bounds).
void scoreSpans(const QList<Candidate> &gold, const QList<Candidate> &predicted, QHash<QString, Score> &scores);

} // namespace Copydesk
