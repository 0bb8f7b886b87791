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
    int suggestions = 0;          // added (suggestions equal to decisions are not added)
    QHash<QString, int> perEngine;
    QString error;
    bool cancelled = false;
};

// Runs the engines over a project's documents on a thread pool and stores their suggestions.
// Each engine replaces only its own untouched suggestions; people's decisions stay. Documents
// are written in chunks, each one transaction: a cancelled or killed run leaves whole
// documents only. Call from the thread that owns the store.
PreAnnotateReport preAnnotate(ProjectStore &store, const PreAnnotateOptions &options,
                              const std::function<void(int done, int total)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
