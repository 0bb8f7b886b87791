#pragma once

#include <atomic>
#include <functional>

#include <QList>
#include <QString>

#include "engines/attributionmodel.h"

namespace Copydesk {

class ProjectStore;

// Fewer documents with finished sourcing than this teach the attribution model too little.
constexpr int kMinAttributionDocuments = 20;

struct AttributionCollection
{
    QList<AttributionDocument> documents;
    int skippedUnreviewed = 0; // sourcing decisions, but suggestions still waiting (and not done)
    int skippedUndecided = 0;  // no sourcing decision at all
    int quotes = 0;
    bool cancelled = false;
};

// The project's documents whose sourcing a person finished, as the attribution model learns
// from them: a document counts when it has a decision (accepted, manual or rejected; imported
// annotations count as accepted) on a label of the schema's "sourcing" layer and no sourcing
// suggestion still waiting, or when its status is "done". Its accepted and manual QUOTE,
// SOURCE and CUE spans, by any annotator (the same span from two annotators once), and the
// SPEAKER and CUE relations between them are the gold; its furniture spans that nobody
// rejected are masked as the rules mask them.
AttributionCollection collectAttributionDocuments(const ProjectStore &store, const std::atomic_bool *cancel = nullptr);

struct AttributionTrainResult
{
    int documents = 0;     // documents learned from
    int quotes = 0;        // quote spans in them
    int skippedUnreviewed = 0;
    bool trained = false;  // stored under attributionModelName()
    QString version;       // the version its engine (copydesk-attribution) has
    qint64 milliseconds = 0;
    QString note;          // why it was not trained, or what went wrong; empty when trained
    bool cancelled = false;
};

// Collects the documents and, when there are kMinAttributionDocuments or more, trains the
// attribution model and stores it in the project (a model already there is kept otherwise).
// `progress` gets 0..1. Call from the thread that owns the store; a cancelled run stores nothing.
AttributionTrainResult trainProjectAttribution(ProjectStore &store, const std::function<void(double fraction)> &progress = {},
                                               const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
