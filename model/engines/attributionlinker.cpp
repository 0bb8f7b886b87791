#include "attributionlinker.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include <QDataStream>
#include <QSet>

#include "attributionhash.h"

namespace Copydesk {
namespace {

namespace H = AttributionHash;

constexpr quint32 kShuffleSeed = 20250118;
constexpr int kParagraphsBack = 2; // a content's cue may stand up to two paragraphs before it
constexpr float kNegligible = 1e-4f;

enum Template : quint32 {
    CueDirection = 100, CueDistance, CueDistanceForm, CueParagraphs, CueSentences, CueBetween, CueRank, CueRankDistance,
    CueWords, CueWordsDistance, CueGap, CueRule, CueRuleDirection, CueSourceNear, CueFormRank,
    SourceNone = 200, SourceNoneCue, SourceNoneNear, SourceNoneNoCue, SourceDirection, SourceDistance, SourceRank,
    SourceRankDistance, SourceSentence, SourceGap, SourceNoCue, SourceContent, SourceBetween, SourcePronoun,
    SourceHead, SourceRule, SourceRuleCue, SourceCueWords, SourceLength,
};

int gapBetween(const AttributionChunk &a, const AttributionChunk &b)
{
    if (a.last < b.first)
        return b.first - a.last - 1;
    if (b.last < a.first)
        return a.first - b.last - 1;
    return 0;
}

// 0: a stands before b; 1: after.
quint64 directionOf(const AttributionChunk &a, const AttributionChunk &b) { return a.first < b.first ? 0 : 1; }

// The features of one document's chunks, for both rankers.
class LinkContext
{
public:
    LinkContext(const AttributionText &text, const std::vector<AttributionChunk> &chunks, bool withRules)
        : m_text(text), m_chunks(chunks), m_withRules(withRules)
    {
        for (int c = 0; c < int(chunks.size()); ++c) {
            if (chunks[c].role == AttributionRole::Cue)
                m_cues.push_back(c);
            else if (chunks[c].role == AttributionRole::Source)
                m_sources.push_back(c);
        }
    }

    int paragraphOf(int chunk) const { return m_text.paragraphOf[m_chunks[chunk].first]; }

    std::vector<int> cueCandidates(int content) const
    {
        std::vector<int> result;
        const int paragraph = paragraphOf(content);
        for (const int cue : m_cues) {
            const int p = paragraphOf(cue);
            if (p <= paragraph && p >= paragraph - kParagraphsBack)
                result.push_back(cue);
        }
        return result;
    }

    std::vector<int> sourceCandidates(int content, int cue) const
    {
        std::vector<int> result;
        const int paragraph = paragraphOf(content), cueParagraph = cue >= 0 ? paragraphOf(cue) : paragraph;
        for (const int source : m_sources) {
            const int p = paragraphOf(source);
            if (p == paragraph || p == cueParagraph)
                result.push_back(source);
        }
        return result;
    }

    void cueFeatures(int content, int cue, const std::vector<int> &candidates, std::vector<quint64> &keys) const
    {
        keys.clear();
        const AttributionChunk &q = m_chunks[content], &c = m_chunks[cue];
        const quint64 direction = directionOf(c, q);
        const int gap = gapBetween(c, q);
        const quint64 distance = distanceBucket(gap);
        const quint64 form = (m_text.flags[q.first] & FlagOpenMark) ? 1 : 0;
        const quint64 paragraphs = std::min(2, paragraphOf(content) - paragraphOf(cue));
        const int near = direction == 0 ? q.first : q.last;
        const int far = direction == 0 ? c.last : c.first;
        const quint64 sentences = std::min(3, std::abs(m_text.sentence[near] - m_text.sentence[far]));
        int rank = 0;
        for (const int other : candidates) {
            if (other != cue && directionOf(m_chunks[other], q) == direction && gapBetween(m_chunks[other], q) < gap)
                ++rank;
        }
        const quint64 rankBucket = std::min(rank, 2);
        const quint64 words = chunkWords(c);
        auto add = [&](quint32 id, quint64 a, quint64 b = 0, quint64 d = 0) { keys.push_back(H::feature(id, a, b, d)); };
        add(CueDirection, direction);
        add(CueDistance, direction, distance);
        add(CueDistanceForm, direction, distance, form);
        add(CueParagraphs, direction, paragraphs);
        add(CueSentences, direction, sentences);
        add(CueBetween, direction, between(c, q, AttributionRole::Cue), between(c, q, AttributionRole::Content));
        add(CueRank, direction, rankBucket);
        add(CueRankDistance, direction, rankBucket, distance);
        add(CueFormRank, direction, rankBucket, form);
        add(CueWords, direction, words);
        add(CueWordsDistance, direction, words, distance);
        add(CueGap, direction, gapWords(c, q));
        add(CueSourceNear, direction, sourceNear(c));
        if (m_withRules && ruleLinked(q, c, m_text.ruleCueOf)) {
            add(CueRule, 1);
            add(CueRuleDirection, direction, distance);
        }
    }

    // `source` -1: no source.
    void sourceFeatures(int content, int cue, int source, const std::vector<int> &candidates,
                        std::vector<quint64> &keys) const
    {
        keys.clear();
        auto add = [&](quint32 id, quint64 a, quint64 b = 0, quint64 d = 0) { keys.push_back(H::feature(id, a, b, d)); };
        const AttributionChunk &q = m_chunks[content];
        const AttributionChunk &anchor = cue >= 0 ? m_chunks[cue] : q;
        const quint64 cueWords = cue >= 0 ? chunkWords(anchor) : 0;
        if (source < 0) {
            bool sameSentence = false;
            for (const int other : candidates)
                sameSentence = sameSentence || m_text.sentence[m_chunks[other].first] == m_text.sentence[anchor.first];
            add(SourceNone, 1);
            add(SourceNoneCue, cueWords);
            add(SourceNoneNear, sameSentence, candidates.empty());
            add(SourceNoneNoCue, cue < 0);
            return;
        }
        const AttributionChunk &s = m_chunks[source];
        const quint64 direction = directionOf(s, anchor);
        const int gap = gapBetween(s, anchor);
        const quint64 distance = distanceBucket(gap);
        int rank = 0;
        for (const int other : candidates) {
            if (other != source && directionOf(m_chunks[other], anchor) == direction && gapBetween(m_chunks[other], anchor) < gap)
                ++rank;
        }
        const quint64 rankBucket = std::min(rank, 2);
        add(SourceDirection, direction);
        add(SourceDistance, direction, distance);
        add(SourceRank, direction, rankBucket);
        add(SourceRankDistance, direction, rankBucket, distance);
        add(SourceSentence, direction, m_text.sentence[s.first] == m_text.sentence[anchor.first]);
        add(SourceGap, direction, gapWords(s, anchor));
        add(SourceNoCue, cue < 0, direction);
        add(SourceContent, directionOf(s, q), distanceBucket(gapBetween(s, q)));
        add(SourceBetween, direction, between(s, anchor, AttributionRole::Cue), between(s, anchor, AttributionRole::Content));
        add(SourcePronoun, (m_text.flags[s.first] & FlagPronoun) && s.first == s.last, direction);
        add(SourceHead, m_text.word[s.last]);
        add(SourceCueWords, cueWords, direction);
        add(SourceLength, std::min(s.last - s.first, 4));
        if (m_withRules) {
            if (ruleLinked(q, s, m_text.ruleSpeakerOf))
                add(SourceRule, 1);
            if (cue >= 0 && ruleCueSpeaker(anchor, s))
                add(SourceRuleCue, 1);
        }
    }

private:
    quint64 chunkWords(const AttributionChunk &chunk) const
    {
        quint64 hash = 7;
        for (int t = chunk.first; t <= std::min(chunk.last, chunk.first + 3); ++t)
            hash = H::combine(hash, m_text.word[t]);
        return hash;
    }

    // The words between two chunks when they are close, else only that they are far apart.
    quint64 gapWords(const AttributionChunk &a, const AttributionChunk &b) const
    {
        const int from = std::min(a.last, b.last) + 1, to = std::max(a.first, b.first); // [from, to)
        if (to - from > 3)
            return 1;
        quint64 hash = 3;
        for (int t = from; t < to; ++t)
            hash = H::combine(hash, m_text.word[t]);
        return hash;
    }

    // How many chunks of `role` lie between a and b (0, 1, 2 = more).
    quint64 between(const AttributionChunk &a, const AttributionChunk &b, AttributionRole role) const
    {
        const int from = std::min(a.last, b.last), to = std::max(a.first, b.first);
        int count = 0;
        for (const AttributionChunk &chunk : m_chunks) {
            if (chunk.role == role && chunk.first > from && chunk.last < to && ++count >= 2)
                break;
        }
        return quint64(count);
    }

    // Whether a source touches the cue (0: none within 3 tokens, 1: before, 2: after).
    quint64 sourceNear(const AttributionChunk &cue) const
    {
        for (const int source : m_sources) {
            const AttributionChunk &s = m_chunks[source];
            if (gapBetween(s, cue) <= 3 && m_text.sentence[s.first] == m_text.sentence[cue.first])
                return s.first < cue.first ? 1 : 2;
        }
        return 0;
    }

    QSet<int> ruleSpans(const AttributionChunk &chunk, const std::vector<int> &perToken) const
    {
        QSet<int> spans;
        for (int t = chunk.first; t <= chunk.last; ++t) {
            if (perToken[t] >= 0)
                spans.insert(perToken[t]);
        }
        return spans;
    }

    // Whether the rules link a QUOTE overlapping `content` to a span overlapping `child`.
    bool ruleLinked(const AttributionChunk &content, const AttributionChunk &child, const QHash<int, int> &links) const
    {
        const QSet<int> quotes = ruleSpans(content, m_text.ruleQuote);
        if (quotes.isEmpty())
            return false;
        const QSet<int> children = ruleSpans(child, m_text.ruleOther);
        for (const int quote : quotes) {
            if (children.contains(links.value(quote, -2)))
                return true;
        }
        return false;
    }

    // Whether the rules give a cue overlapping `cue` the speaker overlapping `source`.
    bool ruleCueSpeaker(const AttributionChunk &cue, const AttributionChunk &source) const
    {
        const QSet<int> cues = ruleSpans(cue, m_text.ruleOther);
        const QSet<int> sources = ruleSpans(source, m_text.ruleOther);
        if (cues.isEmpty() || sources.isEmpty())
            return false;
        for (auto it = m_text.ruleCueOf.cbegin(); it != m_text.ruleCueOf.cend(); ++it) {
            if (cues.contains(it.value()) && sources.contains(m_text.ruleSpeakerOf.value(it.key(), -2)))
                return true;
        }
        return false;
    }

    const AttributionText &m_text;
    const std::vector<AttributionChunk> &m_chunks;
    bool m_withRules;
    std::vector<int> m_cues;
    std::vector<int> m_sources;
};

struct Ranking
{
    std::vector<std::vector<quint64>> candidates; // feature keys per candidate
    int gold = 0;
};

float scoreOf(const std::vector<quint64> &keys, const AttributionKeyTable &table, const std::vector<float> &weights)
{
    float score = 0;
    for (const quint64 key : keys) {
        const quint32 index = table.value(key);
        if (index != AttributionKeyTable::kAbsent)
            score += weights[index];
    }
    return score;
}

int bestOf(const std::vector<std::vector<quint64>> &candidates, const AttributionKeyTable &table,
           const std::vector<float> &weights)
{
    int best = -1;
    float top = 0;
    for (int c = 0; c < int(candidates.size()); ++c) {
        const float score = scoreOf(candidates[c], table, weights);
        if (best < 0 || score > top) {
            best = c;
            top = score;
        }
    }
    return best;
}

} // namespace

std::vector<AttributionChunk> attributionChunks(const std::vector<quint8> &tags)
{
    std::vector<AttributionChunk> chunks;
    for (int i = 0; i < int(tags.size()); ++i) {
        const AttributionRole role = attributionRole(tags[i]);
        if (role == AttributionRole::None)
            continue;
        if (isBeginTag(tags[i]) || chunks.empty() || chunks.back().last != i - 1 || chunks.back().role != role)
            chunks.push_back({role, i, i, 0.0});
        else
            chunks.back().last = i;
    }
    return chunks;
}

AttributionLinks projectAttributionLinks(const AttributionText &text, const std::vector<AttributionChunk> &predicted,
                                         const std::vector<AttributionChunk> &gold, const AttributionLinks &goldLinks)
{
    AttributionLinks links;
    links.cueOf.assign(predicted.size(), kUnknownLink);
    links.sourceOf.assign(predicted.size(), kUnknownLink);
    auto overlap = [](const AttributionChunk &a, const AttributionChunk &b) {
        return std::min(a.last, b.last) - std::max(a.first, b.first) + 1;
    };
    auto sameText = [&](const AttributionChunk &a, const AttributionChunk &b) {
        if (a.last - a.first != b.last - b.first)
            return false;
        for (int i = 0; i <= a.last - a.first; ++i) {
            if (text.word[a.first + i] != text.word[b.first + i])
                return false;
        }
        return true;
    };
    // The predicted chunk of `role` that overlaps `target` most (or has its text), -1.
    auto bestMatch = [&](const AttributionChunk &target) {
        int best = -1, most = 0;
        for (int c = 0; c < int(predicted.size()); ++c) {
            if (predicted[c].role != target.role)
                continue;
            const int shared = overlap(predicted[c], target);
            if (shared > most) {
                most = shared;
                best = c;
            }
        }
        for (int c = 0; best < 0 && c < int(predicted.size()); ++c) {
            if (predicted[c].role == target.role && sameText(predicted[c], target))
                best = c;
        }
        return best;
    };
    std::vector<bool> used(gold.size(), false);
    for (int p = 0; p < int(predicted.size()); ++p) {
        if (predicted[p].role != AttributionRole::Content)
            continue;
        for (int g = 0; g < int(gold.size()); ++g) {
            const int longer = std::max(predicted[p].last - predicted[p].first, gold[g].last - gold[g].first) + 1;
            if (used[g] || gold[g].role != AttributionRole::Content || overlap(predicted[p], gold[g]) * 2 < longer)
                continue;
            used[g] = true;
            const int goldCue = goldLinks.cueOf[g], goldSource = goldLinks.sourceOf[g];
            if (goldCue >= 0) {
                const int cue = bestMatch(gold[goldCue]);
                links.cueOf[p] = cue >= 0 ? cue : kUnknownLink;
            } else {
                links.cueOf[p] = -1;
            }
            if (goldSource >= 0) {
                const int source = bestMatch(gold[goldSource]);
                links.sourceOf[p] = source >= 0 ? source : kUnknownLink;
            } else {
                links.sourceOf[p] = -1;
            }
            break;
        }
    }
    return links;
}

bool AttributionLinker::train(const std::vector<Example> &examples, int epochs, bool withRules, const Progress &progress)
{
    m_withRules = withRules;
    // The rankings are built once: their features do not depend on the weights.
    std::vector<Ranking> rankings;
    for (const Example &example : examples) {
        const LinkContext context(*example.text, example.chunks, withRules);
        for (int q = 0; q < int(example.chunks.size()); ++q) {
            if (example.chunks[q].role != AttributionRole::Content)
                continue;
            const int goldCue = example.links.cueOf[q];
            if (goldCue >= 0) {
                const std::vector<int> cues = context.cueCandidates(q);
                const auto at = std::find(cues.cbegin(), cues.cend(), goldCue);
                if (at != cues.cend() && cues.size() > 1) {
                    Ranking ranking;
                    ranking.gold = int(at - cues.cbegin());
                    for (const int cue : cues) {
                        ranking.candidates.emplace_back();
                        context.cueFeatures(q, cue, cues, ranking.candidates.back());
                    }
                    rankings.push_back(std::move(ranking));
                }
            }
            const int goldSource = example.links.sourceOf[q];
            if (goldSource == kUnknownLink)
                continue;
            const std::vector<int> sources = context.sourceCandidates(q, std::max(goldCue, -1));
            const auto at = std::find(sources.cbegin(), sources.cend(), goldSource);
            if (goldSource >= 0 && at == sources.cend())
                continue;
            Ranking ranking;
            ranking.gold = goldSource < 0 ? 0 : int(at - sources.cbegin()) + 1;
            ranking.candidates.emplace_back();
            context.sourceFeatures(q, std::max(goldCue, -1), -1, sources, ranking.candidates.back());
            for (const int source : sources) {
                ranking.candidates.emplace_back();
                context.sourceFeatures(q, std::max(goldCue, -1), source, sources, ranking.candidates.back());
            }
            rankings.push_back(std::move(ranking));
        }
    }
    if (rankings.empty())
        return false;

    AttributionKeyTable table;
    for (const Ranking &ranking : rankings) {
        for (const auto &keys : ranking.candidates) {
            for (const quint64 key : keys) {
                if (table.value(key) == AttributionKeyTable::kAbsent)
                    table.insert(key, quint32(table.size()));
            }
        }
    }
    std::vector<float> weights(table.size(), 0.0f);
    std::vector<double> totals(table.size(), 0.0);
    std::vector<qsizetype> order(rankings.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(kShuffleSeed);
    double clock = 1;
    auto update = [&](const std::vector<quint64> &keys, float delta) {
        for (const quint64 key : keys) {
            const quint32 index = table.value(key);
            weights[index] += delta;
            totals[index] += clock * delta;
        }
    };
    for (int epoch = 0; epoch < epochs; ++epoch) {
        if (progress && !progress(double(epoch) / epochs))
            return false;
        std::shuffle(order.begin(), order.end(), random);
        for (const qsizetype r : order) {
            const Ranking &ranking = rankings[r];
            const int predicted = bestOf(ranking.candidates, table, weights);
            if (predicted != ranking.gold) {
                update(ranking.candidates[ranking.gold], 1.0f);
                update(ranking.candidates[predicted], -1.0f);
            }
            clock += 1;
        }
    }
    m_keys.clear();
    m_weights.clear();
    table.forEach([&](quint64 key, quint32 index) {
        const float averaged = float(weights[index] - totals[index] / clock);
        if (std::abs(averaged) < kNegligible)
            return;
        m_keys.insert(key, quint32(m_weights.size()));
        m_weights.push_back(averaged);
    });
    return true;
}

AttributionLinks AttributionLinker::link(const AttributionText &text, const std::vector<AttributionChunk> &chunks) const
{
    AttributionLinks links;
    links.cueOf.assign(chunks.size(), -1);
    links.sourceOf.assign(chunks.size(), -1);
    const LinkContext context(text, chunks, m_withRules);
    std::vector<std::vector<quint64>> candidates;
    for (int q = 0; q < int(chunks.size()); ++q) {
        if (chunks[q].role != AttributionRole::Content)
            continue;
        const std::vector<int> cues = context.cueCandidates(q);
        candidates.assign(cues.size(), {});
        for (std::size_t c = 0; c < cues.size(); ++c)
            context.cueFeatures(q, cues[c], cues, candidates[c]);
        const int cue = cues.empty() ? -1 : cues[bestOf(candidates, m_keys, m_weights)];
        links.cueOf[q] = cue;
        const std::vector<int> sources = context.sourceCandidates(q, cue);
        candidates.assign(sources.size() + 1, {});
        context.sourceFeatures(q, cue, -1, sources, candidates[0]);
        for (std::size_t s = 0; s < sources.size(); ++s)
            context.sourceFeatures(q, cue, sources[s], sources, candidates[s + 1]);
        const int best = bestOf(candidates, m_keys, m_weights);
        links.sourceOf[q] = best > 0 ? sources[best - 1] : -1;
    }
    return links;
}

void AttributionLinker::write(QDataStream &out) const
{
    std::vector<std::pair<quint64, float>> weights;
    m_keys.forEach([&](quint64 key, quint32 index) { weights.push_back({key, m_weights[index]}); });
    std::sort(weights.begin(), weights.end()); // the same model gives the same bytes
    out << bool(m_withRules) << quint32(weights.size());
    for (const auto &[key, weight] : weights)
        out << key << weight;
}

bool AttributionLinker::read(QDataStream &in)
{
    bool withRules = true;
    quint32 count = 0;
    in >> withRules >> count;
    if (in.status() != QDataStream::Ok || count > (1u << 24))
        return false;
    AttributionKeyTable keys;
    keys.reserve(count);
    std::vector<float> weights;
    weights.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint64 key = 0;
        float weight = 0;
        in >> key >> weight;
        if (in.status() != QDataStream::Ok || key == 0 || keys.value(key) != AttributionKeyTable::kAbsent)
            return false;
        keys.insert(key, i);
        weights.push_back(std::isfinite(weight) ? weight : 0.0f);
    }
    m_withRules = withRules;
    m_keys = std::move(keys);
    m_weights = std::move(weights);
    return true;
}

} // namespace Copydesk
