#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QString>

#include "engine.h"

namespace Copydesk {

// A suggestion converted to stored offsets (code points, end exclusive).
struct EngineSpan
{
    QString key;
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    QJsonObject attrs;
    double confidence = 0.5;
    QString reason;
};

// What one engine suggested for one document.
struct EngineRun
{
    QString engineName;
    QString engineVersion;
    QList<EngineSpan> spans;
    QList<SuggestedRelation> relations; // keys refer to spans of this run
};

// Runs the engines in order over one document. Each engine sees document.existing and what the
// engines before it found in other layers (not its own layer's rivals). Spans out of range, empty, or splitting a surrogate pair
// are snapped or dropped; relations to unknown keys are dropped. Thread-safe.
QList<EngineRun> runEngines(const std::vector<std::unique_ptr<Engine>> &engines,
                            EngineDocument document, const CorpusContext *corpus);

} // namespace Copydesk
