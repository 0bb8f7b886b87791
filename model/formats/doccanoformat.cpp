#include "doccanoformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
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

} // namespace

QString DoccanoReader::name() const
{
    return u"doccano"_s;
}

QStringList DoccanoReader::extensions() const
{
    return {};
}

bool DoccanoReader::parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Import", "not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!json.isObject()) {
        *error = QCoreApplication::translate("Import", "a line must hold one JSON object (a document)");
        return false;
    }
    const QJsonObject object = json.object();
    if (!object.value(u"text").isString()) {
        *error = QCoreApplication::translate("Import", "the document has no \"text\" string");
        return false;
    }
    const SourceText source(object.value(u"text").toString());
    Document &doc = out->document;
    doc.text = source.text();
    const QJsonValue id = object.value(u"id");
    if (!id.isUndefined() && !id.isNull() && idOf(id).isEmpty()) {
        *error = QCoreApplication::translate("Import", "\"id\" must be a string or a whole number");
        return false;
    }
    doc.externalId = idOf(id);
    const QJsonValue meta = object.value(u"meta");
    if (!meta.isUndefined() && !meta.isNull() && !meta.isObject()) {
        *error = QCoreApplication::translate("Import", "\"meta\" must be an object");
        return false;
    }
    doc.meta = meta.toObject();
    static const QSet<QString> known{u"text"_s, u"id"_s, u"meta"_s, u"label"_s, u"labels"_s, u"entities"_s, u"relations"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            doc.meta.insert(it.key(), it.value());
    }

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
    const bool categories = !spanArray.isEmpty() && std::all_of(spanArray.begin(), spanArray.end(),
                                                                 [](const QJsonValue &v) { return v.isString(); });
    if (categories) {
        doc.meta.insert(u"categories"_s, spanArray);
    }
    FormatSupport::fillDocumentColumns(doc);
    if (options.textOnly)
        return true;

    QHash<QString, QList<int>> byFileId;
    QSet<QString> ids;
    int index = 0;
    for (const QJsonValue &value : categories ? QJsonArray() : spanArray) {
        ++index;
        QJsonValue start, end, label, spanId;
        if (value.isArray() && value.toArray().size() == 3) {
            const QJsonArray triple = value.toArray();
            start = triple[0];
            end = triple[1];
            label = triple[2];
        } else if (value.isObject()) {
            const QJsonObject s = value.toObject();
            start = s.contains(u"start_offset") ? s.value(u"start_offset") : s.value(u"start");
            end = s.contains(u"end_offset") ? s.value(u"end_offset") : s.value(u"end");
            label = s.value(u"label");
            spanId = s.value(u"id");
        }
        if (!isWholeNumber(start) || !isWholeNumber(end) || !label.isString()) {
            *error = QCoreApplication::translate("Import", "%1 entry %2 is not [start, end, \"LABEL\"] or {\"start_offset\", \"end_offset\", \"label\"}")
                         .arg(spansKey).arg(index);
            return false;
        }
        const qint64 from = qint64(start.toDouble()), to = qint64(end.toDouble());
        if (from > to || !source.isValid(from, OffsetUnit::Utf16) || !source.isValid(to, OffsetUnit::Utf16)) {
            *error = QCoreApplication::translate("Import", "%1 entry %2 (%3-%4) lies outside the text (%5 UTF-16 units, as doccano counts) or inside a character")
                         .arg(spansKey).arg(index).arg(from).arg(to).arg(source.length(OffsetUnit::Utf16));
            return false;
        }
        ImportedSpan span;
        span.label = label.toString();
        if (!FormatSupport::mapLabel(options.labelMap, &span.label))
            continue;
        span.start = source.toText(from, OffsetUnit::Utf16);
        span.end = source.toText(to, OffsetUnit::Utf16);
        const QString fileId = idOf(spanId);
        span.id = fileId.isEmpty() ? u"e%1"_s.arg(index) : fileId;
        while (ids.contains(span.id))
            span.id += u'_';
        ids.insert(span.id);
        if (!fileId.isEmpty())
            byFileId[fileId].append(out->spans.size());
        out->spans.append(span);
    }

    const QJsonValue relations = object.value(u"relations");
    if (!relations.isUndefined() && !relations.isNull() && !relations.isArray()) {
        *error = QCoreApplication::translate("Import", "\"relations\" must be an array");
        return false;
    }
    QSet<QString> entityIds;
    for (const QJsonValue &value : spanArray) {
        if (value.isObject())
            entityIds.insert(idOf(value.toObject().value(u"id")));
    }
    index = 0;
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
        for (int h : byFileId.value(head)) {
            for (int c : byFileId.value(child))
                out->relations.append({label, out->spans[h].id, out->spans[c].id});
        }
    }
    return true;
}

bool DoccanoReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                         QList<ImportProblem> *problems) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(file.errorString())});
        return false;
    }
    const QFileInfo info(path);
    qint64 lineNumber = 0;
    bool any = false;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        any = true;
        ImportedDocument doc;
        doc.annotator = info.fileName();
        doc.file = path;
        doc.line = lineNumber;
        QString error;
        if (!parseLine(line, options, &doc, &error)) {
            problems->append({path, lineNumber, error + QCoreApplication::translate("Import", "; this document was not imported")});
            continue;
        }
        if (doc.document.externalId.isEmpty())
            doc.document.externalId = u"%1:%2"_s.arg(info.completeBaseName()).arg(lineNumber);
        if (!sink(std::move(doc)))
            return true;
    }
    if (!any) {
        problems->append({path, 0, QCoreApplication::translate("Import", "the file is empty; nothing to import")});
        return false;
    }
    return true;
}

QString DoccanoWriter::name() const
{
    return u"doccano"_s;
}

QString DoccanoWriter::extension() const
{
    return u"jsonl"_s;
}

bool DoccanoWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    QJsonArray labels;
    for (const Annotation &a : exported.annotations) {
        labels.append(QJsonArray{qint64(offsets.toUtf16(a.start)), qint64(offsets.toUtf16(a.end)), a.label});
        if (!a.attrs.isEmpty())
            ++m_attributes;
        if (!a.note.isEmpty())
            ++m_notes;
        if (a.status == AnnotationStatus::Suggested)
            ++m_suggestions;
    }
    m_relations += exported.relations.size();
    QByteArray line = FormatSupport::orderedJsonObject({{u"id"_s, doc.externalId}, {u"text"_s, doc.text},
                                                        {u"label"_s, labels}, {u"meta"_s, FormatSupport::metaWithColumns(doc)}});
    line += '\n';
    if (m_device->write(line) != line.size()) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

bool DoccanoWriter::finish(QString *)
{
    if (m_relations)
        m_warnings.append(exportTr("%n relation(s) left out: doccano's sequence labelling has none", m_relations));
    if (m_attributes)
        m_warnings.append(exportTr("attributes of %n annotation(s) left out: doccano labels have none", m_attributes));
    if (m_notes)
        m_warnings.append(exportTr("notes of %n annotation(s) left out: doccano labels have none", m_notes));
    if (m_suggestions)
        m_warnings.append(exportTr("%n suggestion(s) written as plain labels: doccano has no statuses", m_suggestions));
    return true;
}

} // namespace Copydesk
