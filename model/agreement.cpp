#include "agreement.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "labelschema.h"
#include "projectstore.h"
#include "setcomparison.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

bool kept(const Annotation &a)
{
    return a.status == AnnotationStatus::Accepted || a.status == AnnotationStatus::Manual;
}

qint64 overlapLength(const Annotation &a, const Annotation &b)
{
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(value * 10000.0) / 10000.0);
}

// One document's sets: each chosen owner's kept decisions, and the relations between them.
struct DocumentSets
{
    QString text;
    QList<AgreementToken> tokens;
    QHash<qint64, QList<Annotation>> spans; // owner -> kept decisions
    QList<Annotation> all;
    QList<Relation> relations;
    QList<qint64> owners;                   // the chosen owners with a set here, in the chosen order
};

QList<Annotation> ofLabels(const QList<Annotation> &spans, const QStringList &labels)
{
    QList<Annotation> result;
    for (const Annotation &a : spans) {
        if (labels.contains(a.label))
            result.append(a);
    }
    return result;
}

void compareRelations(const DocumentSets &doc, qint64 reference, qint64 candidate, PairAgreement &pair)
{
    QHash<qint64, QMap<QString, qint64>> links;
    QHash<qint64, const Annotation *> byId;
    for (const Annotation &a : doc.all)
        byId.insert(a.id, &a);
    QSet<QString> heads;
    for (const Relation &r : doc.relations) {
        const Annotation *head = byId.value(r.headId);
        if (!head || !byId.contains(r.childId))
            continue;
        links[r.headId].insert(r.label, r.childId);
        heads.insert(head->label);
    }
    const QStringList headLabels(heads.cbegin(), heads.cend());
    const QList<Annotation> a = ofLabels(doc.spans.value(reference), headLabels);
    const QList<Annotation> b = ofLabels(doc.spans.value(candidate), headLabels);
    int exact = 0;
    for (const auto &[i, j] : matchSpans(a, b, &exact)) {
        const QMap<QString, qint64> &la = links[a.at(i).id];
        const QMap<QString, qint64> &lb = links[b.at(j).id];
        QSet<QString> labels;
        for (auto it = la.constBegin(); it != la.constEnd(); ++it)
            labels.insert(it.key());
        for (auto it = lb.constBegin(); it != lb.constEnd(); ++it)
            labels.insert(it.key());
        for (const QString &label : std::as_const(labels)) {
            RelationCounts &counts = pair.relations[label];
            ++counts.compared;
            const Annotation *ca = byId.value(la.value(label));
            const Annotation *cb = byId.value(lb.value(label));
            if (!ca || !cb || ca->label != cb->label)
                continue;
            if (ca->start == cb->start && ca->end == cb->end)
                ++counts.same;
            if (overlapLength(*ca, *cb) > 0 || (ca->start == cb->start && ca->end == cb->end))
                ++counts.overlapping;
        }
    }
}

} // namespace

QList<AgreementToken> agreementTokens(QStringView text)
{
    QList<AgreementToken> tokens;
    qint64 position = 0;  // code points
    qint64 wordStart = -1;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        if (isWordCharacter(c)) {
            if (wordStart < 0)
                wordStart = position;
        } else {
            if (wordStart >= 0) {
                tokens.append({wordStart, position});
                wordStart = -1;
            }
            if (!QChar::isSpace(c))
                tokens.append({position, position + 1});
        }
        ++position;
        i += units;
    }
    if (wordStart >= 0)
        tokens.append({wordStart, position});
    return tokens;
}

QStringList tokenValues(const QList<AgreementToken> &tokens, const QList<Annotation> &spans, const QStringList &labels)
{
    QList<QStringList> found(tokens.size());
    for (const Annotation &a : spans) {
        if (!labels.contains(a.label) || a.end <= a.start)
            continue;
        // The first token ending after the span's start.
        auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), a.start,
                                   [](qint64 position, const AgreementToken &t) { return position < t.end; });
        for (; it != tokens.cend() && it->start < a.end; ++it) {
            QStringList &here = found[it - tokens.cbegin()];
            if (!here.contains(a.label))
                here.append(a.label);
        }
    }
    QStringList values;
    values.reserve(tokens.size());
    for (QStringList &here : found) {
        here.sort();
        values.append(here.isEmpty() ? u"O"_s : here.join(u'+'));
    }
    return values;
}

double cohensKappa(const QStringList &first, const QStringList &second)
{
    const qsizetype n = std::min(first.size(), second.size());
    if (n == 0)
        return undefined;
    QHash<QString, qint64> a, b;
    qint64 same = 0;
    for (qsizetype i = 0; i < n; ++i) {
        ++a[first.at(i)];
        ++b[second.at(i)];
        if (first.at(i) == second.at(i))
            ++same;
    }
    const double po = double(same) / double(n);
    double pe = 0;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        pe += (double(it.value()) / double(n)) * (double(b.value(it.key())) / double(n));
    if (pe >= 1.0)
        return undefined;
    return (po - pe) / (1.0 - pe);
}

double krippendorffAlpha(const QList<QStringList> &units, int *pairable)
{
    // Coincidences o_ck, kept as a map of value pairs (few values: labels of one layer).
    QHash<QString, int> index;
    QList<QHash<int, double>> o;
    auto indexOf = [&](const QString &value) {
        auto it = index.constFind(value);
        if (it != index.constEnd())
            return it.value();
        const int i = int(index.size());
        index.insert(value, i);
        o.append(QHash<int, double>());
        return i;
    };
    int values = 0;
    for (const QStringList &unit : units) {
        const qsizetype m = unit.size();
        if (m < 2)
            continue;
        values += int(m);
        QHash<int, int> counts;
        for (const QString &v : unit)
            ++counts[indexOf(v)];
        for (auto c = counts.constBegin(); c != counts.constEnd(); ++c) {
            for (auto k = counts.constBegin(); k != counts.constEnd(); ++k) {
                const int pairs = c.value() * (k.value() - (c.key() == k.key() ? 1 : 0));
                if (pairs > 0)
                    o[c.key()][k.key()] += double(pairs) / double(m - 1);
            }
        }
    }
    if (pairable)
        *pairable = values;
    QList<double> nc(o.size(), 0.0);
    double n = 0, disagreement = 0;
    for (qsizetype c = 0; c < o.size(); ++c) {
        for (auto k = o.at(c).constBegin(); k != o.at(c).constEnd(); ++k) {
            nc[c] += k.value();
            if (k.key() != c)
                disagreement += k.value();
        }
        n += nc.at(c);
    }
    double expected = 0; // sum over c != k of n_c n_k
    for (qsizetype c = 0; c < nc.size(); ++c) {
        for (qsizetype k = 0; k < nc.size(); ++k) {
            if (c != k)
                expected += nc.at(c) * nc.at(k);
        }
    }
    if (n < 2 || expected <= 0)
        return undefined;
    return 1.0 - (n - 1.0) * disagreement / expected;
}

double SpanCounts::precision(bool exactMatch) const
{
    return candidate ? double(exactMatch ? exact : overlap) / candidate : undefined;
}

double SpanCounts::recall(bool exactMatch) const
{
    return reference ? double(exactMatch ? exact : overlap) / reference : undefined;
}

double SpanCounts::f1(bool exactMatch) const
{
    // 2 tp / (|A| + |B|): defined as 1 when neither set has a span (nothing to disagree on).
    const int total = reference + candidate;
    return total ? 2.0 * (exactMatch ? exact : overlap) / total : undefined;
}

SpanCounts &SpanCounts::operator+=(const SpanCounts &other)
{
    reference += other.reference;
    candidate += other.candidate;
    exact += other.exact;
    overlap += other.overlap;
    return *this;
}

QJsonObject SpanCounts::toJson() const
{
    auto figures = [&](bool exactMatch) {
        return QJsonObject{{u"matched"_s, exactMatch ? exact : overlap}, {u"precision"_s, number(precision(exactMatch))},
                           {u"recall"_s, number(recall(exactMatch))}, {u"f1"_s, number(f1(exactMatch))}};
    };
    return {{u"reference"_s, reference}, {u"candidate"_s, candidate}, {u"exact"_s, figures(true)}, {u"overlap"_s, figures(false)}};
}

QJsonObject RelationCounts::toJson() const
{
    return {{u"compared"_s, compared}, {u"same"_s, same}, {u"overlapping"_s, overlapping},
            {u"agreement"_s, number(compared ? double(same) / compared : undefined)}};
}

QList<QPair<int, int>> matchSpans(const QList<Annotation> &reference, const QList<Annotation> &candidate, int *exactPairs)
{
    QList<QPair<int, int>> pairs;
    QList<bool> usedA(reference.size(), false), usedB(candidate.size(), false);
    QHash<QString, QList<int>> exactIndex;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const Annotation &a = reference.at(i);
        exactIndex[u"%1:%2:%3"_s.arg(a.label).arg(a.start).arg(a.end)].append(int(i));
    }
    for (qsizetype j = 0; j < candidate.size(); ++j) {
        const Annotation &b = candidate.at(j);
        QList<int> &same = exactIndex[u"%1:%2:%3"_s.arg(b.label).arg(b.start).arg(b.end)];
        if (same.isEmpty())
            continue;
        const int i = same.takeFirst();
        usedA[i] = usedB[j] = true;
        pairs.append({i, int(j)});
    }
    if (exactPairs)
        *exactPairs = int(pairs.size());
    // The rest by largest overlap (then position), one to one.
    struct Candidate { qint64 overlap; int a; int b; };
    QList<Candidate> overlapping;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        if (usedA.at(i))
            continue;
        for (qsizetype j = 0; j < candidate.size(); ++j) {
            if (usedB.at(j) || reference.at(i).label != candidate.at(j).label)
                continue;
            const qint64 length = overlapLength(reference.at(i), candidate.at(j));
            if (length > 0)
                overlapping.append({length, int(i), int(j)});
        }
    }
    std::stable_sort(overlapping.begin(), overlapping.end(), [](const Candidate &x, const Candidate &y) { return x.overlap > y.overlap; });
    for (const Candidate &c : std::as_const(overlapping)) {
        if (usedA.at(c.a) || usedB.at(c.b))
            continue;
        usedA[c.a] = usedB[c.b] = true;
        pairs.append({c.a, c.b});
    }
    return pairs;
}

SpanCounts countSpans(const QList<Annotation> &reference, const QList<Annotation> &candidate)
{
    SpanCounts counts;
    counts.reference = int(reference.size());
    counts.candidate = int(candidate.size());
    counts.overlap = int(matchSpans(reference, candidate, &counts.exact).size());
    return counts;
}

static DocumentSets readDocument(const ProjectStore &store, qint64 id, const QList<qint64> &annotators)
{
    DocumentSets doc;
    QSet<qint64> withSet;
    for (const AnnotationSetSummary &set : store.annotationSets(id))
        withSet.insert(set.ownerId);
    for (qint64 owner : annotators) {
        if (withSet.contains(owner))
            doc.owners.append(owner);
    }
    if (doc.owners.size() < 2)
        return doc;
    if (const std::optional<Document> document = store.document(id))
        doc.text = document->text;
    doc.tokens = agreementTokens(doc.text);
    for (const Annotation &a : store.annotations(id)) {
        if (!kept(a) || !doc.owners.contains(a.ownerId))
            continue;
        doc.all.append(a);
        doc.spans[a.ownerId].append(a);
    }
    doc.relations = store.relations(id);
    return doc;
}

static void addPairs(const DocumentSets &doc, const LabelSchema &schema, const QStringList &layers, AgreementReport &report,
                     QHash<QString, QList<QStringList>> &first, QHash<QString, QList<QStringList>> &second)
{
    for (PairAgreement &pair : report.pairs) {
        if (!doc.owners.contains(pair.reference) || !doc.owners.contains(pair.candidate))
            continue;
        ++pair.documents;
        const QString key = u"%1/%2"_s.arg(pair.reference).arg(pair.candidate);
        for (const QString &layer : layers) {
            QStringList labels;
            for (const LabelDefinition &l : schema.labelsOfLayer(layer))
                labels.append(l.name);
            SpanCounts layerCounts;
            for (const QString &label : std::as_const(labels)) {
                const SpanCounts counts = countSpans(ofLabels(doc.spans.value(pair.reference), {label}),
                                                     ofLabels(doc.spans.value(pair.candidate), {label}));
                if (counts.reference || counts.candidate)
                    pair.labels[label] += counts;
                layerCounts += counts;
            }
            pair.layers[layer] += layerCounts;
            first[key + layer].append(tokenValues(doc.tokens, doc.spans.value(pair.reference), labels));
            second[key + layer].append(tokenValues(doc.tokens, doc.spans.value(pair.candidate), labels));
            pair.tokens[layer] += int(doc.tokens.size());
        }
        compareRelations(doc, pair.reference, pair.candidate, pair);
    }
}

AgreementReport computeAgreement(const ProjectStore &store, const AgreementOptions &options)
{
    AgreementReport report;
    report.annotators = options.annotators;
    for (qint64 id : options.annotators) {
        const std::optional<Annotator> a = store.annotator(id);
        report.annotatorNames.append(a ? a->displayName() : QString::number(id));
    }
    if (options.annotators.size() < 2) {
        report.error = QCoreApplication::translate("Agreement", "agreement needs two or more annotators");
        return report;
    }
    const LabelSchema schema = store.schema();
    for (qsizetype i = 0; i < options.annotators.size(); ++i) {
        for (qsizetype j = i + 1; j < options.annotators.size(); ++j) {
            PairAgreement pair;
            pair.reference = options.annotators.at(i);
            pair.candidate = options.annotators.at(j);
            report.pairs.append(pair);
        }
    }
    const QList<qint64> ids = options.documents.isEmpty() ? store.documentIds() : options.documents;
    QList<DocumentSets> documents;
    QSet<QString> usedLayers;
    for (qint64 id : ids) {
        DocumentSets doc = readDocument(store, id, options.annotators);
        if (doc.owners.size() < 2)
            continue;
        for (const Annotation &a : std::as_const(doc.all))
            usedLayers.insert(schema.layerOf(a.label));
        DocumentDisagreement row;
        row.documentId = id;
        if (const std::optional<DocumentSummary> summary = store.documentSummary(id)) {
            row.externalId = summary->externalId;
            row.title = summary->title;
        }
        row.sets = int(doc.owners.size());
        report.ranking.append(row);
        documents.append(std::move(doc));
    }
    report.documents = int(documents.size());
    report.layers = options.layers;
    if (report.layers.isEmpty()) {
        for (const QString &layer : schema.layers()) {
            if (usedLayers.contains(layer))
                report.layers.append(layer);
        }
    }

    QHash<QString, QList<QStringList>> first, second; // pair+layer -> each document's token values
    QHash<QString, QList<QStringList>> units;         // layer -> one unit per token
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const DocumentSets &doc = documents.at(d);
        addPairs(doc, schema, report.layers, report, first, second);
        DocumentDisagreement &row = report.ranking[d];
        row.differences = int(compareSets(doc.all, doc.relations, doc.owners, schema, report.layers).size());
        for (const QString &layer : std::as_const(report.layers)) {
            QStringList labels;
            for (const LabelDefinition &l : schema.labelsOfLayer(layer))
                labels.append(l.name);
            QList<QStringList> values;
            for (qint64 owner : doc.owners)
                values.append(tokenValues(doc.tokens, doc.spans.value(owner), labels));
            QList<QStringList> &layerUnits = units[layer];
            for (qsizetype t = 0; t < doc.tokens.size(); ++t) {
                QStringList unit;
                for (const QStringList &v : std::as_const(values))
                    unit.append(v.at(t));
                if (unit.count(unit.constFirst()) != unit.size())
                    ++row.disagreeingTokens;
                layerUnits.append(unit);
            }
            row.tokens += int(doc.tokens.size());
        }
    }
    for (PairAgreement &pair : report.pairs) {
        const QString key = u"%1/%2"_s.arg(pair.reference).arg(pair.candidate);
        for (const QString &layer : std::as_const(report.layers)) {
            QStringList a, b;
            for (const QStringList &values : first.value(key + layer))
                a += values;
            for (const QStringList &values : second.value(key + layer))
                b += values;
            pair.kappa[layer] = cohensKappa(a, b);
        }
    }
    for (const QString &layer : std::as_const(report.layers)) {
        int pairable = 0;
        report.alpha[layer] = krippendorffAlpha(units.value(layer), &pairable);
        report.alphaValues[layer] = pairable;
    }
    std::stable_sort(report.ranking.begin(), report.ranking.end(), [](const DocumentDisagreement &a, const DocumentDisagreement &b) {
        if (a.differences != b.differences)
            return a.differences > b.differences;
        const double sa = a.tokens ? double(a.disagreeingTokens) / a.tokens : 0;
        const double sb = b.tokens ? double(b.disagreeingTokens) / b.tokens : 0;
        return sa > sb;
    });
    return report;
}

QJsonObject AgreementReport::toJson() const
{
    QJsonObject root;
    root.insert(u"annotators"_s, QJsonArray::fromStringList(annotatorNames));
    root.insert(u"documents"_s, documents);
    root.insert(u"layers"_s, QJsonArray::fromStringList(layers));
    auto name = [&](qint64 id) { return annotatorNames.value(annotators.indexOf(id)); };
    QJsonArray pairArray;
    for (const PairAgreement &pair : pairs) {
        QJsonObject p{{u"reference"_s, name(pair.reference)}, {u"candidate"_s, name(pair.candidate)}, {u"documents"_s, pair.documents}};
        QJsonObject layerObject;
        for (auto it = pair.layers.constBegin(); it != pair.layers.constEnd(); ++it) {
            QJsonObject o = it.value().toJson();
            o.insert(u"kappa"_s, number(pair.kappa.value(it.key(), undefined)));
            o.insert(u"tokens"_s, pair.tokens.value(it.key()));
            layerObject.insert(it.key(), o);
        }
        p.insert(u"layers"_s, layerObject);
        QJsonObject labelObject;
        for (auto it = pair.labels.constBegin(); it != pair.labels.constEnd(); ++it)
            labelObject.insert(it.key(), it.value().toJson());
        p.insert(u"labels"_s, labelObject);
        QJsonObject relationObject;
        for (auto it = pair.relations.constBegin(); it != pair.relations.constEnd(); ++it)
            relationObject.insert(it.key(), it.value().toJson());
        p.insert(u"relations"_s, relationObject);
        pairArray.append(p);
    }
    root.insert(u"pairs"_s, pairArray);
    QJsonObject alphaObject;
    for (auto it = alpha.constBegin(); it != alpha.constEnd(); ++it)
        alphaObject.insert(it.key(), QJsonObject{{u"alpha"_s, number(it.value())}, {u"values"_s, alphaValues.value(it.key())}});
    root.insert(u"alpha"_s, alphaObject);
    QJsonArray rankingArray;
    for (const DocumentDisagreement &d : ranking) {
        rankingArray.append(QJsonObject{{u"document"_s, d.documentId}, {u"id"_s, d.externalId}, {u"title"_s, d.title},
                                        {u"sets"_s, d.sets}, {u"differences"_s, d.differences}, {u"tokens"_s, d.tokens},
                                        {u"disagreeingTokens"_s, d.disagreeingTokens}});
    }
    root.insert(u"ranking"_s, rankingArray);
    return root;
}

} // namespace Copydesk
