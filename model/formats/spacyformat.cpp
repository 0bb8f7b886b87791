#include "spacyformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

bool SpacyWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    auto inTextOrder = [](QList<const Annotation *> &spans) {
        std::stable_sort(spans.begin(), spans.end(), [](const Annotation *a, const Annotation *b) {
            return a->start != b->start ? a->start < b->start : a->end != b->end ? a->end < b->end : a->label < b->label;
        });
    };
    QList<const Annotation *> all;
    for (const Annotation &a : exported.annotations)
        all.append(&a);
    inTextOrder(all);

    // Entities: the longer, then the earlier, claims its characters; identical spans once.
    QList<const Annotation *> entities = FormatSupport::spansOfLayer(exported.annotations, m_context.schema, u"entities"_s);
    inTextOrder(entities);
    FormatSupport::sortLongestFirst(entities);
    QList<const Annotation *> kept;
    for (const Annotation *a : std::as_const(entities)) {
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
    m_written += int(spans.size());
    for (const Relation &r : exported.relations) {
        if (index.contains(r.headId) && index.contains(r.childId))
            relations.append(QJsonArray{index.value(r.headId), index.value(r.childId), r.label});
    }
    QByteArray line = FormatSupport::OrderedJsonObject{{u"id"_s, doc.externalId}, {u"text"_s, doc.text}, {u"ents"_s, ents},
                                                       {u"spans"_s, QJsonObject{{u"sc"_s, spans}}},
                                                       {u"relations"_s, relations},
                                                       {u"meta"_s, FormatSupport::metaWithColumns(doc)}}
                          .toJson();
    line += '\n';
    return writeBytes(line, error);
}

bool SpacyWriter::finish(QString *)
{
    if (m_overlapping)
        m_warnings.append(QCoreApplication::translate("Export", "%n overlapping entity span(s) left out of \"ents\" (doc.ents cannot overlap); "
                                   "they are in \"spans\"", nullptr, m_overlapping));
    return true;
}

} // namespace Copydesk
