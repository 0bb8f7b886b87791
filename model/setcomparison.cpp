#include "setcomparison.h"

#include <algorithm>

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include "labelschema.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool kept(const Annotation &a)
{
    return a.status == AnnotationStatus::Accepted || a.status == AnnotationStatus::Manual;
}

bool byPosition(const Annotation &a, const Annotation &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.label < b.label;
}

bool sameSpans(const QList<Annotation> &a, const QList<Annotation> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameSpan(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

// The links of one head: relation label -> child annotation id.
using Links = QMap<QString, qint64>;

// Link differences at a place where every set holds the same spans.
void compareLinks(const QList<SetDifference::Reading> &readings, const QString &layer, const QHash<qint64, Links> &links,
                  const QHash<qint64, const Annotation *> &byId, QList<SetDifference> &differences)
{
    const QList<Annotation> &first = readings.constFirst().spans;
    for (qsizetype i = 0; i < first.size(); ++i) {
        QSet<QString> labels;
        for (const SetDifference::Reading &r : readings) {
            for (auto it = links.value(r.spans.at(i).id).constBegin(); it != links.value(r.spans.at(i).id).constEnd(); ++it)
                labels.insert(it.key());
        }
        QStringList sorted(labels.cbegin(), labels.cend());
        sorted.sort();
        for (const QString &label : std::as_const(sorted)) {
            SetDifference d;
            d.kind = SetDifference::Link;
            d.layer = layer;
            d.relation = label;
            d.start = first.at(i).start;
            d.end = first.at(i).end;
            QString common;
            bool differ = false;
            bool sameOne = true; // every set links a span of one label, all overlapping
            for (qsizetype r = 0; r < readings.size(); ++r) {
                const Annotation &head = readings.at(r).spans.at(i);
                SetDifference::Reading reading{readings.at(r).ownerId, {head}};
                QString key;
                if (const qint64 child = links.value(head.id).value(label)) {
                    if (const Annotation *c = byId.value(child)) {
                        reading.spans.append(*c);
                        key = spanKey(*c);
                    }
                }
                if (r == 0)
                    common = key;
                else if (key != common)
                    differ = true;
                d.readings.append(reading);
                const QList<Annotation> &one = d.readings.constFirst().spans;
                sameOne = sameOne && reading.spans.size() == 2 && one.size() == 2 && reading.spans.at(1).label == one.at(1).label
                          && reading.spans.at(1).start < one.at(1).end && one.at(1).start < reading.spans.at(1).end;
            }
            // The same speaker with other bounds: the spans difference there says it.
            if (differ && !sameOne)
                differences.append(d);
        }
    }
}

} // namespace

QString spanKey(const Annotation &a)
{
    return u"%1\u001f%2\u001f%3\u001f%4"_s.arg(a.label).arg(a.start).arg(a.end)
        .arg(a.attrs.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a.attrs).toJson(QJsonDocument::Compact)));
}

bool sameSpan(const Annotation &a, const Annotation &b)
{
    return a.label == b.label && a.start == b.start && a.end == b.end && a.attrs == b.attrs;
}

const SetDifference::Reading *SetDifference::reading(qint64 ownerId) const
{
    for (const Reading &r : readings) {
        if (r.ownerId == ownerId)
            return &r;
    }
    return nullptr;
}

QStringList SetDifference::labels() const
{
    QStringList result;
    if (kind == Link)
        result.append(relation);
    for (const Reading &r : readings) {
        for (const Annotation &a : r.spans) {
            if (!result.contains(a.label))
                result.append(a.label);
        }
    }
    return result;
}

QString SetDifference::toString() const
{
    QStringList parts;
    for (const Reading &r : readings) {
        QStringList spans;
        for (const Annotation &a : r.spans)
            spans.append(u"%1 %2-%3"_s.arg(a.label).arg(a.start).arg(a.end));
        parts.append(u"%1: %2"_s.arg(r.ownerId).arg(spans.isEmpty() ? u"nothing"_s : spans.join(u", "_s)));
    }
    return (kind == Link ? relation + u" of "_s : QString()) + u"%1-%2 "_s.arg(start).arg(end) + parts.join(u"; "_s);
}

QList<SetDifference> compareSets(const QList<Annotation> &annotations, const QList<Relation> &relations,
                                 const QList<qint64> &owners, const LabelSchema &schema, const QStringList &layers)
{
    QList<SetDifference> differences;
    if (owners.size() < 2)
        return differences;
    QHash<qint64, const Annotation *> byId;
    QMap<QString, QList<const Annotation *>> byLayer;
    for (const Annotation &a : annotations) {
        if (!kept(a) || !owners.contains(a.ownerId))
            continue;
        const QString layer = schema.layerOf(a.label);
        if (layer.isEmpty() || (!layers.isEmpty() && !layers.contains(layer)))
            continue;
        byId.insert(a.id, &a);
        byLayer[layer].append(&a);
    }
    QHash<qint64, Links> links;
    for (const Relation &r : relations) {
        if (byId.contains(r.headId) && byId.contains(r.childId))
            links[r.headId].insert(r.label, r.childId);
    }
    // Layers in the schema's order, then any others.
    QStringList order = schema.layers();
    for (auto it = byLayer.constBegin(); it != byLayer.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString &layer : std::as_const(order)) {
        QList<const Annotation *> spans = byLayer.value(layer);
        std::sort(spans.begin(), spans.end(), [](const Annotation *a, const Annotation *b) { return byPosition(*a, *b); });
        qsizetype i = 0;
        while (i < spans.size()) {
            // A place: spans chained by overlap (an empty span is a place of its own).
            qsizetype j = i + 1;
            qint64 end = spans.at(i)->end;
            while (j < spans.size() && spans.at(j)->start < end) {
                end = std::max(end, spans.at(j)->end);
                ++j;
            }
            SetDifference d;
            d.layer = layer;
            d.start = spans.at(i)->start;
            d.end = end;
            for (qint64 owner : owners)
                d.readings.append(SetDifference::Reading{owner, {}});
            for (qsizetype k = i; k < j; ++k)
                d.readings[owners.indexOf(spans.at(k)->ownerId)].spans.append(*spans.at(k));
            bool agree = true;
            for (const SetDifference::Reading &r : std::as_const(d.readings))
                agree = agree && sameSpans(r.spans, d.readings.constFirst().spans);
            if (agree)
                compareLinks(d.readings, layer, links, byId, differences);
            else
                differences.append(d);
            i = j;
        }
    }
    std::stable_sort(differences.begin(), differences.end(), [](const SetDifference &a, const SetDifference &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return differences;
}

} // namespace Copydesk
