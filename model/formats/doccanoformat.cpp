#include "doccanoformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include "../textoffsets.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

using FormatSupport::idOf;

namespace {

// The document's text, id and meta (every key doccano does not define goes to the meta).
bool parseDocument(const QJsonObject &object, const SourceText &source, Document *doc, QString *error)
{
    doc->text = source.text();
    const QJsonValue id = object.value(u"id");
    if (!id.isUndefined() && !id.isNull() && idOf(id).isEmpty()) {
        *error = QCoreApplication::translate("Import", "\"id\" must be a string or a whole number");
        return false;
    }
    doc->externalId = idOf(id);
    const QJsonValue meta = object.value(u"meta");
    if (!meta.isUndefined() && !meta.isNull() && !meta.isObject()) {
        *error = QCoreApplication::translate("Import", "\"meta\" must be an object");
        return false;
    }
    doc->meta = meta.toObject();
    static const QSet<QString> known{u"text"_s, u"id"_s, u"meta"_s, u"label"_s, u"labels"_s, u"entities"_s, u"relations"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            doc->meta.insert(it.key(), it.value());
    }
    return true;
}

// One entry of the spans: [start, end, "LABEL"] or {"start_offset", "end_offset", "label", "id"}.
bool spanFields(const QJsonValue &value, qint64 *start, qint64 *end, QJsonValue *label, QJsonValue *spanId)
{
    QJsonValue from, to;
    if (value.isArray() && value.toArray().size() == 3) {
        const QJsonArray triple = value.toArray();
        from = triple[0];
        to = triple[1];
        *label = triple[2];
    } else if (value.isObject()) {
        const QJsonObject s = value.toObject();
        from = s.contains(u"start_offset") ? s.value(u"start_offset") : s.value(u"start");
        to = s.contains(u"end_offset") ? s.value(u"end_offset") : s.value(u"end");
        *label = s.value(u"label");
        *spanId = s.value(u"id");
    }
    return FormatSupport::wholeNumber(from, start) && FormatSupport::wholeNumber(to, end) && label->isString();
}

// The spans; byFileId maps the file's entity ids to the spans made of them (an id names one
// entity: two with the same id are an error, not a license to relate every pair).
bool parseSpans(const QJsonArray &spans, const QString &spansKey, const SourceText &source, const ReadOptions &options,
                ImportedDocument *out, QHash<QString, int> *byFileId, QString *error)
{
    QSet<QString> ids, fileIds;
    int index = 0;
    for (const QJsonValue &value : spans) {
        ++index;
        qint64 from = 0, to = 0;
        QJsonValue label, spanId;
        if (!spanFields(value, &from, &to, &label, &spanId)) {
            *error = QCoreApplication::translate("Import", "%1 entry %2 is not [start, end, \"LABEL\"] or {\"start_offset\", \"end_offset\", \"label\"}")
                         .arg(spansKey).arg(index);
            return false;
        }
        if (from > to || !source.isValid(from, OffsetUnit::Utf16) || !source.isValid(to, OffsetUnit::Utf16)) {
            *error = QCoreApplication::translate("Import", "%1 entry %2 (%3-%4) lies outside the text (%5 UTF-16 units, as doccano counts) or inside a character")
                         .arg(spansKey).arg(index).arg(from).arg(to).arg(source.length(OffsetUnit::Utf16));
            return false;
        }
        const QString fileId = idOf(spanId);
        if (!fileId.isEmpty() && fileIds.contains(fileId)) {
            *error = QCoreApplication::translate("Import", "two entities have the id %1; give each its own id").arg(fileId);
            return false;
        }
        fileIds.insert(fileId);
        ImportedSpan span;
        span.label = label.toString();
        if (!FormatSupport::mapLabel(options.labelMap, &span.label))
            continue;
        span.start = source.toText(from, OffsetUnit::Utf16);
        span.end = source.toText(to, OffsetUnit::Utf16);
        span.id = fileId.isEmpty() ? u"e%1"_s.arg(index) : fileId;
        while (ids.contains(span.id))
            span.id += u'_';
        ids.insert(span.id);
        if (!fileId.isEmpty())
            byFileId->insert(fileId, int(out->spans.size()));
        out->spans.append(span);
    }
    return true;
}

bool parseRelations(const QJsonObject &object, const QJsonArray &spans, const ReadOptions &options,
                    const QHash<QString, int> &byFileId, ImportedDocument *out, QString *error)
{
    const QJsonValue relations = object.value(u"relations");
    if (!relations.isUndefined() && !relations.isNull() && !relations.isArray()) {
        *error = QCoreApplication::translate("Import", "\"relations\" must be an array");
        return false;
    }
    QSet<QString> entityIds;
    for (const QJsonValue &value : spans) {
        if (value.isObject())
            entityIds.insert(idOf(value.toObject().value(u"id")));
    }
    int index = 0;
    const QJsonArray relationArray = relations.toArray();
    for (const QJsonValue &value : relationArray) {
        ++index;
        const QJsonObject r = value.toObject();
        const QString head = idOf(r.value(u"from_id")), child = idOf(r.value(u"to_id"));
        QString label = r.value(u"type").toString();
        if (!value.isObject() || head.isEmpty() || child.isEmpty() || label.isEmpty()) {
            *error = QCoreApplication::translate("Import", "relation %1 is not {\"from_id\", \"to_id\", \"type\"}").arg(index);
            return false;
        }
        if (!entityIds.contains(head) || !entityIds.contains(child)) {
            *error = QCoreApplication::translate("Import", "relation %1 refers to an entity the line does not have (%2)")
                         .arg(index).arg(entityIds.contains(head) ? child : head);
            return false;
        }
        if (!FormatSupport::mapLabel(options.labelMap, &label))
            continue;
        if (!byFileId.contains(head) || !byFileId.contains(child))
            continue; // an entity the label map leaves out
        if (!FormatSupport::addRelation(out, {label, out->spans[byFileId.value(head)].id, out->spans[byFileId.value(child)].id},
                                        options.limits, error))
            return false;
    }
    return true;
}

} // namespace

bool DoccanoReader::parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *out, QString *error)
{
    QJsonObject object;
    if (!FormatSupport::parseJsonObject(line, &object, error))
        return false;
    if (!object.value(u"text").isString()) {
        *error = QCoreApplication::translate("Import", "the document has no \"text\" string");
        return false;
    }
    const SourceText source(object.value(u"text").toString());
    if (!parseDocument(object, source, &out->document, error))
        return false;

    // Spans: "entities" (objects or triples), else "label" or "labels" (triples).
    QJsonValue spans = object.value(u"entities");
    QString spansKey = u"entities"_s;
    if (spans.isUndefined() || spans.isNull()) {
        spansKey = object.contains(u"label") ? u"label"_s : u"labels"_s;
        spans = object.value(spansKey);
    }
    if (!spans.isUndefined() && !spans.isNull() && !spans.isArray()) {
        *error = QCoreApplication::translate("Import", "\"%1\" must be an array").arg(spansKey);
        return false;
    }
    const QJsonArray spanArray = spans.toArray();
    // A list of plain strings is a text classification's labels.
    const bool categories = !spanArray.isEmpty() && std::all_of(spanArray.begin(), spanArray.end(),
                                                                 [](const QJsonValue &v) { return v.isString(); });
    if (categories)
        out->document.meta.insert(u"categories"_s, spanArray);
    FormatSupport::fillDocumentColumns(out->document);
    if (options.textOnly)
        return true;
    QHash<QString, int> byFileId;
    return parseSpans(categories ? QJsonArray() : spanArray, spansKey, source, options, out, &byFileId, error)
           && parseRelations(object, spanArray, options, byFileId, out, error);
}

bool DoccanoReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                         QList<ImportProblem> *problems) const
{
    return FormatSupport::readJsonLines(path, options, parseLine, sink, problems);
}

bool DoccanoWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    QJsonArray labels;
    for (const Annotation &a : exported.annotations)
        labels.append(QJsonArray{qint64(offsets.toUtf16(a.start)), qint64(offsets.toUtf16(a.end)), a.label});
    m_written += int(labels.size());
    QByteArray line = FormatSupport::OrderedJsonObject{{u"id"_s, doc.externalId}, {u"text"_s, doc.text},
                                                       {u"label"_s, labels}, {u"meta"_s, FormatSupport::metaWithColumns(doc)}}
                          .toJson();
    line += '\n';
    return writeBytes(line, error);
}

} // namespace Copydesk
