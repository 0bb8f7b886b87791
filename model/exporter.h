#pragma once

#include <atomic>
#include <functional>

#include <QList>
#include <QStringList>

#include "annotation.h"

class QIODevice;

namespace Copydesk {

class DocumentWriter;
class ProjectStore;

struct ExportOptions
{
    QStringList annotators;             // by name or "name version"; empty: all
    QList<AnnotationStatus> statuses{AnnotationStatus::Suggested, AnnotationStatus::Accepted, AnnotationStatus::Manual};
    QList<qint64> documents;            // empty: all
};

struct ExportReport
{
    int documents = 0;
    int annotations = 0;
    QStringList warnings;
    bool cancelled = false;
};

// Writes a project's documents and chosen annotations in a format.
bool exportProject(ProjectStore &store, DocumentWriter &writer, QIODevice *device, const ExportOptions &options,
                   ExportReport *report, QString *error, const std::function<void(int done, int total)> &progress = {},
                   const std::atomic_bool *cancel = nullptr);

// The same for formats that write a folder of files (DocumentWriter::writesDirectory(), brat).
// The folder must not exist or be empty; it is written beside its place and renamed into it at
// the end, so a failed or cancelled export leaves no half folder.
bool exportProjectToDirectory(ProjectStore &store, DocumentWriter &writer, const QString &directory,
                              const ExportOptions &options, ExportReport *report, QString *error,
                              const std::function<void(int done, int total)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

// Exports to a path as the command line names it: "-" is standard output; formats that write
// a folder go to exportProjectToDirectory(); an existing FIFO, device or other special file is
// written into as it is (never replaced); a regular file is written beside and renamed into
// place, so a failed or cancelled export leaves no half file. Write errors (a full disk,
// standard output on /dev/full) fail the export with a message.
bool exportToPath(ProjectStore &store, DocumentWriter &writer, const QString &path, const ExportOptions &options,
                  ExportReport *report, QString *error, const std::function<void(int done, int total)> &progress = {},
                  const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
