#include "jsonlformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "../textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QString JsonlReader::name() const
{
    return u"jsonl"_s;
}

QStringList JsonlReader::extensions() const
{
    return {u"jsonl"_s, u"ndjson"_s};
}

static bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == double(qint64(d));
}

static void copyMetaColumns(Document &doc)
{
    auto text = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            const QJsonValue v = doc.meta.value(QStringView(key));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
        return QString();
    };
    doc.title = text({u"title", u"headline"});
    doc.source = text({u"source", u"publisher", u"site"});
    doc.url = text({u"url", u"link"});
    doc.byline = text({u"byline", u"author"});
    doc.published = text({u"published", u"date"});
    doc.language = text({u"language", u"lang"});
    if (doc.title.isEmpty()) {
        const QStringList lines = doc.text.split(u'\n');
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty()) {
                doc.title = line.trimmed().left(300);
                break;
            }
        }
    }
}

bool JsonlReader::parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *out, QString *error)
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
    const QJsonValue text = object.value(u"text");
    if (!text.isString()) {
        *error = QCoreApplication::translate("Import", "the document has no \"text\" string");
        return false;
    }
    Document &doc = out->document;
    doc.text = text.toString();
    const QJsonValue id = object.value(u"id");
    if (id.isString())
        doc.externalId = id.toString();
    else if (isWholeNumber(id))
        doc.externalId = QString::number(qint64(id.toDouble()));
    else if (!id.isUndefined() && !id.isNull()) {
        *error = QCoreApplication::translate("Import", "\"id\" must be a string or a number");
        return false;
    }
    const QJsonValue meta = object.value(u"meta");
    if (!meta.isUndefined() && !meta.isNull() && !meta.isObject()) {
        *error = QCoreApplication::translate("Import", "\"meta\" must be an object");
        return false;
    }
    doc.meta = meta.toObject();
    copyMetaColumns(doc);
    if (doc.meta.value(u"annotator").isString())
        out->annotator = doc.meta.value(u"annotator").toString();
    if (options.textOnly)
        return true;

    const qint64 length = TextOffsets::countCodePoints(doc.text);
    const QJsonValue spans = object.value(u"spans");
    if (!spans.isUndefined() && !spans.isNull() && !spans.isArray()) {
        *error = QCoreApplication::translate("Import", "\"spans\" must be an array");
        return false;
    }
    QSet<QString> ids;
    int index = 0;
    const QJsonArray spanArray = spans.toArray();
    for (const QJsonValue &value : spanArray) {
        ++index;
        const QJsonObject s = value.toObject();
        if (!value.isObject() || !isWholeNumber(s.value(u"start")) || !isWholeNumber(s.value(u"end"))
            || !s.value(u"label").isString()) {
            *error = QCoreApplication::translate("Import", "span %1 needs whole-number \"start\" and \"end\" and a \"label\" string").arg(index);
            return false;
        }
        ImportedSpan span;
        const QJsonValue spanId = s.value(u"id");
        span.id = spanId.isString() ? spanId.toString() : isWholeNumber(spanId) ? QString::number(qint64(spanId.toDouble())) : QString();
        span.start = qint64(s.value(u"start").toDouble());
        span.end = qint64(s.value(u"end").toDouble());
        span.label = s.value(u"label").toString();
        span.label = options.labelMap.value(span.label, span.label);
        if (span.start < 0 || span.end < span.start || span.end > length) {
            *error = QCoreApplication::translate("Import", "span %1 (%2, %3-%4) lies outside the text, which has %5 characters (offsets count code points)")
                         .arg(span.id.isEmpty() ? QString::number(index) : span.id, span.label)
                         .arg(span.start).arg(span.end).arg(length);
            return false;
        }
        if (!span.id.isEmpty()) {
            if (ids.contains(span.id)) {
                *error = QCoreApplication::translate("Import", "two spans have the id \"%1\"").arg(span.id);
                return false;
            }
            ids.insert(span.id);
        }
        span.attrs = s.value(u"attrs").toObject();
        if (s.value(u"annotator").isString())
            span.annotator = s.value(u"annotator").toString();
        if (s.value(u"status").isString()) {
            if (!parseAnnotationStatus(s.value(u"status").toString(), &span.status)) {
                *error = QCoreApplication::translate("Import", "span %1 has an unknown status \"%2\" (suggested, accepted, rejected or manual)")
                             .arg(span.id.isEmpty() ? QString::number(index) : span.id, s.value(u"status").toString());
                return false;
            }
            span.hasStatus = true;
        }
        if (s.value(u"confidence").isDouble())
            span.confidence = s.value(u"confidence").toDouble();
        span.reason = s.value(u"reason").toString();
        span.note = s.value(u"note").toString();
        out->spans.append(span);
    }
    const QJsonValue relations = object.value(u"relations");
    if (!relations.isUndefined() && !relations.isNull() && !relations.isArray()) {
        *error = QCoreApplication::translate("Import", "\"relations\" must be an array");
        return false;
    }
    index = 0;
    const QJsonArray relationArray = relations.toArray();
    for (const QJsonValue &value : relationArray) {
        ++index;
        const QJsonObject r = value.toObject();
        auto idOf = [](const QJsonValue &v) {
            return v.isString() ? v.toString() : isWholeNumber(v) ? QString::number(qint64(v.toDouble())) : QString();
        };
        ImportedRelation relation{r.value(u"label").toString(), idOf(r.value(u"head")), idOf(r.value(u"child"))};
        if (!relation.label.isEmpty() && options.labelMap.contains(relation.label)) {
            relation.label = options.labelMap.value(relation.label);
            if (relation.label.isEmpty())
                continue; // mapped to nothing: left out
        }
        if (relation.label.isEmpty()) {
            *error = QCoreApplication::translate("Import", "relation %1 has no \"label\"").arg(index);
            return false;
        }
        if (!ids.contains(relation.head) || !ids.contains(relation.child)) {
            *error = QCoreApplication::translate("Import", "relation %1 (%2) refers to a span that is not in the document (\"%3\")")
                         .arg(index).arg(relation.label, ids.contains(relation.head) ? relation.child : relation.head);
            return false;
        }
        out->relations.append(relation);
    }
    return true;
}

bool JsonlReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                       QList<ImportProblem> *problems) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(file.errorString())});
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
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
        doc.annotator = fileName;
        doc.file = path;
        doc.line = lineNumber;
        QString error;
        if (!parseLine(line, options, &doc, &error)) {
            problems->append({path, lineNumber, error + QCoreApplication::translate("Import", "; this document was not imported")});
            continue;
        }
        if (doc.document.externalId.isEmpty())
            doc.document.externalId = u"%1:%2"_s.arg(QFileInfo(path).completeBaseName()).arg(lineNumber);
        if (!sink(std::move(doc)))
            return true;
    }
    if (!any) {
        problems->append({path, 0, QCoreApplication::translate("Import", "the file is empty; nothing to import")});
        return false;
    }
    return true;
}

QString JsonlWriter::name() const
{
    return u"jsonl"_s;
}

QString JsonlWriter::extension() const
{
    return u"jsonl"_s;
}

QJsonObject JsonlWriter::toJson(const ExportedDocument &exported, const ExportContext &context)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    // Span ids: the imported ones where they are unique, else a<id>.
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
    QJsonArray spans;
    for (const Annotation &a : exported.annotations) {
        const qsizetype from = offsets.toUtf16(a.start);
        QJsonObject s{{u"id"_s, ids.value(a.id)}, {u"start"_s, a.start}, {u"end"_s, a.end}, {u"label"_s, a.label},
                      {u"text"_s, doc.text.mid(from, offsets.toUtf16(a.end) - from)}};
        if (!a.attrs.isEmpty())
            s.insert(u"attrs"_s, a.attrs);
        s.insert(u"status"_s, annotationStatusName(a.status));
        const auto annotator = context.annotators.constFind(a.annotatorId);
        if (annotator != context.annotators.constEnd())
            s.insert(u"annotator"_s, annotator->displayName());
        if (a.confidence >= 0)
            s.insert(u"confidence"_s, a.confidence);
        if (!a.reason.isEmpty())
            s.insert(u"reason"_s, a.reason);
        if (!a.note.isEmpty())
            s.insert(u"note"_s, a.note);
        spans.append(s);
    }
    QJsonArray relations;
    for (const Relation &r : exported.relations) {
        if (ids.contains(r.headId) && ids.contains(r.childId))
            relations.append(QJsonObject{{u"label"_s, r.label}, {u"head"_s, ids.value(r.headId)}, {u"child"_s, ids.value(r.childId)}});
    }
    return QJsonObject{{u"id"_s, doc.externalId}, {u"text"_s, doc.text}, {u"meta"_s, doc.meta},
                       {u"spans"_s, spans}, {u"relations"_s, relations}};
}

// QJsonObject sorts its keys; a person reading the file expects id and text first, as in the
// files Copydesk reads. Writes an object's keys in the given order, then any others.
static void writeOrdered(QByteArray &out, const QJsonObject &object, std::initializer_list<const char16_t *> order);

static void writeValue(QByteArray &out, const QJsonValue &value)
{
    if (value.isObject()) {
        writeOrdered(out, value.toObject(), {u"id", u"start", u"end", u"label", u"text", u"attrs", u"label", u"head", u"child"});
        return;
    }
    if (value.isArray()) {
        out += '[';
        const QJsonArray array = value.toArray();
        bool first = true;
        for (const QJsonValue &item : array) {
            if (!first)
                out += ',';
            first = false;
            writeValue(out, item);
        }
        out += ']';
        return;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
}

static void writeOrdered(QByteArray &out, const QJsonObject &object, std::initializer_list<const char16_t *> order)
{
    out += '{';
    bool first = true;
    auto writeKey = [&](const QString &key) {
        if (!first)
            out += ',';
        first = false;
        writeValue(out, key);
        out += ':';
        const QJsonValue value = object.value(key);
        if (key == u"meta" && value.isObject())
            out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        else
            writeValue(out, value);
    };
    QSet<QString> written;
    for (const char16_t *k : order) {
        const QString key = QString::fromUtf16(k);
        if (object.contains(key) && !written.contains(key)) {
            writeKey(key);
            written.insert(key);
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!written.contains(it.key()))
            writeKey(it.key());
    }
    out += '}';
}

bool JsonlWriter::write(const ExportedDocument &document, QString *error)
{
    QByteArray line;
    line.reserve(document.document.text.size() * 2 + 256);
    writeOrdered(line, toJson(document, m_context), {u"id", u"text", u"meta", u"spans", u"relations"});
    line += '\n';
    if (m_device->write(line) != line.size()) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

} // namespace Copydesk
