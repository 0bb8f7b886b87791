#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace Copydesk {

// Words grouped by the company they keep, learned from a project's own texts without labels:
// a word that turns up where "Lisbon" and "Oslo" do lands in their cluster, so the tagger
// learns from the cluster what one rare word could not teach it. A cheap distributional
// clustering (not Brown's): each word of the vocabulary (lower case, seen twice or more) is
// described by the frequent words one and two tokens either side of it, and spherical k-means
// groups these descriptions into fine clusters, then the fine clusters into coarse ones.
// Deterministic; read-only and thread-safe once built.
class WordClusters final
{
public:
    struct Options
    {
        int fineClusters = 512;
        int coarseClusters = 64;
        int contextWords = 300;  // the most frequent words are the context dimensions
        int minCount = 2;
        int maxVocabulary = 60000;
        int iterations = 12;
    };

    WordClusters() = default;

    // Clusters the words of the sentences (tokens).
    static WordClusters learn(const QList<QStringList> &sentences, const Options &options);
    static WordClusters learn(const QList<QStringList> &sentences) { return learn(sentences, Options{}); }

    bool isEmpty() const { return m_keys.empty(); }
    qsizetype size() const { return qsizetype(m_keys.size()); }
    // The fine and coarse cluster of a word (any case), or -1 when the texts did not have it.
    int fineCluster(QStringView word) const;
    int coarseCluster(QStringView word) const;
    // Appends the tagger features of the word's clusters (PerceptronTagger::extraFeature keys).
    void addFeatures(QStringView word, QList<quint64> &features) const;

    // The clusters as bytes, and back (nullopt for anything else; never crashes).
    QByteArray serialize() const;
    static std::optional<WordClusters> deserialize(const QByteArray &bytes);

private:
    qsizetype find(QStringView word) const;

    std::vector<quint64> m_keys;      // sorted word keys
    std::vector<quint16> m_fine;      // per key
    std::vector<quint8> m_coarse;     // per key
};

} // namespace Copydesk
