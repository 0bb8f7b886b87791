// Trains the learned entity tagger on CoNLL++ train the way a project does (whole documents,
// the labels mapped into the default schema) and prints training time, model size, F1
// (conlleval, exact chunks), the engine's speed on raw text and how well its confidences
// are calibrated. Times are CPU time of the one thread.
//
// Usage: bench_tagger [--epochs N] [--without PART,...] [--with PART,...] [--heldout | --fold K]
//                     [--rounds N] [--parts] [--write PREDICTED.conll]
//   --without   switch parts of the tagger off to measure them: history, rules, gazetteer
//   --with      switch parts on that are off by default: clusters, bilou (BILOU tags)
//   --heldout   train on four fifths of the train documents and score the last fifth (for
//               choosing features without looking at dev); default: train on all of train
//               and score dev
//   --fold K    the same with the fifth K (0 to 4; --heldout is fold 4)
//   --documents N  train on the first N training documents only (a small project)
//   --rounds    tag the test documents this many times (for profiling)
//   --parts     also time the engine's parts: tokenizer, rule and gazetteer features, tagger
//   --write     the scored predictions as "token TAG" lines, for ../shared/eval/conll_score.py
#include <ctime>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/entityfeatures.h"
#include "engines/learnedengines.h"
#include "engines/perceptrontagger.h"
#include "engines/stringmatchmodel.h"
#include "engines/taggerevaluation.h"
#include "engines/taggertokenizer.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// CPU time of this thread: the figures are per core and do not suffer from other work on
// the machine.
class CpuTimer final
{
public:
    void restart() { m_start = now(); }
    double seconds() const { return double(now() - m_start) / 1e9; }

private:
    static qint64 now()
    {
        timespec spec{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
        return qint64(spec.tv_sec) * 1000000000 + spec.tv_nsec;
    }
    qint64 m_start = now();
};

QList<QList<TaggedSentence>> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllDocuments(&file);
}

// CoNLL's classes in the default schema, as the CoNLL import maps them, and back.
const QHash<QString, QString> &toSchema()
{
    static const QHash<QString, QString> map{
        {u"PER"_s, u"PERSON"_s}, {u"LOC"_s, u"GPE"_s}, {u"ORG"_s, u"ORG"_s}, {u"MISC"_s, u"NORP"_s}};
    return map;
}

const QHash<QString, QString> &toConll()
{
    static const QHash<QString, QString> map{
        {u"PERSON"_s, u"PER"_s}, {u"GPE"_s, u"LOC"_s}, {u"ORG"_s, u"ORG"_s}, {u"NORP"_s, u"MISC"_s}};
    return map;
}

bool parseParts(const QString &parts, bool on, LearnedTaggerOptions &options, QTextStream &out)
{
    for (const QString &part : parts.split(u',', Qt::SkipEmptyParts)) {
        if (part == u"history")
            options.documentHistory = on;
        else if (part == u"rules")
            options.rules = on;
        else if (part == u"gazetteer")
            options.gazetteer = on;
        else if (part == u"clusters")
            options.clusters = on;
        else if (part == u"bilou")
            options.bilou = on;
        else {
            out << "unknown part: " << part << Qt::endl;
            return false;
        }
    }
    return true;
}

void printScores(QTextStream &out, const QString &what, const ChunkScores &scores)
{
    out << what << ": P " << scores.overall.precision() << " R " << scores.overall.recall() << " F1 "
        << scores.overall.f1() << "\n";
    QStringList labels = scores.byLabel.keys();
    labels.sort();
    for (const QString &label : std::as_const(labels)) {
        const ChunkCounts &c = scores.byLabel[label];
        out << "  " << label << ": P " << c.precision() << " R " << c.recall() << " F1 " << c.f1() << "\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    auto value = [&](const QString &name) {
        const qsizetype at = arguments.indexOf(name);
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    LearnedTaggerOptions options;
    if (const int epochs = value(u"--epochs"_s).toInt(); epochs > 0)
        options.epochs = epochs;
    if (!parseParts(value(u"--without"_s), false, options, out) || !parseParts(value(u"--with"_s), true, options, out))
        return 2;
    const bool heldOut = arguments.contains(u"--heldout"_s) || !value(u"--fold"_s).isEmpty();
    const int fold = value(u"--fold"_s).isEmpty() ? 4 : value(u"--fold"_s).toInt();
    const QString writePath = value(u"--write"_s);

    const QString dir = QStringLiteral(COPYDESK_SHARED_DIR) + u"/eval/conll/"_s;
    const QList<QList<TaggedSentence>> train = readFile(dir + u"conllpp_train.txt"_s);
    QList<QList<TaggedSentence>> test = heldOut ? QList<QList<TaggedSentence>>() : readFile(dir + u"conllpp_dev.txt"_s);
    if (train.isEmpty() || (!heldOut && test.isEmpty())) {
        out << "CoNLL++ files not found under " << dir << Qt::endl;
        return 1;
    }
    const qsizetype maxDocuments = value(u"--documents"_s).isEmpty() ? train.size() : value(u"--documents"_s).toLongLong();
    QList<LabelledDocument> documents;
    qsizetype trainSentences = 0;
    for (qsizetype d = 0; d < train.size(); ++d) {
        if (heldOut && d % 5 == fold) {
            test.append(train[d]);
            continue;
        }
        if (documents.size() >= maxDocuments)
            continue;
        documents.append(labelledDocumentFromColumns(train[d], toSchema()));
        trainSentences += train[d].size();
    }

    CpuTimer timer;
    const QByteArray blob = trainLearnedEntityModel(documents, options);
    const double trainSeconds = timer.seconds();
    const std::unique_ptr<Engine> engine = createLearnedEntityEngine(blob);
    const std::optional<PerceptronTagger> tagger = PerceptronTagger::deserialize(blob);
    if (!engine || !tagger) {
        out << "the model did not load back" << Qt::endl;
        return 1;
    }
    qsizetype trainSpans = 0;
    for (const LabelledDocument &document : std::as_const(documents))
        trainSpans += document.spans.size();
    out << "training: " << documents.size() << " documents, " << trainSentences << " sentences, " << trainSpans
        << " entities, " << options.epochs << " epochs, " << trainSeconds << " s\n";
    out << "model: " << tagger->featureCount() << " weight rows, temperature " << tagger->confidenceTemperature()
        << ", " << blob.size() / 1024 << " KiB\n";

    // The engine on the raw text of each test document, as a project holds it.
    QList<EngineDocument> inputs;
    qint64 bytes = 0;
    for (const QList<TaggedSentence> &document : std::as_const(test)) {
        EngineDocument input;
        input.text = labelledDocumentFromColumns(document).text;
        bytes += input.text.toUtf8().size();
        inputs.append(input);
    }
    QList<EngineResult> results;
    const int rounds = std::max(1, value(u"--rounds"_s).toInt());
    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        results.clear();
        for (const EngineDocument &input : std::as_const(inputs))
            results.append(engine->annotate(input, nullptr));
    }
    const double tagSeconds = timer.seconds() / rounds;
    // The rule engine alone, part of the tagger's features.
    const std::unique_ptr<Engine> rules = createEntityEngine();
    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        for (const EngineDocument &input : std::as_const(inputs))
            rules->annotate(input, nullptr);
    }
    const double ruleSeconds = timer.seconds() / rounds;
    if (arguments.contains(u"--parts"_s)) {
        // Where the engine's time goes.
        QList<QList<TaggerSentence>> tokens;
        timer.restart();
        for (const EngineDocument &input : std::as_const(inputs))
            tokens.append(TaggerTokenizer::sentences(input.text));
        out << "  tokenizer: " << bytes / 1e6 / timer.seconds() << " MB/s\n";
        QList<QList<TaggedSentence>> plain;
        for (const QList<TaggerSentence> &document : std::as_const(tokens)) {
            QList<TaggedSentence> sentences;
            for (const TaggerSentence &sentence : document) {
                TaggedSentence tagged;
                for (const TaggerToken &token : sentence)
                    tagged.tokens.append(token.text);
                sentences.append(tagged);
            }
            plain.append(sentences);
        }
        for (const auto &[name, set] : {std::pair{"rules", EntityFeatureSet{true, false, false}},
                                        std::pair{"gazetteer", EntityFeatureSet{false, true, false}}}) {
            QList<QList<TaggedSentence>> copy = plain;
            timer.restart();
            for (qsizetype d = 0; d < inputs.size(); ++d)
                EntityFeatures::add(inputs[d].text, tokens[d], copy[d], set, nullptr);
            out << "  features " << name << ": " << bytes / 1e6 / timer.seconds() << " MB/s\n";
        }
        timer.restart();
        for (const QList<TaggedSentence> &document : std::as_const(plain))
            tagger->tagDocument(document);
        out << "  tagger without extras: " << bytes / 1e6 / timer.seconds() << " MB/s\n";
    }

    QList<QStringList> gold, predicted;
    // Entity confidence against precision, in bins of 0.1.
    int spanCount[10] = {}, spanRight[10] = {};
    for (qsizetype d = 0; d < test.size(); ++d) {
        const QList<QStringList> tags = columnTagsFromSpans(test[d], results[d].spans, toConll());
        for (qsizetype s = 0; s < test[d].size(); ++s) {
            gold.append(test[d][s].tags);
            predicted.append(tags[s]);
        }
        const LabelledDocument truth = labelledDocumentFromColumns(test[d], toSchema());
        for (const SuggestedSpan &span : results[d].spans) {
            const int bin = std::clamp(int(span.confidence * 10), 0, 9);
            ++spanCount[bin];
            const bool right = std::any_of(truth.spans.cbegin(), truth.spans.cend(), [&span](const LabelledSpan &t) {
                return t.start == span.start && t.end == span.end && t.label == span.label;
            });
            spanRight[bin] += right ? 1 : 0;
        }
    }
    printScores(out, heldOut ? u"held-out train (fold %1: every fifth document)"_s.arg(fold) : u"dev"_s, scoreChunks(gold, predicted));
    out << "tagging (engine on raw text): " << bytes / 1e6 / tagSeconds << " MB/s (of which the rule engine "
        << bytes / 1e6 / ruleSeconds << " MB/s)\n";
    out << "calibration (suggestion confidence: precision, suggestions):\n";
    for (int bin = 0; bin < 10; ++bin) {
        out << "  " << bin * 0.1 << "-" << (bin + 1) * 0.1 << ": "
            << (spanCount[bin] ? double(spanRight[bin]) / spanCount[bin] : 0.0) << ", " << spanCount[bin] << "\n";
    }
    if (!writePath.isEmpty()) {
        QFile file(writePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out << "cannot write " << writePath << Qt::endl;
            return 1;
        }
        QTextStream conll(&file);
        qsizetype k = 0;
        for (const QList<TaggedSentence> &document : std::as_const(test)) {
            conll << "-DOCSTART- O\n\n";
            for (const TaggedSentence &sentence : document) {
                const QStringList &tags = predicted[k++];
                for (qsizetype i = 0; i < sentence.tokens.size(); ++i)
                    conll << sentence.tokens[i] << ' ' << tags[i] << '\n';
                conll << '\n';
            }
        }
    }
    out.flush();
    return 0;
}
