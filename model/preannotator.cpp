#include "preannotator.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "engines/linefrequencyindex.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

struct Job
{
    qint64 documentId = 0;
    EngineDocument document;
    QList<EngineRun> runs;
};

constexpr int chunkSize = 128;

} // namespace

PreAnnotateReport preAnnotate(ProjectStore &store, const PreAnnotateOptions &options,
                              const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    PreAnnotateReport report;
    EngineSelection selection = options.selection;
    for (const QString &name : store.modelNames())
        selection.models.append({name, store.model(name)});
    QString error;
    const auto engines = createEngines(selection, &error);
    if (!error.isEmpty()) {
        report.error = error;
        return report;
    }
    if (engines.empty()) {
        report.error = QCoreApplication::translate("PreAnnotate", "no engine fits the layers and engines asked for");
        return report;
    }
    QHash<QString, qint64> annotatorIds;
    for (const auto &engine : engines)
        annotatorIds.insert(engine->name(), store.ensureAnnotator(AnnotatorKind::Engine, engine->name(), engine->version()));

    const QList<qint64> ids = options.documents.isEmpty() ? store.documentIds() : options.documents;

    // What the engines may know of the corpus: lines that recur across documents of a source.
    LineFrequencyIndex corpus;
    for (qint64 id : ids) {
        const std::optional<Document> doc = store.document(id);
        if (doc)
            corpus.addDocument(doc->source, doc->text);
    }

    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    int done = 0;
    for (qsizetype first = 0; first < ids.size(); first += chunkSize) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        QList<Job> jobs;
        for (qsizetype i = first; i < qMin(first + chunkSize, ids.size()); ++i) {
            const std::optional<Document> doc = store.document(ids.at(i));
            if (!doc)
                continue;
            Job job;
            job.documentId = doc->id;
            job.document.id = doc->externalId;
            job.document.text = doc->text;
            job.document.source = doc->source;
            job.document.meta = doc->meta;
            // People's decisions, for the engines to respect.
            const TextOffsets offsets(doc->text);
            for (const Annotation &a : store.annotations(doc->id)) {
                if (a.status != AnnotationStatus::Accepted && a.status != AnnotationStatus::Manual)
                    continue;
                SuggestedSpan span;
                span.key = u"a%1"_s.arg(a.id);
                span.label = a.label;
                span.start = offsets.toUtf16(a.start);
                span.end = offsets.toUtf16(a.end);
                span.attrs = a.attrs;
                span.confidence = 1;
                job.document.existing.append(span);
            }
            jobs.append(std::move(job));
        }
        QtConcurrent::blockingMap(&pool, jobs, [&](Job &job) {
            job.runs = runEngines(engines, job.document, &corpus);
        });
        if (!store.beginBatch()) {
            report.error = store.lastError();
            return report;
        }
        for (const Job &job : std::as_const(jobs)) {
            for (const EngineRun &run : job.runs) {
                QList<NewAnnotation> spans;
                QHash<QString, int> index;
                const qint64 annotatorId = annotatorIds.value(run.engineName);
                for (const EngineSpan &span : run.spans) {
                    if (!span.key.isEmpty())
                        index.insert(span.key, spans.size());
                    spans.append({QString(), span.label, span.start, span.end, span.attrs, AnnotationStatus::Suggested,
                                  annotatorId, span.confidence, span.reason, QString()});
                }
                QList<NewRelation> relations;
                for (const SuggestedRelation &relation : run.relations)
                    relations.append({relation.label, index.value(relation.head, -1), index.value(relation.child, -1), annotatorId});
                const int added = store.replaceSuggestions(job.documentId, annotatorId, spans, relations);
                if (added < 0) {
                    report.error = store.lastError();
                    store.rollbackBatch();
                    return report;
                }
                report.suggestions += added;
                report.perEngine[run.engineName] += added;
            }
            ++report.documents;
        }
        if (!store.commitBatch()) {
            report.error = store.lastError();
            return report;
        }
        done += int(jobs.size());
        if (progress)
            progress(done, int(ids.size()));
    }
    return report;
}

} // namespace Copydesk
