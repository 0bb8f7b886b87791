#include "trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include "attributiontrainer.h"
#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/stringmatchmodel.h"
#include "labelschema.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

TrainReport trainProject(ProjectStore &store, const TrainOptions &options,
                         const std::function<void(TrainStage, double)> &progress, const std::atomic_bool *cancel)
{
    TrainReport report;
    QElapsedTimer timer;
    timer.start();
    const LabelSchema schema = store.schema();
    QSet<QString> entityLabels;
    for (const LabelDefinition &label : schema.labelsOfLayer(u"entities"_s))
        entityLabels.insert(label.name);

    QList<LabelledDocument> documents;
    QList<QPair<QString, QString>> labelledTexts;
    const QList<qint64> ids = store.documentIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return report;
        }
        if (progress && i % 64 == 0)
            progress(TrainStage::Collecting, double(i) / double(ids.size()));
        const std::optional<Document> document = store.document(ids[i]);
        if (!document)
            continue;
        const TextOffsets offsets(document->text);
        LabelledDocument labelled;
        QSet<QString> seen;
        bool decided = false, waiting = false;
        const QList<Annotation> annotations = store.annotations(document->id);
        for (const Annotation &a : annotations) {
            if (!entityLabels.contains(a.label))
                continue;
            if (a.status == AnnotationStatus::Suggested) {
                waiting = true;
                continue;
            }
            decided = true;
            if (a.status == AnnotationStatus::Rejected || a.end <= a.start)
                continue;
            // The same span from two annotators teaches once.
            const QString key = u"%1:%2:%3"_s.arg(a.start).arg(a.end).arg(a.label);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const qsizetype start = offsets.toUtf16(a.start), end = offsets.toUtf16(a.end);
            labelled.spans.append({start, end, a.label});
            labelledTexts.append({a.label, document->text.mid(start, end - start)});
        }
        if (!decided) {
            ++report.skippedUndecided;
            continue;
        }
        if (waiting && document->status != DocumentStatus::Done) {
            ++report.skippedUnreviewed;
            continue;
        }
        report.spans += labelled.spans.size();
        labelled.text = document->text;
        documents.append(std::move(labelled));
    }
    report.documents = documents.size();
    report.collectMilliseconds = timer.elapsed();
    if (progress)
        progress(TrainStage::Collecting, 1.0);

    timer.restart();
    QByteArray tagger;
    if (!documents.isEmpty()) {
        tagger = trainLearnedEntityModel(documents, options.epochs, [&](int, double fraction) {
            if (progress)
                progress(TrainStage::Training, fraction);
            return !(cancel && cancel->load());
        });
        if (tagger.isEmpty() && !(cancel && cancel->load()))
            report.error = QCoreApplication::translate("Train", "the documents with entity decisions hold no sentence to learn from");
    } else {
        report.error = QCoreApplication::translate("Train", "no document has entity decisions without suggestions still to review "
                          "(accept or reject them, or mark the document done); the entity tagger was not trained");
    }
    report.trainMilliseconds = timer.elapsed();
    if (cancel && cancel->load()) {
        report.cancelled = true;
        return report;
    }

    if (progress)
        progress(TrainStage::Storing, 0.0);
    if (!tagger.isEmpty()) {
        const std::optional<PerceptronTagger> trained = PerceptronTagger::deserialize(tagger);
        const std::unique_ptr<Engine> engine = createLearnedEntityEngine(tagger);
        if (!trained || !engine) {
            report.error = QCoreApplication::translate("Train", "the trained entity tagger could not be read back");
        } else {
            report.sentences = trained->trainingSentenceCount();
            report.tokens = trained->trainingTokenCount();
            report.labels = trained->labels();
            report.taggerVersion = engine->version();
            if (!store.setModel(learnedEntityModelName(), report.taggerVersion, tagger)) {
                report.error = QCoreApplication::translate("Train", "cannot store the entity tagger: %1").arg(store.lastError());
                return report;
            }
            report.taggerTrained = true;
        }
    }
    if (!labelledTexts.isEmpty()) {
        const QByteArray matcher = StringMatchModel::build(labelledTexts);
        const std::unique_ptr<Engine> engine = createStringMatchEngine(matcher);
        if (!store.setModel(stringMatchModelName(), engine ? engine->version() : QString(), matcher)) {
            report.error = QCoreApplication::translate("Train", "cannot store the string-match model: %1").arg(store.lastError());
            return report;
        }
        report.stringMatchTexts = labelledTexts.size();
        report.stringMatchBuilt = true;
    }

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
    if (progress)
        progress(TrainStage::Storing, 1.0);
    return report;
}

} // namespace Copydesk
