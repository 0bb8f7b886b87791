// Trains the perceptron tagger on CoNLL++ train and prints training time, model size, dev
// F1 (conlleval, exact chunks), tagging speed and how well confidences are calibrated.
// Times are CPU time of the one thread.
// Usage: bench_tagger [epochs] [--write-dev PREDICTED.conll] (for ../shared/eval/conll_score.py)
#include <ctime>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/perceptrontagger.h"
#include "engines/stringmatchmodel.h"
#include "engines/taggerevaluation.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// CPU time of this thread: the figures are per core and do not suffer from other work on
// the machine.
class CpuTimer final
{
public:
    void start() { m_start = now(); }
    void restart() { m_start = now(); }
    qint64 elapsed() const { return (now() - m_start) / 1000000; } // ms, as QElapsedTimer

private:
    static qint64 now()
    {
        timespec spec{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
        return qint64(spec.tv_sec) * 1000000000 + spec.tv_nsec;
    }
    qint64 m_start = 0;
};

static QList<TaggedSentence> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllColumns(&file);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = QStringLiteral(COPYDESK_SHARED_DIR) + u"/eval/conll/"_s;
    const QList<TaggedSentence> train = readFile(dir + u"conllpp_train.txt"_s);
    const QList<TaggedSentence> dev = readFile(dir + u"conllpp_dev.txt"_s);
    if (train.isEmpty() || dev.isEmpty()) {
        out << "CoNLL++ files not found under " << dir << Qt::endl;
        return 1;
    }
    const QStringList arguments = app.arguments();
    const int epochs = arguments.size() > 1 && arguments.at(1).toInt() > 0 ? arguments.at(1).toInt() : 10;
    const qsizetype writeAt = arguments.indexOf(u"--write-dev"_s);
    const QString writePath = writeAt > 0 && writeAt + 1 < arguments.size() ? arguments.at(writeAt + 1) : QString();

    PerceptronTagger tagger;
    CpuTimer timer;
    timer.start();
    tagger.train(train, epochs);
    const double trainSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    const QByteArray blob = tagger.serialize();
    const double serializeSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    const auto loaded = PerceptronTagger::deserialize(blob);
    const double loadSeconds = timer.elapsed() / 1000.0;
    if (!loaded) {
        out << "the model did not load back" << Qt::endl;
        return 1;
    }

    QList<QStringList> gold, predicted;
    QList<TagResult> results;
    qint64 bytes = 0;
    for (const TaggedSentence &sentence : dev) {
        gold.append(sentence.tags);
        for (const QString &token : sentence.tokens)
            bytes += token.toUtf8().size() + 1;
    }
    timer.restart();
    for (const TaggedSentence &sentence : dev)
        predicted.append(loaded->tag(sentence.tokens));
    const double tagSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    for (const TaggedSentence &sentence : dev)
        results.append(loaded->tagWithConfidence(sentence.tokens));
    const double confidenceSeconds = timer.elapsed() / 1000.0;

    const ChunkScores scores = scoreChunks(gold, predicted);
    if (!writePath.isEmpty()) {
        QFile file(writePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out << "cannot write " << writePath << Qt::endl;
            return 1;
        }
        QTextStream conll(&file);
        for (qsizetype s = 0; s < dev.size(); ++s) {
            for (qsizetype i = 0; i < dev[s].tokens.size(); ++i)
                conll << dev[s].tokens[i] << ' ' << predicted[s][i] << '\n';
            conll << '\n';
        }
    }
    out << "training: " << train.size() << " sentences, " << epochs << " epochs, " << trainSeconds << " s\n";
    out << "model: " << tagger.featureCount() << " weight rows, temperature " << tagger.confidenceTemperature() << ", " << blob.size() / 1024 << " KiB (serialize "
        << serializeSeconds << " s, load " << loadSeconds << " s)\n";
    out << "dev: P " << scores.overall.precision() << " R " << scores.overall.recall() << " F1 "
        << scores.overall.f1() << "\n";
    QStringList labels = scores.byLabel.keys();
    labels.sort();
    for (const QString &label : std::as_const(labels)) {
        const ChunkCounts &c = scores.byLabel[label];
        out << "  " << label << ": P " << c.precision() << " R " << c.recall() << " F1 " << c.f1() << "\n";
    }
    out << "tagging: " << bytes / 1e6 / tagSeconds << " MB/s (tags only), " << bytes / 1e6 / confidenceSeconds
        << " MB/s (with confidences)\n";

    // The engine end to end (tokenizer, tagger, spans) on raw text rebuilt from dev: 20
    // sentences a document, a sentence a line.
    {
        const std::unique_ptr<Engine> engine = createLearnedEntityEngine(blob);
        QList<EngineDocument> documents;
        qint64 rawBytes = 0;
        for (qsizetype s = 0; s < dev.size(); s += 20) {
            EngineDocument document;
            for (qsizetype k = s; k < std::min(dev.size(), s + 20); ++k)
                document.text += dev[k].tokens.join(u' ') + u'\n';
            rawBytes += document.text.toUtf8().size();
            documents.append(document);
        }
        timer.restart();
        qsizetype spans = 0;
        for (const EngineDocument &document : std::as_const(documents))
            spans += engine->annotate(document, nullptr).spans.size();
        const double engineSeconds = timer.elapsed() / 1000.0;
        out << "engine: " << rawBytes / 1e6 / engineSeconds << " MB/s of raw text, " << spans << " spans\n";

        // The string-match recommender with every gold entity of train as a labelled text.
        QList<QPair<QString, QString>> labelled;
        for (const TaggedSentence &sentence : train) {
            for (const TagChunk &chunk : tagChunks(sentence.tags))
                labelled.append({chunk.label, sentence.tokens.mid(chunk.start, chunk.end - chunk.start).join(u' ')});
        }
        const std::unique_ptr<Engine> matcher = createStringMatchEngine(StringMatchModel::build(labelled));
        timer.restart();
        qsizetype matches = 0;
        for (const EngineDocument &document : std::as_const(documents))
            matches += matcher->annotate(document, nullptr).spans.size();
        const double matchSeconds = timer.elapsed() / 1000.0;
        out << "string match: " << labelled.size() << " labelled texts, " << rawBytes / 1e6 / matchSeconds
            << " MB/s of raw text, " << matches << " matches\n";
    }

    // Token confidence against token accuracy, in bins.
    int count[5] = {}, right[5] = {};
    for (qsizetype s = 0; s < dev.size(); ++s) {
        for (qsizetype i = 0; i < dev[s].tags.size(); ++i) {
            const double c = results[s].confidences[i];
            const int bin = std::min(4, int(c * 5));
            ++count[bin];
            right[bin] += results[s].tags[i] == dev[s].tags[i] ? 1 : 0;
        }
    }
    out << "calibration (token confidence bin: accuracy, tokens):\n";
    for (int bin = 0; bin < 5; ++bin) {
        out << "  " << bin * 0.2 << "-" << (bin + 1) * 0.2 << ": "
            << (count[bin] ? double(right[bin]) / count[bin] : 0.0) << ", " << count[bin] << "\n";
    }
    // Entity confidence (mean token confidence) against entity precision.
    int spanCount[10] = {}, spanRight[10] = {};
    for (qsizetype s = 0; s < dev.size(); ++s) {
        const QList<TagChunk> goldChunks = tagChunks(dev[s].tags);
        for (const TagChunk &chunk : tagChunks(results[s].tags)) {
            double sum = 0;
            for (qsizetype i = chunk.start; i < chunk.end; ++i)
                sum += results[s].confidences[i];
            const double c = sum / double(chunk.end - chunk.start);
            const int bin = std::min(9, int(c * 10));
            ++spanCount[bin];
            spanRight[bin] += goldChunks.contains(chunk) ? 1 : 0;
        }
    }
    out << "calibration (entity confidence bin: precision, entities):\n";
    for (int bin = 0; bin < 10; ++bin) {
        out << "  " << bin * 0.1 << "-" << (bin + 1) * 0.1 << ": "
            << (spanCount[bin] ? double(spanRight[bin]) / spanCount[bin] : 0.0) << ", " << spanCount[bin] << "\n";
    }
    out.flush();
    return 0;
}
