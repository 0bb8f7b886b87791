#pragma once

#include <atomic>
#include <functional>

#include <QString>
#include <QStringList>

#include "exporter.h"
#include "importer.h"
#include "preannotator.h"

namespace Copydesk {

class DocumentWriter;
class ProjectStore;

// The bodies of the long jobs the window and the command line share. Each runs on the thread
// that owns the store (a BackgroundJob's worker in the window), reports progress and honours
// cancel.

struct ImportJobReport
{
    ImportReport import;
    bool annotated = false;           // pre-annotation ran on the imported documents
    PreAnnotateReport annotation;
};

using JobProgress = std::function<void(int done, int total, const QString &what)>;

// Imports paths (files and folders); with annotate, pre-annotates the documents imported
// (unless cancelled). Progress counts kilobytes while importing, then documents.
ImportJobReport importAndAnnotate(ProjectStore &store, const QStringList &paths, const ImportOptions &options,
                                  bool annotate, const JobProgress &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

// Exports go through exportToPath() (exporter.h): special files written into, regular ones
// replaced atomically.

} // namespace Copydesk
