#include "spacyformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "doctokens.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

void inTextOrder(QList<const Annotation *> &spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end != b->end ? a->end < b->end : a->label < b->label;
    });
}

// The entities doc.ents can hold: aligned, the longer (then the earlier) first, no overlaps,
// identical spans once; in text order. *overlapping counts those left out.
QList<const Annotation *> entities(const ExportedDocument &exported, const LabelSchema *schema, const DocTokens &tokens,
                                   int *overlapping)
{
    QList<const Annotation *> candidates = FormatSupport::spansOfLayer(exported.annotations, schema, u"entities"_s);
    candidates.removeIf([&](const Annotation *a) { return !tokens.aligned(a->start, a->end); });
    inTextOrder(candidates);
    FormatSupport::sortLongestFirst(candidates);
    QList<const Annotation *> kept;
    for (const Annotation *a : std::as_const(candidates)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [a](const Annotation *k) {
            return a->start < k->end && k->start < a->end;
        });
        if (overlaps)
            ++*overlapping;
        else
            kept.append(a);
    }
    inTextOrder(kept);
    return kept;
}

QJsonArray sentences(const DocTokens &tokens)
{
    QJsonArray sents;
    int current = -1;
    for (const DocToken &token : tokens.tokens()) {
        if (token.whitespace)
            continue;
        if (token.sentence != current) {
            sents.append(QJsonObject{{u"start"_s, token.start}, {u"end"_s, token.end}});
            current = token.sentence;
        } else {
            QJsonObject last = sents.last().toObject();
            last.insert(u"end"_s, token.end);
            sents.replace(sents.size() - 1, last);
        }
    }
    return sents;
}

} // namespace

bool SpacyWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    QList<qint64> boundaries;
    for (const Annotation &a : exported.annotations)
        boundaries << a.start << a.end;
    const DocTokens tokens(doc.text, boundaries, DocTokens::Whitespace::Kept);

    QList<const Annotation *> all;
    for (const Annotation &a : exported.annotations) {
        if (tokens.aligned(a.start, a.end))
            all.append(&a);
        else
            ++m_unaligned;
    }
    inTextOrder(all);
    QJsonArray ents, tokenArray, spans, relations;
    for (const Annotation *a : entities(exported, m_context.schema, tokens, &m_overlapping))
        ents.append(QJsonObject{{u"start"_s, a->start}, {u"end"_s, a->end}, {u"label"_s, a->label}});
    for (qsizetype i = 0; i < tokens.tokens().size(); ++i) {
        const DocToken &token = tokens.tokens()[i];
        tokenArray.append(QJsonObject{{u"id"_s, qint64(i)}, {u"start"_s, token.start}, {u"end"_s, token.end}});
    }
    QHash<qint64, int> index;
    for (const Annotation *a : std::as_const(all)) {
        index.insert(a->id, int(spans.size()));
        spans.append(QJsonObject{{u"start"_s, a->start}, {u"end"_s, a->end}, {u"label"_s, a->label}, {u"kb_id"_s, u""_s}});
    }
    m_written += int(spans.size());
    for (const Relation &r : exported.relations) {
        if (index.contains(r.headId) && index.contains(r.childId))
            relations.append(QJsonObject{{u"head"_s, index.value(r.headId)}, {u"child"_s, index.value(r.childId)}, {u"label"_s, r.label}});
    }
    const QJsonObject copydesk{{u"id"_s, doc.externalId}, {u"meta"_s, FormatSupport::metaWithColumns(doc)}, {u"relations"_s, relations}};
    QByteArray line = FormatSupport::OrderedJsonObject{{u"text"_s, doc.text}, {u"ents"_s, ents}, {u"sents"_s, sentences(tokens)},
                                                       {u"tokens"_s, tokenArray}, {u"spans"_s, QJsonObject{{u"sc"_s, spans}}},
                                                       {u"_"_s, QJsonObject{{u"copydesk"_s, copydesk}}}}
                          .toJson();
    line += '\n';
    return writeBytes(line, error);
}

bool SpacyWriter::finish(QString *)
{
    if (m_overlapping)
        m_warnings.append(QCoreApplication::translate("Export", "%n overlapping entity span(s) left out of \"ents\" (doc.ents cannot overlap); "
                                   "they are in \"spans\"", nullptr, m_overlapping));
    if (m_unaligned)
        m_warnings.append(QCoreApplication::translate("Export", "%n span(s) left out that are empty or start or end in whitespace: "
                                                                "spaCy's char_span() cannot place them", nullptr, m_unaligned));
    return true;
}

} // namespace Copydesk
