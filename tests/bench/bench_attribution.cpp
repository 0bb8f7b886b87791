// Trains the attribution model on PolNeAR train and prints the training time, the model's
// size, its scores next to the rules' (score.py's matching) and the tagging speed.
// Times are CPU time of the one thread.
// Usage: bench_attribution [--heldout] [--no-rules] [--no-calibrate] [--no-stack] [--epochs N] [--min-count N] [--rounds N] [--write OUT.jsonl]
//                         [--save MODEL | --load MODEL] [--speed]
//   --heldout: train on five sixths of train (700 articles) and score the other sixth (140),
//              instead of training on all of train and scoring dev.
//   --no-rules: the model without the rule engine's findings as features.
//   --save, --load: keep the trained model in a file, or score one kept before; --speed: only
//   the tagging speed.
//   --write: the model's suggestions on the scored articles as JSONL (ids doc1, doc2...).
#include <ctime>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "engines/attributionevaluation.h"
#include "engines/attributionmodel.h"
#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// CPU time of this thread: the figures are per core and do not suffer from other work on
// the machine.
qint64 cpuMilliseconds()
{
    timespec spec{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return qint64(spec.tv_sec) * 1000 + spec.tv_nsec / 1000000;
}

qint64 textBytes(const QList<AttributionDocument> &documents)
{
    qint64 bytes = 0;
    for (const AttributionDocument &document : documents)
        bytes += document.text.toUtf8().size();
    return bytes;
}

// How often a span of each confidence band is right (QUOTE: overlap of half; CUE exact).
void printCalibration(QTextStream &out, const Engine &engine, const QList<AttributionDocument> &documents)
{
    int total[10] = {}, right[10] = {};
    for (const AttributionDocument &document : documents) {
        EngineDocument input;
        input.text = document.text;
        input.existing = document.furniture;
        const EngineResult result = engine.annotate(input, nullptr);
        for (const SuggestedSpan &span : result.spans) {
            EngineResult one;
            one.spans.append(span);
            EngineResult gold;
            for (const SuggestedSpan &g : document.gold.spans) {
                if (g.label == span.label)
                    gold.spans.append(g);
            }
            const AttributionScores scores = scoreAttribution(document.text, gold, one);
            const int tp = scores.quotes.truePositives + scores.sources.truePositives + scores.cues.truePositives;
            const int band = std::min(9, int(span.confidence * 10));
            ++total[band];
            right[band] += tp > 0;
        }
    }
    out << "confidence band: spans, share right\n";
    for (int band = 0; band < 10; ++band) {
        if (total[band])
            out << u"  %1-%2: %3, %4\n"_s.arg(band / 10.0, 0, 'f', 1).arg((band + 1) / 10.0, 0, 'f', 1).arg(total[band]).arg(double(right[band]) / total[band], 0, 'f', 3);
    }
}

// The engine's spans on the scored documents as Copydesk JSONL (code points), for score.py.
void writePredictions(const QString &path, const Engine &engine, const QList<AttributionDocument> &documents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    int number = 0;
    for (const AttributionDocument &document : documents) {
        EngineDocument input;
        input.text = document.text;
        input.existing = document.furniture;
        const EngineResult result = engine.annotate(input, nullptr);
        const TextOffsets offsets(document.text);
        QJsonArray spans, relations;
        for (const SuggestedSpan &span : result.spans) {
            QJsonObject object{{u"id"_s, span.key}, {u"start"_s, offsets.toCodePoint(span.start)},
                               {u"end"_s, offsets.toCodePoint(span.end)}, {u"label"_s, span.label},
                               {u"confidence"_s, span.confidence}};
            if (!span.attrs.isEmpty())
                object.insert(u"attrs"_s, span.attrs);
            spans.append(object);
        }
        for (const SuggestedRelation &relation : result.relations)
            relations.append(QJsonObject{{u"label"_s, relation.label}, {u"head"_s, relation.head}, {u"child"_s, relation.child}});
        const QJsonObject object{{u"id"_s, u"doc%1"_s.arg(++number)}, {u"text"_s, document.text}, {u"spans"_s, spans},
                                 {u"relations"_s, relations}};
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const QString dir = QStringLiteral(COPYDESK_SHARED_DIR) + u"/eval/polnear/"_s;
    QList<AttributionDocument> train = readAttributionJsonl(dir + u"train.jsonl"_s);
    QList<AttributionDocument> test;
    if (arguments.contains(u"--heldout"_s)) {
        QList<AttributionDocument> kept;
        for (qsizetype i = 0; i < train.size(); ++i)
            (i % 6 == 5 ? test : kept).append(train[i]);
        train = kept;
    } else {
        test = readAttributionJsonl(dir + u"dev.jsonl"_s);
    }
    if (train.isEmpty() || test.isEmpty()) {
        out << "PolNeAR files not found under " << dir << Qt::endl;
        return 1;
    }
    AttributionTrainOptions options;
    options.ruleFeatures = !arguments.contains(u"--no-rules"_s);
    options.calibrate = !arguments.contains(u"--no-calibrate"_s);
    options.stacked = !arguments.contains(u"--no-stack"_s);
    const qsizetype epochsAt = arguments.indexOf(u"--epochs"_s);
    if (epochsAt > 0 && epochsAt + 1 < arguments.size())
        options.epochs = options.linkerEpochs = arguments.at(epochsAt + 1).toInt();
    const qsizetype minCountAt = arguments.indexOf(u"--min-count"_s);
    if (minCountAt > 0 && minCountAt + 1 < arguments.size())
        options.minFeatureCount = arguments.at(minCountAt + 1).toInt();
    const qsizetype roundsAt = arguments.indexOf(u"--rounds"_s);
    const int rounds = roundsAt > 0 && roundsAt + 1 < arguments.size() ? std::max(1, arguments.at(roundsAt + 1).toInt()) : 1;

    out << u"training on %1 articles (%2 MB), scoring %3 articles; rule features %4, calibration %5, %6 epochs\n"_s
               .arg(train.size())
               .arg(textBytes(train) / 1e6, 0, 'f', 1)
               .arg(test.size())
               .arg(options.ruleFeatures ? u"on"_s : u"off"_s, options.calibrate ? u"on"_s : u"off"_s)
               .arg(options.epochs)
        << Qt::flush;
    qint64 started = cpuMilliseconds();
    QByteArray blob;
    const qsizetype loadAt = arguments.indexOf(u"--load"_s);
    if (loadAt > 0 && loadAt + 1 < arguments.size()) {
        QFile file(arguments.at(loadAt + 1));
        if (file.open(QIODevice::ReadOnly))
            blob = file.readAll();
        out << u"loaded %1 (%2 MB)\n"_s.arg(arguments.at(loadAt + 1)).arg(blob.size() / 1e6, 0, 'f', 1);
    } else {
        const std::optional<AttributionModel> model = AttributionModel::train(train, options);
        const qint64 trainMilliseconds = cpuMilliseconds() - started;
        if (!model) {
            out << "training failed\n";
            return 1;
        }
        blob = model->serialize();
        out << u"training: %1 s CPU; model %2 MB, %3 tagger features; role bias %4/%5/%6 (source/cue/content), temperature %7\n"_s
                   .arg(trainMilliseconds / 1000.0, 0, 'f', 1)
                   .arg(blob.size() / 1e6, 0, 'f', 1)
                   .arg(model->featureCount())
                   .arg(model->roleBias()[1])
                   .arg(model->roleBias()[2])
                   .arg(model->roleBias()[3])
                   .arg(model->temperature());
        const qsizetype saveAt = arguments.indexOf(u"--save"_s);
        if (saveAt > 0 && saveAt + 1 < arguments.size()) {
            QFile file(arguments.at(saveAt + 1));
            if (file.open(QIODevice::WriteOnly))
                file.write(blob);
        }
    }
    const bool speedOnly = arguments.contains(u"--speed"_s);
    const std::unique_ptr<Engine> rules = createSourcingEngine();
    const std::unique_ptr<Engine> engine = createAttributionEngine(blob);
    if (!engine) {
        out << "the model does not read back\n";
        return 1;
    }
    if (!speedOnly) {
        out << "\nrules alone (copydesk-sourcing):\n" << evaluateAttributionEngine(*rules, test).summary();
        out << "\nlearned model (copydesk-attribution):\n" << evaluateAttributionEngine(*engine, test).summary() << Qt::flush;
    }

    const qint64 bytes = textBytes(test) * rounds;
    started = cpuMilliseconds();
    for (int round = 0; round < rounds; ++round) {
        for (const AttributionDocument &document : std::as_const(test)) {
            EngineDocument input;
            input.text = document.text;
            input.existing = document.furniture;
            engine->annotate(input, nullptr);
        }
    }
    const qint64 tagMilliseconds = std::max<qint64>(1, cpuMilliseconds() - started);
    out << u"\ntagging (rules included): %1 MB/s per core\n"_s.arg(bytes / 1e3 / tagMilliseconds, 0, 'f', 2);
    if (speedOnly)
        return 0;
    printCalibration(out, *engine, test);
    const qsizetype writeAt = arguments.indexOf(u"--write"_s);
    if (writeAt > 0 && writeAt + 1 < arguments.size())
        writePredictions(arguments.at(writeAt + 1), *engine, test);
    return 0;
}
