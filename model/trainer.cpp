#include "trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>

#include "engineevidence.h"
#include "attributiontrainer.h"
#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/stringmatchmodel.h"
#include "heldoutevaluation.h"
#include "labelschema.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// A document whose entities people finished, in the forms training and evaluation need.
struct DecidedDocument
{
    LabelledDocument labelled;               // UTF-16 spans, for the tagger
    HeldOutDocument heldOut;                 // code points, for measuring
    QList<QPair<QString, QString>> texts;    // (label, covered text), for the string matcher
};

// Collects the documents whose entities were looked at: at least one entity decision and no
// entity suggestion waiting (or marked done).
// Decided spans of documents not finished yet (suggestions waiting) still teach the string
// matcher (one labelled name is enough for it): they go to `otherTexts`.
bool collect(ProjectStore &store, const QSet<QString> &entityLabels, QList<DecidedDocument> &documents,
             QList<QPair<QString, QString>> &otherTexts, TrainReport &report,
             const std::function<void(TrainStage, double)> &progress, const std::atomic_bool *cancel,
             const QList<qint64> &owners)
{
    const QList<qint64> ids = store.documentIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (cancel && cancel->load())
            return false;
        if (progress && i % 64 == 0)
            progress(TrainStage::Collecting, double(i) / double(ids.size()));
        const std::optional<Document> document = store.document(ids[i]);
        if (!document)
            continue;
        const TextOffsets offsets(document->text);
        DecidedDocument decided;
        QSet<QString> seen;
        bool anyDecision = false, waiting = false;
        const QList<Annotation> annotations = store.annotations(document->id);
        for (const Annotation &a : annotations) {
            if (!entityLabels.contains(a.label))
                continue;
            // Chosen sets only (TrainOptions::owners).
            if (!owners.isEmpty() && (a.status == AnnotationStatus::Suggested || !owners.contains(a.ownerId)))
                continue;
            if (a.status == AnnotationStatus::Suggested) {
                waiting = true;
                continue;
            }
            anyDecision = true;
            if (a.status == AnnotationStatus::Rejected || a.end <= a.start)
                continue;
            // The same span from two annotators teaches once.
            const QString key = u"%1:%2:%3"_s.arg(a.start).arg(a.end).arg(a.label);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const qsizetype start = offsets.toUtf16(a.start), end = offsets.toUtf16(a.end);
            decided.labelled.spans.append({start, end, a.label});
            decided.heldOut.gold.append({{}, 0, a.label, a.start, a.end, {}, -1, {}});
            decided.texts.append({a.label, document->text.mid(start, end - start)});
        }
        for (qint64 owner : owners)
            anyDecision = anyDecision || store.documentStatusFor(document->id, owner) == DocumentStatus::Done;
        if (!anyDecision) {
            ++report.skippedUndecided;
            continue;
        }
        if (waiting && document->status != DocumentStatus::Done) {
            ++report.skippedUnreviewed;
            otherTexts += decided.texts;
            continue;
        }
        report.spans += decided.labelled.spans.size();
        decided.labelled.text = document->text;
        decided.heldOut.text = document->text;
        decided.heldOut.source = document->source;
        documents.append(std::move(decided));
    }
    return true;
}

QByteArray buildStringMatch(const QList<DecidedDocument> &documents, const QList<int> &which,
                            const QList<QPair<QString, QString>> &otherTexts, int *texts = nullptr)
{
    QList<QPair<QString, QString>> labelled = otherTexts;
    for (int i : which)
        labelled += documents.at(i).texts;
    if (texts)
        *texts = int(labelled.size());
    return labelled.isEmpty() ? QByteArray() : StringMatchModel::build(labelled);
}

QByteArray trainTagger(const QList<DecidedDocument> &documents, const QList<int> &which, const TrainOptions &options,
                       double from, double to, const std::function<void(TrainStage, double)> &progress, const std::atomic_bool *cancel)
{
    QList<LabelledDocument> labelled;
    for (int i : which)
        labelled.append(documents.at(i).labelled);
    if (labelled.isEmpty())
        return {};
    return trainLearnedEntityModel(labelled, options.epochs, [&](int, double fraction) {
        if (progress)
            progress(TrainStage::Training, from + (to - from) * fraction);
        return !(cancel && cancel->load());
    });
}

QList<ModelGate::Label> gateLabels(const QStringList &labels, const QHash<QString, Score> &model, const QHash<QString, Score> &baseline,
                                   const QHash<QString, Score> &combined)
{
    QList<ModelGate::Label> result;
    for (const QString &label : labels) {
        if (!model.contains(label) && !baseline.contains(label) && !combined.contains(label))
            continue;
        result.append({label, model.value(label), baseline.value(label), combined.value(label), false});
    }
    return result;
}

// Measures the learned models (trained without the held-out documents) against the rules on the
// held-out documents: decides their gates and the combiner's evidence.
void measure(const QList<DecidedDocument> &documents, const QList<int> &heldOut, const QByteArray &tagger,
             const QByteArray &matcher, const QStringList &labels, TrainReport &report)
{
    QList<HeldOutDocument> evaluated;
    for (int i : heldOut)
        evaluated.append(documents.at(i).heldOut);
    const std::unique_ptr<Engine> rules = createEntityEngine();
    const std::unique_ptr<Engine> learned = tagger.isEmpty() ? nullptr : createLearnedEntityEngine(tagger);
    const std::unique_ptr<Engine> strings = matcher.isEmpty() ? nullptr : createStringMatchEngine(matcher);
    QList<const Engine *> engines{rules.get()};
    if (learned)
        engines.append(learned.get());
    if (strings)
        engines.append(strings.get());
    const HeldOutEvaluation evaluation(evaluated, engines, labels);

    const QString rulesName = rules->name();
    const QString taggerName = learned ? learned->name() : QString();
    const QString stringsName = strings ? strings->name() : QString();
    auto constant = [](QStringList set) { return [set](const QString &) { return set; }; };
    QStringList all{rulesName};
    if (learned)
        all.append(taggerName);
    if (strings)
        all.append(stringsName);
    QStringList withoutTagger = all, withoutStrings = all;
    withoutTagger.removeAll(taggerName);
    withoutStrings.removeAll(stringsName);

    EngineEvidence evidence;
    for (const QStringList &set : {all, withoutTagger, withoutStrings, QStringList{rulesName}})
        evaluation.observe(evidence, constant(set));
    const QHash<QString, Score> allScores = evaluation.combinedScores(evidence, constant(all));
    report.heldOutDocuments = evaluation.documentCount();
    report.rulesScores = evaluation.engineScores(rulesName);
    report.combinedScores = allScores;
    if (learned) {
        report.taggerScores = evaluation.engineScores(taggerName);
        report.taggerGate = ModelGate::decide(
            gateLabels(labels, report.taggerScores, evaluation.combinedScores(evidence, constant(withoutTagger)), allScores),
            evaluation.documentCount());
    }
    if (strings) {
        report.stringMatchGate = ModelGate::decide(
            gateLabels(labels, evaluation.engineScores(stringsName), evaluation.combinedScores(evidence, constant(withoutStrings)), allScores),
            evaluation.documentCount());
    }
    // The combination as it will run: each model only for the labels its gate opened.
    const auto final = [&](const QString &label) {
        QStringList set{rulesName};
        if (learned && report.taggerGate.isEnabled(label))
            set.append(taggerName);
        if (strings && report.stringMatchGate.isEnabled(label))
            set.append(stringsName);
        return set;
    };
    evaluation.observe(evidence, final);
    report.evidence = evidence;
}

bool store(ProjectStore &store, const QString &name, const QString &version, const QByteArray &data, TrainReport &report)
{
    if (store.setModel(name, version, data))
        return true;
    report.error = QCoreApplication::translate("Train", "cannot store the model %1: %2").arg(name, store.lastError());
    return false;
}

} // namespace

// The entity tagger, the string matcher, their gates and the combiner's evidence.
static TrainReport trainEntityModels(ProjectStore &store, const TrainOptions &options,
                                     const std::function<void(TrainStage, double)> &progress, const std::atomic_bool *cancel)
{
    TrainReport report;
    QElapsedTimer timer;
    timer.start();
    const LabelSchema schema = store.schema();
    QSet<QString> entityLabels;
    QStringList labels;
    for (const LabelDefinition &label : schema.labelsOfLayer(u"entities"_s)) {
        entityLabels.insert(label.name);
        labels.append(label.name);
    }
    QList<DecidedDocument> documents;
    QList<QPair<QString, QString>> otherTexts;
    if (!collect(store, entityLabels, documents, otherTexts, report, progress, cancel, options.owners)) {
        report.cancelled = true;
        return report;
    }
    report.documents = int(documents.size());
    report.collectMilliseconds = timer.elapsed();
    if (progress)
        progress(TrainStage::Collecting, 1.0);
    if (documents.isEmpty()) {
        report.error = QCoreApplication::translate("Train", "no document has entity decisions without suggestions still to review "
                          "(accept or reject them, or mark the document done); the entity tagger was not trained");
        // The string matcher learns from any decided span all the same.
        const QByteArray matcher = buildStringMatch(documents, {}, otherTexts, &report.stringMatchTexts);
        if (!matcher.isEmpty()) {
            const std::unique_ptr<Engine> engine = createStringMatchEngine(matcher);
            report.stringMatchBuilt = Copydesk::store(store, stringMatchModelName(), engine ? engine->version() : QString(), matcher, report);
        }
        return report;
    }

    // Every fifth document (one of two to four) is held out to measure the new models before
    // they may suggest anything; with a single document nothing can be measured, and the
    // models stay off.
    QList<int> all, training, heldOut;
    const int pick = documents.size() >= 5 ? 4 : int(documents.size()) - 1;
    for (int i = 0; i < documents.size(); ++i) {
        all.append(i);
        (documents.size() >= 2 && i % 5 == pick ? heldOut : training).append(i);
    }
    timer.restart();
    const bool canMeasure = !heldOut.isEmpty() && !training.isEmpty();
    QByteArray tagger = trainTagger(documents, canMeasure ? training : all, options, 0, canMeasure ? 0.5 : 1, progress, cancel);
    if (cancel && cancel->load()) {
        report.cancelled = true;
        return report;
    }
    if (tagger.isEmpty())
        report.error = QCoreApplication::translate("Train", "the documents with entity decisions hold no sentence to learn from");
    if (canMeasure) {
        measure(documents, heldOut, tagger, buildStringMatch(documents, training, otherTexts), labels, report);
        // Measured, the model learns from every document for good (the gate decides where it
        // may suggest).
        if (!tagger.isEmpty())
            tagger = trainTagger(documents, all, options, 0.5, 1, progress, cancel);
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return report;
        }
    } else {
        report.taggerGate = ModelGate::decide({}, 0);
        report.stringMatchGate = ModelGate::decide({}, 0);
    }
    report.trainMilliseconds = timer.elapsed();
    if (progress)
        progress(TrainStage::Training, 1.0);

    if (progress)
        progress(TrainStage::Storing, 0.0);
    if (!tagger.isEmpty()) {
        const std::optional<PerceptronTagger> trained = PerceptronTagger::deserialize(tagger);
        const std::unique_ptr<Engine> engine = createLearnedEntityEngine(tagger);
        if (!trained || !engine) {
            report.error = QCoreApplication::translate("Train", "the trained entity tagger could not be read back");
            return report;
        }
        report.sentences = trained->trainingSentenceCount();
        report.tokens = trained->trainingTokenCount();
        report.labels = trained->labels();
        report.taggerVersion = engine->version();
        if (!Copydesk::store(store, learnedEntityModelName(), report.taggerVersion, tagger, report))
            return report;
        report.taggerTrained = true;
    }
    const QByteArray matcher = buildStringMatch(documents, all, otherTexts, &report.stringMatchTexts);
    if (!matcher.isEmpty()) {
        const std::unique_ptr<Engine> engine = createStringMatchEngine(matcher);
        if (!Copydesk::store(store, stringMatchModelName(), engine ? engine->version() : QString(), matcher, report))
            return report;
        report.stringMatchBuilt = true;
    }
    // Gates and evidence go with the models.
    if (!Copydesk::store(store, ModelGate::storageName(learnedEntityModelName()), u"1"_s, report.taggerGate.toJson().toUtf8(), report)
        || !Copydesk::store(store, ModelGate::storageName(stringMatchModelName()), u"1"_s, report.stringMatchGate.toJson().toUtf8(), report)
        || !Copydesk::store(store, EngineEvidence::storageName(), u"1"_s, QJsonDocument(report.evidence.toJson()).toJson(QJsonDocument::Compact),
                            report))
        return report;

    if (progress)
        progress(TrainStage::Storing, 1.0);
    return report;
}

TrainReport trainProject(ProjectStore &store, const TrainOptions &options,
                         const std::function<void(TrainStage, double)> &progress, const std::atomic_bool *cancel)
{
    TrainReport report = trainEntityModels(store, options, progress, cancel);
    if (report.cancelled)
        return report;
    // The attribution model learns from sourcing decisions, independently of the entities.
    const AttributionTrainResult attribution = trainProjectAttribution(store, [&](double fraction) {
        if (progress)
            progress(TrainStage::Training, fraction);
    }, cancel);
    if (attribution.cancelled) {
        report.cancelled = true;
        return report;
    }
    report.attributionDocuments = attribution.documents;
    report.attributionQuotes = attribution.quotes;
    report.attributionTrained = attribution.trained;
    report.attributionVersion = attribution.version;
    report.attributionMilliseconds = attribution.milliseconds;
    report.attributionNote = attribution.note;
    return report;
}

} // namespace Copydesk
