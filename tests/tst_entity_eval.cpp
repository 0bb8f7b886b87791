// Evaluates the entity engine on the shared evaluation data (never copied into the project):
// the hand-annotated sample article (exact-match micro F1, as score.py) and CoNLL++ dev
// (conlleval-style micro F1 with the four CoNLL classes, as conll_score.py). Skips when the data
// is absent. Prints the figures and the engine's throughput; fails below the floors.
#include <limits>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
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

const QString sharedDir = QStringLiteral(COPYDESK_SHARED_DIR);

QList<EngineSpan> annotate(const QString &text)
{
    static const std::vector<std::unique_ptr<Engine>> engines = [] {
        std::vector<std::unique_ptr<Engine>> list;
        list.push_back(createEntityEngine());
        return list;
    }();
    EngineDocument document;
    document.text = text;
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    return runs.isEmpty() ? QList<EngineSpan>{} : runs.first().spans;
}

struct Counts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double f1() const
    {
        const double p = truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0.0;
        const double r = truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0.0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    QString summary() const
    {
        return u"F1 %1 (tp %2, fp %3, fn %4)"_s.arg(f1(), 0, 'f', 3).arg(truePositives).arg(falsePositives).arg(falseNegatives);
    }
};

using Entity = std::tuple<qint64, qint64, QString>;

void count(const std::set<Entity> &gold, const std::set<Entity> &predicted, Counts &counts)
{
    for (const Entity &e : predicted) {
        if (gold.count(e))
            ++counts.truePositives;
        else
            ++counts.falsePositives;
    }
    for (const Entity &e : gold) {
        if (!predicted.count(e))
            ++counts.falseNegatives;
    }
}

// The CoNLL-2003 class of a label, as conll_score.py maps it; empty for none.
QString conllClass(const QString &label)
{
    if (label == u"PERSON" || label == u"PER")
        return u"PER"_s;
    if (label == u"ORG")
        return u"ORG"_s;
    if (label == u"GPE" || label == u"LOC" || label == u"FAC")
        return u"LOC"_s;
    if (label == u"NORP" || label == u"EVENT" || label == u"PRODUCT" || label == u"WORK_OF_ART" || label == u"LAW"
        || label == u"LANGUAGE" || label == u"MISC")
        return u"MISC"_s;
    return {};
}

// conlleval's chunks over IOB tags: (first token, end token, class).
std::set<Entity> chunks(const QStringList &tags)
{
    std::set<Entity> out;
    qint64 start = -1;
    QString current;
    for (qsizetype i = 0; i <= tags.size(); ++i) {
        const QString tag = i < tags.size() ? tags[i] : u"O"_s;
        const qsizetype dash = tag.indexOf(u'-');
        const QString prefix = dash < 0 ? tag : tag.left(dash);
        const QString label = dash < 0 ? QString() : conllClass(tag.mid(dash + 1));
        const bool begin = prefix == u"B" || (prefix == u"I" && (start < 0 || current != label));
        if (start >= 0 && (tag == u"O" || label.isEmpty() || begin)) {
            out.insert({start, i, current});
            start = -1;
        }
        if (!label.isEmpty() && begin) {
            start = i;
            current = label;
        }
    }
    return out;
}

} // namespace

class TestEntityEval final : public QObject
{
    Q_OBJECT

private slots:
    void sampleArticle();
    void conllDev();
};

void TestEntityEval::sampleArticle()
{
    QFile file(sharedDir + u"/eval/gold/seed.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/eval/gold/seed.jsonl is absent");
    const QSet<QString> notEntities{u"QUOTE"_s, u"SOURCE"_s, u"CUE"_s, u"HEADLINE"_s, u"METADATA"_s,
                                    u"DISCLAIMER"_s, u"BOILERPLATE"_s};
    Counts counts;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject document = QJsonDocument::fromJson(line).object();
        std::set<Entity> gold;
        for (const QJsonValue &value : document.value(u"spans"_s).toArray()) {
            const QJsonObject span = value.toObject();
            const QString label = span.value(u"label"_s).toString();
            if (!notEntities.contains(label))
                gold.insert({span.value(u"start"_s).toInteger(), span.value(u"end"_s).toInteger(), label});
        }
        std::set<Entity> predicted;
        for (const EngineSpan &span : annotate(document.value(u"text"_s).toString()))
            predicted.insert({span.start, span.end, span.label});
        count(gold, predicted, counts);
    }
    qInfo().noquote() << u"sample article entities: micro"_s << counts.summary();
    QVERIFY2(counts.f1() >= 0.90, qPrintable(counts.summary()));
}

void TestEntityEval::conllDev()
{
    QFile file(sharedDir + u"/eval/conll/conllpp_dev.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/eval/conll/conllpp_dev.txt is absent");
    // Documents of sentences of (token, gold tag).
    struct Token
    {
        QString text;
        QString tag;
    };
    using Sentence = QList<Token>;
    using Document = QList<Sentence>;
    QList<Document> documents;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        if (columns.isEmpty()) {
            if (!documents.isEmpty() && !documents.last().isEmpty() && !documents.last().last().isEmpty())
                documents.last().append(Sentence());
            continue;
        }
        if (columns.first() == u"-DOCSTART-") {
            documents.append(Document());
            continue;
        }
        if (documents.isEmpty())
            documents.append(Document());
        if (documents.last().isEmpty())
            documents.last().append(Sentence());
        documents.last().last().append(Token{columns.first(), columns.last()});
    }

    annotate(u"Warm-up: the gazetteers load once."_s);
    QStringList goldTags, predictedTags;
    qint64 characters = 0;
    qint64 nanoseconds = 0;
    QElapsedTimer timer;
    for (const auto &sentences : std::as_const(documents)) {
        // One sentence a line, tokens joined by single spaces (all BMP text here, so code points
        // and UTF-16 positions agree for the mapping below).
        QString text;
        QList<std::pair<qint64, qint64>> positions;
        for (const auto &sentence : sentences) {
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                if (i > 0)
                    text += u' ';
                positions.append({text.size(), text.size() + sentence[i].text.size()});
                text += sentence[i].text;
                goldTags.append(sentence[i].tag);
            }
            if (!sentence.isEmpty())
                text += u'\n';
        }
        // The best of three runs, so that a busy machine disturbs the figure less.
        qint64 best = std::numeric_limits<qint64>::max();
        QList<EngineSpan> spans;
        for (int run = 0; run < 3; ++run) {
            timer.start();
            spans = annotate(text);
            best = qMin(best, timer.nsecsElapsed());
        }
        nanoseconds += best;
        characters += text.toUtf8().size();
        QStringList tags(positions.size(), u"O"_s);
        qsizetype token = 0;
        for (const EngineSpan &span : spans) {
            // A token is tagged when the whole token is inside the span.
            while (token < positions.size() && positions[token].second <= span.start)
                ++token;
            bool first = true;
            for (qsizetype t = token; t < positions.size() && positions[t].first < span.end; ++t) {
                if (positions[t].first >= span.start && positions[t].second <= span.end) {
                    tags[t] = (first ? u"B-"_s : u"I-"_s) + span.label;
                    first = false;
                }
            }
        }
        predictedTags.append(tags);
    }
    QCOMPARE(predictedTags.size(), goldTags.size());
    Counts counts;
    count(chunks(goldTags), chunks(predictedTags), counts);
    const double seconds = nanoseconds / 1e9;
    qInfo().noquote() << u"CoNLL++ dev entities: micro"_s << counts.summary();
    qInfo().noquote() << u"throughput: %1 MB of UTF-8 text in %2 s, %3 MB/s on one thread"_s
                             .arg(characters / 1e6, 0, 'f', 2).arg(seconds, 0, 'f', 3)
                             .arg(seconds > 0 ? characters / 1e6 / seconds : 0.0, 0, 'f', 1);
    QVERIFY2(counts.f1() >= 0.70, qPrintable(counts.summary()));
}

QTEST_GUILESS_MAIN(TestEntityEval)
#include "tst_entity_eval.moc"
