#include "attributiontagger.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include <QDataStream>
#include <QFloat16>

namespace Copydesk {
namespace {

constexpr int T = kAttributionTagCount;
constexpr int kStart = T; // the transitions' start row
constexpr quint32 kShuffleSeed = 20250117;
constexpr float kNegative = -1e30f;
// Rows whose averaged weights all stay below this were (almost) never updated.
constexpr float kNegligible = 1e-3f;

// Forward-backward over exp(scores / temperature), scaled per position; fills n x T
// probabilities.
void marginalsOf(const std::vector<float> &emissions, const std::vector<float> &transitions, qsizetype n,
                 double temperature, std::vector<float> &out)
{
    double move[T][T], start[T];
    for (int p = 0; p < T; ++p) {
        for (int t = 0; t < T; ++t)
            move[p][t] = isAllowedTransition(p, t) ? std::exp(transitions[p * T + t] / temperature) : 0.0;
    }
    for (int t = 0; t < T; ++t)
        start[t] = t == TagOutside || isBeginTag(t) ? std::exp(transitions[kStart * T + t] / temperature) : 0.0;
    // Emissions as probabilities relative to each position's best tag.
    std::vector<double> local(n * T), alpha(n * T), beta(n * T);
    for (qsizetype i = 0; i < n; ++i) {
        const float top = *std::max_element(emissions.cbegin() + i * T, emissions.cbegin() + (i + 1) * T);
        for (int t = 0; t < T; ++t)
            local[i * T + t] = std::exp((emissions[i * T + t] - top) / temperature);
    }
    auto normalise = [](double *values) {
        double sum = 0;
        for (int t = 0; t < T; ++t)
            sum += values[t];
        if (sum > 0) {
            for (int t = 0; t < T; ++t)
                values[t] /= sum;
        }
    };
    for (int t = 0; t < T; ++t)
        alpha[t] = start[t] * local[t];
    normalise(&alpha[0]);
    for (qsizetype i = 1; i < n; ++i) {
        for (int t = 0; t < T; ++t) {
            double sum = 0;
            for (int p = 0; p < T; ++p)
                sum += alpha[(i - 1) * T + p] * move[p][t];
            alpha[i * T + t] = sum * local[i * T + t];
        }
        normalise(&alpha[i * T]);
    }
    for (int t = 0; t < T; ++t)
        beta[(n - 1) * T + t] = 1.0;
    for (qsizetype i = n - 2; i >= 0; --i) {
        for (int p = 0; p < T; ++p) {
            double sum = 0;
            for (int t = 0; t < T; ++t)
                sum += move[p][t] * local[(i + 1) * T + t] * beta[(i + 1) * T + t];
            beta[i * T + p] = sum;
        }
        normalise(&beta[i * T]);
    }
    out.resize(n * T);
    for (qsizetype i = 0; i < n; ++i) {
        double sum = 0;
        for (int t = 0; t < T; ++t)
            sum += alpha[i * T + t] * beta[i * T + t];
        for (int t = 0; t < T; ++t)
            out[i * T + t] = sum > 0 ? float(alpha[i * T + t] * beta[i * T + t] / sum) : 0.0f;
    }
}

// A table with a zero row for every feature seen `minCount` times or more.
AttributionRowTable<T> featureTable(const AttributionTagger::FeatureSource &features, qsizetype count, int minCount)
{
    std::vector<quint64> keys;
    std::vector<qsizetype> starts;
    AttributionKeyTable counts;
    for (qsizetype s = 0; s < count; ++s) {
        features(s, keys, starts);
        for (const quint64 key : keys) {
            quint32 &seen = counts[key];
            if (seen < 0xffff)
                ++seen;
        }
    }
    AttributionRowTable<T> table;
    qsizetype kept = 0;
    counts.forEach([&](quint64, quint32 seen) { kept += seen >= quint32(minCount); });
    table.reserve(kept);
    counts.forEach([&](quint64 key, quint32 seen) {
        if (seen >= quint32(minCount))
            table.insert(key);
    });
    return table;
}

} // namespace

void attributionViterbi(const std::vector<float> &emissions, const std::vector<float> &transitions, qsizetype n,
                        std::vector<quint8> &tags)
{
    tags.assign(n, TagOutside);
    if (n == 0)
        return;
    std::vector<float> best(n * T);
    std::vector<quint8> back(n * T, 0);
    for (int t = 0; t < T; ++t)
        best[t] = (t == TagOutside || isBeginTag(t)) ? emissions[t] + transitions[kStart * T + t] : kNegative;
    for (qsizetype i = 1; i < n; ++i) {
        for (int t = 0; t < T; ++t) {
            float top = kNegative;
            quint8 from = 0;
            for (int p = 0; p < T; ++p) {
                if (!isAllowedTransition(p, t))
                    continue;
                const float score = best[(i - 1) * T + p] + transitions[p * T + t];
                if (score > top) {
                    top = score;
                    from = quint8(p);
                }
            }
            best[i * T + t] = top + emissions[i * T + t];
            back[i * T + t] = from;
        }
    }
    int last = 0;
    for (int t = 1; t < T; ++t) {
        if (best[(n - 1) * T + t] > best[(n - 1) * T + last])
            last = t;
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        tags[i] = quint8(last);
        last = back[i * T + last];
    }
}

bool AttributionTagger::train(const FeatureSource &features, const std::vector<std::vector<quint8>> &gold, int epochs,
                              int minCount, const Progress &progress)
{
    const qsizetype count = qsizetype(gold.size());
    std::vector<quint64> keys;
    std::vector<qsizetype> starts;
    // Weights live in the table's slots (one cache line a lookup); their running totals for
    // the average beside it, by slot.
    AttributionRowTable<T> table = featureTable(features, count, minCount);
    if (table.size() == 0)
        return false;

    std::vector<float> totals(std::size_t(table.slotCount()) * T, 0.0f);
    std::vector<float> transitions(kTransitionRows * T, 0.0f);
    std::vector<double> transitionTotals(kTransitionRows * T, 0.0);
    std::vector<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(kShuffleSeed);
    double clock = 1;
    std::vector<qsizetype> tokenSlots;
    std::vector<float> scores;
    std::vector<quint8> predicted;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        for (qsizetype k = 0; k < count; ++k) {
            if (progress && k % 256 == 0 && !progress((epoch + double(k) / count) / epochs))
                return false;
            const qsizetype s = order[k];
            features(s, keys, starts);
            const qsizetype n = qsizetype(starts.size()) - 1;
            if (n <= 0 || qsizetype(gold[s].size()) != n)
                continue;
            for (const quint64 key : keys)
                table.prefetch(key);
            tokenSlots.resize(keys.size());
            scores.assign(n * T, 0.0f);
            for (qsizetype i = 0; i < n; ++i) {
                float *score = &scores[i * T];
                for (qsizetype f = starts[i]; f < starts[i + 1]; ++f) {
                    const qsizetype slot = table.slotOf(keys[f]);
                    tokenSlots[f] = slot;
                    if (slot < 0)
                        continue;
                    const float *w = table.weightsAt(slot);
                    for (int t = 0; t < T; ++t)
                        score[t] += w[t];
                }
            }
            attributionViterbi(scores, transitions, n, predicted);
            const std::vector<quint8> &truth = gold[s];
            if (predicted == truth) {
                clock += 1;
                continue;
            }
            const float now = float(clock);
            for (qsizetype i = 0; i < n; ++i) {
                const int g = truth[i], p = predicted[i];
                if (g != p) {
                    for (qsizetype f = starts[i]; f < starts[i + 1]; ++f) {
                        const qsizetype slot = tokenSlots[f];
                        if (slot < 0)
                            continue;
                        float *w = table.weightsAt(slot);
                        float *total = &totals[std::size_t(slot) * T];
                        w[g] += 1.0f;
                        total[g] += now;
                        w[p] -= 1.0f;
                        total[p] -= now;
                    }
                }
                const int previousGold = i == 0 ? kStart : truth[i - 1];
                const int previousPredicted = i == 0 ? kStart : predicted[i - 1];
                if (g != p || previousGold != previousPredicted) {
                    transitions[previousGold * T + g] += 1.0f;
                    transitionTotals[previousGold * T + g] += clock;
                    transitions[previousPredicted * T + p] -= 1.0f;
                    transitionTotals[previousPredicted * T + p] -= clock;
                }
            }
            clock += 1;
        }
    }

    // The averaged weights (Daume's trick: w - totals / clock); rows that stay near zero go.
    m_rows.clear();
    for (qsizetype slot = 0; slot < table.slotCount(); ++slot) {
        if (!table.keyAt(slot))
            continue;
        float averaged[T];
        bool any = false;
        const float *w = table.weightsAt(slot);
        for (int t = 0; t < T; ++t) {
            averaged[t] = float(w[t] - totals[std::size_t(slot) * T + t] / clock);
            any = any || std::abs(averaged[t]) >= kNegligible;
        }
        if (any)
            std::copy(averaged, averaged + T, m_rows.insert(table.keyAt(slot)));
    }
    for (std::size_t i = 0; i < transitions.size(); ++i)
        m_transitions[i] = float(transitions[i] - transitionTotals[i] / clock);
    if (progress)
        progress(1.0);
    return true;
}

void AttributionTagger::emissions(const std::vector<quint64> &keys, const std::vector<qsizetype> &starts,
                                  std::vector<float> &scores) const
{
    const qsizetype n = qsizetype(starts.size()) - 1;
    scores.assign(n * T, 0.0f);
    for (const quint64 key : keys)
        m_rows.prefetch(key);
    for (qsizetype i = 0; i < n; ++i) {
        float *score = &scores[i * T];
        for (qsizetype f = starts[i]; f < starts[i + 1]; ++f) {
            const float *w = m_rows.find(keys[f]);
            if (!w)
                continue;
            for (int t = 0; t < T; ++t)
                score[t] += w[t];
        }
    }
}

void AttributionTagger::tag(const std::vector<quint64> &keys, const std::vector<qsizetype> &starts,
                            std::vector<quint8> &tags, std::vector<float> *marginals, const AttributionBias *bias) const
{
    std::vector<float> scores;
    emissions(keys, starts, scores);
    decode(std::move(scores), tags, marginals, bias);
}

void AttributionTagger::decode(std::vector<float> scores, std::vector<quint8> &tags, std::vector<float> *marginals,
                               const AttributionBias *bias) const
{
    const qsizetype n = qsizetype(scores.size()) / T;
    if (n <= 0) {
        tags.clear();
        if (marginals)
            marginals->clear();
        return;
    }
    if (bias) {
        for (qsizetype i = 0; i < n; ++i) {
            for (int t = 1; t < T; ++t)
                scores[i * T + t] += (*bias)[std::size_t(attributionRole(t))];
        }
    }
    attributionViterbi(scores, m_transitions, n, tags);
    if (marginals)
        marginalsOf(scores, m_transitions, n, m_temperature, *marginals);
}

void AttributionTagger::write(QDataStream &out) const
{
    out << double(m_temperature) << quint32(m_transitions.size());
    for (const float w : m_transitions)
        out << w;
    // In key order, so that the same model gives the same bytes.
    std::vector<std::pair<quint64, const float *>> rows;
    rows.reserve(m_rows.size());
    m_rows.forEach([&](quint64 key, const float *weights) { rows.push_back({key, weights}); });
    std::sort(rows.begin(), rows.end());
    out << quint32(rows.size());
    // Half precision is plenty for the weights and halves the blob.
    for (const auto &[key, weights] : rows) {
        out << key;
        for (int t = 0; t < T; ++t)
            out << qfloat16(weights[t]);
    }
}

bool AttributionTagger::read(QDataStream &in)
{
    double temperature = 0;
    quint32 transitionCount = 0, rowCount = 0;
    in >> temperature >> transitionCount;
    if (in.status() != QDataStream::Ok || transitionCount != m_transitions.size() || !(temperature > 0))
        return false;
    std::vector<float> transitions(transitionCount);
    for (float &w : transitions)
        in >> w;
    in >> rowCount;
    if (in.status() != QDataStream::Ok || rowCount > (1u << 26))
        return false;
    AttributionRowTable<T> rows;
    rows.reserve(rowCount);
    for (quint32 r = 0; r < rowCount; ++r) {
        quint64 key = 0;
        in >> key;
        float *weights = key ? rows.insert(key) : nullptr;
        if (in.status() != QDataStream::Ok || !weights)
            return false;
        for (int t = 0; t < T; ++t) {
            qfloat16 w = 0;
            in >> w;
            weights[t] = qIsFinite(w) ? float(w) : 0.0f;
        }
    }
    if (in.status() != QDataStream::Ok)
        return false;
    m_temperature = temperature;
    m_transitions = std::move(transitions);
    m_rows = std::move(rows);
    return true;
}

} // namespace Copydesk
