#include "heldoutevaluation.h"

#include <QSet>

#include "engineevidence.h"
#include "engines/engine.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString spanKey(const QString &label, qint64 start, qint64 end)
{
    return u"%1\x1f%2\x1f%3"_s.arg(label).arg(start).arg(end);
}

} // namespace

void scoreSpans(const QList<Candidate> &gold, const QList<Candidate> &predicted, QHash<QString, Score> &scores)
{
    QSet<QString> goldKeys, predictedKeys;
    for (const Candidate &g : gold)
        goldKeys.insert(spanKey(g.label, g.start, g.end));
    for (const Candidate &p : predicted) {
        const QString key = spanKey(p.label, p.start, p.end);
        if (predictedKeys.contains(key))
            continue;
        predictedKeys.insert(key);
        if (goldKeys.contains(key))
            ++scores[p.label].truePositives;
        else
            ++scores[p.label].falsePositives;
    }
    for (const Candidate &g : gold) {
        const QString key = spanKey(g.label, g.start, g.end);
        if (!predictedKeys.contains(key))
            ++scores[g.label].falseNegatives;
        predictedKeys.insert(key); // a gold span listed twice counts once
    }
}

HeldOutEvaluation::HeldOutEvaluation(const QList<HeldOutDocument> &documents, const QList<const Engine *> &engines,
                                     const QStringList &labels)
    : m_labels(labels)
{
    for (const Engine *engine : engines)
        m_engines.append(engine->name());
    for (const HeldOutDocument &document : documents) {
        Evaluated evaluated;
        for (const Candidate &g : document.gold) {
            if (labels.contains(g.label))
                evaluated.gold.append(g);
        }
        const TextOffsets offsets(document.text);
        EngineDocument input;
        input.text = document.text;
        input.source = document.source;
        for (const Engine *engine : engines) {
            const EngineResult result = engine->annotate(input, nullptr);
            for (const SuggestedSpan &span : result.spans) {
                if (!labels.contains(span.label) || span.end <= span.start)
                    continue;
                const qint64 start = offsets.toCodePoint(offsets.snapUtf16(span.start));
                const qint64 end = offsets.toCodePoint(offsets.snapUtf16(span.end));
                if (end > start)
                    evaluated.candidates.append({engine->name(), 0, span.label, start, end, span.attrs, span.confidence, span.reason});
            }
        }
        m_documents.append(std::move(evaluated));
    }
}

QHash<QString, Score> HeldOutEvaluation::engineScores(const QString &engine) const
{
    QHash<QString, Score> scores;
    for (const Evaluated &document : m_documents) {
        QList<Candidate> mine;
        for (const Candidate &c : document.candidates) {
            if (c.engine == engine)
                mine.append(c);
        }
        scoreSpans(document.gold, mine, scores);
    }
    return scores;
}

QHash<QString, Score> HeldOutEvaluation::combinedScores(const EngineEvidence &evidence, const SuggestionCombiner::RanFor &ranFor) const
{
    QHash<QString, Score> scores;
    const SuggestionCombiner combiner(evidence);
    for (const Evaluated &document : m_documents) {
        QList<Candidate> candidates;
        for (const Candidate &c : document.candidates) {
            if (ranFor(c.label).contains(c.engine))
                candidates.append(c);
        }
        const CombinedLayer combined = combiner.combine(candidates, {}, ranFor, {});
        QList<Candidate> predicted;
        for (const NewAnnotation &n : combined.spans)
            predicted.append({{}, 0, n.label, n.start, n.end, {}, n.confidence, {}});
        scoreSpans(document.gold, predicted, scores);
    }
    return scores;
}

void HeldOutEvaluation::observe(EngineEvidence &evidence, const SuggestionCombiner::RanFor &ranFor) const
{
    for (const Evaluated &document : m_documents) {
        QSet<QString> goldKeys;
        for (const Candidate &g : document.gold)
            goldKeys.insert(spanKey(g.label, g.start, g.end));
        // One observation per option (label and bounds), with the engines behind it.
        QHash<QString, std::pair<QStringList, double>> options;
        QHash<QString, QString> labelOf;
        for (const Candidate &c : document.candidates) {
            if (!ranFor(c.label).contains(c.engine))
                continue;
            const QString key = spanKey(c.label, c.start, c.end);
            auto &option = options[key];
            if (!option.first.contains(c.engine))
                option.first.append(c.engine);
            option.second = std::max(option.second, c.confidence);
            labelOf.insert(key, c.label);
        }
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            const QString &label = labelOf.value(it.key());
            evidence.observe(label, ranFor(label), it.value().first, it.value().second, goldKeys.contains(it.key()));
        }
    }
}

} // namespace Copydesk
