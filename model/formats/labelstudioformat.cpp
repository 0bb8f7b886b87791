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

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

QString exportTr(const char *text, int n)
{
    return QCoreApplication::translate("Export", text, nullptr, n);
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (isWholeNumber(value))
        return QString::number(qint64(value.toDouble()));
    return QString();
}

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
        QStringList labels;
        const bool spanRegion = isWholeNumber(value.value(u"start")) && isWholeNumber(value.value(u"end"))
                                && type.endsWith(u"labels") && regionLabels(result, &labels);
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
        region.labels = labels;
        region.start = qint64(value.value(u"start").toDouble());
        region.end = qint64(value.value(u"end").toDouble());
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

bool parseTask(const QJsonObject &task, const QFileInfo &file, int number, const ReadOptions &options,
               ImportedDocument *out, QString *error)
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
    const SourceText source(data.value(textKey).toString());
    Document &doc = out->document;
    doc.text = source.text();
    doc.externalId = idOf(data.value(u"id"));
    if (doc.externalId.isEmpty())
        doc.externalId = idOf(data.value(u"external_id"));
    if (doc.externalId.isEmpty()) {
        const QString taskId = idOf(task.value(u"id"));
        doc.externalId = u"%1:%2"_s.arg(file.completeBaseName(), taskId.isEmpty() ? QString::number(number) : taskId);
    }
    doc.meta = data.value(u"meta").toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.key() != textKey && it.key() != u"id" && it.key() != u"meta")
            doc.meta.insert(it.key(), it.value());
    }
    FormatSupport::fillDocumentColumns(doc);
    if (options.textOnly)
        return true;

    QList<ResultSet> sets;
    QJsonArray others;
    const QJsonArray annotations = task.value(u"annotations").toArray();
    const QJsonArray predictions = task.value(u"predictions").toArray();
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
        if (!readResults(annotation.value(u"result").toArray(), &set, &others, error))
            return false;
        sets.append(set);
    }
    for (const QJsonValue &item : predictions) {
        const QJsonObject prediction = item.toObject();
        ResultSet set;
        set.prediction = true;
        const QString model = prediction.value(u"model_version").toString();
        set.annotator = model.isEmpty() ? u"%1 predictions"_s.arg(file.fileName()) : model;
        if (prediction.value(u"score").isDouble())
            set.score = prediction.value(u"score").toDouble();
        if (!readResults(prediction.value(u"result").toArray(), &set, &others, error))
            return false;
        sets.append(set);
    }
    if (!others.isEmpty())
        doc.meta.insert(u"label_studio_results"_s, others);

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
        // The prediction's score stands for its regions' only when none has its own.
        const bool regionScores = std::any_of(set.regions.cbegin(), set.regions.cend(), [](const Region &r) { return r.score >= 0; });
        for (Region &region : set.regions) {
            for (const QString &fileLabel : std::as_const(region.labels)) {
                ImportedSpan span;
                span.label = fileLabel;
                if (!FormatSupport::mapLabel(options.labelMap, &span.label))
                    continue;
                span.id = region.id;
                while (usedIds.contains(span.id))
                    span.id += u'_';
                usedIds.insert(span.id);
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
                for (int h : set.regions[regionIndex.value(head)].spans) {
                    for (int c : set.regions[regionIndex.value(child)].spans)
                        out->relations.append({label, out->spans[h].id, out->spans[c].id});
                }
            }
        }
    }
    return true;
}

} // namespace

QString LabelStudioReader::name() const
{
    return u"label-studio"_s;
}

QStringList LabelStudioReader::extensions() const
{
    return {};
}

bool LabelStudioReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                             QList<ImportProblem> *problems) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(file.errorString())});
        return false;
    }
    QList<FormatSupport::JsonElement> tasks;
    QString error;
    qint64 errorLine = 0;
    if (!FormatSupport::splitJsonArray(file.readAll(), &tasks, &error, &errorLine)) {
        problems->append({path, errorLine, error});
        return false;
    }
    const QFileInfo info(path);
    int number = 0;
    for (const FormatSupport::JsonElement &element : std::as_const(tasks)) {
        ++number;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(element.bytes, &parseError);
        ImportedDocument doc;
        doc.annotator = info.fileName();
        doc.file = path;
        doc.line = element.line;
        if (parseError.error != QJsonParseError::NoError) {
            error = QCoreApplication::translate("Import", "not valid JSON (%1 at character %2 of the task)").arg(parseError.errorString()).arg(parseError.offset);
        } else if (!json.isObject()) {
            error = QCoreApplication::translate("Import", "a task must be a JSON object");
        } else if (parseTask(json.object(), info, number, options, &doc, &error)) {
            if (!sink(std::move(doc)))
                return true;
            continue;
        }
        problems->append({path, element.line, error + QCoreApplication::translate("Import", "; this task was not imported")});
    }
    if (tasks.isEmpty()) {
        problems->append({path, 0, QCoreApplication::translate("Import", "the file holds no tasks; nothing to import")});
        return false;
    }
    return true;
}

QString LabelStudioWriter::name() const
{
    return u"label-studio"_s;
}

QString LabelStudioWriter::extension() const
{
    return u"json"_s;
}

bool LabelStudioWriter::begin(QIODevice *device, const ExportContext &context, QString *error)
{
    if (!DocumentWriter::begin(device, context, error))
        return false;
    if (m_device->write("[") != 1) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

bool LabelStudioWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    // Region ids: the imported ones where they are unique, else a<id>.
    QHash<qint64, QString> ids;
    QSet<QString> used;
    for (const Annotation &a : exported.annotations) {
        if (!a.externalId.isEmpty() && !used.contains(a.externalId)) {
            ids.insert(a.id, a.externalId);
            used.insert(a.externalId);
        }
    }
    for (const Annotation &a : exported.annotations) {
        if (!ids.contains(a.id)) {
            QString id = u"a%1"_s.arg(a.id);
            while (used.contains(id))
                id += u'_';
            ids.insert(a.id, id);
            used.insert(id);
        }
    }
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
        const qsizetype from = offsets.toUtf16(a.start);
        const QString text = doc.text.mid(from, offsets.toUtf16(a.end) - from);
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
    QList<std::pair<QString, QJsonValue>> data{{u"text"_s, doc.text}};
    if (!doc.externalId.isEmpty())
        data.append({u"id"_s, doc.externalId});
    data.append({u"meta"_s, FormatSupport::metaWithColumns(doc)});
    QByteArray bytes = m_first ? "\n" : ",\n";
    m_first = false;
    bytes += "{\"data\":" + FormatSupport::orderedJsonObject(data);
    bytes += ",\"annotations\":" + FormatSupport::compactJson(annotations);
    bytes += ",\"predictions\":" + FormatSupport::compactJson(predictions) + '}';
    if (m_device->write(bytes) != bytes.size()) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

bool LabelStudioWriter::finish(QString *error)
{
    if (m_device->write("\n]\n") != 3) {
        *error = m_device->errorString();
        return false;
    }
    if (m_rejected)
        m_warnings.append(exportTr("%n rejected annotation(s) left out: Label Studio has no place for them", m_rejected));
    if (m_relationsLeftOut)
        m_warnings.append(exportTr("%n relation(s) left out: Label Studio relates regions of one annotation or prediction only",
                                   m_relationsLeftOut));
    if (m_attributesLeftOut)
        m_warnings.append(exportTr("%n attribute(s) left out: only text and numbers become per-region choices",
                                   m_attributesLeftOut));
    if (m_mergedDocuments)
        m_warnings.append(exportTr("%n document(s) with decisions by several people: written as one annotation each",
                                   m_mergedDocuments));
    return true;
}

} // namespace Copydesk
