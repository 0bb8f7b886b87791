#include "sequencedecoder.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Copydesk {

TagSet::TagSet(TagScheme scheme, QStringList labels) : m_scheme(scheme), m_labels(std::move(labels))
{
    for (int t = 1; t < size(); ++t) {
        const Kind k = kind(t);
        m_iob2.append((k == Begin || k == Unit ? u"B-"_s : u"I-"_s) + m_labels[label(t)]);
    }
}

bool TagSet::legal(int previous, int next) const
{
    const bool open = previous != size() && (kind(previous) == Begin || kind(previous) == Inside);
    const Kind nextKind = kind(next);
    if (m_scheme == TagScheme::Iob2) {
        if (nextKind != Inside)
            return true;
        return open && label(previous) == label(next);
    }
    if (open)
        return (nextKind == Inside || nextKind == Last) && label(previous) == label(next);
    return nextKind == Outside || nextKind == Begin || nextKind == Unit;
}

bool TagSet::legalEnd(int tag) const
{
    if (m_scheme == TagScheme::Iob2)
        return true;
    const Kind k = kind(tag);
    return k == Outside || k == Last || k == Unit;
}

QChar splitTagString(const QString &tag, QString *label)
{
    if (tag.size() > 2 && tag[1] == u'-' && QStringView(u"BIESLU").contains(tag[0])) {
        *label = tag.mid(2);
        return tag[0];
    }
    label->clear();
    return u'O';
}

std::vector<int> TagSet::fromStrings(const QStringList &tags, const QHash<QString, int> &labelIndex) const
{
    // First the entities (label per token, and where each opens), repairing IOB1 and BIOES.
    const qsizetype n = tags.size();
    std::vector<int> labelOf(size_t(n), -1);
    std::vector<bool> opensAt(size_t(n), false);
    int previousLabel = -1; // label of an entity that the next token may continue
    for (qsizetype i = 0; i < n; ++i) {
        QString labelName;
        const QChar prefix = splitTagString(tags[i], &labelName);
        const int l = labelIndex.value(labelName, -1);
        if (prefix == u'O' || l < 0) {
            previousLabel = -1;
            continue;
        }
        const bool continues = (prefix == u'I' || prefix == u'E' || prefix == u'L') && previousLabel == l;
        labelOf[size_t(i)] = l;
        opensAt[size_t(i)] = !continues;
        previousLabel = (prefix == u'E' || prefix == u'S' || prefix == u'L' || prefix == u'U') ? -1 : l;
    }
    std::vector<int> result(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        const int l = labelOf[size_t(i)];
        if (l < 0)
            continue;
        const bool closesHere = i + 1 == n || opensAt[size_t(i) + 1] || labelOf[size_t(i) + 1] != l;
        Kind k = opensAt[size_t(i)] ? Begin : Inside;
        if (m_scheme == TagScheme::Bilou && closesHere)
            k = k == Begin ? Unit : Last;
        result[size_t(i)] = tag(k, l);
    }
    return result;
}

QStringList TagSet::names() const
{
    static const QString prefixes[] = {u"O"_s, u"B-"_s, u"I-"_s, u"L-"_s, u"U-"_s};
    QStringList result;
    for (int t = 0; t < size(); ++t)
        result.append(t == 0 ? prefixes[0] : prefixes[kind(t)] + m_labels[label(t)]);
    return result;
}

namespace {

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

} // namespace

ChainTransitions::ChainTransitions(const TagSet &tagSet, const float *transitions, double temperature)
    : m_tagSet(tagSet), m_temperature(temperature)
{
    const size_t tags = size_t(tagSet.size());
    const size_t size = (tags + 1) * tags;
    m_allowed.resize(size);
    for (size_t s = 0; s <= tags; ++s) {
        for (size_t t = 0; t < tags; ++t)
            m_allowed[s * tags + t] = tagSet.legal(int(s), int(t)) ? transitions[s * tags + t] : kImpossible;
    }
    if (temperature <= 0)
        return;
    // One shift for all bigrams: it changes no probability.
    const double top = *std::max_element(transitions, transitions + size);
    m_potential.resize(size);
    for (size_t i = 0; i < size; ++i)
        m_potential[i] = m_allowed[i] == kImpossible ? 0.0 : std::exp((double(transitions[i]) - top) / temperature);
}

void ChainTransitions::viterbi(const float *emission, qsizetype length, std::vector<int> &best) const
{
    best.assign(size_t(length), 0);
    if (length == 0)
        return;
    const size_t tags = size_t(m_tagSet.size());
    const float *allowed = m_allowed.data();
    std::vector<float> score(size_t(length) * tags);
    std::vector<int> back(size_t(length) * tags, 0);
    for (size_t t = 0; t < tags; ++t)
        score[t] = allowed[tags * tags + t] + emission[t];
    for (size_t i = 1; i < size_t(length); ++i) {
        const float *previous = &score[(i - 1) * tags];
        float *current = &score[i * tags];
        for (size_t t = 0; t < tags; ++t) {
            float bestScore = previous[0] + allowed[t];
            int bestPrevious = 0;
            for (size_t s = 1; s < tags; ++s) {
                const float candidate = previous[s] + allowed[s * tags + t];
                if (candidate > bestScore) {
                    bestScore = candidate;
                    bestPrevious = int(s);
                }
            }
            current[t] = bestScore + emission[i * tags + t];
            back[i * tags + t] = bestPrevious;
        }
    }
    const float *last = &score[size_t(length - 1) * tags];
    int tag = 0;
    for (size_t t = 1; t < tags; ++t) {
        if (m_tagSet.legalEnd(int(t)) && last[t] > last[tag])
            tag = int(t);
    }
    for (qsizetype i = length - 1; i >= 0; --i) {
        best[size_t(i)] = tag;
        tag = back[size_t(i) * tags + size_t(tag)];
    }
}

ChainPosteriors::ChainPosteriors(const ChainTransitions &transitions, const float *emission, qsizetype length)
    : m_chain(transitions), m_tags(size_t(transitions.tagSet().size())), m_length(length)
{
    const size_t n = size_t(length);
    const size_t tags = m_tags;
    const TagSet &tagSet = transitions.tagSet();
    const double temperature = transitions.temperature();
    const std::vector<double> &transition = transitions.m_potential;
    if (n == 0 || temperature <= 0)
        return;
    // One shift per row of emissions: a shift common to all tags of a token changes no
    // probability.
    m_potential.resize(n * tags);
    for (size_t i = 0; i < n; ++i) {
        const float *row = emission + i * tags;
        const double top = *std::max_element(row, row + tags);
        for (size_t t = 0; t < tags; ++t)
            m_potential[i * tags + t] = std::exp((double(row[t]) - top) / temperature);
    }
    auto normalise = [tags](double *row) {
        double sum = 0;
        for (size_t t = 0; t < tags; ++t)
            sum += row[t];
        if (sum > 0) {
            for (size_t t = 0; t < tags; ++t)
                row[t] /= sum;
        }
        return sum;
    };
    m_alpha.resize(n * tags);
    for (size_t t = 0; t < tags; ++t)
        m_alpha[t] = transition[tags * tags + t] * m_potential[t];
    normalise(&m_alpha[0]);
    for (size_t i = 1; i < n; ++i) {
        for (size_t t = 0; t < tags; ++t) {
            double sum = 0;
            for (size_t s = 0; s < tags; ++s)
                sum += m_alpha[(i - 1) * tags + s] * transition[s * tags + t];
            m_alpha[i * tags + t] = sum * m_potential[i * tags + t];
        }
        normalise(&m_alpha[i * tags]);
    }
    m_beta.assign(n * tags, 0.0);
    m_betaScale.assign(n, 1.0);
    for (size_t t = 0; t < tags; ++t)
        m_beta[(n - 1) * tags + t] = tagSet.legalEnd(int(t)) ? 1.0 : 0.0;
    m_betaScale[n - 1] = normalise(&m_beta[(n - 1) * tags]);
    for (size_t i = n - 1; i-- > 0;) {
        for (size_t s = 0; s < tags; ++s) {
            double sum = 0;
            for (size_t t = 0; t < tags; ++t)
                sum += transition[s * tags + t] * m_potential[(i + 1) * tags + t] * m_beta[(i + 1) * tags + t];
            m_beta[i * tags + s] = sum;
        }
        m_betaScale[i] = normalise(&m_beta[i * tags]);
    }
}

double ChainPosteriors::marginal(qsizetype position, int tag) const
{
    if (position < 0 || position >= m_length || tag < 0 || size_t(tag) >= m_tags || m_alpha.empty())
        return 0.0;
    const double *a = &m_alpha[size_t(position) * m_tags];
    const double *b = &m_beta[size_t(position) * m_tags];
    double sum = 0;
    for (size_t t = 0; t < m_tags; ++t)
        sum += a[t] * b[t];
    return sum > 0 ? a[tag] * b[tag] / sum : 0.0;
}

// With normalised alpha (a) and beta (b), and d_k the scale of beta row k: the probability of
// the tags p_s..p_e-1 is a_s(p_s) * prod T(p_k-1, p_k) pot_k(p_k) * b_e-1(p_e-1)
// / (sum_t a_s(t) b_s(t) * d_s * ... * d_e-2). IOB2 needs the token after the entity not to
// continue it, which takes one more step of the backward sum.
double ChainPosteriors::entityProbability(qsizetype start, qsizetype end, int label) const
{
    const TagSet &tagSet = m_chain.tagSet();
    if (start < 0 || end > m_length || start >= end || label < 0 || label >= int(tagSet.labels().size())
        || m_alpha.empty()) {
        return 0.0;
    }
    const std::vector<double> &transition = m_chain.m_potential;
    const size_t tags = m_tags;
    const bool bilou = tagSet.scheme() == TagScheme::Bilou;
    auto tagAt = [&](qsizetype i) {
        if (i == start)
            return tagSet.tag(bilou && end - start == 1 ? TagSet::Unit : TagSet::Begin, label);
        return tagSet.tag(bilou && i == end - 1 ? TagSet::Last : TagSet::Inside, label);
    };
    const double *as = &m_alpha[size_t(start) * tags];
    const double *bs = &m_beta[size_t(start) * tags];
    double normaliser = 0;
    for (size_t t = 0; t < tags; ++t)
        normaliser += as[t] * bs[t];
    int previous = tagAt(start);
    double probability = as[previous];
    for (qsizetype i = start + 1; i < end; ++i) {
        const int tag = tagAt(i);
        probability *= transition[size_t(previous) * tags + size_t(tag)] * m_potential[size_t(i) * tags + size_t(tag)]
            / m_betaScale[size_t(i) - 1];
        previous = tag;
    }
    if (bilou || end == m_length) {
        probability *= m_beta[size_t(end - 1) * tags + size_t(previous)];
    } else {
        const int continuation = tagSet.tag(TagSet::Inside, label);
        double closing = 0;
        for (size_t t = 0; t < tags; ++t) {
            if (int(t) != continuation)
                closing += transition[size_t(previous) * tags + t] * m_potential[size_t(end) * tags + t]
                    * m_beta[size_t(end) * tags + t];
        }
        probability *= closing / m_betaScale[size_t(end) - 1];
    }
    return normaliser > 0 ? std::clamp(probability / normaliser, 0.0, 1.0) : 0.0;
}

} // namespace Copydesk
