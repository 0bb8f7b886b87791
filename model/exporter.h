#pragma once

#include <atomic>
#include <functional>

#include <QList>
#include <QMap>
#include <QStringList>

#include "annotation.h"

class QIODevice;

namespace Copydesk {

class DocumentWriter;
class ProjectStore;
struct Format;

struct ExportOptions
{
    QStringList annotators;             // by name or "name version"; empty: all
    // Exports are training data: decisions by default; suggestions (or rejections) only when
    // named here.
    QList<AnnotationStatus> statuses{AnnotationStatus::Accepted, AnnotationStatus::Manual};
    QList<qint64> documents;            // empty: all
};

// Annotations by what a person made of them.
struct StatusCounts
{
    int decisions = 0;      // accepted and manual
    int suggestions = 0;
    int rejected = 0;
    int total() const { return decisions + suggestions + rejected; }
    void add(AnnotationStatus status);
};

struct ExportReport
{
    int documents = 0;
    int annotations = 0;                // chosen and handed to the writer
    StatusCounts chosen;                // the same by status
    int written = 0;                    // what the format wrote, in its own terms (Format::unit)
    QMap<QString, int> notRepresentable; // layer -> chosen annotations the format cannot hold
    QStringList warnings;               // what was left out, or written as something it is not
    QString summary;                    // "1,204 entities in 231 documents; 3,507 sourcing annotations not representable in CoNLL"
    bool cancelled = false;
};

// What an export would write, before writing it: for an export dialog to offer decisions and
// suggestions with their counts. Counts every status, whatever options.statuses says.
struct ExportPreview
{
    int documents = 0;
    StatusCounts chosen;                // by the chosen annotators, in the chosen documents
    StatusCounts held;                  // of those, the ones the format can hold (its layers)
};
bool previewExport(ProjectStore &store, const Format &format, const ExportOptions &options, ExportPreview *preview,
                   QString *error, const std::atomic_bool *cancel = nullptr);

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
