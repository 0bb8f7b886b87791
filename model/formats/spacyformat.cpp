#include "spacyformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include "../labelschema.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

static QString exportTr(const char *text, int n)
{
    return QCoreApplication::translate("Export", text, nullptr, n);
}

QString SpacyWriter::name() const
{
    return u"spacy"_s;
}

QString SpacyWriter::extension() const
{
    return u"jsonl"_s;
}

bool SpacyWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    QList<const Annotation *> all;
    for (const Annotation &a : exported.annotations) {
        all.append(&a);
        if (!a.attrs.isEmpty())
            ++m_attributes;
        if (!a.note.isEmpty())
            ++m_notes;
        if (a.status == AnnotationStatus::Suggested)
            ++m_suggestions;
    }
    std::stable_sort(all.begin(), all.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end != b->end ? a->end < b->end : a->label < b->label;
    });

    // Entities: the longer, then the earlier, claims its characters; identical spans once.
    QList<const Annotation *> entities;
    for (const Annotation *a : std::as_const(all)) {
        if (!m_context.schema || m_context.schema->layerOf(a->label) == u"entities")
            entities.append(a);
    }
    std::stable_sort(entities.begin(), entities.end(), [](const Annotation *a, const Annotation *b) {
        const qint64 lengthA = a->end - a->start, lengthB = b->end - b->start;
        return lengthA != lengthB ? lengthA > lengthB : a->start < b->start;
    });
    QList<const Annotation *> kept;
    for (const Annotation *a : std::as_const(entities)) {
        const bool same = std::any_of(kept.cbegin(), kept.cend(), [a](const Annotation *k) {
            return k->start == a->start && k->end == a->end && k->label == a->label;
        });
        if (same)
            continue;
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [a](const Annotation *k) {
            return a->start < k->end && k->start < a->end;
        });
        if (overlaps) {
            ++m_overlapping;
            continue;
        }
        kept.append(a);
    }
    std::sort(kept.begin(), kept.end(), [](const Annotation *a, const Annotation *b) { return a->start < b->start; });

    QJsonArray ents, spans, relations;
    for (const Annotation *a : std::as_const(kept))
        ents.append(QJsonArray{a->start, a->end, a->label});
    QHash<qint64, int> index;
    for (const Annotation *a : std::as_const(all)) {
        index.insert(a->id, int(spans.size()));
        spans.append(QJsonArray{a->start, a->end, a->label});
    }
    for (const Relation &r : exported.relations) {
        if (index.contains(r.headId) && index.contains(r.childId))
            relations.append(QJsonArray{index.value(r.headId), index.value(r.childId), r.label});
    }
    QByteArray line = FormatSupport::orderedJsonObject({{u"id"_s, doc.externalId}, {u"text"_s, doc.text}, {u"ents"_s, ents},
                                                        {u"spans"_s, QJsonObject{{u"sc"_s, spans}}},
                                                        {u"relations"_s, relations},
                                                        {u"meta"_s, FormatSupport::metaWithColumns(doc)}});
    line += '\n';
    if (m_device->write(line) != line.size()) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

bool SpacyWriter::finish(QString *)
{
    if (m_overlapping)
        m_warnings.append(exportTr("%n overlapping entity span(s) left out of \"ents\" (doc.ents cannot overlap); "
                                   "they are in \"spans\"", m_overlapping));
    if (m_attributes)
        m_warnings.append(exportTr("attributes of %n span(s) left out: spaCy spans hold a label only", m_attributes));
    if (m_notes)
        m_warnings.append(exportTr("notes of %n span(s) left out: spaCy spans hold a label only", m_notes));
    if (m_suggestions)
        m_warnings.append(exportTr("%n suggestion(s) written like decisions: spaCy has no statuses", m_suggestions));
    return true;
}

} // namespace Copydesk
