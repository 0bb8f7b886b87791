#pragma once

#include <atomic>
#include <functional>

#include <QHash>
#include <QList>
#include <QStringList>

#include "engines/engineregistry.h"

namespace Copydesk {

class ProjectStore;

struct PreAnnotateOptions
{
    EngineSelection selection;
    int jobs = 0;                 // worker threads; 0 = one per core
    QList<qint64> documents;      // empty = all
};

struct PreAnnotateReport
{
    int documents = 0;
    int suggestions = 0;          // added: one per span and layer, engines combined
    QHash<QString, int> perEngine; // candidates each engine proposed, before combining
    int belowThreshold = 0;       // candidates no suggestion carries (too unlikely given the evidence)
    int blockedByDecisions = 0;   // candidates overlapping a person's decision (never suggested)
    QString error;
    bool cancelled = false;
};

// Runs the engines over a project's documents on a thread pool and stores their suggestions,
// combined (SuggestionCombiner): one suggestion per span and layer, backed by every engine that
// proposed it, with the rivals kept as alternatives. The untouched suggestions of the layers
// written are replaced (those of engines that did not run this time are combined again with
// the new ones); people's decisions stay, and nothing overlapping one in its layer is
// suggested. Learned models are used only for the labels their held-out gate opened
// (ModelGate). Documents are written in chunks, each one transaction: a cancelled or killed
// run leaves whole documents only. Call from the thread that owns the store.
PreAnnotateReport preAnnotate(ProjectStore &store, const PreAnnotateOptions &options,
                              const std::function<void(int done, int total)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
