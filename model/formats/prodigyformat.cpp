#include "prodigyformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "../textoffsets.h"
#include "doctokens.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// The spans of a task; false with *error at the first that cannot be read.
bool readSpans(const QJsonArray &spans, qint64 length, AnnotationStatus status, const ReadOptions &options,
               ImportedDocument *out, QString *error)
{
    int index = 0;
    for (const QJsonValue &value : spans) {
        ++index;
        const QJsonObject s = value.toObject();
        ImportedSpan span;
        if (!FormatSupport::wholeNumber(s.value(u"start"), &span.start) || !FormatSupport::wholeNumber(s.value(u"end"), &span.end)
            || s.value(u"label").toString().isEmpty()) {
            *error = QCoreApplication::translate("Import", "span %1 needs whole-number \"start\" and \"end\" and a \"label\"").arg(index);
            return false;
        }
        if (span.start < 0 || span.end < span.start || span.end > length) {
            *error = QCoreApplication::translate("Import", "span %1 (%2-%3) lies outside the text, which has %4 characters")
                         .arg(index).arg(span.start).arg(span.end).arg(length);
            return false;
        }
        span.label = s.value(u"label").toString();
        if (!FormatSupport::mapLabel(options.labelMap, &span.label))
            continue;
        span.id = u"s%1"_s.arg(index);
        span.hasStatus = true;
        span.status = status;
        out->spans.append(span);
    }
    return true;
}

// The span a relation names: by its head_span or child_span, else by its token index through
// the task's tokens (the span ending at that token); -1 when there is none. A span named by
// head_span or child_span that "spans" lacks is added, if it lies inside the text (*outside
// says when it does not).
int relationEnd(const QJsonObject &relation, const QString &end, const QJsonArray &tokens, qint64 length,
                AnnotationStatus status, ImportedDocument *out, bool *outside)
{
    const QJsonObject span = relation.value(end + u"_span"_s).toObject();
    qint64 start = -1, stop = -1;
    const QString label = span.value(u"label").toString();
    if (!FormatSupport::wholeNumber(span.value(u"start"), &start) || !FormatSupport::wholeNumber(span.value(u"end"), &stop)) {
        qint64 token = -1;
        if (!FormatSupport::wholeNumber(relation.value(end), &token) || token < 0 || token >= tokens.size()
            || !FormatSupport::wholeNumber(tokens.at(token).toObject().value(u"end"), &stop))
            return -1;
    }
    for (qsizetype i = 0; i < out->spans.size(); ++i) {
        const ImportedSpan &s = out->spans[i];
        if (s.end == stop && (start < 0 || s.start == start) && (label.isEmpty() || s.label == label))
            return int(i);
    }
    if (start < 0 || label.isEmpty())
        return -1;
    if (stop < start || stop > length) {
        *outside = true;
        return -1;
    }
    out->spans.append({u"r%1"_s.arg(out->spans.size()), label, start, stop, {}, {}, true, status, -1, {}, {}});
    return int(out->spans.size() - 1);
}

bool readRelations(const QJsonObject &task, qint64 length, AnnotationStatus status, const ReadOptions &options,
                   ImportedDocument *out, QString *error)
{
    const QJsonArray relations = task.value(u"relations").toArray();
    const QJsonArray tokens = task.value(u"tokens").toArray();
    int index = 0;
    for (const QJsonValue &value : relations) {
        ++index;
        const QJsonObject relation = value.toObject();
        QString label = relation.value(u"label").toString();
        if (label.isEmpty()) {
            *error = QCoreApplication::translate("Import", "relation %1 has no \"label\"").arg(index);
            return false;
        }
        if (!FormatSupport::mapLabel(options.labelMap, &label))
            continue;
        bool outside = false;
        const int head = relationEnd(relation, u"head"_s, tokens, length, status, out, &outside);
        const int child = relationEnd(relation, u"child"_s, tokens, length, status, out, &outside);
        if (outside) {
            *error = QCoreApplication::translate("Import", "relation %1 (%2) names a span that lies outside the text, which has %3 characters")
                         .arg(index).arg(label).arg(length);
            return false;
        }
        if (head < 0 || child < 0) {
            *error = QCoreApplication::translate("Import", "relation %1 (%2) refers to a span the task does not have").arg(index).arg(label);
            return false;
        }
        if (!FormatSupport::addRelation(out, {label, out->spans[head].id, out->spans[child].id}, options.limits, error))
            return false;
    }
    return true;
}

} // namespace

bool ProdigyReader::parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *out, QString *error)
{
    QJsonObject task;
    if (!FormatSupport::parseJsonObject(line, &task, error, nullptr, QT_TRANSLATE_NOOP("Import", "a line must hold one Prodigy task (a JSON object)")))
        return false;
    if (!task.value(u"text").isString()) {
        *error = QCoreApplication::translate("Import", "the task has no \"text\" string");
        return false;
    }
    Document &doc = out->document;
    doc.text = task.value(u"text").toString();
    doc.meta = task.value(u"meta").toObject();
    doc.externalId = FormatSupport::idOf(doc.meta.value(u"id"));
    FormatSupport::fillDocumentColumns(doc);
    const QString answer = task.value(u"answer").toString(u"accept"_s);
    const AnnotationStatus status = answer == u"reject" ? AnnotationStatus::Rejected
                                    : answer == u"ignore" ? AnnotationStatus::Suggested
                                                          : AnnotationStatus::Accepted;
    if (answer != u"accept" && answer != u"reject" && answer != u"ignore") {
        *error = QCoreApplication::translate("Import", "\"answer\" is \"%1\", not accept, reject or ignore").arg(answer);
        return false;
    }
    if (options.textOnly)
        return true;
    const qint64 length = TextOffsets::countCodePoints(doc.text);
    return readSpans(task.value(u"spans").toArray(), length, status, options, out, error)
           && readRelations(task, length, status, options, out, error);
}

bool ProdigyReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                         QList<ImportProblem> *problems) const
{
    return FormatSupport::readJsonLines(path, options, parseLine, sink, problems);
}

bool ProdigyWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    QList<qint64> boundaries;
    for (const Annotation &a : exported.annotations)
        boundaries << a.start << a.end;
    const DocTokens tokens(doc.text, boundaries, DocTokens::Whitespace::Kept);
    QJsonArray tokenArray, spans, relations;
    for (qsizetype i = 0; i < tokens.tokens().size(); ++i) {
        const DocToken &token = tokens.tokens()[i];
        tokenArray.append(QJsonObject{{u"text"_s, tokens.text(token)}, {u"start"_s, token.start}, {u"end"_s, token.end},
                                      {u"id"_s, qint64(i)}, {u"ws"_s, token.space}});
    }
    QHash<qint64, QJsonObject> spanOf;
    for (const Annotation &a : exported.annotations) {
        if (!tokens.aligned(a.start, a.end)) {
            ++m_unaligned;
            continue;
        }
        const QJsonObject span{{u"start"_s, a.start}, {u"end"_s, a.end}, {u"label"_s, a.label},
                               {u"token_start"_s, tokens.startingAt(a.start)}, {u"token_end"_s, tokens.endingAt(a.end)}};
        spanOf.insert(a.id, span);
        spans.append(span);
    }
    m_written += int(spans.size());
    for (const Relation &r : exported.relations) {
        if (!spanOf.contains(r.headId) || !spanOf.contains(r.childId))
            continue;
        const QJsonObject head = spanOf.value(r.headId), child = spanOf.value(r.childId);
        relations.append(QJsonObject{{u"head"_s, head.value(u"token_end")}, {u"child"_s, child.value(u"token_end")},
                                     {u"label"_s, r.label}, {u"head_span"_s, head}, {u"child_span"_s, child}});
    }
    QJsonObject meta = FormatSupport::metaWithColumns(doc);
    if (!doc.externalId.isEmpty())
        meta.insert(u"id"_s, doc.externalId);
    QByteArray line = FormatSupport::OrderedJsonObject{{u"text"_s, doc.text}, {u"tokens"_s, tokenArray}, {u"spans"_s, spans},
                                                       {u"relations"_s, relations}, {u"answer"_s, u"accept"_s}, {u"meta"_s, meta}}
                          .toJson();
    line += '\n';
    return writeBytes(line, error);
}

bool ProdigyWriter::finish(QString *)
{
    if (m_unaligned)
        m_warnings.append(QCoreApplication::translate("Export", "%n span(s) left out that are empty or start or end in whitespace: "
                                                                "Prodigy spans are whole tokens", nullptr, m_unaligned));
    return true;
}

} // namespace Copydesk
