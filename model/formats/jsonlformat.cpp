#include "jsonlformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include "../textoffsets.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// "key" must be an array when present; false with *error otherwise.
bool optionalArray(const QJsonObject &object, const QString &key, QJsonArray *array, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isArray()) {
        *error = QCoreApplication::translate("Import", "\"%1\" must be an array").arg(key);
        return false;
    }
    *array = value.toArray();
    return true;
}

// One span of "spans" (index counts from 1); false with *error when it cannot be read.
bool parseSpan(const QJsonValue &value, int index, qint64 length, ImportedSpan *span, QString *error)
{
    const QJsonObject s = value.toObject();
    if (!value.isObject() || !FormatSupport::wholeNumber(s.value(u"start"), &span->start)
        || !FormatSupport::wholeNumber(s.value(u"end"), &span->end) || !s.value(u"label").isString()) {
        *error = QCoreApplication::translate("Import", "span %1 needs whole-number \"start\" and \"end\" and a \"label\" string").arg(index);
        return false;
    }
    span->id = FormatSupport::idOf(s.value(u"id"));
    span->label = s.value(u"label").toString();
    const QString name = span->id.isEmpty() ? QString::number(index) : span->id;
    if (span->label.isEmpty()) {
        *error = QCoreApplication::translate("Import", "span %1 has an empty \"label\"; give it a label, or leave the span out "
                                                       "(--label-map LABEL= leaves out every span of a label)").arg(name);
        return false;
    }
    if (span->start < 0 || span->end < span->start || span->end > length) {
        *error = QCoreApplication::translate("Import", "span %1 (%2, %3-%4) lies outside the text, which has %5 characters (offsets count code points)")
                     .arg(name, span->label).arg(span->start).arg(span->end).arg(length);
        return false;
    }
    span->attrs = s.value(u"attrs").toObject();
    if (s.value(u"annotator").isString())
        span->annotator = s.value(u"annotator").toString();
    if (s.value(u"status").isString()) {
        if (!parseAnnotationStatus(s.value(u"status").toString(), &span->status)) {
            *error = QCoreApplication::translate("Import", "span %1 has an unknown status \"%2\" (suggested, accepted, rejected or manual)")
                         .arg(name, s.value(u"status").toString());
            return false;
        }
        span->hasStatus = true;
    }
    if (s.value(u"confidence").isDouble())
        span->confidence = s.value(u"confidence").toDouble();
    span->reason = s.value(u"reason").toString();
    span->note = s.value(u"note").toString();
    return true;
}

// The spans; *ids: the ids of those kept, *dropped: those the label map leaves out.
bool parseSpans(const QJsonObject &object, const ReadOptions &options, ImportedDocument *out, QSet<QString> *ids,
                QSet<QString> *dropped, QString *error)
{
    QJsonArray spans;
    if (!optionalArray(object, u"spans"_s, &spans, error))
        return false;
    const qint64 length = TextOffsets::countCodePoints(out->document.text);
    int index = 0;
    for (const QJsonValue &value : std::as_const(spans)) {
        ImportedSpan span;
        if (!parseSpan(value, ++index, length, &span, error))
            return false;
        if (!span.id.isEmpty()) {
            if (ids->contains(span.id)) {
                *error = QCoreApplication::translate("Import", "two spans have the id \"%1\"").arg(span.id);
                return false;
            }
            ids->insert(span.id);
        }
        if (!FormatSupport::mapLabel(options.labelMap, &span.label)) {
            dropped->insert(span.id);
            continue;
        }
        out->spans.append(span);
    }
    return true;
}

bool parseRelations(const QJsonObject &object, const ReadOptions &options, const QSet<QString> &ids,
                    const QSet<QString> &dropped, ImportedDocument *out, QString *error)
{
    QJsonArray relations;
    if (!optionalArray(object, u"relations"_s, &relations, error))
        return false;
    int index = 0;
    for (const QJsonValue &value : std::as_const(relations)) {
        ++index;
        const QJsonObject r = value.toObject();
        ImportedRelation relation{r.value(u"label").toString(), FormatSupport::idOf(r.value(u"head")),
                                  FormatSupport::idOf(r.value(u"child"))};
        if (!relation.label.isEmpty() && !FormatSupport::mapLabel(options.labelMap, &relation.label))
            continue; // mapped to nothing: left out
        if (relation.label.isEmpty()) {
            *error = QCoreApplication::translate("Import", "relation %1 has no \"label\"").arg(index);
            return false;
        }
        if (dropped.contains(relation.head) || dropped.contains(relation.child))
            continue; // its span is left out
        if (!ids.contains(relation.head) || !ids.contains(relation.child)) {
            *error = QCoreApplication::translate("Import", "relation %1 (%2) refers to a span that is not in the document (\"%3\")")
                         .arg(index).arg(relation.label, ids.contains(relation.head) ? relation.child : relation.head);
            return false;
        }
        if (!FormatSupport::addRelation(out, std::move(relation), options.limits, error))
            return false;
    }
    return true;
}

} // namespace

bool JsonlReader::parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *out, QString *error)
{
    QJsonObject object;
    if (!FormatSupport::parseJsonObject(line, &object, error))
        return false;
    const QJsonValue text = object.value(u"text");
    if (!text.isString()) {
        *error = QCoreApplication::translate("Import", "the document has no \"text\" string");
        return false;
    }
    Document &doc = out->document;
    doc.text = text.toString();
    const QJsonValue id = object.value(u"id");
    doc.externalId = FormatSupport::idOf(id);
    if (doc.externalId.isEmpty() && !id.isUndefined() && !id.isNull() && !id.isString()) {
        *error = QCoreApplication::translate("Import", "\"id\" must be a string or a number");
        return false;
    }
    const QJsonValue meta = object.value(u"meta");
    if (!meta.isUndefined() && !meta.isNull() && !meta.isObject()) {
        *error = QCoreApplication::translate("Import", "\"meta\" must be an object");
        return false;
    }
    doc.meta = meta.toObject();
    FormatSupport::fillDocumentColumns(doc);
    if (doc.meta.value(u"annotator").isString())
        out->annotator = doc.meta.value(u"annotator").toString();
    if (options.textOnly)
        return true;
    QSet<QString> ids, dropped;
    return parseSpans(object, options, out, &ids, &dropped, error) && parseRelations(object, options, ids, dropped, out, error);
}

bool JsonlReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                       QList<ImportProblem> *problems) const
{
    return FormatSupport::readJsonLines(path, options, parseLine, sink, problems);
}

// The engines behind a suggestion (each with its confidence and reason) and the alternatives
// the combiner did not choose; export only (an import takes the span as it is).
void JsonlWriter::addEvidence(FormatSupport::OrderedJsonObject &span, const Annotation &a, const QString &text,
                              const TextOffsets &offsets) const
{
    auto engineName = [&](qint64 id) {
        const auto annotator = m_context.annotators.constFind(id);
        return annotator != m_context.annotators.constEnd() ? annotator->name : QString();
    };
    QList<QByteArray> engines, alternatives;
    if (a.evidence.isEmpty()) {
        const auto annotator = m_context.annotators.constFind(a.annotatorId);
        if (annotator == m_context.annotators.constEnd() || annotator->kind != AnnotatorKind::Engine)
            return;
        FormatSupport::OrderedJsonObject e{{u"engine"_s, annotator->name}};
        if (a.confidence >= 0)
            e.add(u"confidence"_s, a.confidence);
        if (!a.reason.isEmpty())
            e.add(u"reason"_s, a.reason);
        engines.append(e.toJson());
    }
    for (const SuggestionEvidence &evidence : a.evidence) {
        FormatSupport::OrderedJsonObject e{{u"engine"_s, engineName(evidence.engineId)}};
        if (!a.agreesWith(evidence)) {
            Annotation covered = a;
            covered.start = evidence.start;
            covered.end = evidence.end;
            e = FormatSupport::OrderedJsonObject{{u"label"_s, evidence.label}, {u"start"_s, evidence.start}, {u"end"_s, evidence.end},
                                                 {u"text"_s, FormatSupport::coveredText(text, offsets, covered)},
                                                 {u"engine"_s, engineName(evidence.engineId)}};
        }
        if (evidence.confidence >= 0)
            e.add(u"confidence"_s, evidence.confidence);
        if (!evidence.reason.isEmpty())
            e.add(u"reason"_s, evidence.reason);
        (a.agreesWith(evidence) ? engines : alternatives).append(e.toJson());
    }
    if (!engines.isEmpty())
        span.addJson(u"engines"_s, FormatSupport::jsonArray(engines));
    if (!alternatives.isEmpty())
        span.addJson(u"alternatives"_s, FormatSupport::jsonArray(alternatives));
}

bool JsonlWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    const QHash<qint64, QString> ids = FormatSupport::spanIds(exported.annotations);
    QList<QByteArray> spans;
    for (const Annotation &a : exported.annotations) {
        FormatSupport::OrderedJsonObject s{{u"id"_s, ids.value(a.id)}, {u"start"_s, a.start}, {u"end"_s, a.end},
                                           {u"label"_s, a.label}, {u"text"_s, FormatSupport::coveredText(doc.text, offsets, a)}};
        if (!a.attrs.isEmpty())
            s.add(u"attrs"_s, a.attrs);
        const auto annotator = m_context.annotators.constFind(a.annotatorId);
        if (annotator != m_context.annotators.constEnd())
            s.add(u"annotator"_s, annotator->displayName());
        if (a.confidence >= 0)
            s.add(u"confidence"_s, a.confidence);
        if (!a.note.isEmpty())
            s.add(u"note"_s, a.note);
        if (!a.reason.isEmpty())
            s.add(u"reason"_s, a.reason);
        addEvidence(s, a, doc.text, offsets);
        s.add(u"status"_s, annotationStatusName(a.status));
        spans.append(s.toJson());
    }
    QList<QByteArray> relations;
    for (const Relation &r : exported.relations) {
        if (ids.contains(r.headId) && ids.contains(r.childId))
            relations.append(FormatSupport::OrderedJsonObject{{u"label"_s, r.label}, {u"head"_s, ids.value(r.headId)},
                                                              {u"child"_s, ids.value(r.childId)}}.toJson());
    }
    m_written += int(spans.size());
    QByteArray line = FormatSupport::OrderedJsonObject{{u"id"_s, doc.externalId}, {u"text"_s, doc.text}, {u"meta"_s, doc.meta}}
                          .addJson(u"spans"_s, FormatSupport::jsonArray(spans))
                          .addJson(u"relations"_s, FormatSupport::jsonArray(relations))
                          .toJson();
    line += '\n';
    return writeBytes(line, error);
}

} // namespace Copydesk
