#include "importer.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

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
    QString root;
    qint64 size = 0;
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
    QList<FileToRead> files;
    qint64 total = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report.problems.append({path, 0, QCoreApplication::translate("Import", "no such file or folder")});
            continue;
        }
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            for (const QString &file : std::as_const(found)) {
                // A brat pair X.txt + X.ann is one document, read through the .ann.
                if (m_options.format.isEmpty() && file.endsWith(u".txt")
                    && QFileInfo::exists(file.chopped(4) + u".ann"_s))
                    continue;
                const bool known = !m_options.format.isEmpty() || createReaderForPath(file);
                if (!known) {
                    if (!QFileInfo(file).fileName().startsWith(u'.'))
                        report.notes.append({file, 0, QCoreApplication::translate("Import", "skipped: not a format Copydesk reads (use --format to choose one)")});
                    continue;
                }
                const qint64 size = QFileInfo(file).size();
                files.append({file, info.absoluteFilePath(), size});
                total += size;
            }
        } else {
            if (m_options.format.isEmpty() && !createReaderForPath(path)) {
                report.problems.append({path, 0, QCoreApplication::translate("Import", "unknown file type \"%1\"; name the format with --format (%2)")
                                                     .arg(info.suffix(), readerNames().join(u", "))});
                continue;
            }
            files.append({path, QString(), info.size()});
            total += info.size();
        }
    }

    // Reading, decoding and hashing run on a thread of their own while this thread writes to
    // the project: on a machine with two cores that nearly doubles the import speed.
    struct Item
    {
        enum Kind { Document, FileStarted, Finished } kind;
        ImportedDocument document;
        QString file;
        qint64 done = 0;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Item> queue;
    constexpr size_t capacity = 64;
    std::atomic_bool stop = false;
    QList<ImportProblem> readProblems;
    int filesRead = 0;

    auto push = [&](Item &&item) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.size() < capacity || stop.load(); });
        if (stop.load())
            return false;
        queue.push_back(std::move(item));
        changed.notify_all();
        return true;
    };
    std::thread producer([&] {
        qint64 done = 0;
        for (const FileToRead &file : std::as_const(files)) {
            if (stop.load() || (cancel && cancel->load()))
                break;
            if (!push({Item::FileStarted, {}, file.path, done}))
                break;
            auto reader = m_options.format.isEmpty() ? createReaderForPath(file.path) : createReader(m_options.format);
            ReadOptions readOptions;
            readOptions.rootDirectory = file.root;
            readOptions.labelMap = m_options.labelMap;
            readOptions.textOnly = m_options.textOnly;
            ++filesRead;
            reader->read(file.path, readOptions, [&](ImportedDocument &&doc) {
                if (cancel && cancel->load())
                    return false;
                doc.document.sha256 = sha256Hex(doc.document.text);
                doc.document.length = TextOffsets::countCodePoints(doc.document.text);
                return push({Item::Document, std::move(doc), {}, 0});
            }, &readProblems);
            done += file.size;
        }
        push({Item::Finished, {}, {}, done});
    });
    auto pop = [&] {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !queue.empty(); });
        Item item = std::move(queue.front());
        queue.pop_front();
        changed.notify_all();
        return item;
    };
    auto finish = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        producer.join();
        report.files = filesRead;
        report.problems = readProblems + report.problems;
    };

    // Remember what the schema knows, to check labels without a query per span.
    LabelSchema schema = m_store.schema();
    m_batchBytes = 0;
    m_batchDocuments = 0;
    if (!m_store.beginBatch()) {
        report.problems.append({m_store.path(), 0, QCoreApplication::translate("Import", "the project is busy or read-only: %1").arg(m_store.lastError())});
        finish();
        return report;
    }
    bool stopped = false;
    while (!stopped) {
        Item item = pop();
        if (item.kind == Item::Finished)
            break;
        if (item.kind == Item::FileStarted) {
            if (progress)
                progress(item.done, total, item.file);
            continue;
        }
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        ImportedDocument &doc = item.document;
        // A label mapped to nothing ("--label-map Discuss=") leaves its spans and their
        // relations out.
        QSet<QString> dropped;
        doc.spans.removeIf([&](const ImportedSpan &span) {
            if (!span.label.isEmpty())
                return false;
            dropped.insert(span.id);
            return true;
        });
        doc.relations.removeIf([&](const ImportedRelation &relation) {
            return relation.label.isEmpty() || dropped.contains(relation.head) || dropped.contains(relation.child);
        });
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
        if (!unknown.isEmpty() || !unknownRelations.isEmpty()) {
            if (!m_options.addLabels) {
                const QStringList all = unknown + unknownRelations;
                report.problems.append({doc.file, doc.line,
                                        QCoreApplication::translate("Import", "unknown label %1; add --add-labels to add it to the project's schema, "
                                           "or --label-map FILE_LABEL=LABEL to map it; this document was not imported")
                                            .arg(all.join(u", "))});
                continue;
            }
            for (const QString &label : std::as_const(unknown))
                schema.addLabel({u"custom"_s, label, u"#888888"_s, QString(), QString(), {}});
            for (const QString &label : std::as_const(unknownRelations))
                schema.addRelation({label, {}, {}, QString()});
            if (!m_store.setSchema(schema)) {
                report.problems.append({doc.file, doc.line, QCoreApplication::translate("Import", "cannot add labels: %1").arg(m_store.lastError())});
                schema = m_store.schema();
                continue;
            }
            report.labelsAdded += unknown + unknownRelations;
        }
        if (!addDocument(std::move(doc), report))
            stopped = true;
    }
    if (cancel && cancel->load())
        report.cancelled = true;
    finish();
    if (!m_store.commitBatch())
        report.problems.append({m_store.path(), 0, QCoreApplication::translate("Import", "cannot save the import: %1").arg(m_store.lastError())});
    if (progress)
        progress(total, total, QString());
    return report;
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
            report.notes.append({doc.file, doc.line, QCoreApplication::translate("Import", "skipped: the same text is already in the project (document %1)")
                                                         .arg(duplicateOf)});
        } else {
            report.problems.append({doc.file, doc.line, QCoreApplication::translate("Import", "cannot store the document: %1").arg(m_store.lastError())});
        }
        return true;
    }
    ++report.documents;
    report.annotations += annotations.size();
    report.relations += relations.size();
    report.documentIds.append(doc.document.id);
    m_batchBytes += bytes;
    if (++m_batchDocuments >= batchDocuments || m_batchBytes >= batchBytes) {
        m_batchDocuments = 0;
        m_batchBytes = 0;
        if (!m_store.commitBatch() || !m_store.beginBatch()) {
            report.problems.append({m_store.path(), 0, QCoreApplication::translate("Import", "cannot save the import: %1").arg(m_store.lastError())});
            return false;
        }
    }
    PausePoint::documentStored(report.documents, report.documents - m_batchDocuments);
    return true;
}

} // namespace Copydesk
