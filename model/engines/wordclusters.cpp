#include "wordclusters.h"

#include <algorithm>
#include <cmath>

#include <QDataStream>
#include <QHash>
#include <QIODevice>

#include "perceptrontagger.h"

namespace Copydesk {
namespace {

constexpr quint32 kMagic = 0x4344574b; // "CDWK"
constexpr quint32 kVersion = 1;
constexpr quint32 kMaxWords = 1u << 22;

// The key of a word in any case; never 0.
quint64 wordKey(QStringView word)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : word)
        hash = (hash ^ c.toLower().unicode()) * 0x100000001b3ULL;
    return hash ? hash : 1;
}

// A word's description: (dimension, weight) pairs, L2-normalised.
using Sparse = std::vector<std::pair<int, float>>;

float dot(const Sparse &x, const float *centroid)
{
    float sum = 0;
    for (const auto &[dimension, weight] : x)
        sum += weight * centroid[dimension];
    return sum;
}

void normalise(float *vector, size_t size)
{
    double norm = 0;
    for (size_t i = 0; i < size; ++i)
        norm += double(vector[i]) * vector[i];
    if (norm <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(norm));
    for (size_t i = 0; i < size; ++i)
        vector[i] *= scale;
}

// Spherical k-means of the rows `points` (each a function adding itself to a dense vector and
// scoring against one) into k clusters, started from points spread evenly over the list.
template<typename Dot, typename Add>
std::vector<int> kMeans(qsizetype count, int k, size_t dimensions, int iterations, const Dot &score, const Add &add)
{
    std::vector<int> assignment(size_t(count), -1);
    if (count == 0 || k <= 0)
        return assignment;
    k = int(std::min<qsizetype>(k, count));
    std::vector<float> centroids(size_t(k) * dimensions, 0.0f);
    for (int c = 0; c < k; ++c) {
        add(qsizetype(double(c) * double(count) / k), &centroids[size_t(c) * dimensions]);
        normalise(&centroids[size_t(c) * dimensions], dimensions);
    }
    for (int iteration = 0; iteration < iterations; ++iteration) {
        bool changed = false;
        for (qsizetype p = 0; p < count; ++p) {
            int best = 0;
            float bestScore = -2;
            for (int c = 0; c < k; ++c) {
                const float s = score(p, &centroids[size_t(c) * dimensions]);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            changed = changed || assignment[size_t(p)] != best;
            assignment[size_t(p)] = best;
        }
        if (!changed)
            break;
        std::vector<float> sums(centroids.size(), 0.0f);
        std::vector<int> members(size_t(k), 0);
        for (qsizetype p = 0; p < count; ++p) {
            add(p, &sums[size_t(assignment[size_t(p)]) * dimensions]);
            ++members[size_t(assignment[size_t(p)])];
        }
        for (int c = 0; c < k; ++c) {
            if (members[size_t(c)] == 0)
                continue; // an empty cluster keeps its centroid
            std::copy_n(&sums[size_t(c) * dimensions], dimensions, &centroids[size_t(c) * dimensions]);
            normalise(&centroids[size_t(c) * dimensions], dimensions);
        }
    }
    return assignment;
}

} // namespace

WordClusters WordClusters::learn(const QList<QStringList> &sentences, const Options &options)
{
    // Word counts, then the vocabulary by descending count (ties by key: any fixed order).
    QHash<quint64, int> counts;
    std::vector<std::vector<quint64>> keyed;
    keyed.reserve(size_t(sentences.size()));
    for (const QStringList &sentence : sentences) {
        std::vector<quint64> keys;
        keys.reserve(size_t(sentence.size()));
        for (const QString &token : sentence) {
            keys.push_back(wordKey(token));
            ++counts[keys.back()];
        }
        keyed.push_back(std::move(keys));
    }
    std::vector<std::pair<int, quint64>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= options.minCount)
            ranked.push_back({-it.value(), it.key()});
    }
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > size_t(options.maxVocabulary))
        ranked.resize(size_t(options.maxVocabulary));
    WordClusters clusters;
    const qsizetype vocabulary = qsizetype(ranked.size());
    if (vocabulary == 0)
        return clusters;
    QHash<quint64, int> index;
    for (qsizetype w = 0; w < vocabulary; ++w)
        index.insert(ranked[size_t(w)].second, int(w));

    // Context dimensions: the most frequent words (and the sentence edge) two and one tokens
    // before, and one and two after.
    const int contextWords = int(std::min<qsizetype>(options.contextWords, vocabulary));
    const int edge = contextWords;
    const int perOffset = contextWords + 1;
    const size_t dimensions = size_t(perOffset) * 4;
    std::vector<quint64> pairs; // word * dimensions + dimension, one per occurrence
    for (const std::vector<quint64> &keys : keyed) {
        const qsizetype n = qsizetype(keys.size());
        for (qsizetype i = 0; i < n; ++i) {
            const int word = index.value(keys[size_t(i)], -1);
            if (word < 0)
                continue;
            static constexpr int offsets[] = {-2, -1, 1, 2};
            for (int o = 0; o < 4; ++o) {
                const qsizetype j = i + offsets[o];
                int context = edge;
                if (j >= 0 && j < n) {
                    context = index.value(keys[size_t(j)], -1);
                    if (context < 0 || context >= contextWords)
                        continue;
                }
                pairs.push_back(quint64(word) * dimensions + quint64(o * perOffset + context));
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<Sparse> descriptions(static_cast<size_t>(vocabulary));
    for (size_t p = 0; p < pairs.size();) {
        size_t q = p;
        while (q < pairs.size() && pairs[q] == pairs[p])
            ++q;
        descriptions[size_t(pairs[p] / dimensions)].push_back({int(pairs[p] % dimensions), std::log1p(float(q - p))});
        p = q;
    }
    for (Sparse &x : descriptions) {
        double norm = 0;
        for (const auto &entry : x)
            norm += double(entry.second) * entry.second;
        for (auto &entry : x)
            entry.second = norm > 0 ? float(entry.second / std::sqrt(norm)) : 0.0f;
    }

    const std::vector<int> fine = kMeans(
        vocabulary, options.fineClusters, dimensions, options.iterations,
        [&](qsizetype w, const float *centroid) { return dot(descriptions[size_t(w)], centroid); },
        [&](qsizetype w, float *sum) {
            for (const auto &[dimension, weight] : descriptions[size_t(w)])
                sum[dimension] += weight;
        });
    // Coarse clusters group the fine ones by their centroids.
    const int fineCount = *std::max_element(fine.cbegin(), fine.cend()) + 1;
    std::vector<float> centroids(size_t(fineCount) * dimensions, 0.0f);
    for (qsizetype w = 0; w < vocabulary; ++w) {
        for (const auto &[dimension, weight] : descriptions[size_t(w)])
            centroids[size_t(fine[size_t(w)]) * dimensions + size_t(dimension)] += weight;
    }
    for (int c = 0; c < fineCount; ++c)
        normalise(&centroids[size_t(c) * dimensions], dimensions);
    const std::vector<int> coarse = kMeans(
        fineCount, std::min(options.coarseClusters, 255), dimensions, options.iterations,
        [&](qsizetype c, const float *centroid) {
            float sum = 0;
            for (size_t d = 0; d < dimensions; ++d)
                sum += centroids[size_t(c) * dimensions + d] * centroid[d];
            return sum;
        },
        [&](qsizetype c, float *sum) {
            for (size_t d = 0; d < dimensions; ++d)
                sum[d] += centroids[size_t(c) * dimensions + d];
        });

    std::vector<std::pair<quint64, int>> sorted;
    for (qsizetype w = 0; w < vocabulary; ++w)
        sorted.push_back({ranked[size_t(w)].second, int(w)});
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[key, w] : sorted) {
        clusters.m_keys.push_back(key);
        clusters.m_fine.push_back(quint16(fine[size_t(w)]));
        clusters.m_coarse.push_back(quint8(coarse[size_t(fine[size_t(w)])]));
    }
    return clusters;
}

qsizetype WordClusters::find(QStringView word) const
{
    const quint64 key = wordKey(word);
    const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key);
    return it != m_keys.cend() && *it == key ? it - m_keys.cbegin() : -1;
}

int WordClusters::fineCluster(QStringView word) const
{
    const qsizetype at = find(word);
    return at < 0 ? -1 : m_fine[size_t(at)];
}

int WordClusters::coarseCluster(QStringView word) const
{
    const qsizetype at = find(word);
    return at < 0 ? -1 : m_coarse[size_t(at)];
}

void WordClusters::addFeatures(QStringView word, QList<quint64> &features) const
{
    static const quint64 fineFeature = PerceptronTagger::extraFeature(u"cluster");
    static const quint64 coarseFeature = PerceptronTagger::extraFeature(u"cluster-coarse");
    const qsizetype at = find(word);
    if (at < 0)
        return;
    features.append(PerceptronTagger::combineFeatures(fineFeature, m_fine[size_t(at)]));
    features.append(PerceptronTagger::combineFeatures(coarseFeature, m_coarse[size_t(at)]));
}

QByteArray WordClusters::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << quint32(m_keys.size());
    for (size_t i = 0; i < m_keys.size(); ++i)
        out << m_keys[i] << m_fine[i] << m_coarse[i];
    return bytes;
}

std::optional<WordClusters> WordClusters::deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, count = 0;
    in >> magic >> version >> count;
    // Each word takes 11 bytes: refuse counts the bytes cannot hold before reserving memory.
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count > kMaxWords
        || qint64(count) * 11 > bytes.size()) {
        return std::nullopt;
    }
    WordClusters clusters;
    clusters.m_keys.reserve(count);
    clusters.m_fine.reserve(count);
    clusters.m_coarse.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint64 key = 0;
        quint16 fine = 0;
        quint8 coarse = 0;
        in >> key >> fine >> coarse;
        if (in.status() != QDataStream::Ok || key == 0 || (i > 0 && key <= clusters.m_keys.back()))
            return std::nullopt;
        clusters.m_keys.push_back(key);
        clusters.m_fine.push_back(fine);
        clusters.m_coarse.push_back(coarse);
    }
    if (!in.atEnd())
        return std::nullopt;
    return clusters;
}

} // namespace Copydesk
