#include "engineevidence.h"

#include <algorithm>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

struct EnginePrior
{
    const char16_t *engine;
    const char16_t *layer;
    double precision;
    double recall;
    bool calibrated;
    const char16_t *supersedes; // an engine whose findings it learned from (its features)
};

// Prior precision and recall of the engines that ship, before a project has measured them: the
// rules' figures on the evaluation sets they were not developed on (README, "How well the
// engines do"), rounded down; the learned engines' as a typical small project sees them.
constexpr EnginePrior enginePriors[] = {
    {u"copydesk-furniture", u"furniture", 0.9, 0.8, false, nullptr},
    {u"copydesk-sourcing", u"sourcing", 0.7, 0.6, false, nullptr},
    {u"copydesk-attribution", u"sourcing", 0.7, 0.6, true, u"copydesk-sourcing"},
    {u"copydesk-entities", u"entities", 0.75, 0.75, false, nullptr},
    {u"copydesk-tagger", u"entities", 0.8, 0.75, false, nullptr},
    {u"copydesk-string-match", u"entities", 0.7, 0.3, false, nullptr},
};
constexpr double unknownPrecision = 0.6;
constexpr double unknownRecall = 0.5;

const EnginePrior *priorOf(const QString &engine)
{
    for (const EnginePrior &p : enginePriors) {
        if (engine == QStringView(p.engine))
            return &p;
    }
    return nullptr;
}

double betaMean(double correct, double total, double priorMean, double weight)
{
    return (correct + weight * priorMean) / (total + weight);
}

} // namespace

double EngineEvidence::priorPrecision(const QString &engine, const QString &)
{
    const EnginePrior *p = priorOf(engine);
    return p ? p->precision : unknownPrecision;
}

double EngineEvidence::priorRecall(const QString &engine, const QString &)
{
    const EnginePrior *p = priorOf(engine);
    return p ? p->recall : unknownRecall;
}

bool EngineEvidence::isCalibrated(const QString &engine)
{
    const EnginePrior *p = priorOf(engine);
    return p && p->calibrated;
}

QString EngineEvidence::supersededBy(const QString &engine, const QStringList &ran)
{
    for (const EnginePrior &p : enginePriors) {
        if (p.supersedes && engine == QStringView(p.supersedes) && ran.contains(QStringView(p.engine).toString()))
            return QString::fromUtf16(p.engine);
    }
    return {};
}

QString EngineEvidence::layerOfEngine(const QString &engine)
{
    const EnginePrior *p = priorOf(engine);
    return p ? QString::fromUtf16(p->layer) : u"entities"_s;
}

int EngineEvidence::bucketOf(double confidence)
{
    if (confidence < 0)
        return 0;
    return std::clamp(int(confidence * 4), 0, 3);
}

QString EngineEvidence::join(QStringList engines)
{
    engines.sort();
    engines.removeDuplicates();
    return engines.join(u',');
}

void EngineEvidence::observe(const QString &label, const QStringList &ran, const QStringList &supporters, double confidence,
                             bool correct)
{
    Count &count = m_counts[{label, join(ran), join(supporters), bucketOf(confidence)}];
    count.total += 1;
    if (correct)
        count.correct += 1;
}

double EngineEvidence::prior(const QString &label, const QStringList &ran, const QStringList &supporters, double confidence,
                             const QStringList &rivals) const
{
    Q_UNUSED(label)
    // Engines that agree are believed more: the span is wrong only if every one of them is.
    double doubt = 1;
    for (const QString &engine : supporters)
        doubt *= 1 - (isCalibrated(engine) && confidence >= 0 ? std::clamp(confidence, 0.0, 1.0) : priorPrecision(engine, {}));
    double p = 1 - doubt;
    // An engine that ran and did not propose the span speaks against it, in proportion to how
    // much it usually finds.
    for (const QString &engine : ran) {
        // Silence counts unless a supporter learned from this engine's findings already.
        if (!supporters.contains(engine) && !rivals.contains(engine) && supersededBy(engine, supporters).isEmpty())
            p *= 1 - 0.5 * priorRecall(engine, {});
    }
    return p;
}

double EngineEvidence::precision(const QString &label, const QStringList &ran, const QStringList &supporters, double confidence,
                                 const QStringList &rivals) const
{
    const QString ranKey = join(ran), supportKey = join(supporters);
    // Back off from the finest pattern (with the confidence bucket) to the pattern, to the prior.
    Count pattern;
    for (int bucket = 0; bucket < 4; ++bucket) {
        const auto it = m_counts.find({label, ranKey, supportKey, bucket});
        if (it != m_counts.end()) {
            pattern.correct += it->second.correct;
            pattern.total += it->second.total;
        }
    }
    const double patternMean = betaMean(pattern.correct, pattern.total, prior(label, ran, supporters, confidence, rivals), priorWeight);
    const auto it = m_counts.find({label, ranKey, supportKey, bucketOf(confidence)});
    if (it == m_counts.end())
        return patternMean;
    return betaMean(it->second.correct, it->second.total, patternMean, priorWeight);
}

int EngineEvidence::observations(const QString &label, const QStringList &ran, const QStringList &supporters) const
{
    const QString ranKey = join(ran), supportKey = join(supporters);
    double total = 0;
    for (int bucket = 0; bucket < 4; ++bucket) {
        const auto it = m_counts.find({label, ranKey, supportKey, bucket});
        if (it != m_counts.end())
            total += it->second.total;
    }
    return int(total);
}

int EngineEvidence::totalObservations() const
{
    double total = 0;
    for (const auto &entry : m_counts)
        total += entry.second.total;
    return int(total);
}

QJsonObject EngineEvidence::toJson() const
{
    QJsonArray rows;
    for (const auto &[key, count] : m_counts) {
        rows.append(QJsonArray{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), count.correct, count.total});
    }
    return {{u"version"_s, 1}, {u"patterns"_s, rows}};
}

EngineEvidence EngineEvidence::fromJson(const QJsonObject &json)
{
    EngineEvidence evidence;
    if (json.value(u"version").toInt() != 1)
        return evidence;
    const QJsonArray rows = json.value(u"patterns").toArray();
    for (const QJsonValue &value : rows) {
        const QJsonArray row = value.toArray();
        if (row.size() != 6)
            continue;
        const double correct = row.at(4).toDouble(), total = row.at(5).toDouble();
        if (!(total >= 0) || !(correct >= 0) || correct > total)
            continue;
        evidence.m_counts[{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), std::clamp(row.at(3).toInt(), 0, 3)}] =
            {correct, total};
    }
    return evidence;
}

} // namespace Copydesk
