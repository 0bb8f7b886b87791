#include "importer.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include "annotationsets.h"
#include "formats/formatregistry.h"
#include "labelschema.h"
#include "pausepoint.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// Batches keep imports fast (one transaction per batch) and small enough that a killed
// import loses little.
static constexpr int batchDocuments = 500;
static constexpr qint64 batchBytes = 32 * 1024 * 1024;

Importer::Importer(ProjectStore &store, ImportOptions options)
    : m_store(store)
    , m_options(std::move(options))
{
}

namespace {

struct FileToRead
{
    QString path;
    QString root;   // the folder it was found in (ids are relative to it); empty for files named
    qint64 size = 0;
};

// The files to read: those named, and those found in the folders named (sorted; a brat pair
// X.txt + X.ann is read through its .ann).
QList<FileToRead> collectFiles(const QStringList &paths, const ImportOptions &options, ImportReport *report, qint64 *total)
{
    QList<FileToRead> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report->problems.append({path, 0, QCoreApplication::translate("Import", "no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            if (options.format.isEmpty() && !createReaderForPath(path)) {
                report->problems.append({path, 0, QCoreApplication::translate("Import", "unknown file type \"%1\"; name the format with --format (%2)")
                                                      .arg(info.suffix(), readerNames().join(u", "))});
                continue;
            }
            files.append({path, QString(), info.size()});
            *total += info.size();
            continue;
        }
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        for (const QString &file : std::as_const(found)) {
            if (options.format.isEmpty() && file.endsWith(u".txt") && QFileInfo::exists(file.chopped(4) + u".ann"_s))
                continue;
            if (options.format.isEmpty() && !createReaderForPath(file)) {
                if (!QFileInfo(file).fileName().startsWith(u'.') && !isCompanionFile(file))
                    report->notes.append({file, 0, QCoreApplication::translate("Import", "skipped: not a format Copydesk reads (use --format to choose one)")});
                continue;
            }
            const qint64 size = QFileInfo(file).size();
            files.append({file, info.absoluteFilePath(), size});
            *total += size;
        }
    }
    return files;
}

// Reading, decoding and hashing run on a thread of their own while the importing thread writes
// to the project: on a machine with two cores that nearly doubles the import speed. The queue
// between them is bounded, so a fast reader does not fill the memory.
class ReadingThread final
{
public:
    struct Item
    {
        enum Kind { Document, FileStarted, Finished } kind;
        ImportedDocument document;
        QString file;
        qint64 done = 0;
    };

    ReadingThread(const QList<FileToRead> &files, const ImportOptions &options, const std::atomic_bool *cancel)
        : m_thread([this, files, options, cancel] { readAll(files, options, cancel); })
    {
    }
    ~ReadingThread() { stop(); }

    Item pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_queue.empty(); });
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return item;
    }
    // Stops reading and waits for the thread; then problems() and filesRead() are final.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    const QList<ImportProblem> &problems() const { return m_problems; }
    int filesRead() const { return m_filesRead; }

private:
    bool push(Item &&item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < capacity || m_stop; });
        if (m_stop)
            return false;
        m_queue.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    void readAll(const QList<FileToRead> &files, const ImportOptions &options, const std::atomic_bool *cancel)
    {
        qint64 done = 0;
        for (const FileToRead &file : files) {
            if (cancel && cancel->load())
                break;
            if (!push({Item::FileStarted, {}, file.path, done}))
                return;
            auto reader = options.format.isEmpty() ? createReaderForPath(file.path) : createReader(options.format);
            ReadOptions readOptions;
            readOptions.rootDirectory = file.root;
            readOptions.labelMap = options.labelMap;
            readOptions.textOnly = options.textOnly;
            readOptions.limits = options.limits;
            ++m_filesRead;
            reader->read(file.path, readOptions, [&](ImportedDocument &&doc) {
                if (cancel && cancel->load())
                    return false;
                doc.document.sha256 = sha256Hex(doc.document.text);
                doc.document.length = TextOffsets::countCodePoints(doc.document.text);
                return push({Item::Document, std::move(doc), {}, 0});
            }, &m_problems);
            done += file.size;
        }
        push({Item::Finished, {}, {}, done});
    }

    static constexpr size_t capacity = 64;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    bool m_stop = false;
    QList<ImportProblem> m_problems;  // the reading thread's until stop()
    int m_filesRead = 0;
    std::thread m_thread;             // last: starts once the rest is made
};

} // namespace

ImportReport Importer::run(const QStringList &paths, const Progress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    if (!m_options.format.isEmpty() && !createReader(m_options.format)) {
        report.problems.append({m_options.format, 0, QCoreApplication::translate("Import", "unknown format \"%1\" (known: %2)")
                                                         .arg(m_options.format, readerNames().join(u", "))});
        return report;
    }
    qint64 total = 0;
    const QList<FileToRead> files = collectFiles(paths, m_options, &report, &total);
    ReadingThread reading(files, m_options, cancel);
    auto finish = [&] {
        reading.stop();
        report.files = reading.filesRead();
        report.problems = reading.problems() + report.problems;
    };

    // Remember what the schema knows, to check labels without a query per span.
    LabelSchema schema = m_store.schema();
    if (!beginBatch(report)) {
        finish();
        return report;
    }
    while (true) {
        ReadingThread::Item item = reading.pop();
        if (item.kind == ReadingThread::Item::Finished)
            break;
        if (item.kind == ReadingThread::Item::FileStarted) {
            if (progress)
                progress(item.done, total, item.file);
            continue;
        }
        if (cancel && cancel->load())
            break;
        if (acceptDocument(item.document, schema, report) && !addDocument(std::move(item.document), report))
            break;
    }
    if (cancel && cancel->load())
        report.cancelled = true;
    finish();
    if (m_batchOpen)
        commitBatch(report);
    if (progress)
        progress(total, total, QString());
    return report;
}

bool Importer::acceptDocument(ImportedDocument &doc, LabelSchema &schema, ImportReport &report)
{
    const QString notImported = QCoreApplication::translate("Import", "; this document was not imported");
    auto refuse = [&](const QString &message) {
        report.problems.append({doc.file, doc.line, message + notImported});
        return false;
    };
    // An id names its document in other files and in messages: a NUL in it is never meant.
    if (const qsizetype nul = doc.document.externalId.indexOf(QChar(0)); nul >= 0)
        return refuse(QCoreApplication::translate("Import", "the document's id holds a NUL character (at character %1)").arg(nul + 1));
    // Readers keep to the limit as they read; this holds it for every format.
    if (doc.relations.size() > m_options.limits.relations)
        return refuse(QCoreApplication::translate("Import", "the document has more than %1 relations, the most Copydesk imports in one document")
                          .arg(m_options.limits.relations));
    // Readers leave out what the label map drops; a label left empty is the file's.
    const bool unlabelled = std::any_of(doc.spans.cbegin(), doc.spans.cend(), [](const ImportedSpan &s) { return s.label.isEmpty(); })
                            || std::any_of(doc.relations.cbegin(), doc.relations.cend(), [](const ImportedRelation &r) { return r.label.isEmpty(); });
    if (unlabelled)
        return refuse(QCoreApplication::translate("Import", "a span or relation has an empty label"));
    // Labels: unknown ones fail the document unless --add-labels.
    QStringList unknown;
    for (const ImportedSpan &span : std::as_const(doc.spans)) {
        if (!schema.hasLabel(span.label) && !unknown.contains(span.label))
            unknown.append(span.label);
    }
    QStringList unknownRelations;
    for (const ImportedRelation &relation : std::as_const(doc.relations)) {
        if (!schema.relation(relation.label) && !unknownRelations.contains(relation.label))
            unknownRelations.append(relation.label);
    }
    if (unknown.isEmpty() && unknownRelations.isEmpty())
        return true;
    if (!m_options.addLabels) {
        const QStringList all = unknown + unknownRelations;
        report.problems.append({doc.file, doc.line,
                                QCoreApplication::translate("Import", "unknown label %1; add --add-labels to add it to the project's schema, "
                                   "or --label-map FILE_LABEL=LABEL to map it; this document was not imported")
                                    .arg(all.join(u", "))});
        return false;
    }
    for (const QString &label : std::as_const(unknown))
        schema.addLabel({u"custom"_s, label, u"#888888"_s, QString(), QString(), {}});
    for (const QString &label : std::as_const(unknownRelations))
        schema.addRelation({label, {}, {}, QString()});
    if (!m_store.setSchema(schema)) {
        report.problems.append({doc.file, doc.line, QCoreApplication::translate("Import", "cannot add labels: %1").arg(m_store.lastError())});
        schema = m_store.schema();
        return false;
    }
    report.labelsAdded += unknown + unknownRelations;
    return true;
}

bool Importer::addDocument(ImportedDocument &&doc, ImportReport &report)
{
    auto annotatorId = [&](const QString &name) {
        auto it = m_annotators.constFind(name);
        if (it != m_annotators.constEnd())
            return it.value();
        const qint64 id = m_store.ensureAnnotator(AnnotatorKind::File, name);
        m_annotators.insert(name, id);
        return id;
    };
    if (m_ownerId < 0)
        m_ownerId = m_options.annotator.isEmpty() ? 0 : m_store.ensureAnnotator(AnnotatorKind::Person, m_options.annotator);
    QList<NewAnnotation> annotations;
    annotations.reserve(doc.spans.size());
    QHash<QString, int> index;
    for (const ImportedSpan &span : std::as_const(doc.spans)) {
        NewAnnotation n;
        n.externalId = span.id;
        n.label = span.label;
        n.start = span.start;
        n.end = span.end;
        n.attrs = span.attrs;
        n.annotatorId = annotatorId(span.annotator.isEmpty() ? doc.annotator : span.annotator);
        n.status = m_options.asSuggestions ? AnnotationStatus::Suggested
                                           : (span.hasStatus ? span.status : AnnotationStatus::Accepted);
        n.confidence = span.confidence;
        n.reason = span.reason;
        n.note = span.note;
        if (n.status != AnnotationStatus::Suggested)
            n.ownerId = m_ownerId;
        if (!span.id.isEmpty())
            index.insert(span.id, annotations.size());
        annotations.append(n);
    }
    QList<NewRelation> relations;
    for (const ImportedRelation &relation : std::as_const(doc.relations))
        relations.append({relation.label, index.value(relation.head, -1), index.value(relation.child, -1),
                          annotatorId(doc.annotator)});

    qint64 duplicateOf = 0;
    const qint64 bytes = doc.document.text.size() * 2;
    if (!m_store.addDocument(doc.document, annotations, relations,
                             doc.line ? u"%1:%2"_s.arg(doc.file).arg(doc.line) : doc.file, &duplicateOf)) {
        if (duplicateOf) {
            // The text is there: the file's decisions become another annotation set of it.
            const AddedSets sets = addAnnotationSets(m_store, duplicateOf, annotations, relations,
                                                     doc.line ? u"%1:%2"_s.arg(doc.file).arg(doc.line) : doc.file);
            if (sets.failed()) {
                report.problems.append({doc.file, doc.line, QCoreApplication::translate("Import", "cannot store the annotations: %1").arg(sets.error)});
            } else {
                report.notes.append({doc.file, doc.line, sets.message()});
                for (const AddedSets::Set &set : sets.added) {
                    report.annotations += set.annotations;
                    report.relations += set.relations;
                }
            }
        } else {
            report.problems.append({doc.file, doc.line, QCoreApplication::translate("Import", "cannot store the document: %1").arg(m_store.lastError())});
        }
        return true;
    }
    // Counted in the report once its batch is saved.
    ++m_batch.documents;
    m_batch.annotations += int(annotations.size());
    m_batch.relations += int(relations.size());
    m_batch.documentIds.append(doc.document.id);
    m_batchBytes += bytes;
    if ((m_batch.documents >= batchDocuments || m_batchBytes >= batchBytes) && !(commitBatch(report) && beginBatch(report)))
        return false;
    PausePoint::documentStored(report.documents + m_batch.documents, report.documents);
    return true;
}

bool Importer::beginBatch(ImportReport &report)
{
    m_batch = {};
    m_batchBytes = 0;
    m_batchOpen = m_store.beginBatch();
    if (!m_batchOpen)
        report.problems.append({m_store.path(), 0, QCoreApplication::translate("Import", "the project is busy or read-only: %1").arg(m_store.lastError())});
    return m_batchOpen;
}

bool Importer::commitBatch(ImportReport &report)
{
    m_batchOpen = false;
    if (!m_store.commitBatch()) {
        report.problems.append({m_store.path(), 0, QCoreApplication::translate("Import", "cannot save the import (%1); the last %n document(s) read "
                                                                                         "were not imported", nullptr, m_batch.documents)
                                                       .arg(m_store.lastError())});
        return false;
    }
    report.documents += m_batch.documents;
    report.annotations += m_batch.annotations;
    report.relations += m_batch.relations;
    report.documentIds += m_batch.documentIds;
    return true;
}

} // namespace Copydesk
