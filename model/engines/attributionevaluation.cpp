#include "attributionevaluation.h"

#include <algorithm>
#include <functional>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "attributionmodel.h"
#include "builtinengines.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

QString formOf(const SuggestedSpan &span)
{
    const QString form = span.attrs.value(u"form").toString();
    return form.isEmpty() ? u"direct"_s : form;
}

bool overlapsHalf(const SuggestedSpan &a, const SuggestedSpan &b)
{
    const qsizetype inter = std::min(a.end, b.end) - std::max(a.start, b.start);
    const qsizetype longer = std::max({a.end - a.start, b.end - b.start, qsizetype(1)});
    return inter > 0 && inter * 2 >= longer;
}

bool overlapsAtAll(const SuggestedSpan &a, const SuggestedSpan &b)
{
    return std::min(a.end, b.end) > std::max(a.start, b.start);
}

using Same = std::function<bool(const SuggestedSpan &, const SuggestedSpan &)>;

// Greedy one-to-one matching in order; pairs of (gold index, predicted index).
QList<QPair<int, int>> match(const QList<const SuggestedSpan *> &gold, const QList<const SuggestedSpan *> &predicted,
                             const Same &same)
{
    QList<QPair<int, int>> pairs;
    QList<bool> used(predicted.size(), false);
    for (int g = 0; g < gold.size(); ++g) {
        for (int p = 0; p < predicted.size(); ++p) {
            if (!used[p] && same(*gold[g], *predicted[p])) {
                used[p] = true;
                pairs.append({g, p});
                break;
            }
        }
    }
    return pairs;
}

void count(AttributionCounts &counts, qsizetype gold, qsizetype predicted, qsizetype matched)
{
    counts.truePositives += int(matched);
    counts.falsePositives += int(predicted - matched);
    counts.falseNegatives += int(gold - matched);
}

QList<const SuggestedSpan *> spansOf(const EngineResult &result, QStringView label,
                                     const std::function<bool(const SuggestedSpan &)> &keep = {})
{
    QList<const SuggestedSpan *> spans;
    for (const SuggestedSpan &span : result.spans) {
        if (span.label == label && (!keep || keep(span)))
            spans.append(&span);
    }
    return spans;
}

// Quote key -> its speaker (the last SPEAKER relation, as the scorer's dict keeps it).
QHash<QString, const SuggestedSpan *> speakers(const EngineResult &result)
{
    QHash<QString, const SuggestedSpan *> byKey;
    for (const SuggestedSpan &span : result.spans)
        byKey.insert(span.key, &span);
    QHash<QString, const SuggestedSpan *> speakerOf;
    for (const SuggestedRelation &relation : result.relations) {
        if (relation.label == u"SPEAKER")
            speakerOf.insert(relation.head, byKey.value(relation.child));
    }
    return speakerOf;
}

QString line(const QString &name, const AttributionCounts &counts)
{
    return u"%1 P %2  R %3  F1 %4  (%5/%6/%7)\n"_s.arg(name.leftJustified(18))
        .arg(counts.precision(), 0, 'f', 3)
        .arg(counts.recall(), 0, 'f', 3)
        .arg(counts.f1(), 0, 'f', 3)
        .arg(counts.truePositives)
        .arg(counts.falsePositives)
        .arg(counts.falseNegatives);
}

} // namespace

double AttributionCounts::precision() const
{
    return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives)
                                          : (falseNegatives == 0 ? 1.0 : 0.0);
}

double AttributionCounts::recall() const
{
    return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 1.0;
}

double AttributionCounts::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void AttributionCounts::add(const AttributionCounts &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
}

void AttributionScores::add(const AttributionScores &other)
{
    quotes.add(other.quotes);
    directQuotes.add(other.directQuotes);
    indirectQuotes.add(other.indirectQuotes);
    sources.add(other.sources);
    cues.add(other.cues);
    speakerCorrect += other.speakerCorrect;
    speakerTotal += other.speakerTotal;
    directSpeakerCorrect += other.directSpeakerCorrect;
    directSpeakerTotal += other.directSpeakerTotal;
    documents += other.documents;
}

QString AttributionScores::summary() const
{
    QString text = line(u"quotes.all"_s, quotes) + line(u"quotes.direct"_s, directQuotes)
        + line(u"quotes.indirect"_s, indirectQuotes) + line(u"sources.SOURCE"_s, sources) + line(u"sources.CUE"_s, cues);
    text += u"%1 %2  (%3/%4)\n"_s.arg(u"speaker"_s.leftJustified(18)).arg(speakerAccuracy(), 0, 'f', 3).arg(speakerCorrect).arg(speakerTotal);
    text += u"%1 %2  (%3/%4)\n"_s.arg(u"speaker.direct"_s.leftJustified(18))
                .arg(directSpeakerAccuracy(), 0, 'f', 3)
                .arg(directSpeakerCorrect)
                .arg(directSpeakerTotal);
    return text;
}

AttributionScores scoreAttribution(QStringView text, const EngineResult &gold, const EngineResult &predicted)
{
    AttributionScores scores;
    scores.documents = 1;
    auto notScare = [](const SuggestedSpan &span) { return formOf(span) != u"scare"; };
    const QList<const SuggestedSpan *> goldQuotes = spansOf(gold, u"QUOTE", notScare);
    const QList<const SuggestedSpan *> predictedQuotes = spansOf(predicted, u"QUOTE", notScare);
    const QList<QPair<int, int>> pairs = match(goldQuotes, predictedQuotes, overlapsHalf);
    count(scores.quotes, goldQuotes.size(), predictedQuotes.size(), pairs.size());
    for (const QString &form : {u"direct"_s, u"indirect"_s}) {
        auto ofForm = [&form](const SuggestedSpan &span) { return formOf(span) == form; };
        const QList<const SuggestedSpan *> g = spansOf(gold, u"QUOTE", ofForm);
        const QList<const SuggestedSpan *> p = spansOf(predicted, u"QUOTE", ofForm);
        count(form == u"direct" ? scores.directQuotes : scores.indirectQuotes, g.size(), p.size(),
              match(g, p, overlapsHalf).size());
    }
    {
        const QList<const SuggestedSpan *> g = spansOf(gold, u"SOURCE"), p = spansOf(predicted, u"SOURCE");
        count(scores.sources, g.size(), p.size(), match(g, p, overlapsHalf).size());
    }
    {
        const QList<const SuggestedSpan *> g = spansOf(gold, u"CUE"), p = spansOf(predicted, u"CUE");
        auto exact = [](const SuggestedSpan &a, const SuggestedSpan &b) { return a.start == b.start && a.end == b.end; };
        count(scores.cues, g.size(), p.size(), match(g, p, exact).size());
    }
    const QHash<QString, const SuggestedSpan *> goldSpeakers = speakers(gold), predictedSpeakers = speakers(predicted);
    QHash<int, int> matched; // gold quote -> predicted quote
    for (const auto &[g, p] : pairs)
        matched.insert(g, p);
    for (int g = 0; g < goldQuotes.size(); ++g) {
        const SuggestedSpan *want = goldSpeakers.value(goldQuotes[g]->key);
        if (!want)
            continue;
        const bool direct = formOf(*goldQuotes[g]) == u"direct";
        ++scores.speakerTotal;
        scores.directSpeakerTotal += direct;
        const int p = matched.value(g, -1);
        const SuggestedSpan *got = p >= 0 ? predictedSpeakers.value(predictedQuotes[p]->key) : nullptr;
        if (!got)
            continue;
        const bool sameText = text.mid(got->start, got->end - got->start).compare(text.mid(want->start, want->end - want->start),
                                                                                 Qt::CaseInsensitive) == 0;
        if (overlapsAtAll(*got, *want) || sameText) {
            ++scores.speakerCorrect;
            scores.directSpeakerCorrect += direct;
        }
    }
    return scores;
}

AttributionScores evaluateAttributionEngine(const Engine &engine, const QList<AttributionDocument> &documents)
{
    AttributionScores total;
    for (const AttributionDocument &document : documents) {
        EngineDocument input;
        input.text = document.text;
        input.existing = document.furniture;
        total.add(scoreAttribution(document.text, document.gold, engine.annotate(input, nullptr)));
    }
    return total;
}

std::optional<AttributionScores> evaluateAttributionModel(const QByteArray &model,
                                                          const QList<AttributionDocument> &documents)
{
    const std::unique_ptr<Engine> engine = createAttributionEngine(model);
    if (!engine)
        return std::nullopt;
    return evaluateAttributionEngine(*engine, documents);
}

QList<AttributionDocument> readAttributionJsonl(const QString &path, int *skipped)
{
    QList<AttributionDocument> documents;
    int bad = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (skipped)
            *skipped = -1;
        return documents;
    }
    static const QStringList furniture{u"DISCLAIMER"_s, u"BOILERPLATE"_s, u"METADATA"_s, u"HEADLINE"_s};
    static const QStringList sourcing{u"QUOTE"_s, u"SOURCE"_s, u"CUE"_s};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.value(u"text").isString()) {
            ++bad;
            continue;
        }
        AttributionDocument document;
        document.text = object.value(u"text").toString();
        const TextOffsets offsets(document.text);
        for (const QJsonValue &value : object.value(u"spans").toArray()) {
            const QJsonObject span = value.toObject();
            SuggestedSpan s;
            s.key = span.value(u"id").toVariant().toString();
            s.label = span.value(u"label").toString();
            s.start = offsets.toUtf16(span.value(u"start").toInteger());
            s.end = offsets.toUtf16(span.value(u"end").toInteger());
            s.attrs = span.value(u"attrs").toObject();
            if (s.end <= s.start)
                continue;
            if (furniture.contains(s.label))
                document.furniture.append(s);
            else if (sourcing.contains(s.label))
                document.gold.spans.append(s);
        }
        for (const QJsonValue &value : object.value(u"relations").toArray()) {
            const QJsonObject relation = value.toObject();
            document.gold.relations.append({relation.value(u"label").toString(),
                                            relation.value(u"head").toVariant().toString(),
                                            relation.value(u"child").toVariant().toString()});
        }
        documents.append(std::move(document));
    }
    if (skipped)
        *skipped = bad;
    return documents;
}

} // namespace Copydesk
