#include "attributiontrainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "labelschema.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

bool isFurniture(QStringView label)
{
    return label == u"DISCLAIMER" || label == u"BOILERPLATE" || label == u"METADATA" || label == u"HEADLINE";
}

bool isAttribution(QStringView label) { return label == u"QUOTE" || label == u"SOURCE" || label == u"CUE"; }

// The document's gold (accepted and manual QUOTE, SOURCE, CUE; SPEAKER and CUE relations) and
// furniture, in UTF-16 positions.
AttributionDocument attributionDocument(const Document &document, const QList<Annotation> &annotations,
                                        const QList<Relation> &relations)
{
    AttributionDocument result;
    result.text = document.text;
    const TextOffsets offsets(document.text);
    QHash<qint64, QString> keyOf;       // annotation id -> the key of its (first) span
    QHash<QString, QString> keyOfSpan;  // "start:end:label" -> key
    for (const Annotation &a : annotations) {
        if (a.end <= a.start || a.status == AnnotationStatus::Rejected)
            continue;
        SuggestedSpan span;
        span.label = a.label;
        span.start = offsets.toUtf16(a.start);
        span.end = offsets.toUtf16(a.end);
        span.attrs = a.attrs;
        if (isFurniture(a.label)) {
            result.furniture.append(span);
            continue;
        }
        if (!isAttribution(a.label) || a.status == AnnotationStatus::Suggested)
            continue;
        const QString position = u"%1:%2:%3"_s.arg(a.start).arg(a.end).arg(a.label);
        if (keyOfSpan.contains(position)) {
            keyOf.insert(a.id, keyOfSpan.value(position));
            continue;
        }
        span.key = QString::number(a.id);
        keyOf.insert(a.id, span.key);
        keyOfSpan.insert(position, span.key);
        result.gold.spans.append(span);
    }
    QSet<QString> seen;
    for (const Relation &relation : relations) {
        if (relation.label != u"SPEAKER" && relation.label != u"CUE")
            continue;
        const QString head = keyOf.value(relation.headId), child = keyOf.value(relation.childId);
        const QString key = relation.label + u':' + head + u':' + child;
        if (head.isEmpty() || child.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        result.gold.relations.append({relation.label, head, child});
    }
    return result;
}

} // namespace

AttributionCollection collectAttributionDocuments(const ProjectStore &store, const std::atomic_bool *cancel)
{
    AttributionCollection collection;
    QSet<QString> sourcingLabels;
    for (const LabelDefinition &label : store.schema().labelsOfLayer(u"sourcing"_s))
        sourcingLabels.insert(label.name);
    for (const qint64 id : store.documentIds()) {
        if (cancel && cancel->load()) {
            collection.cancelled = true;
            return collection;
        }
        const std::optional<Document> document = store.document(id);
        if (!document)
            continue;
        const QList<Annotation> annotations = store.annotations(id);
        bool decided = false, waiting = false;
        for (const Annotation &a : annotations) {
            if (!sourcingLabels.contains(a.label))
                continue;
            (a.status == AnnotationStatus::Suggested ? waiting : decided) = true;
        }
        if (!decided) {
            ++collection.skippedUndecided;
            continue;
        }
        if (waiting && document->status != DocumentStatus::Done) {
            ++collection.skippedUnreviewed;
            continue;
        }
        AttributionDocument attribution = attributionDocument(*document, annotations, store.relations(id));
        for (const SuggestedSpan &span : std::as_const(attribution.gold.spans))
            collection.quotes += span.label == u"QUOTE";
        collection.documents.append(std::move(attribution));
    }
    return collection;
}

AttributionTrainResult trainProjectAttribution(ProjectStore &store, const std::function<void(double)> &progress,
                                               const std::atomic_bool *cancel)
{
    AttributionTrainResult result;
    QElapsedTimer timer;
    timer.start();
    const AttributionCollection collection = collectAttributionDocuments(store, cancel);
    result.documents = int(collection.documents.size());
    result.quotes = collection.quotes;
    result.skippedUnreviewed = collection.skippedUnreviewed;
    if (collection.cancelled) {
        result.cancelled = true;
        return result;
    }
    if (result.documents < kMinAttributionDocuments || result.quotes == 0) {
        result.note = QCoreApplication::translate("Train", "the attribution model needs %1 documents with finished sourcing "
                                                  "(quotes, sources and cues decided, none left to review); the project has %n",
                                                  nullptr, result.documents)
                          .arg(kMinAttributionDocuments);
        return result;
    }
    const std::optional<AttributionModel> model
        = AttributionModel::train(collection.documents, AttributionTrainOptions(), [&](double fraction) {
              if (progress)
                  progress(fraction);
              return !(cancel && cancel->load());
          });
    result.milliseconds = timer.elapsed();
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    const QByteArray blob = model ? model->serialize() : QByteArray();
    const std::unique_ptr<Engine> engine = blob.isEmpty() ? nullptr : createAttributionEngine(blob);
    if (!engine) {
        result.note = QCoreApplication::translate("Train", "the attribution model could not be trained on these documents");
        return result;
    }
    result.version = engine->version();
    if (!store.setModel(attributionModelName(), result.version, blob)) {
        result.note = QCoreApplication::translate("Train", "cannot store the attribution model: %1").arg(store.lastError());
        return result;
    }
    result.trained = true;
    return result;
}

} // namespace Copydesk
