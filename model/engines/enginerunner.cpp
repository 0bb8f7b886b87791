#include "enginerunner.h"

#include <algorithm>
#include <cmath>

#include <QSet>

#include "../textoffsets.h"

namespace Copydesk {

QList<EngineRun> runEngines(const std::vector<std::unique_ptr<Engine>> &engines,
                            EngineDocument document, const CorpusContext *corpus)
{
    QList<EngineRun> runs;
    const TextOffsets offsets(document.text);
    const qsizetype length = document.text.size();
    // What earlier engines found, with the layers of the engine that found it: an engine sees
    // other layers' findings (sourcing skips boilerplate furniture found), never its own layer's
    // rivals, so engines of one layer propose independently and the combiner weighs them.
    QList<std::pair<SuggestedSpan, QStringList>> found;
    const QList<SuggestedSpan> given = document.existing;
    for (const auto &engine : engines) {
        const QStringList layers = engine->layers();
        document.existing = given;
        for (const auto &[span, spanLayers] : std::as_const(found)) {
            const bool sameLayer = std::any_of(spanLayers.cbegin(), spanLayers.cend(), [&](const QString &l) { return layers.contains(l); });
            if (!sameLayer)
                document.existing.append(span);
        }
        EngineResult result = engine->annotate(document, corpus);
        EngineRun run;
        run.engineName = engine->name();
        run.engineVersion = engine->version();
        QSet<QString> keys;
        for (SuggestedSpan &span : result.spans) {
            const qsizetype start = offsets.snapUtf16(qBound<qsizetype>(0, span.start, length));
            qsizetype end = qBound<qsizetype>(0, span.end, length);
            if (end < length && end > 0 && document.text[end].isLowSurrogate() && document.text[end - 1].isHighSurrogate())
                ++end; // keep the whole character
            if (end <= start || span.label.isEmpty())
                continue;
            span.start = start;
            span.end = end;
            EngineSpan stored;
            stored.key = span.key;
            stored.label = span.label;
            stored.start = offsets.toCodePoint(start);
            stored.end = offsets.toCodePoint(end);
            stored.attrs = span.attrs;
            // Three decimals: what the project keeps (per mille), so stored and computed agree.
            stored.confidence = std::round(qBound(0.0, span.confidence, 1.0) * 1000) / 1000;
            stored.reason = span.reason;
            run.spans.append(stored);
            if (!span.key.isEmpty())
                keys.insert(span.key);
            found.append({span, layers});
        }
        for (const SuggestedRelation &relation : std::as_const(result.relations)) {
            if (keys.contains(relation.head) && keys.contains(relation.child))
                run.relations.append(relation);
        }
        runs.append(run);
    }
    return runs;
}

} // namespace Copydesk
