#pragma once

#include <array>
#include <functional>
#include <vector>

#include <QtGlobal>

#include "attributionfeatures.h"
#include "attributionkeytable.h"

class QDataStream;

namespace Copydesk {

// Added to the scores of each role's tags before decoding (by AttributionRole; None's is 0):
// more of a role found at the price of precision.
using AttributionBias = std::array<float, 4>;

// The attribution model's sequence labeller: an averaged structured perceptron (Collins
// 2002) over AttributionTag sequences, first-order Viterbi restricted to legal BIO bigrams,
// and marginals by forward-backward over the scores divided by a temperature. Features are
// AttributionHash keys given per token (see attributionFeatures()); features seen fewer than
// `minCount` times in training are left out, so are rows whose averaged weights are all zero.
// Immutable in use: tag() is const and thread-safe.
class AttributionTagger final
{
public:
    // Feature keys of every token of one training sequence (keys[starts[i]..starts[i+1])).
    using FeatureSource = std::function<void(qsizetype sequence, std::vector<quint64> &keys,
                                             std::vector<qsizetype> &starts)>;
    using Progress = std::function<bool(double fraction)>;

    // Trains on `gold.size()` sequences (visited in an order shuffled with a fixed seed).
    // Returns false when cancelled or when there is nothing to learn from.
    bool train(const FeatureSource &features, const std::vector<std::vector<quint8>> &gold, int epochs, int minCount,
               const Progress &progress = {});

    bool isTrained() const { return m_rows.size() > 0; }

    // Best tags; when `marginals` is given, also each token's tag probabilities
    // (kAttributionTagCount per token).
    void tag(const std::vector<quint64> &keys, const std::vector<qsizetype> &starts, std::vector<quint8> &tags,
             std::vector<float> *marginals = nullptr, const AttributionBias *bias = nullptr) const;
    // tag() in two steps: the emission scores (tokens x tags), then decoding them.
    void emissions(const std::vector<quint64> &keys, const std::vector<qsizetype> &starts,
                   std::vector<float> &scores) const;
    void decode(std::vector<float> scores, std::vector<quint8> &tags, std::vector<float> *marginals = nullptr,
                const AttributionBias *bias = nullptr) const;

    double temperature() const { return m_temperature; }
    void setTemperature(double temperature) { m_temperature = temperature; }
    qsizetype featureCount() const { return m_rows.size(); }

    void write(QDataStream &out) const;
    bool read(QDataStream &in);

private:
    static constexpr int kTransitionRows = kAttributionTagCount + 1; // the last row: sequence start
    std::vector<float> m_transitions = std::vector<float>(kTransitionRows * kAttributionTagCount, 0.0f);
    AttributionRowTable<kAttributionTagCount> m_rows; // feature key -> weight of each tag
    double m_temperature = 4.0;
};

// Viterbi over emission scores (n x tags) and transitions ((tags + 1) x tags, the last row the
// start), restricted to legal bigrams.
void attributionViterbi(const std::vector<float> &emissions, const std::vector<float> &transitions, qsizetype n,
                        std::vector<quint8> &tags);

} // namespace Copydesk
