// Runs the furniture and sourcing engines over the evaluation sets in ../shared/eval and fails
// when a score drops below its floor. The matching follows ../shared/eval/score.py exactly
// (quotes: overlap of half the longer span, greedy one-to-one in file order; CUE exact;
// SOURCE overlap; speaker accuracy over gold quotes with a SPEAKER relation).
#include <functional>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

struct Span
{
    QString id;
    qint64 start = 0;
    qint64 end = 0;
    QString label;
    QString form; // attrs.form, "direct" when absent (as score.py)
};

struct Relation
{
    QString label;
    QString head;
    QString child;
};

struct Doc
{
    QString id;
    QString text;
    QJsonObject meta;
    QList<Span> spans;
    QList<Relation> relations;
};

struct Counts
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : (fn == 0 ? 1.0 : 0.0); }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Scores
{
    QHash<QString, Counts> counts;
    int speakerOk = 0;
    int speakerTotal = 0;
    int directOk = 0;
    int directTotal = 0;
    double speakerAccuracy() const { return speakerTotal ? double(speakerOk) / speakerTotal : 1.0; }
    double directAccuracy() const { return directTotal ? double(directOk) / directTotal : 1.0; }
};

QList<Doc> loadJsonl(const QString &path)
{
    QList<Doc> docs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return docs;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        Doc doc;
        doc.id = object.value(u"id").toVariant().toString();
        doc.text = object.value(u"text").toString();
        doc.meta = object.value(u"meta").toObject();
        const QJsonArray spans = object.value(u"spans").toArray();
        for (const QJsonValue &value : spans) {
            const QJsonObject s = value.toObject();
            doc.spans.append({s.value(u"id").toString(), s.value(u"start").toInteger(), s.value(u"end").toInteger(),
                              s.value(u"label").toString(), s.value(u"attrs").toObject().value(u"form").toString(u"direct"_s)});
        }
        const QJsonArray relations = object.value(u"relations").toArray();
        for (const QJsonValue &value : relations) {
            const QJsonObject r = value.toObject();
            doc.relations.append({r.value(u"label").toString(), r.value(u"head").toString(), r.value(u"child").toString()});
        }
        docs.append(doc);
    }
    return docs;
}

// The prediction as copydesk-cli annotate-jsonl writes it: spans in engine order, ids e1, e2...
Doc predict(const Doc &gold, const std::vector<std::unique_ptr<Engine>> &engines)
{
    EngineDocument document;
    document.id = gold.id;
    document.text = gold.text;
    document.meta = gold.meta;
    document.source = gold.meta.value(u"source").toString();
    Doc out;
    out.id = gold.id;
    out.text = gold.text;
    int next = 1;
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    for (const EngineRun &run : runs) {
        QHash<QString, QString> ids;
        for (const EngineSpan &span : run.spans) {
            const QString id = u"e%1"_s.arg(next++);
            if (!span.key.isEmpty())
                ids.insert(span.key, id);
            out.spans.append({id, span.start, span.end, span.label, span.attrs.value(u"form").toString(u"direct"_s)});
        }
        for (const SuggestedRelation &relation : run.relations)
            out.relations.append({relation.label, ids.value(relation.head), ids.value(relation.child)});
    }
    return out;
}

bool overlaps(const Span &a, const Span &b)
{
    const qint64 inter = qMin(a.end, b.end) - qMax(a.start, b.start);
    const qint64 longer = qMax(qMax(a.end - a.start, b.end - b.start), qint64(1));
    return inter > 0 && inter * 2 >= longer;
}

bool anyOverlap(const Span &a, const Span &b)
{
    return qMin(a.end, b.end) > qMax(a.start, b.start);
}

bool exact(const Span &a, const Span &b)
{
    return a.start == b.start && a.end == b.end;
}

// Greedy one-to-one matching in gold order; returns (gold index, pred index) pairs.
QList<QPair<int, int>> match(const QList<Span> &gold, const QList<Span> &pred, const std::function<bool(const Span &, const Span &)> &same)
{
    QList<QPair<int, int>> pairs;
    QList<bool> used(pred.size(), false);
    for (int g = 0; g < gold.size(); ++g) {
        for (int p = 0; p < pred.size(); ++p) {
            if (!used[p] && same(gold[g], pred[p])) {
                used[p] = true;
                pairs.append({g, p});
                break;
            }
        }
    }
    return pairs;
}

QList<Span> select(const QList<Span> &spans, const std::function<bool(const Span &)> &keep)
{
    QList<Span> out;
    for (const Span &span : spans) {
        if (keep(span))
            out.append(span);
    }
    return out;
}

// Offsets count code points, as in the files.
QString spanText(const QList<uint> &codePoints, const Span &span)
{
    const qint64 start = qBound<qint64>(0, span.start, codePoints.size());
    const qint64 end = qBound<qint64>(start, span.end, codePoints.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

void scoreDocument(const Doc &g, const Doc &p, Scores &scores)
{
    auto isQuote = [](const Span &s) { return s.label == u"QUOTE" && s.form != u"scare"; };
    const QList<Span> gq = select(g.spans, isQuote);
    const QList<Span> pq = select(p.spans, isQuote);
    const QList<Span> scare = select(g.spans, [](const Span &s) { return s.label == u"QUOTE" && s.form == u"scare"; });
    const QList<QPair<int, int>> pairs = match(gq, pq, overlaps);
    for (const QString &form : {u"direct"_s, u"indirect"_s}) {
        const QList<Span> gf = select(gq, [&](const Span &s) { return s.form == form; });
        const QList<Span> pf = select(pq, [&](const Span &s) { return s.form == form; });
        const qsizetype n = match(gf, pf, overlaps).size();
        Counts &c = scores.counts[u"quotes."_s + form];
        c.tp += int(n);
        c.fp += int(pf.size() - n);
        c.fn += int(gf.size() - n);
    }
    Counts &scareCounts = scores.counts[u"quotes.scare_as_quote"_s];
    for (const Span &prediction : pq) {
        for (const Span &s : scare) {
            if (anyOverlap(prediction, s)) {
                ++scareCounts.fp;
                break;
            }
        }
    }
    for (const QString &label : {u"SOURCE"_s, u"CUE"_s}) {
        const QList<Span> gl = select(g.spans, [&](const Span &s) { return s.label == label; });
        const QList<Span> pl = select(p.spans, [&](const Span &s) { return s.label == label; });
        const qsizetype n = match(gl, pl, label == u"CUE" ? exact : overlaps).size();
        Counts &c = scores.counts[u"sources."_s + label];
        c.tp += int(n);
        c.fp += int(pl.size() - n);
        c.fn += int(gl.size() - n);
    }
    // Speakers: the last SPEAKER relation of a head wins, as in a Python dict.
    QHash<QString, Span> gid, pid;
    for (const Span &s : g.spans)
        gid.insert(s.id, s);
    for (const Span &s : p.spans)
        pid.insert(s.id, s);
    QHash<QString, QString> gspk, pspk;
    for (const Relation &r : g.relations) {
        if (r.label == u"SPEAKER")
            gspk.insert(r.head, r.child);
    }
    for (const Relation &r : p.relations) {
        if (r.label == u"SPEAKER")
            pspk.insert(r.head, r.child);
    }
    const QList<uint> codePoints = g.text.toUcs4();
    QHash<int, int> matched;
    for (const auto &[gi, pi] : pairs)
        matched.insert(gi, pi);
    for (int q = 0; q < gq.size(); ++q) {
        const Span &quote = gq[q];
        if (!gspk.contains(quote.id) || !gid.contains(gspk.value(quote.id)))
            continue;
        const Span want = gid.value(gspk.value(quote.id));
        ++scores.speakerTotal;
        const bool direct = quote.form == u"direct";
        scores.directTotal += direct;
        if (!matched.contains(q))
            continue;
        const Span &predicted = pq[matched.value(q)];
        if (!pspk.contains(predicted.id) || !pid.contains(pspk.value(predicted.id)))
            continue;
        const Span got = pid.value(pspk.value(predicted.id));
        if (anyOverlap(got, want) || spanText(codePoints, got).toLower() == spanText(codePoints, want).toLower()) {
            ++scores.speakerOk;
            scores.directOk += direct;
        }
    }
}

Scores scoreFile(const QString &path, bool *found)
{
    const QList<Doc> gold = loadJsonl(path);
    *found = !gold.isEmpty();
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createFurnitureEngine());
    engines.push_back(createSourcingEngine());
    Scores scores;
    for (const Doc &doc : gold)
        scoreDocument(doc, predict(doc, engines), scores);
    const QStringList keys{u"quotes.direct"_s, u"quotes.indirect"_s, u"quotes.scare_as_quote"_s, u"sources.CUE"_s,
                           u"sources.SOURCE"_s};
    for (const QString &key : keys) {
        const Counts c = scores.counts.value(key);
        qInfo("%-24s P %.3f R %.3f F1 %.3f  %d/%d/%d", qPrintable(key), c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
    }
    qInfo("speaker.accuracy         %.3f  %d/%d", scores.speakerAccuracy(), scores.speakerOk, scores.speakerTotal);
    qInfo("speaker.direct.accuracy  %.3f  %d/%d", scores.directAccuracy(), scores.directOk, scores.directTotal);
    return scores;
}

QString evalPath(const QString &relative)
{
    return QStringLiteral(COPYDESK_SHARED_DIR) + u"/eval/"_s + relative;
}

} // namespace

class TestSourcingEval final : public QObject
{
    Q_OBJECT

private slots:
    void sampleArticle();
    void polnearDev();
};

void TestSourcingEval::sampleArticle()
{
    const QString path = evalPath(u"gold/seed.jsonl"_s);
    if (!QFile::exists(path))
        QSKIP("../shared/eval/gold/seed.jsonl is absent");
    bool found = false;
    const Scores scores = scoreFile(path, &found);
    QVERIFY(found);
    const Counts direct = scores.counts.value(u"quotes.direct"_s);
    QCOMPARE(direct.fn, 0); // both direct quotes found
    QCOMPARE(scores.counts.value(u"quotes.scare_as_quote"_s).fp, 0);
    QVERIFY2(scores.counts.value(u"quotes.indirect"_s).f1() >= 0.7, "quotes.indirect.f1 < 0.7");
    QVERIFY2(scores.counts.value(u"sources.CUE"_s).f1() >= 0.8, "sources.CUE.f1 < 0.8");
    QVERIFY2(scores.counts.value(u"sources.SOURCE"_s).f1() >= 0.8, "sources.SOURCE.f1 < 0.8");
    QVERIFY2(scores.speakerAccuracy() >= 0.8, "speaker.accuracy < 0.8");
}

void TestSourcingEval::polnearDev()
{
    const QString path = evalPath(u"polnear/dev.jsonl"_s);
    if (!QFile::exists(path))
        QSKIP("../shared/eval/polnear/dev.jsonl is absent");
    bool found = false;
    const Scores scores = scoreFile(path, &found);
    QVERIFY(found);
    QVERIFY2(scores.counts.value(u"quotes.direct"_s).f1() >= 0.85, "quotes.direct.f1 < 0.85");
    QVERIFY2(scores.directAccuracy() >= 0.85, "speaker.direct.accuracy < 0.85");
    QVERIFY2(scores.counts.value(u"sources.CUE"_s).f1() >= 0.65, "sources.CUE.f1 < 0.65");
}

QTEST_GUILESS_MAIN(TestSourcingEval)
#include "tst_sourcing_eval.moc"
