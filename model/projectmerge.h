#pragma once

#include <atomic>
#include <functional>

#include <QString>
#include <QStringList>

namespace Copydesk {

class ProjectStore;

struct MergeReport
{
    int inputs = 0;
    int documentsAdded = 0;     // texts new to the output
    int documentsMatched = 0;   // texts the output had from an earlier input (same SHA-256)
    int annotationsAdded = 0;
    int annotationsThere = 0;   // already in the output (the same set, or the same suggestion)
    int relationsAdded = 0;
    int auditEntriesAdded = 0;
    QStringList conflicts;      // schema conflicts: nothing was merged
    QStringList warnings;       // what was left out and why (a set that differs between inputs, ...)
    QString error;              // a file could not be read or written
    bool cancelled = false;

    bool ok() const { return conflicts.isEmpty() && error.isEmpty() && !cancelled; }
};

// Merges project files into one. Documents are matched by the SHA-256 of their text (never by
// id); annotators by kind, name and version. Every annotator's work stays theirs:
// - an annotation set (an owner's decisions on a document) comes from the first input that has
//   it; the same set in a later input is already there, a different one is left out and
//   reported (put the file whose set you want first);
// - suggestions are added where the output has none on the same span and layer;
// - relations come with their ends; statuses per annotator and the document's status keep the
//   furthest along (new < in progress < done);
// - the audit history of every input is copied (an entry already there is not copied again),
//   its annotator and document ids translated;
// - the schema is the union of the inputs' (the first input's definition of a label wins); a
//   label in two layers is a conflict, reported, and nothing is merged;
// - learned models and settings: the first input's, then what later inputs add.
// Merging a file into an output that holds it already changes nothing.
MergeReport mergeProjects(ProjectStore &output, const QStringList &inputs,
                          const std::function<void(int input, int done, int total)> &progress = {},
                          const std::atomic_bool *cancel = nullptr);

// Merges into a new project file, written beside `output` and renamed into place when whole. An
// existing `output` is replaced only when `overwrite` (it may be one of the inputs).
MergeReport mergeProjectFiles(const QStringList &inputs, const QString &output, bool overwrite,
                              const std::function<void(int input, int done, int total)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
