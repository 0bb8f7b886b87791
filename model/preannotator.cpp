#include "preannotator.h"

#include <QCoreApplication>
#include <QSet>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>
#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

#include "engineevidence.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "engines/linefrequencyindex.h"
#include "modelgate.h"
#include "projectstore.h"
#include "suggestioncombiner.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// What the run knows of its engines.
struct RunEngines
{
    std::vector<std::unique_ptr<Engine>> engines;
    QHash<QString, qint64> idOf;           // engine name -> its annotator id (this version)
    QHash<qint64, QString> nameOf;         // any engine annotator id of the project -> name
    QHash<QString, QStringList> layersOf;  // engine name -> layers it writes
    QStringList layers;                    // every layer this run writes
    QHash<QString, ModelGate> gates;       // engine name -> the labels its model may suggest
};

struct LayerResult
{
    QStringList labels;      // the labels whose untouched suggestions the result replaces
    CombinedLayer combined;
};

struct Job
{
    qint64 documentId = 0;
    EngineDocument document;
    QList<Annotation> annotations;
    QList<Relation> relations;
    QList<EngineRun> runs;
    QList<LayerResult> layers;
};

constexpr int chunkSize = 128;

// The schema's layers, looked up once per run.
struct Layers
{
    explicit Layers(const LabelSchema &schema)
    {
        for (const LabelDefinition &label : schema.labels()) {
            layerOf.insert(label.name, label.layer);
            labelsOf[label.layer].insert(label.name);
        }
    }
    // A label's layer; for a label the schema does not have, the layer of the engine that made it.
    QString of(const QString &label, const QString &engine) const
    {
        const auto it = layerOf.constFind(label);
        return it != layerOf.constEnd() ? it.value() : EngineEvidence::layerOfEngine(engine);
    }
    QHash<QString, QString> layerOf;
    QHash<QString, QSet<QString>> labelsOf;
};

// Combines one document: this run's candidates, plus the untouched suggestions of engines that
// did not run this time (taken apart into their engines' candidates), per layer.
void combineDocument(Job &job, const RunEngines &run, const Layers &schema, const SuggestionCombiner &combiner)
{
    QHash<qint64, const Annotation *> byId;
    for (const Annotation &a : std::as_const(job.annotations))
        byId.insert(a.id, &a);
    for (const QString &layer : run.layers) {
        QList<Candidate> candidates;
        QList<CandidateRelation> relations;
        QStringList ran;
        QSet<QString> labels = schema.labelsOf.value(layer);
        // This run's engines.
        for (const EngineRun &engineRun : std::as_const(job.runs)) {
            if (!run.layersOf.value(engineRun.engineName).contains(layer))
                continue;
            ran.append(engineRun.engineName);
            const qint64 engineId = run.idOf.value(engineRun.engineName);
            QHash<QString, int> index;
            for (const EngineSpan &span : engineRun.spans) {
                if (schema.of(span.label, engineRun.engineName) != layer)
                    continue;
                if (!span.key.isEmpty())
                    index.insert(span.key, int(candidates.size()));
                candidates.append({engineRun.engineName, engineId, span.label, span.start, span.end, span.attrs, span.confidence, span.reason});
                labels.insert(span.label);
            }
            for (const SuggestedRelation &relation : engineRun.relations) {
                const int head = index.value(relation.head, -1), child = index.value(relation.child, -1);
                if (head >= 0 && child >= 0)
                    relations.append({relation.label, head, child, engineId});
            }
        }
        // Untouched suggestions of engines that did not run now stay in the combination.
        QHash<qint64, QHash<QString, int>> candidateOf; // annotation id -> engine name -> candidate
        for (const Annotation &a : std::as_const(job.annotations)) {
            if (a.status != AnnotationStatus::Suggested)
                continue;
            const QString annotatorName = run.nameOf.value(a.annotatorId);
            if (schema.of(a.label, annotatorName) != layer)
                continue;
            labels.insert(a.label);
            QList<SuggestionEvidence> evidence = a.evidence;
            if (evidence.isEmpty())
                evidence.append({a.annotatorId, a.label, a.start, a.end, a.confidence, a.reason, a.attrs});
            for (const SuggestionEvidence &e : std::as_const(evidence)) {
                const QString engine = run.nameOf.value(e.engineId);
                if (engine.isEmpty() || run.idOf.contains(engine))
                    continue; // not an engine, or one that ran now: its new output replaces this
                if (!ran.contains(engine))
                    ran.append(engine);
                candidateOf[a.id].insert(engine, int(candidates.size()));
                candidates.append({engine, e.engineId, e.label, e.start, e.end, e.attrs, e.confidence, e.reason});
            }
        }
        for (const Relation &r : std::as_const(job.relations)) {
            const QString engine = run.nameOf.value(r.annotatorId);
            if (engine.isEmpty() || run.idOf.contains(engine))
                continue;
            const int head = candidateOf.value(r.headId).value(engine, -1);
            const int child = candidateOf.value(r.childId).value(engine, -1);
            if (head >= 0 && child >= 0)
                relations.append({r.label, head, child, r.annotatorId});
        }
        QList<Annotation> decisions;
        for (const Annotation &a : std::as_const(job.annotations)) {
            if (a.status != AnnotationStatus::Suggested && schema.of(a.label, {}) == layer)
                decisions.append(a);
        }
        LayerResult result;
        result.labels = QStringList(labels.cbegin(), labels.cend());
        result.labels.sort();
        const auto ranFor = [&](const QString &label) {
            QStringList engines;
            for (const QString &engine : std::as_const(ran)) {
                const auto gate = run.gates.constFind(engine);
                if (gate == run.gates.constEnd() || gate->isEnabled(label))
                    engines.append(engine);
            }
            return engines;
        };
        result.combined = combiner.combine(candidates, relations, ranFor, decisions);
        job.layers.append(std::move(result));
    }
}

bool prepareEngines(ProjectStore &store, const PreAnnotateOptions &options, RunEngines &run, QString *error)
{
    EngineSelection selection = options.selection;
    for (const QString &name : store.modelNames()) {
        // A learned model is used only where it beat the project's other engines on held-out
        // decisions (ModelGate); a model no label of which passed is not run at all.
        const ModelGate gate = ModelGate::fromJson(QString::fromUtf8(store.model(ModelGate::storageName(name))));
        if (gate.isMeasured() && gate.enabledLabels().isEmpty())
            continue;
        selection.models.append({name, store.model(name)});
    }
    run.engines = createEngines(selection, error);
    if (!error->isEmpty())
        return false;
    if (run.engines.empty()) {
        *error = QCoreApplication::translate("PreAnnotate", "no engine fits the layers and engines asked for");
        return false;
    }
    for (const auto &engine : run.engines) {
        const qint64 id = store.ensureAnnotator(AnnotatorKind::Engine, engine->name(), engine->version());
        if (!id) {
            *error = store.lastError();
            return false;
        }
        run.idOf.insert(engine->name(), id);
        run.layersOf.insert(engine->name(), engine->layers());
        for (const QString &layer : engine->layers()) {
            if (!run.layers.contains(layer))
                run.layers.append(layer);
        }
    }
    for (const Annotator &annotator : store.annotators()) {
        if (annotator.kind == AnnotatorKind::Engine)
            run.nameOf.insert(annotator.id, annotator.name);
    }
    return true;
}

// Reads one chunk of documents, with what the engines must respect (people's decisions).
std::unique_ptr<QList<Job>> loadJobs(ProjectStore &store, const QList<qint64> &ids, qsizetype first)
{
    auto jobs = std::make_unique<QList<Job>>();
    for (qsizetype i = first; i < qMin(first + chunkSize, ids.size()); ++i) {
        std::optional<Document> doc = store.document(ids.at(i));
        if (!doc)
            continue;
        Job job;
        job.documentId = doc->id;
        job.document.id = doc->externalId;
        job.document.source = doc->source;
        job.document.meta = doc->meta;
        job.annotations = store.annotations(doc->id);
        job.relations = store.relations(doc->id);
        const TextOffsets offsets(doc->text);
        for (const Annotation &a : std::as_const(job.annotations)) {
            if (a.status != AnnotationStatus::Accepted && a.status != AnnotationStatus::Manual)
                continue;
            job.document.existing.append({u"a%1"_s.arg(a.id), a.label, offsets.toUtf16(a.start), offsets.toUtf16(a.end), a.attrs, 1, {}});
        }
        job.document.text = std::move(doc->text);
        jobs->append(std::move(job));
    }
    return jobs;
}

// Writes one chunk in one transaction: each document's layers with one audit entry (the engines
// with what each proposed). False (with report.error) when it could not.
bool writeJobs(ProjectStore &store, const QList<Job> &jobs, PreAnnotateReport &report)
{
    if (!store.beginBatch()) {
        report.error = store.lastError();
        return false;
    }
    for (const Job &job : jobs) {
        QJsonObject engines;
        for (const EngineRun &engineRun : job.runs) {
            engines.insert(engineRun.engineName + u' ' + engineRun.engineVersion, int(engineRun.spans.size()));
            report.perEngine[engineRun.engineName] += int(engineRun.spans.size());
        }
        QList<LayerSuggestions> layers;
        for (const LayerResult &layer : job.layers) {
            layers.append({layer.labels, layer.combined.spans, layer.combined.relations});
            report.belowThreshold += layer.combined.belowThreshold;
            report.blockedByDecisions += layer.combined.blockedByDecisions;
        }
        const int added = store.replaceSuggestionLayers(job.documentId, layers, {{u"engines"_s, engines}});
        if (added < 0) {
            report.error = store.lastError();
            store.rollbackBatch();
            return false;
        }
        report.suggestions += added;
        ++report.documents;
    }
    if (!store.commitBatch()) {
        report.error = store.lastError();
        return false;
    }
    return true;
}

} // namespace

PreAnnotateReport preAnnotate(ProjectStore &store, const PreAnnotateOptions &options,
                              const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    PreAnnotateReport report;
    RunEngines run;
    if (!prepareEngines(store, options, run, &report.error))
        return report;
    const Layers schema(store.schema());
    const EngineEvidence evidence = EngineEvidence::fromJson(QJsonDocument::fromJson(store.model(EngineEvidence::storageName())).object());
    const SuggestionCombiner combiner(evidence);
    for (const auto &engine : run.engines) {
        const QString model = ModelGate::modelOfEngine(engine->name());
        const ModelGate gate = model.isEmpty() ? ModelGate() : ModelGate::fromJson(QString::fromUtf8(store.model(ModelGate::storageName(model))));
        if (gate.isMeasured())
            run.gates.insert(engine->name(), gate);
    }

    const QList<qint64> ids = options.documents.isEmpty() ? store.documentIds() : options.documents;

    // What the engines may know of the corpus: lines that recur across documents of a source.
    LineFrequencyIndex corpus;
    for (qint64 id : ids) {
        const std::optional<Document> doc = store.document(id);
        if (doc)
            corpus.addDocument(doc->source, doc->text);
    }

    // A pipeline: while the workers run the engines over one chunk, this thread writes the chunk
    // before and reads the next, so the writing (one thread, SQLite) overlaps the engines.
    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    auto work = [&](Job &job) {
        job.runs = runEngines(run.engines, job.document, &corpus);
        for (EngineRun &engineRun : job.runs) {
            const auto gate = run.gates.constFind(engineRun.engineName);
            if (gate == run.gates.constEnd())
                continue;
            engineRun.spans.removeIf([&](const EngineSpan &span) { return !gate->isEnabled(span.label); });
        }
        combineDocument(job, run, schema, combiner);
        job.document.text.clear();
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    std::unique_ptr<QList<Job>> current;
    QFuture<void> running;
    auto start = [&](qsizetype first) {
        current = first < ids.size() && !cancelled() ? loadJobs(store, ids, first) : nullptr;
        running = current ? QtConcurrent::map(&pool, *current, work) : QFuture<void>();
    };
    start(0);
    int done = 0;
    for (qsizetype first = 0; current; first += chunkSize) {
        running.waitForFinished();
        const std::unique_ptr<QList<Job>> finished = std::move(current);
        start(first + chunkSize);
        if (!writeJobs(store, *finished, report)) {
            running.cancel();
            running.waitForFinished();
            return report;
        }
        done += int(finished->size());
        if (progress)
            progress(done, int(ids.size()));
    }
    running.waitForFinished();
    report.cancelled = cancelled() && done < ids.size();
    return report;
}

} // namespace Copydesk
