#pragma once

#include <atomic>
#include <functional>

#include <QHash>
#include <QList>
#include <QStringList>

#include "formats/documentreader.h"

namespace Copydesk {

class LabelSchema;
class ProjectStore;

struct ImportOptions
{
    QString format;                     // empty: by each file's extension
    QHash<QString, QString> labelMap;   // file label -> project label
    bool textOnly = false;              // texts only, no annotations
    bool asSuggestions = false;         // the file's spans become suggestions, not decisions
    bool addLabels = false;             // unknown labels are added to the schema
    ReadLimits limits;                  // the most one document may hold
    // The person whose annotation set the file's decisions are (--annotator); empty: the file's
    // annotator (its name, meta.annotator, or a span's own). See model/annotationsets.h.
    QString annotator;
};

struct ImportReport
{
    int files = 0;
    int documents = 0;
    int annotations = 0;
    int relations = 0;
    QList<ImportProblem> problems;      // failures: exit status 1
    QList<ImportProblem> notes;         // skipped duplicates and files of no known format
    QList<qint64> documentIds;          // the documents added
    QStringList labelsAdded;
    bool cancelled = false;
};

// Imports files and folders into a project. Each document goes in whole or not at all;
// documents are committed in batches, so a killed import leaves whole documents only.
class Importer final
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, const QString &file)>;

    Importer(ProjectStore &store, ImportOptions options);

    ImportReport run(const QStringList &paths, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    // Checks a document's id, limits and labels against the schema (adding labels with
    // ImportOptions::addLabels); false, with a problem, when the document cannot go in.
    bool acceptDocument(ImportedDocument &document, LabelSchema &schema, ImportReport &report);
    // Import commits in batches; a document is in the report once its batch is saved.
    bool beginBatch(ImportReport &report);
    bool commitBatch(ImportReport &report);
    bool addDocument(ImportedDocument &&document, ImportReport &report);

    ProjectStore &m_store;
    ImportOptions m_options;
    QHash<QString, qint64> m_annotators;
    qint64 m_ownerId = -1; // ImportOptions::annotator's id, 0 when none (-1: not looked up yet)
    qint64 m_batchBytes = 0;
    ImportReport m_batch;               // what the batch not yet committed holds
    bool m_batchOpen = false;
};

} // namespace Copydesk
