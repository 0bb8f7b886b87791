// PerceptronTagger: training (tagging and the blob are in perceptrontagger.cpp).
#include "perceptrontagger.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

#include <QHash>
#include <QSet>

#include "perceptronfeatures.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

using namespace PerceptronFeatures;

constexpr int kMaxLabels = 63;           // as the blob allows
constexpr quint32 kShuffleSeed = 20240611;
// Perceptron scores are not log-probabilities: taken as such they give overconfident
// marginals. Training fits a temperature that divides them; this is the fallback when there
// is too little data to fit one.
constexpr double kDefaultTemperature = 8.0;
constexpr double kTemperatures[] = {2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64};
constexpr qsizetype kMinSentencesToCalibrate = 10;
// With this many sentences and documents, one run on nine tenths of the documents fits the
// temperature on the last tenth; with less, five-fold cross-validation does.
constexpr qsizetype kSentencesForOneSplit = 500;
constexpr qsizetype kFolds = 5;

// --- open addressing map from feature key to interned index -----------------------------------

class KeyInterner final
{
public:
    KeyInterner() : m_keys(size_t(1) << 17, 0), m_indexes(m_keys.size(), -1) { }

    qint32 intern(quint64 key)
    {
        size_t slot = find(m_keys, key);
        if (m_keys[slot] == key)
            return m_indexes[slot];
        if ((m_order.size() + 1) * 2 > m_keys.size()) {
            grow();
            slot = find(m_keys, key);
        }
        m_keys[slot] = key;
        m_indexes[slot] = qint32(m_order.size());
        m_order.push_back(key);
        return m_indexes[slot];
    }
    const std::vector<quint64> &keys() const { return m_order; }

private:
    static size_t find(const std::vector<quint64> &keys, quint64 key)
    {
        const size_t mask = keys.size() - 1;
        size_t slot = size_t(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key)
            slot = (slot + 1) & mask;
        return slot;
    }
    void grow()
    {
        std::vector<quint64> keys(m_keys.size() * 2, 0);
        std::vector<qint32> indexes(keys.size(), -1);
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == 0)
                continue;
            const size_t slot = find(keys, m_keys[i]);
            keys[slot] = m_keys[i];
            indexes[slot] = m_indexes[i];
        }
        m_keys.swap(keys);
        m_indexes.swap(indexes);
    }

    std::vector<quint64> m_keys;
    std::vector<qint32> m_indexes;
    std::vector<quint64> m_order;
};

// The training documents with every static feature of every token interned once, so that
// epochs only add weights.
struct TrainingData
{
    TagSet tagSet;
    bool history = false;
    std::vector<qint32> features;
    std::vector<qsizetype> tokenStarts{0};    // into features, per token of all sentences
    std::vector<int> gold;                    // tag per token
    std::vector<quint64> words;               // history key per token (0: none)
    std::vector<qsizetype> sentenceStarts{0}; // into gold, per sentence
    std::vector<qsizetype> documentStarts{0}; // into sentences, per document
    std::vector<qsizetype> sources;           // caller's document index, per document
    QHash<quint64, qint32> historyRows;       // interned index of every history feature
    std::vector<quint64> keys;                // feature key per interned index
    int tokenCount = 0;

    qsizetype sentenceCount() const { return qsizetype(sentenceStarts.size()) - 1; }
    qsizetype documentCount() const { return qsizetype(documentStarts.size()) - 1; }
};

TrainingData collect(const QList<QList<TaggedSentence>> &documents, const TagSet &tagSet, bool history)
{
    TrainingData data;
    data.tagSet = tagSet;
    data.history = history;
    QHash<QString, int> labelIndex;
    for (int i = 0; i < tagSet.labels().size(); ++i)
        labelIndex.insert(tagSet.labels()[i], i);
    KeyInterner interner;
    for (const quint64 key : allHistoryKeys(int(tagSet.labels().size())))
        data.historyRows.insert(key, interner.intern(key));
    SentenceFeatures features;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        for (const TaggedSentence &sentence : documents[d]) {
            if (sentence.tokens.isEmpty() || sentence.tokens.size() != sentence.tags.size())
                continue;
            extract(sentence, features);
            for (const quint64 key : features.keys)
                data.features.push_back(interner.intern(key));
            const qsizetype base = data.tokenStarts.back();
            for (size_t i = 1; i < features.starts.size(); ++i)
                data.tokenStarts.push_back(base + features.starts[i]);
            const std::vector<int> tags = tagSet.fromStrings(sentence.tags, labelIndex);
            data.gold.insert(data.gold.end(), tags.begin(), tags.end());
            data.words.insert(data.words.end(), features.words.begin(), features.words.end());
            data.sentenceStarts.push_back(qsizetype(data.gold.size()));
            data.tokenCount += int(sentence.tokens.size());
        }
        if (data.sentenceCount() > data.documentStarts.back()) {
            data.documentStarts.push_back(data.sentenceCount());
            data.sources.push_back(d);
        }
    }
    data.keys = interner.keys();
    return data;
}

// Averaged weights of one perceptron run.
struct AveragedModel
{
    std::vector<float> transitions;
    std::vector<quint64> rowKeys;
    std::vector<float> weights;
};

// Trains on the documents `order` of `data`; progress gets the epoch and the fraction of this
// run done. Nullopt when cancelled.
std::optional<AveragedModel> runPerceptron(const TrainingData &data, std::vector<qsizetype> order, int epochs,
                                           const std::function<bool(int, double)> &progress)
{
    const size_t tags = size_t(data.tagSet.size());
    const size_t featureCount = data.keys.size();
    // Averaging as in Daume's thesis: weights w, and u accumulating step * update; the
    // average after c steps is w - u / c.
    std::vector<float> weights(featureCount * tags, 0.0f);
    std::vector<double> accumulated(featureCount * tags, 0.0);
    const size_t transitionSize = (tags + 1) * tags;
    std::vector<float> transitions(transitionSize, 0.0f);
    std::vector<double> transitionsAccumulated(transitionSize, 0.0);
    auto update = [](std::vector<float> &w, std::vector<double> &u, size_t index, float delta, double step) {
        w[index] += delta;
        u[index] += step * delta;
    };

    qsizetype sentencesPerEpoch = 0;
    for (const qsizetype d : order)
        sentencesPerEpoch += data.documentStarts[size_t(d) + 1] - data.documentStarts[size_t(d)];
    const double total = double(std::max<qsizetype>(1, sentencesPerEpoch)) * epochs;
    std::mt19937 shuffler(kShuffleSeed); // its output sequence is fixed by the standard
    DocumentHistory history(int(data.tagSet.labels().size()));
    std::vector<float> emission;
    std::vector<int> predicted;
    std::vector<qint32> dynamic;           // history feature rows of the sentence's tokens
    std::vector<qsizetype> dynamicStarts;
    std::vector<quint64> scratch;
    double step = 1;
    qsizetype visited = 0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        // Fisher-Yates by hand: std::shuffle's use of the generator is implementation-defined.
        for (size_t i = order.size(); i-- > 1;)
            std::swap(order[i], order[size_t(shuffler() % (i + 1))]);
        if (progress && !progress(epoch, double(visited) / total))
            return std::nullopt;
        for (const qsizetype d : order) {
            history.clear();
            for (qsizetype s = data.documentStarts[size_t(d)]; s < data.documentStarts[size_t(d) + 1]; ++s) {
                if (progress && ++visited % 256 == 0 && !progress(epoch, double(visited) / total))
                    return std::nullopt;
                const qsizetype first = data.sentenceStarts[size_t(s)];
                const qsizetype length = data.sentenceStarts[size_t(s) + 1] - first;
                emission.assign(size_t(length) * tags, 0.0f);
                dynamic.clear();
                dynamicStarts.assign(1, 0);
                for (qsizetype i = 0; i < length; ++i) {
                    float *row = &emission[size_t(i) * tags];
                    auto add = [&](qint32 feature) {
                        const float *w = &weights[size_t(feature) * tags];
                        for (size_t t = 0; t < tags; ++t)
                            row[t] += w[t];
                    };
                    for (qsizetype f = data.tokenStarts[size_t(first + i)]; f < data.tokenStarts[size_t(first + i + 1)]; ++f)
                        add(data.features[size_t(f)]);
                    if (data.history) {
                        scratch.clear();
                        historyKeys(history.counts(data.words[size_t(first + i)]), history.width(), i == 0, scratch);
                        for (const quint64 key : scratch) {
                            const qint32 feature = data.historyRows.value(key, -1);
                            if (feature >= 0) {
                                dynamic.push_back(feature);
                                add(feature);
                            }
                        }
                    }
                    dynamicStarts.push_back(qsizetype(dynamic.size()));
                }
                ChainTransitions(data.tagSet, transitions.data()).viterbi(emission.data(), length, predicted);
                const int *truth = &data.gold[size_t(first)];
                const int start = data.tagSet.size();
                for (qsizetype i = 0; i < length; ++i) {
                    const int want = truth[i];
                    const int got = predicted[size_t(i)];
                    const int wantBefore = i == 0 ? start : truth[i - 1];
                    const int gotBefore = i == 0 ? start : predicted[size_t(i - 1)];
                    if (want != got) {
                        auto reward = [&](qint32 feature) {
                            const size_t row = size_t(feature) * tags;
                            update(weights, accumulated, row + size_t(want), 1.0f, step);
                            update(weights, accumulated, row + size_t(got), -1.0f, step);
                        };
                        for (qsizetype f = data.tokenStarts[size_t(first + i)]; f < data.tokenStarts[size_t(first + i + 1)]; ++f)
                            reward(data.features[size_t(f)]);
                        for (qsizetype f = dynamicStarts[size_t(i)]; f < dynamicStarts[size_t(i) + 1]; ++f)
                            reward(dynamic[size_t(f)]);
                    }
                    if (want != got || wantBefore != gotBefore) {
                        update(transitions, transitionsAccumulated, size_t(wantBefore) * tags + size_t(want), 1.0f, step);
                        update(transitions, transitionsAccumulated, size_t(gotBefore) * tags + size_t(got), -1.0f, step);
                    }
                    if (data.history)
                        history.record(data.words[size_t(first + i)], data.tagSet.label(got));
                }
                step += 1;
            }
        }
    }

    // Keep the averaged weights of the rows that are not all zero (most features never
    // take part in a mistake).
    AveragedModel model;
    model.transitions.resize(transitionSize);
    for (size_t i = 0; i < transitionSize; ++i)
        model.transitions[i] = float(transitions[i] - transitionsAccumulated[i] / step);
    std::vector<float> averaged(tags);
    for (size_t f = 0; f < featureCount; ++f) {
        bool any = false;
        for (size_t t = 0; t < tags; ++t) {
            averaged[t] = float(weights[f * tags + t] - accumulated[f * tags + t] / step);
            any = any || averaged[t] != 0.0f;
        }
        if (!any)
            continue;
        model.rowKeys.push_back(data.keys[f]);
        model.weights.insert(model.weights.end(), averaged.begin(), averaged.end());
    }
    return model;
}

QStringList labelsOf(const QList<QList<TaggedSentence>> &documents)
{
    // Sorted, so that the tag set does not depend on the order of the data.
    QSet<QString> labelSet;
    for (const QList<TaggedSentence> &document : documents) {
        for (const TaggedSentence &sentence : document) {
            if (sentence.tokens.size() != sentence.tags.size())
                continue;
            for (const QString &tag : sentence.tags) {
                QString label;
                if (splitTagString(tag, &label) != u'O' && !label.isEmpty())
                    labelSet.insert(label);
            }
        }
    }
    QStringList labels(labelSet.cbegin(), labelSet.cend());
    labels.sort();
    return labels.mid(0, kMaxLabels);
}

} // namespace

void PerceptronTagger::addLogLikelihoods(const QList<QList<TaggedSentence>> &documents,
                                         const std::vector<qsizetype> &which, const QHash<QString, int> &labelIndex,
                                         std::vector<double> &sums) const
{
    std::vector<ChainTransitions> chains;
    for (const double temperature : kTemperatures)
        chains.emplace_back(m_tagSet, m_transitions.data(), temperature);
    for (const qsizetype d : which) {
        Workspace workspace(int(m_tagSet.labels().size()));
        for (const TaggedSentence &sentence : documents[d]) {
            const qsizetype n = sentence.tokens.size();
            if (n == 0 || n != sentence.tags.size())
                continue;
            extract(sentence, workspace.features);
            emissions(workspace);
            m_chain.viterbi(workspace.scores.data(), n, workspace.best);
            const std::vector<int> truth = m_tagSet.fromStrings(sentence.tags, labelIndex);
            for (size_t c = 0; c < std::size(kTemperatures); ++c) {
                const ChainPosteriors posteriors(chains[c], workspace.scores.data(), n);
                for (qsizetype i = 0; i < n; ++i)
                    sums[c] += std::log(std::max(1e-9, posteriors.marginal(i, truth[size_t(i)])));
            }
            if (m_documentHistory) {
                for (qsizetype i = 0; i < n; ++i)
                    workspace.history.record(workspace.features.words[size_t(i)], m_tagSet.label(workspace.best[size_t(i)]));
            }
        }
    }
}

bool PerceptronTagger::train(const QList<TaggedSentence> &sentences, int epochs, const Progress &progressAndContinue)
{
    QList<QList<TaggedSentence>> documents;
    documents.reserve(sentences.size());
    for (const TaggedSentence &sentence : sentences)
        documents.append({sentence});
    Options options;
    options.epochs = epochs;
    return train(documents, options, progressAndContinue);
}

bool PerceptronTagger::train(const QList<QList<TaggedSentence>> &documents, const Options &options,
                             const Progress &progressAndContinue)
{
    const TagSet tagSet(options.scheme, labelsOf(documents));
    const int epochs = options.epochs;
    if (tagSet.labels().isEmpty() || epochs < 1)
        return false;
    const TrainingData data = collect(documents, tagSet, options.documentHistory);
    const qsizetype sentenceCount = data.sentenceCount();
    const qsizetype documentCount = data.documentCount();
    if (sentenceCount == 0)
        return false;

    // Held-out documents for the temperature of the confidences: one tenth with enough data,
    // else each fifth in turn. Fewer than five documents are cut into their sentences.
    QList<QList<TaggedSentence>> split;
    if (documentCount < kFolds) {
        for (const QList<TaggedSentence> &document : documents) {
            for (const TaggedSentence &sentence : document)
                split.append({sentence});
        }
    }
    std::optional<TrainingData> splitData;
    if (!split.isEmpty())
        splitData = collect(split, tagSet, options.documentHistory);
    const TrainingData &calibration = splitData ? *splitData : data;
    const QList<QList<TaggedSentence>> &calibrationDocuments = split.isEmpty() ? documents : split;
    const bool oneSplit = sentenceCount >= kSentencesForOneSplit && documentCount >= 10;
    const qsizetype folds = sentenceCount < kMinSentencesToCalibrate || calibration.documentCount() < kFolds
        ? 0 : oneSplit ? 1 : kFolds;
    const qsizetype modulus = oneSplit ? 10 : kFolds;
    // Progress: each fold run costs about (modulus - 1) / modulus of the final run.
    const double foldCost = double(modulus - 1) / double(modulus);
    const double totalCost = double(folds) * foldCost + 1.0;
    double done = 0;
    auto stage = [&](double cost) {
        const double offset = done / totalCost, share = cost / totalCost;
        done += cost;
        return [&progressAndContinue, offset, share](int epoch, double fraction) {
            return !progressAndContinue || progressAndContinue(epoch, offset + share * fraction);
        };
    };
    QHash<QString, int> labelIndex;
    for (int i = 0; i < tagSet.labels().size(); ++i)
        labelIndex.insert(tagSet.labels()[i], i);
    std::vector<double> logLikelihood(std::size(kTemperatures), 0.0);
    for (qsizetype fold = 0; fold < folds; ++fold) {
        std::vector<qsizetype> fitting, heldOut;
        for (qsizetype d = 0; d < calibration.documentCount(); ++d)
            (d % modulus == (oneSplit ? modulus - 1 : fold) ? heldOut : fitting).push_back(d);
        const auto model = runPerceptron(calibration, fitting, epochs, stage(foldCost));
        if (!model)
            return false;
        PerceptronTagger probe;
        probe.m_documentHistory = options.documentHistory;
        probe.adopt(tagSet, model->transitions, model->rowKeys, model->weights);
        std::vector<qsizetype> sources;
        for (const qsizetype d : heldOut)
            sources.push_back(calibration.sources[size_t(d)]);
        probe.addLogLikelihoods(calibrationDocuments, sources, labelIndex, logLikelihood);
    }
    const double temperature = folds == 0 ? kDefaultTemperature
        : kTemperatures[std::max_element(logLikelihood.cbegin(), logLikelihood.cend()) - logLikelihood.cbegin()];

    std::vector<qsizetype> all(static_cast<size_t>(documentCount));
    for (qsizetype d = 0; d < documentCount; ++d)
        all[size_t(d)] = d;
    auto model = runPerceptron(data, all, epochs, stage(1.0));
    if (!model || (progressAndContinue && !progressAndContinue(epochs - 1, 1.0)))
        return false;

    m_documentHistory = options.documentHistory;
    m_temperature = temperature;
    adopt(tagSet, std::move(model->transitions), std::move(model->rowKeys), std::move(model->weights));
    // Whole seconds: the date goes through ISO text in the blob.
    m_trainedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_sentenceCount = int(sentenceCount);
    m_tokenCount = data.tokenCount;
    m_epochs = epochs;
    return true;
}

} // namespace Copydesk
