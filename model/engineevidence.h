#pragma once

#include <map>
#include <tuple>

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Copydesk {

// How far to believe each combination of engines, per label: what the combiner weighs
// suggestions with. An observation is one candidate span (label and bounds) that some engines
// proposed while others ran and did not: it is right when a person's decisions hold exactly
// that span and label. Observations come from held-out decided documents (`train` runs every
// engine on documents people finished, without showing them the decisions).
//
// Before there are observations the estimate is a documented prior: each engine has a prior
// precision per layer (priorPrecision()), or, for an engine whose confidences are calibrated
// (the attribution model's are fitted on held-out documents), its confidence; engines that agree
// are believed more (1 - product of their doubts); an engine that ran and proposed nothing
// overlapping the span lowers the estimate by half its prior recall (one that proposed a rival
// span there is not silent: the rivals are weighed against each other instead). Observed counts pull the estimate towards what was measured (a Beta prior of
// strength priorWeight observations).
class EngineEvidence final
{
public:
    static constexpr double priorWeight = 8;

    // One observation: `label`, the engines that ran on the layer, those that proposed the span,
    // and the highest confidence among them.
    void observe(const QString &label, const QStringList &ran, const QStringList &supporters, double confidence, bool correct);

    // The probability that a span proposed by `supporters` (while `ran` ran) with `label` is right.
    // `rivals`: engines that proposed a different span overlapping it (not counted as silent).
    double precision(const QString &label, const QStringList &ran, const QStringList &supporters, double confidence,
                     const QStringList &rivals = {}) const;

    // What the estimate rests on: observations of this pattern (any confidence).
    int observations(const QString &label, const QStringList &ran, const QStringList &supporters) const;

    bool isEmpty() const { return m_counts.empty(); }
    int totalObservations() const;

    static double priorPrecision(const QString &engine, const QString &layer);
    static double priorRecall(const QString &engine, const QString &layer);
    // The engine among `ran` that learned from `engine`'s findings (its features) and so
    // supersedes it for the labels it writes ("copydesk-attribution" over "copydesk-sourcing"),
    // or empty.
    static QString supersededBy(const QString &engine, const QStringList &ran);
    // Whether an engine's confidences are calibrated probabilities.
    static bool isCalibrated(const QString &engine);
    // The layer an engine writes (by its name); "entities" when unknown.
    static QString layerOfEngine(const QString &engine);

    QJsonObject toJson() const;
    static EngineEvidence fromJson(const QJsonObject &json);

    // Kept in the project's models table (so `train --models-from` copies it with the models).
    static QString storageName() { return QStringLiteral("combiner-evidence"); }

private:
    struct Count
    {
        double correct = 0;
        double total = 0;
    };
    // (label, ran engines joined by ',', supporters joined by ',', confidence bucket 0..3)
    using Key = std::tuple<QString, QString, QString, int>;
    std::map<Key, Count> m_counts;

    static int bucketOf(double confidence);
    static QString join(QStringList engines);
    double prior(const QString &label, const QStringList &ran, const QStringList &supporters, double confidence,
                 const QStringList &rivals) const;
};

} // namespace Copydesk
