#include "labelstudioformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include "../textoffsets.h"
#include "formatsupport.h"
#include "inputfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

using FormatSupport::idOf;

namespace {


struct Region
{
    QString id;
    QStringList labels;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    bool hasText = false;
    double score = -1;
    QString note;
    QJsonObject attrs;
    QList<int> spans; // indexes into the document's spans
};

// One annotation or prediction of a task.
struct ResultSet
{
    QString annotator;
    bool prediction = false;
    double score = -1;
    QList<Region> regions;
    QJsonArray relations;
    QJsonArray perRegion;   // results that describe a region (same id)
};

// The string list a region's value holds its labels in: value[type] ("labels",
// "hypertextlabels", ...) or value.labels.
bool regionLabels(const QJsonObject &result, QStringList *labels)
{
    const QJsonObject value = result.value(u"value").toObject();
    QJsonValue list = value.value(result.value(u"type").toString());
    if (!list.isArray())
        list = value.value(u"labels");
    if (!list.isArray())
        return false;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return false;
        labels->append(v.toString());
    }
    return true;
}

bool readResults(const QJsonArray &results, ResultSet *set, QJsonArray *others, QString *error)
{
    QSet<QString> regionIds;
    int index = 0;
    for (const QJsonValue &item : results) {
        ++index;
        const QJsonObject result = item.toObject();
        const QString type = result.value(u"type").toString();
        const QJsonObject value = result.value(u"value").toObject();
        if (!item.isObject()) {
            *error = QCoreApplication::translate("Import", "result %1 is not an object").arg(index);
            return false;
        }
        if (type == u"relation") {
            set->relations.append(result);
            continue;
        }
        // A region of the text: "labels" (or any labels with offsets that are numbers; an
        // HTML region's "start" is an XPath and goes with the other results).
        QStringList labels;
        const bool spanRegion = type.endsWith(u"labels") && regionLabels(result, &labels)
                                && (type == u"labels" || value.value(u"start").isDouble() || value.value(u"end").isDouble());
        if (!spanRegion) {
            set->perRegion.append(result);
            continue;
        }
        Region region;
        region.id = idOf(result.value(u"id"));
        if (region.id.isEmpty())
            region.id = u"r%1"_s.arg(index);
        if (labels.isEmpty()) {
            *error = QCoreApplication::translate("Import", "region %1 has no label").arg(region.id);
            return false;
        }
        if (!FormatSupport::wholeNumber(value.value(u"start"), &region.start)
            || !FormatSupport::wholeNumber(value.value(u"end"), &region.end)) {
            *error = QCoreApplication::translate("Import", "region %1 has \"start\": %2 and \"end\": %3, where a region of the text "
                                                           "needs whole numbers of characters; correct them in the file")
                         .arg(region.id, QString::fromUtf8(FormatSupport::compactJson(value.value(u"start"))),
                              QString::fromUtf8(FormatSupport::compactJson(value.value(u"end"))));
            return false;
        }
        region.labels = labels;
        region.hasText = value.value(u"text").isString();
        region.text = value.value(u"text").toString();
        if (result.value(u"score").isDouble())
            region.score = result.value(u"score").toDouble();
        const QJsonValue metaText = result.value(u"meta").toObject().value(u"text");
        if (metaText.isArray()) {
            QStringList lines;
            for (const QJsonValue &line : metaText.toArray())
                lines.append(line.toString());
            region.note = lines.join(u'\n');
        } else if (metaText.isString()) {
            region.note = metaText.toString();
        }
        regionIds.insert(region.id);
        set->regions.append(region);
    }
    // Results that share a region's id describe it; the rest describe the whole text.
    QJsonArray perRegion;
    for (const QJsonValue &item : std::as_const(set->perRegion)) {
        if (regionIds.contains(idOf(item.toObject().value(u"id"))))
            perRegion.append(item);
        else
            others->append(item);
    }
    set->perRegion = perRegion;
    return true;
}

// Whether every region's offsets fit the text in the unit; else the first that does not.
bool regionsFit(const QList<ResultSet> &sets, const SourceText &source, OffsetUnit unit, QString *error)
{
    for (const ResultSet &set : sets) {
        for (const Region &region : set.regions) {
            QString slice;
            if (!source.slice(region.start, region.end, unit, &slice)) {
                *error = QCoreApplication::translate("Import", "region %1 (%2-%3) lies outside the text, which has %4 characters")
                             .arg(region.id).arg(region.start).arg(region.end).arg(source.length(OffsetUnit::CodePoints));
                return false;
            }
            if (region.hasText && !FormatSupport::looselyEqual(slice, region.text)) {
                *error = QCoreApplication::translate("Import", "the text of region %1 (\"%2\") differs from the text at its offsets %3-%4 (\"%5\")")
                             .arg(region.id, region.text.left(60)).arg(region.start).arg(region.end).arg(slice.left(60));
                return false;
            }
        }
    }
    return true;
}

// The task's text, id and meta; *source: the text as the file has it.
bool parseData(const QJsonObject &task, const QFileInfo &file, int number, SourceText *source, Document *doc, QString *error)
{
    if (!task.value(u"data").isObject()) {
        *error = QCoreApplication::translate("Import", "a task needs a \"data\" object with the text");
        return false;
    }
    const QJsonObject data = task.value(u"data").toObject();
    QString textKey = u"text"_s;
    if (!data.value(textKey).isString()) {
        QStringList strings;
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (it.value().isString())
                strings.append(it.key());
        }
        if (strings.size() != 1) {
            *error = QCoreApplication::translate("Import", "the task's data has no \"text\" string (nor a single string to take for it)");
            return false;
        }
        textKey = strings.first();
    }
    *source = SourceText(data.value(textKey).toString());
    doc->text = source->text();
    doc->externalId = idOf(data.value(u"id"));
    if (doc->externalId.isEmpty())
        doc->externalId = idOf(data.value(u"external_id"));
    if (doc->externalId.isEmpty()) {
        const QString taskId = idOf(task.value(u"id"));
        doc->externalId = u"%1:%2"_s.arg(file.completeBaseName(), taskId.isEmpty() ? QString::number(number) : taskId);
    }
    doc->meta = data.value(u"meta").toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.key() != textKey && it.key() != u"id" && it.key() != u"meta")
            doc->meta.insert(it.key(), it.value());
    }
    FormatSupport::fillDocumentColumns(*doc);
    return true;
}

// The task's annotations (not cancelled ones) and predictions; results that describe the whole
// text go to others.
bool readResultSets(const QJsonObject &task, const QFileInfo &file, QList<ResultSet> *sets, QJsonArray *others, QString *error)
{
    const QJsonArray annotations = task.value(u"annotations").toArray();
    for (const QJsonValue &item : annotations) {
        const QJsonObject annotation = item.toObject();
        if (annotation.value(u"was_cancelled").toBool())
            continue;
        ResultSet set;
        const QJsonValue by = annotation.value(u"completed_by");
        QString person = idOf(by);
        if (by.isObject())
            person = by.toObject().value(u"email").toString(idOf(by.toObject().value(u"id")));
        set.annotator = person.isEmpty() ? file.fileName() : u"%1 user %2"_s.arg(file.fileName(), person);
        if (!readResults(annotation.value(u"result").toArray(), &set, others, error))
            return false;
        sets->append(set);
    }
    const QJsonArray predictions = task.value(u"predictions").toArray();
    for (const QJsonValue &item : predictions) {
        const QJsonObject prediction = item.toObject();
        ResultSet set;
        set.prediction = true;
        const QString model = prediction.value(u"model_version").toString();
        set.annotator = model.isEmpty() ? u"%1 predictions"_s.arg(file.fileName()) : model;
        if (prediction.value(u"score").isDouble())
            set.score = prediction.value(u"score").toDouble();
        if (!readResults(prediction.value(u"result").toArray(), &set, others, error))
            return false;
        sets->append(set);
    }
    return true;
}

// Per-region results: a textarea is the region's note, anything else an attribute.
void applyPerRegion(ResultSet &set, const QHash<QString, int> &regionIndex)
{
    for (const QJsonValue &item : std::as_const(set.perRegion)) {
        const QJsonObject result = item.toObject();
        Region &region = set.regions[regionIndex.value(idOf(result.value(u"id")))];
        const QString type = result.value(u"type").toString();
        // A textarea keeps its lines in value.text, choices in value.choices, and so on.
        const QJsonValue value = result.value(u"value").toObject().value(type == u"textarea" ? u"text"_s : type);
        if (type == u"textarea") {
            QStringList lines;
            for (const QJsonValue &line : value.toArray())
                lines.append(line.toString());
            region.note = region.note.isEmpty() ? lines.join(u'\n') : region.note + u'\n' + lines.join(u'\n');
        } else {
            const QString name = result.value(u"from_name").toString(type);
            region.attrs.insert(name, value.isArray() && value.toArray().size() == 1 ? value.toArray().first() : value);
        }
    }
}

// A span per label of each region.
void addSpans(ResultSet &set, const SourceText &source, OffsetUnit unit, const ReadOptions &options,
              QSet<QString> *usedIds, ImportedDocument *out)
{
    // The prediction's score stands for its regions' only when none has its own.
    const bool regionScores = std::any_of(set.regions.cbegin(), set.regions.cend(), [](const Region &r) { return r.score >= 0; });
    for (Region &region : set.regions) {
        for (const QString &fileLabel : std::as_const(region.labels)) {
            ImportedSpan span;
            span.label = fileLabel;
            if (!FormatSupport::mapLabel(options.labelMap, &span.label))
                continue;
            span.id = region.id;
            while (usedIds->contains(span.id))
                span.id += u'_';
            usedIds->insert(span.id);
            span.start = source.toText(region.start, unit);
            span.end = source.toText(region.end, unit);
            span.attrs = region.attrs;
            span.note = region.note;
            span.annotator = set.annotator;
            if (set.prediction) {
                span.hasStatus = true;
                span.status = AnnotationStatus::Suggested;
                span.confidence = region.score >= 0 ? region.score : regionScores ? -1 : set.score;
            }
            region.spans.append(int(out->spans.size()));
            out->spans.append(span);
        }
    }
}

bool addRelations(const ResultSet &set, const QHash<QString, int> &regionIndex, const ReadOptions &options,
                  ImportedDocument *out, QString *error)
{
    int index = 0;
    for (const QJsonValue &item : std::as_const(set.relations)) {
        ++index;
        const QJsonObject relation = item.toObject();
        QString head = idOf(relation.value(u"from_id")), child = idOf(relation.value(u"to_id"));
        if (!regionIndex.contains(head) || !regionIndex.contains(child)) {
            *error = QCoreApplication::translate("Import", "relation %1 refers to a region its annotation does not have (%2)")
                         .arg(index).arg(regionIndex.contains(head) ? child : head);
            return false;
        }
        if (relation.value(u"direction").toString() == u"left")
            std::swap(head, child);
        const QJsonArray labels = relation.value(u"labels").toArray();
        if (labels.isEmpty()) {
            *error = QCoreApplication::translate("Import", "relation %1 (%2 to %3) has no label; Copydesk relations need one").arg(index).arg(head, child);
            return false;
        }
        for (const QJsonValue &labelValue : labels) {
            QString label = labelValue.toString();
            if (!FormatSupport::mapLabel(options.labelMap, &label))
                continue;
            if (!FormatSupport::relateSpans(out, label, set.regions[regionIndex.value(head)].spans,
                                            set.regions[regionIndex.value(child)].spans, options.limits, error))
                return false;
        }
    }
    return true;
}

bool parseTask(const QJsonObject &task, const QFileInfo &file, int number, const ReadOptions &options,
               ImportedDocument *out, QString *error)
{
    SourceText source;
    if (!parseData(task, file, number, &source, &out->document, error))
        return false;
    if (options.textOnly)
        return true;
    QList<ResultSet> sets;
    QJsonArray others;
    if (!readResultSets(task, file, &sets, &others, error))
        return false;
    if (!others.isEmpty())
        out->document.meta.insert(u"label_studio_results"_s, others);

    OffsetUnit unit = OffsetUnit::CodePoints;
    if (!regionsFit(sets, source, unit, error)) {
        QString utf16Error;
        if (source.isBmpOnly() || !regionsFit(sets, source, OffsetUnit::Utf16, &utf16Error))
            return false;
        unit = OffsetUnit::Utf16;
    }
    QSet<QString> usedIds;
    for (ResultSet &set : sets) {
        QHash<QString, int> regionIndex;
        for (qsizetype i = 0; i < set.regions.size(); ++i)
            regionIndex.insert(set.regions[i].id, int(i));
        applyPerRegion(set, regionIndex);
        addSpans(set, source, unit, options, &usedIds, out);
        if (!addRelations(set, regionIndex, options, out, error))
            return false;
    }
    return true;
}

} // namespace

bool LabelStudioReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                             QList<ImportProblem> *problems) const
{
    InputFile file(path);
    if (!file.open(problems))
        return false;
    FormatSupport::JsonArrayReader tasks(&file.file(), options.limits.documentBytes);
    const QFileInfo info(path);
    const QString notImported = QCoreApplication::translate("Import", "; this task was not imported");
    FormatSupport::JsonElement element;
    QString error;
    qint64 errorLine = 0;
    int number = 0;
    while (true) {
        const auto result = tasks.next(&element, &error, &errorLine);
        if (result == FormatSupport::JsonArrayReader::Result::End)
            break;
        if (result == FormatSupport::JsonArrayReader::Result::Error) {
            problems->append({path, errorLine, error});
            return number > 0;
        }
        ++number;
        if (result == FormatSupport::JsonArrayReader::Result::TooLarge) {
            problems->append({path, element.line, QCoreApplication::translate("Import", "the task is %1")
                                                      .arg(tooLargeMessage(options.limits.documentBytes)) + notImported});
            continue;
        }
        ImportedDocument doc;
        doc.annotator = info.fileName();
        doc.file = path;
        doc.line = element.line;
        QJsonObject task;
        if (FormatSupport::parseJsonObject(element.bytes, &task, &error, &errorLine, QT_TRANSLATE_NOOP("Import", "a task must be a JSON object"))
            && parseTask(task, info, number, options, &doc, &error)) {
            if (!sink(std::move(doc)))
                return true;
            continue;
        }
        problems->append({path, element.line + errorLine, error + notImported});
        errorLine = 0;
    }
    if (number == 0) {
        problems->append({path, 0, QCoreApplication::translate("Import", "the file holds no tasks; nothing to import")});
        return false;
    }
    return true;
}

bool LabelStudioWriter::begin(QIODevice *device, const ExportContext &context, QString *error)
{
    if (!DocumentWriter::begin(device, context, error))
        return false;
    return writeBytes("[", error);
}

bool LabelStudioWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    const QHash<qint64, QString> ids = FormatSupport::spanIds(exported.annotations);
    // Group 0: the decisions; others: each engine's or file's suggestions.
    QMap<qint64, QJsonArray> results;
    QMap<qint64, QList<double>> confidences;
    QHash<qint64, qint64> groupOf;
    QSet<qint64> people;
    for (const Annotation &a : exported.annotations) {
        if (a.status == AnnotationStatus::Rejected) {
            ++m_rejected;
            continue;
        }
        const bool suggestion = a.status == AnnotationStatus::Suggested;
        const qint64 group = suggestion ? a.annotatorId : 0;
        if (!suggestion)
            people.insert(a.status == AnnotationStatus::Accepted && a.deciderId ? a.deciderId : a.annotatorId);
        groupOf.insert(a.id, group);
        ++m_written;
        const QString text = FormatSupport::coveredText(doc.text, offsets, a);
        QJsonObject region{{u"id"_s, ids.value(a.id)}, {u"from_name"_s, u"label"_s}, {u"to_name"_s, u"text"_s},
                           {u"type"_s, u"labels"_s},
                           {u"value"_s, QJsonObject{{u"start"_s, a.start}, {u"end"_s, a.end}, {u"text"_s, text},
                                                    {u"labels"_s, QJsonArray{a.label}}}}};
        if (suggestion && a.confidence >= 0) {
            region.insert(u"score"_s, a.confidence);
            confidences[group].append(a.confidence);
        }
        if (!a.note.isEmpty())
            region.insert(u"meta"_s, QJsonObject{{u"text"_s, QJsonArray{a.note}}});
        results[group].append(region);
        for (auto it = a.attrs.begin(); it != a.attrs.end(); ++it) {
            QString choice;
            if (it.value().isString())
                choice = it.value().toString();
            else if (it.value().isDouble())
                choice = QString::number(it.value().toDouble(), 'g', 17);
            if (choice.isEmpty()) {
                ++m_attributesLeftOut;
                continue;
            }
            results[group].append(QJsonObject{
                {u"id"_s, ids.value(a.id)}, {u"from_name"_s, it.key()}, {u"to_name"_s, u"text"_s}, {u"type"_s, u"choices"_s},
                {u"value"_s, QJsonObject{{u"start"_s, a.start}, {u"end"_s, a.end}, {u"text"_s, text},
                                         {u"choices"_s, QJsonArray{choice}}}}});
        }
    }
    if (people.size() > 1)
        ++m_mergedDocuments;
    for (const Relation &r : exported.relations) {
        if (!groupOf.contains(r.headId) || !groupOf.contains(r.childId) || groupOf.value(r.headId) != groupOf.value(r.childId)) {
            ++m_relationsLeftOut;
            continue;
        }
        results[groupOf.value(r.headId)].append(QJsonObject{{u"type"_s, u"relation"_s}, {u"from_id"_s, ids.value(r.headId)},
                                                            {u"to_id"_s, ids.value(r.childId)}, {u"direction"_s, u"right"_s},
                                                            {u"labels"_s, QJsonArray{r.label}}});
    }

    QJsonArray annotations, predictions;
    if (results.contains(0))
        annotations.append(QJsonObject{{u"result"_s, results.value(0)}});
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        if (it.key() == 0)
            continue;
        const auto annotator = m_context.annotators.constFind(it.key());
        QJsonObject prediction{{u"model_version"_s, annotator != m_context.annotators.constEnd() ? annotator->displayName()
                                                                                                  : QString::number(it.key())},
                               {u"result"_s, it.value()}};
        const QList<double> scores = confidences.value(it.key());
        if (!scores.isEmpty()) {
            double sum = 0;
            for (double s : scores)
                sum += s;
            prediction.insert(u"score"_s, sum / scores.size());
        }
        predictions.append(prediction);
    }
    FormatSupport::OrderedJsonObject data{{u"text"_s, doc.text}};
    if (!doc.externalId.isEmpty())
        data.add(u"id"_s, doc.externalId);
    data.add(u"meta"_s, FormatSupport::metaWithColumns(doc));
    QByteArray bytes = m_first ? "\n" : ",\n";
    m_first = false;
    bytes += FormatSupport::OrderedJsonObject()
                 .addJson(u"data"_s, data.toJson())
                 .add(u"annotations"_s, annotations)
                 .add(u"predictions"_s, predictions)
                 .toJson();
    return writeBytes(bytes, error);
}

bool LabelStudioWriter::finish(QString *error)
{
    if (!writeBytes("\n]\n", error))
        return false;
    if (m_rejected)
        m_warnings.append(QCoreApplication::translate("Export", "%n rejected annotation(s) left out: Label Studio has no place for them", nullptr, m_rejected));
    if (m_relationsLeftOut)
        m_warnings.append(QCoreApplication::translate("Export", "%n relation(s) left out: Label Studio relates regions of one annotation or prediction only", nullptr, m_relationsLeftOut));
    if (m_attributesLeftOut)
        m_warnings.append(QCoreApplication::translate("Export", "%n attribute(s) left out: only text and numbers become per-region choices", nullptr, m_attributesLeftOut));
    if (m_mergedDocuments)
        m_warnings.append(QCoreApplication::translate("Export", "%n document(s) with decisions by several people: written as one annotation each", nullptr, m_mergedDocuments));
    return true;
}

} // namespace Copydesk
