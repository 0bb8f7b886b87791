#include "perceptrontagger.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

constexpr quint32 kMagic = 0x43445054;   // "CDPT"
constexpr quint32 kFormatVersion = 1;    // bump with any change of features or layout
constexpr qint64 kMaxPayload = qint64(1) << 28;
constexpr int kMaxLabels = 127;          // tags are stored in one byte
constexpr quint32 kShuffleSeed = 20240611;
// Scores are divided by a temperature before the marginals: perceptron scores are not
// log-probabilities and taken as such give overconfident marginals. Training fits it when
// there is data enough; this is the fallback (fits on CoNLL subsets of 400 to 14,000
// sentences gave 6 to 12).
constexpr double kDefaultTemperature = 8.0;
constexpr qsizetype kMinSentencesToCalibrate = 500; // fewer leave too few held out

// --- hashing -------------------------------------------------------------------------------
// Own hash functions (not qHash, which is seeded per process): feature keys must be the
// same in every run and on every machine.

constexpr quint64 kFnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 kFnvPrime = 0x100000001b3ULL;

quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

quint64 hashAdd(quint64 hash, char32_t codePoint)
{
    return (hash ^ codePoint) * kFnvPrime;
}

quint64 combine(quint64 a, quint64 b)
{
    return mix(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

// The key of feature template `feature` with value `value`; never 0 (0 marks empty slots).
quint64 featureKey(quint32 feature, quint64 value)
{
    const quint64 key = mix(value + (quint64(feature) + 1) * 0x9e3779b97f4a7c15ULL);
    return key ? key : 1;
}

quint64 bytesChecksum(const QByteArray &bytes)
{
    quint64 hash = kFnvOffset;
    for (const char c : bytes)
        hash = (hash ^ quint8(c)) * kFnvPrime;
    return hash;
}

// --- features ------------------------------------------------------------------------------

enum Feature : quint32 {
    Bias, Lower, Form, Shape, ShortShape, Prefix1, Prefix2, Prefix3, Prefix4,
    Suffix1, Suffix2, Suffix3, Suffix4,
    LowerM1, LowerP1, LowerM2, LowerP2,
    ShortM1, ShortP1, ShortM2, ShortP2,
    LowerM1Lower, LowerLowerP1, ShortM1Short, ShortShortP1, ShortTrigram,
    FirstShort, CapsShort, CapsLower, LowerM1Short, ShortLowerP1, SuffixM1Short, Extra,
};

struct TokenInfo
{
    quint64 lower = 0;
    quint64 form = 0;
    quint64 shape = 0;
    quint64 shortShape = 0;
    quint64 prefix[4] = {};
    quint64 suffix[4] = {};
    int length = 0; // code points
    bool hasLetter = false;
    bool hasLower = false;
};

TokenInfo sentinel(quint64 seed)
{
    TokenInfo info;
    info.lower = info.form = info.shape = info.shortShape = mix(seed);
    for (int k = 0; k < 4; ++k)
        info.suffix[k] = info.prefix[k] = mix(seed + 1 + quint64(k));
    info.length = 4;
    return info;
}

const TokenInfo &beforeStart() { static const TokenInfo info = sentinel(0xb05); return info; }
const TokenInfo &beforeStart2() { static const TokenInfo info = sentinel(0xb052); return info; }
const TokenInfo &afterEnd() { static const TokenInfo info = sentinel(0xe05); return info; }
const TokenInfo &afterEnd2() { static const TokenInfo info = sentinel(0xe052); return info; }

char32_t shapeOf(char32_t codePoint)
{
    const auto category = QChar::category(codePoint);
    switch (category) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        return U'X';
    case QChar::Letter_Lowercase:
        return U'x';
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
        return U'L';
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return U'd';
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return 0;
    default:
        return codePoint; // punctuation and symbols stand for themselves
    }
}

TokenInfo describe(QStringView token)
{
    TokenInfo info;
    QVarLengthArray<char32_t, 48> lower;
    quint64 form = kFnvOffset;
    quint64 shape = kFnvOffset;
    quint64 shortShape = kFnvOffset;
    char32_t last = 0;
    int run = 0;
    const qsizetype size = token.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t codePoint = token[i].unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && token[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(token[i], token[i + 1]);
            ++i;
        }
        form = hashAdd(form, codePoint);
        lower.append(QChar::toLower(codePoint));
        const char32_t shapeChar = shapeOf(codePoint);
        if (shapeChar == 0)
            continue;
        if (shapeChar == U'X' || shapeChar == U'x' || shapeChar == U'L')
            info.hasLetter = true;
        if (shapeChar == U'x')
            info.hasLower = true;
        run = shapeChar == last ? run + 1 : 1;
        if (run <= 4) // "Xxxxx" for any long capitalised word
            shape = hashAdd(shape, shapeChar);
        if (run == 1)
            shortShape = hashAdd(shortShape, shapeChar);
        last = shapeChar;
    }
    quint64 lowerHash = kFnvOffset;
    for (const char32_t c : lower)
        lowerHash = hashAdd(lowerHash, c);
    info.length = int(lower.size());
    info.lower = lowerHash;
    info.form = form;
    info.shape = shape;
    info.shortShape = shortShape;
    quint64 prefix = kFnvOffset;
    quint64 suffix = kFnvOffset;
    for (int k = 0; k < 4 && k < info.length; ++k) {
        prefix = hashAdd(prefix, lower[k]);
        suffix = hashAdd(suffix, lower[info.length - 1 - k]);
        info.prefix[k] = prefix;
        info.suffix[k] = suffix;
    }
    return info;
}

// A headline in capitals ("RUSSIA SAYS TALKS STALL") changes what capitals mean.
bool isAllCaps(const std::vector<TokenInfo> &infos)
{
    int letters = 0;
    for (const TokenInfo &info : infos) {
        if (info.hasLower)
            return false;
        if (info.hasLetter)
            ++letters;
    }
    return letters >= 2;
}

// --- tags ----------------------------------------------------------------------------------

// Tag indexes: 0 is O, 1 + 2k is B- of label k, 2 + 2k is I- of label k.
int beginTag(int label) { return 1 + 2 * label; }
int insideTag(int label) { return 2 + 2 * label; }
bool isInside(int tag) { return tag > 0 && tag % 2 == 0; }
int labelOfTag(int tag) { return (tag - 1) / 2; }

QStringList tagNames(const QStringList &labels)
{
    QStringList tags{u"O"_s};
    for (const QString &label : labels)
        tags << u"B-"_s + label << u"I-"_s + label;
    return tags;
}

// Whether `tag` may follow `previous` (previous == tagCount for the sentence start).
bool legal(int previous, int tag, int tagCount)
{
    if (!isInside(tag))
        return true;
    if (previous == tagCount || previous == 0)
        return false;
    return labelOfTag(previous) == labelOfTag(tag);
}

// Splits "B-PERSON" into its prefix letter and label; "O" and anything unreadable give 'O'.
QChar splitTag(const QString &tag, QString *label)
{
    if (tag.size() > 2 && tag[1] == u'-' && QStringView(u"BIESLU").contains(tag[0])) {
        *label = tag.mid(2);
        return tag[0];
    }
    label->clear();
    return u'O';
}

// IOB2 tag indexes of a training sentence, repairing IOB1 and BIOES on the way.
std::vector<int> goldTags(const QStringList &tags, const QHash<QString, int> &labelIndex)
{
    std::vector<int> result(size_t(tags.size()), 0);
    int previousLabel = -1;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        QString labelName;
        const QChar kind = splitTag(tags[i], &labelName);
        const int label = labelIndex.value(labelName, -1);
        if (kind == u'O' || label < 0) {
            previousLabel = -1;
            continue;
        }
        const bool continues = (kind == u'I' || kind == u'E') && previousLabel == label;
        result[size_t(i)] = continues ? insideTag(label) : beginTag(label);
        previousLabel = (kind == u'E' || kind == u'S' || kind == u'L' || kind == u'U') ? -1 : label;
    }
    return result;
}

// --- open addressing index from feature key to row -----------------------------------------

qsizetype slotCountFor(qsizetype entries)
{
    qsizetype count = 16;
    while (count < entries * 2)
        count *= 2;
    return count;
}

// Returns the slot of `key`, or the empty slot where it would go.
size_t findSlot(const std::vector<quint64> &slotKeys, quint64 key)
{
    const size_t mask = slotKeys.size() - 1;
    size_t slot = size_t(key) & mask;
    while (slotKeys[slot] != 0 && slotKeys[slot] != key)
        slot = (slot + 1) & mask;
    return slot;
}

// The growing key -> index map used while collecting training features.
class KeyInterner final
{
public:
    KeyInterner() : m_keys(size_t(slotCountFor(1 << 16)), 0), m_indexes(m_keys.size(), -1) { }

    qint32 intern(quint64 key)
    {
        size_t slot = findSlot(m_keys, key);
        if (m_keys[slot] == key)
            return m_indexes[slot];
        if (qsizetype(m_count + 1) * 2 > qsizetype(m_keys.size())) {
            grow();
            slot = findSlot(m_keys, key);
        }
        m_keys[slot] = key;
        m_indexes[slot] = qint32(m_count);
        m_order.push_back(key);
        return qint32(m_count++);
    }
    const std::vector<quint64> &keys() const { return m_order; }

private:
    void grow()
    {
        std::vector<quint64> keys(m_keys.size() * 2, 0);
        std::vector<qint32> indexes(keys.size(), -1);
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == 0)
                continue;
            const size_t slot = findSlot(keys, m_keys[i]);
            keys[slot] = m_keys[i];
            indexes[slot] = m_indexes[i];
        }
        m_keys.swap(keys);
        m_indexes.swap(indexes);
    }

    std::vector<quint64> m_keys;
    std::vector<qint32> m_indexes;
    std::vector<quint64> m_order;
    size_t m_count = 0;
};

// --- decoding ------------------------------------------------------------------------------

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// Best legal tag sequence for `length` tokens. emission: length x tags; transitions:
// (tags + 1) x tags, last row for the start.
void viterbi(const float *emission, qsizetype length, int tagCount, const float *transitions,
             std::vector<int> &best)
{
    best.assign(size_t(length), 0);
    if (length == 0)
        return;
    const size_t tags = size_t(tagCount);
    // Illegal bigrams as -infinity, so the inner loop needs no test.
    std::vector<float> allowed((tags + 1) * tags);
    for (size_t s = 0; s <= tags; ++s) {
        for (size_t t = 0; t < tags; ++t)
            allowed[s * tags + t] = legal(int(s), int(t), tagCount) ? transitions[s * tags + t] : kImpossible;
    }
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
    int tag = int(std::max_element(last, last + tags) - last);
    for (qsizetype i = length - 1; i >= 0; --i) {
        best[size_t(i)] = tag;
        tag = back[size_t(i) * tags + size_t(tag)];
    }
}

// Marginal probability of each tag at each position, treating scores / temperature as
// log-potentials of a linear-chain model (scaled forward-backward).
std::vector<double> marginals(const float *emission, qsizetype length, int tagCount, const float *transitions,
                              double temperature)
{
    const size_t n = size_t(length);
    const size_t tags = size_t(tagCount);
    std::vector<double> potential(n * tags);
    for (size_t i = 0; i < n; ++i) {
        const float *row = emission + i * tags;
        const double top = *std::max_element(row, row + tags);
        for (size_t t = 0; t < tags; ++t)
            potential[i * tags + t] = std::exp((double(row[t]) - top) / temperature);
    }
    // One shift for the whole matrix (a shift per row would reweigh paths).
    std::vector<double> transition((tags + 1) * tags);
    const double top = *std::max_element(transitions, transitions + (tags + 1) * tags);
    for (size_t s = 0; s <= tags; ++s) {
        const float *row = transitions + s * tags;
        for (size_t t = 0; t < tags; ++t) {
            transition[s * tags + t] = legal(int(s), int(t), tagCount)
                ? std::exp((double(row[t]) - top) / temperature) : 0.0;
        }
    }
    auto normalise = [tags](double *row) {
        double sum = 0;
        for (size_t t = 0; t < tags; ++t)
            sum += row[t];
        if (sum > 0) {
            for (size_t t = 0; t < tags; ++t)
                row[t] /= sum;
        }
    };
    std::vector<double> alpha(n * tags), beta(n * tags, 1.0);
    for (size_t t = 0; t < tags; ++t)
        alpha[t] = transition[tags * tags + t] * potential[t];
    normalise(&alpha[0]);
    for (size_t i = 1; i < n; ++i) {
        for (size_t t = 0; t < tags; ++t) {
            double sum = 0;
            for (size_t s = 0; s < tags; ++s)
                sum += alpha[(i - 1) * tags + s] * transition[s * tags + t];
            alpha[i * tags + t] = sum * potential[i * tags + t];
        }
        normalise(&alpha[i * tags]);
    }
    normalise(&beta[(n - 1) * tags]);
    for (size_t i = n - 1; i-- > 0;) {
        for (size_t s = 0; s < tags; ++s) {
            double sum = 0;
            for (size_t t = 0; t < tags; ++t)
                sum += transition[s * tags + t] * potential[(i + 1) * tags + t] * beta[(i + 1) * tags + t];
            beta[i * tags + s] = sum;
        }
        normalise(&beta[i * tags]);
    }
    std::vector<double> result(n * tags);
    for (size_t i = 0; i < n * tags; ++i)
        result[i] = alpha[i] * beta[i];
    for (size_t i = 0; i < n; ++i)
        normalise(&result[i * tags]);
    return result;
}

} // namespace

// --- features ------------------------------------------------------------------------------

void PerceptronTagger::extractFeatures(const QStringList &tokens, std::vector<quint64> &keys,
                                       std::vector<qsizetype> &starts) const
{
    keys.clear();
    starts.clear();
    const qsizetype n = tokens.size();
    std::vector<TokenInfo> infos;
    infos.reserve(size_t(n));
    for (const QString &token : tokens)
        infos.push_back(describe(token));
    const bool caps = isAllCaps(infos);
    auto at = [&](qsizetype i) -> const TokenInfo & {
        if (i < -1)
            return beforeStart2();
        if (i < 0)
            return beforeStart();
        if (i > n)
            return afterEnd2();
        if (i >= n)
            return afterEnd();
        return infos[size_t(i)];
    };
    keys.reserve(size_t(n) * 36);
    starts.reserve(size_t(n) + 1);
    for (qsizetype i = 0; i < n; ++i) {
        starts.push_back(qsizetype(keys.size()));
        const TokenInfo &w = infos[size_t(i)];
        const TokenInfo &m1 = at(i - 1);
        const TokenInfo &m2 = at(i - 2);
        const TokenInfo &p1 = at(i + 1);
        const TokenInfo &p2 = at(i + 2);
        auto add = [&keys](quint32 feature, quint64 value) { keys.push_back(featureKey(feature, value)); };
        add(Bias, 0);
        add(Lower, w.lower);
        add(Form, w.form);
        add(Shape, w.shape);
        add(ShortShape, w.shortShape);
        for (int k = 0; k < 4 && k < w.length; ++k) {
            add(Prefix1 + quint32(k), w.prefix[k]);
            add(Suffix1 + quint32(k), w.suffix[k]);
        }
        add(LowerM1, m1.lower);
        add(LowerP1, p1.lower);
        add(LowerM2, m2.lower);
        add(LowerP2, p2.lower);
        add(ShortM1, m1.shortShape);
        add(ShortP1, p1.shortShape);
        add(ShortM2, m2.shortShape);
        add(ShortP2, p2.shortShape);
        add(LowerM1Lower, combine(m1.lower, w.lower));
        add(LowerLowerP1, combine(w.lower, p1.lower));
        add(ShortM1Short, combine(m1.shortShape, w.shortShape));
        add(ShortShortP1, combine(w.shortShape, p1.shortShape));
        add(ShortTrigram, combine(combine(m1.shortShape, w.shortShape), p1.shortShape));
        add(FirstShort, combine(i == 0 ? 1 : 0, w.shortShape));
        add(CapsShort, combine(caps ? 1 : 0, w.shortShape));
        if (caps)
            add(CapsLower, w.lower);
        add(LowerM1Short, combine(m1.lower, w.shortShape));
        add(ShortLowerP1, combine(w.shortShape, p1.lower));
        add(SuffixM1Short, combine(m1.suffix[std::clamp(m1.length, 1, 3) - 1], w.shortShape));
        if (m_extras) {
            const QStringList extras = m_extras(tokens, i);
            for (const QString &extra : extras) {
                quint64 hash = kFnvOffset;
                for (const QChar c : extra)
                    hash = hashAdd(hash, c.unicode());
                add(Extra, hash);
            }
        }
    }
    starts.push_back(qsizetype(keys.size()));
}

// --- training ------------------------------------------------------------------------------

namespace {

// The training data with every feature of every token interned once, so that epochs only
// add weights.
struct TrainingData
{
    QStringList labels;
    int tagCount = 0;
    std::vector<qint32> features;
    std::vector<qsizetype> tokenStarts{0};    // into features, per token of all sentences
    std::vector<int> gold;                    // tag per token
    std::vector<qsizetype> sentenceStarts{0}; // into gold, per sentence
    std::vector<qsizetype> sources;           // index in the caller's list, per sentence
    std::vector<quint64> keys;                // feature key per interned index
    int tokenCount = 0;

    qsizetype sentenceCount() const { return qsizetype(sources.size()); }
};

// Averaged weights of one perceptron run.
struct AveragedModel
{
    std::vector<float> transitions;
    std::vector<quint64> rowKeys;
    std::vector<float> weights;
};

// Trains on the sentences `order` of `data`; progress gets the epoch and the fraction of
// this run done. Nullopt when cancelled.
std::optional<AveragedModel> runPerceptron(const TrainingData &data, std::vector<qsizetype> order, int epochs,
                                           const std::function<bool(int, double)> &progress)
{
    const size_t tags = size_t(data.tagCount);
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

    std::mt19937 shuffler(kShuffleSeed); // its output sequence is fixed by the standard
    std::vector<float> emission;
    std::vector<int> predicted;
    double step = 1;
    const qsizetype count = qsizetype(order.size());
    for (int epoch = 0; epoch < epochs; ++epoch) {
        // Fisher-Yates by hand: std::shuffle's use of the generator is implementation-defined.
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[size_t(shuffler() % (i + 1))]);
        for (qsizetype visited = 0; visited < count; ++visited) {
            if (progress && visited % 256 == 0
                && !progress(epoch, (double(epoch) * double(count) + double(visited)) / (double(count) * epochs))) {
                return std::nullopt;
            }
            const qsizetype s = order[size_t(visited)];
            const qsizetype first = data.sentenceStarts[size_t(s)];
            const qsizetype length = data.sentenceStarts[size_t(s) + 1] - first;
            emission.assign(size_t(length) * tags, 0.0f);
            for (qsizetype i = 0; i < length; ++i) {
                float *row = &emission[size_t(i) * tags];
                for (qsizetype f = data.tokenStarts[size_t(first + i)]; f < data.tokenStarts[size_t(first + i + 1)]; ++f) {
                    const float *w = &weights[size_t(data.features[size_t(f)]) * tags];
                    for (size_t t = 0; t < tags; ++t)
                        row[t] += w[t];
                }
            }
            viterbi(emission.data(), length, data.tagCount, transitions.data(), predicted);
            const int *truth = &data.gold[size_t(first)];
            for (qsizetype i = 0; i < length; ++i) {
                const int want = truth[i];
                const int got = predicted[size_t(i)];
                const int wantBefore = i == 0 ? data.tagCount : truth[i - 1];
                const int gotBefore = i == 0 ? data.tagCount : predicted[size_t(i - 1)];
                if (want != got) {
                    for (qsizetype f = data.tokenStarts[size_t(first + i)]; f < data.tokenStarts[size_t(first + i + 1)]; ++f) {
                        const size_t row = size_t(data.features[size_t(f)]) * tags;
                        update(weights, accumulated, row + size_t(want), 1.0f, step);
                        update(weights, accumulated, row + size_t(got), -1.0f, step);
                    }
                }
                if (want != got || wantBefore != gotBefore) {
                    update(transitions, transitionsAccumulated, size_t(wantBefore) * tags + size_t(want), 1.0f, step);
                    update(transitions, transitionsAccumulated, size_t(gotBefore) * tags + size_t(got), -1.0f, step);
                }
            }
            step += 1;
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

} // namespace

void PerceptronTagger::adopt(QStringList labels, std::vector<float> transitions, std::vector<quint64> rowKeys,
                             std::vector<float> weights)
{
    m_labels = std::move(labels);
    m_tags = tagNames(m_labels);
    m_transitions = std::move(transitions);
    m_rowKeys = std::move(rowKeys);
    m_weights = std::move(weights);
    buildIndex();
}

bool PerceptronTagger::train(const QList<TaggedSentence> &sentences, int epochs, const Progress &progressAndContinue)
{
    // Labels in sorted order, so the tag set does not depend on the order of the data.
    QSet<QString> labelSet;
    for (const TaggedSentence &sentence : sentences) {
        if (sentence.tokens.size() != sentence.tags.size())
            continue;
        for (const QString &tag : sentence.tags) {
            QString label;
            if (splitTag(tag, &label) != u'O' && !label.isEmpty())
                labelSet.insert(label);
        }
    }
    TrainingData data;
    data.labels = QStringList(labelSet.cbegin(), labelSet.cend());
    data.labels.sort();
    if (data.labels.size() > kMaxLabels)
        data.labels = data.labels.mid(0, kMaxLabels);
    QHash<QString, int> labelIndex;
    for (int i = 0; i < data.labels.size(); ++i)
        labelIndex.insert(data.labels[i], i);
    data.tagCount = int(2 * data.labels.size() + 1);

    KeyInterner interner;
    std::vector<quint64> keys;
    std::vector<qsizetype> starts;
    for (qsizetype index = 0; index < sentences.size(); ++index) {
        const TaggedSentence &sentence = sentences[index];
        if (sentence.tokens.isEmpty() || sentence.tokens.size() != sentence.tags.size())
            continue;
        extractFeatures(sentence.tokens, keys, starts);
        for (const quint64 key : keys)
            data.features.push_back(interner.intern(key));
        const qsizetype base = data.tokenStarts.back();
        for (size_t i = 1; i < starts.size(); ++i)
            data.tokenStarts.push_back(base + starts[i]);
        const std::vector<int> tags = goldTags(sentence.tags, labelIndex);
        data.gold.insert(data.gold.end(), tags.begin(), tags.end());
        data.sentenceStarts.push_back(qsizetype(data.gold.size()));
        data.sources.push_back(index);
        data.tokenCount += int(sentence.tokens.size());
    }
    data.keys = interner.keys();
    const qsizetype sentenceCount = data.sentenceCount();
    if (sentenceCount == 0 || data.labels.isEmpty() || epochs < 1)
        return false;

    // With enough data, a first run on nine tenths fits the temperature of the confidences
    // on the last tenth (perceptron scores have no natural scale); the second run, on all
    // sentences, is the model.
    const bool calibrate = sentenceCount >= kMinSentencesToCalibrate;
    const double calibrationShare = calibrate ? 0.45 : 0.0;
    auto stage = [&](double offset, double share) {
        return [&progressAndContinue, offset, share](int epoch, double fraction) {
            return !progressAndContinue || progressAndContinue(epoch, offset + share * fraction);
        };
    };
    double temperature = kDefaultTemperature;
    if (calibrate) {
        std::vector<qsizetype> fitting, heldOut;
        for (qsizetype s = 0; s < sentenceCount; ++s)
            (s % 10 == 9 ? heldOut : fitting).push_back(s);
        const auto model = runPerceptron(data, fitting, epochs, stage(0.0, calibrationShare));
        if (!model)
            return false;
        PerceptronTagger probe;
        probe.m_extras = m_extras;
        probe.adopt(data.labels, model->transitions, model->rowKeys, model->weights);
        static constexpr double candidates[] = {2, 3, 4, 6, 8, 12, 16, 24, 32};
        double logLikelihood[std::size(candidates)] = {};
        std::vector<float> scores;
        for (const qsizetype s : heldOut) {
            const QStringList &tokens = sentences[data.sources[size_t(s)]].tokens;
            probe.emissions(tokens, scores);
            const int *truth = &data.gold[size_t(data.sentenceStarts[size_t(s)])];
            for (size_t c = 0; c < std::size(candidates); ++c) {
                const std::vector<double> p = marginals(scores.data(), tokens.size(), data.tagCount,
                                                        probe.m_transitions.data(), candidates[c]);
                for (qsizetype i = 0; i < tokens.size(); ++i)
                    logLikelihood[c] += std::log(std::max(1e-9, p[size_t(i * data.tagCount + truth[i])]));
            }
        }
        temperature = candidates[std::max_element(logLikelihood, logLikelihood + std::size(candidates)) - logLikelihood];
    }
    std::vector<qsizetype> all(static_cast<size_t>(sentenceCount));
    for (qsizetype s = 0; s < sentenceCount; ++s)
        all[size_t(s)] = s;
    auto model = runPerceptron(data, all, epochs, stage(calibrationShare, 1.0 - calibrationShare));
    if (!model || (progressAndContinue && !progressAndContinue(epochs - 1, 1.0)))
        return false;

    adopt(data.labels, std::move(model->transitions), std::move(model->rowKeys), std::move(model->weights));
    m_temperature = temperature;
    // Whole seconds: the date goes through ISO text in the blob.
    m_trainedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_sentenceCount = int(sentenceCount);
    m_tokenCount = data.tokenCount;
    m_epochs = epochs;
    return true;
}

void PerceptronTagger::buildIndex()
{
    const size_t slotCount = size_t(slotCountFor(qsizetype(m_rowKeys.size())));
    m_slotKeys.assign(slotCount, 0);
    m_slotRows.assign(slotCount, -1);
    for (size_t row = 0; row < m_rowKeys.size(); ++row) {
        const size_t slot = findSlot(m_slotKeys, m_rowKeys[row]);
        m_slotKeys[slot] = m_rowKeys[row];
        m_slotRows[slot] = qint32(row);
    }
}

qint32 PerceptronTagger::rowOf(quint64 key) const
{
    if (m_slotKeys.empty())
        return -1;
    const size_t slot = findSlot(m_slotKeys, key);
    return m_slotKeys[slot] == key ? m_slotRows[slot] : -1;
}

// --- tagging -------------------------------------------------------------------------------

void PerceptronTagger::emissions(const QStringList &tokens, std::vector<float> &scores) const
{
    const size_t tags = size_t(m_tags.size());
    std::vector<quint64> keys;
    std::vector<qsizetype> starts;
    extractFeatures(tokens, keys, starts);
    scores.assign(size_t(tokens.size()) * tags, 0.0f);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        float *row = &scores[size_t(i) * tags];
        for (qsizetype k = starts[size_t(i)]; k < starts[size_t(i) + 1]; ++k) {
            const qint32 found = rowOf(keys[size_t(k)]);
            if (found < 0)
                continue;
            const float *w = &m_weights[size_t(found) * tags];
            for (size_t t = 0; t < tags; ++t)
                row[t] += w[t];
        }
    }
}

QStringList PerceptronTagger::tag(const QStringList &tokens) const
{
    if (!isTrained() || tokens.isEmpty())
        return QStringList(tokens.size(), u"O"_s);
    std::vector<float> scores;
    emissions(tokens, scores);
    std::vector<int> best;
    viterbi(scores.data(), tokens.size(), int(m_tags.size()), m_transitions.data(), best);
    QStringList result;
    result.reserve(tokens.size());
    for (const int t : best)
        result.append(m_tags[t]);
    return result;
}

TagResult PerceptronTagger::tagWithConfidence(const QStringList &tokens) const
{
    TagResult result;
    if (!isTrained() || tokens.isEmpty()) {
        result.tags = QStringList(tokens.size(), u"O"_s);
        result.confidences = QList<double>(tokens.size(), 0.0);
        return result;
    }
    const int tagCount = int(m_tags.size());
    std::vector<float> scores;
    emissions(tokens, scores);
    std::vector<int> best;
    viterbi(scores.data(), tokens.size(), tagCount, m_transitions.data(), best);
    const std::vector<double> probabilities = marginals(scores.data(), tokens.size(), tagCount, m_transitions.data(),
                                                       m_temperature);
    result.tags.reserve(tokens.size());
    result.confidences.reserve(tokens.size());
    for (size_t i = 0; i < best.size(); ++i) {
        result.tags.append(m_tags[best[i]]);
        result.confidences.append(probabilities[i * size_t(tagCount) + size_t(best[i])]);
    }
    return result;
}

double PerceptronTagger::uncertainty(double confidence)
{
    return std::clamp(1.0 - confidence, 0.0, 1.0);
}

// --- serialization -------------------------------------------------------------------------
// Blob: magic, format version, payload size, FNV-1a 64 checksum of the compressed payload,
// qCompress'ed payload. Payload: training date, counts, labels, transitions, then the rows
// as (key, number of non-zero weights, (tag, weight)...).

QByteArray PerceptronTagger::serialize() const
{
    if (!isTrained())
        return {};
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out << m_trainedAt.toString(Qt::ISODate) << qint32(m_sentenceCount) << qint32(m_tokenCount)
            << qint32(m_epochs) << double(m_temperature);
        out << quint32(m_labels.size());
        for (const QString &label : m_labels)
            out << label;
        for (const float value : m_transitions)
            out << value;
        const size_t tags = size_t(m_tags.size());
        out << quint32(m_rowKeys.size());
        for (size_t row = 0; row < m_rowKeys.size(); ++row) {
            const float *w = &m_weights[row * tags];
            quint8 nonZero = 0;
            for (size_t t = 0; t < tags; ++t)
                nonZero += w[t] != 0.0f ? 1 : 0;
            out << m_rowKeys[row] << nonZero;
            for (size_t t = 0; t < tags; ++t) {
                if (w[t] != 0.0f)
                    out << quint8(t) << w[t];
            }
        }
    }
    const QByteArray compressed = qCompress(payload, 6);
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << quint32(payload.size()) << bytesChecksum(compressed);
    out.writeRawData(compressed.constData(), int(compressed.size()));
    return blob;
}

std::optional<PerceptronTagger> PerceptronTagger::deserialize(const QByteArray &blob)
{
    constexpr qsizetype headerSize = 4 + 4 + 4 + 8;
    if (blob.size() < headerSize + 4)
        return std::nullopt;
    QDataStream header(blob);
    header.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, payloadSize = 0;
    quint64 checksum = 0;
    header >> magic >> version >> payloadSize >> checksum;
    if (header.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion
        || qint64(payloadSize) > kMaxPayload) {
        return std::nullopt;
    }
    const QByteArray compressed = blob.mid(headerSize);
    if (bytesChecksum(compressed) != checksum)
        return std::nullopt;
    // qCompress stores the size big-endian in front; check it before qUncompress allocates.
    const quint32 declared = (quint32(quint8(compressed[0])) << 24) | (quint32(quint8(compressed[1])) << 16)
        | (quint32(quint8(compressed[2])) << 8) | quint32(quint8(compressed[3]));
    if (declared != payloadSize)
        return std::nullopt;
    const QByteArray payload = qUncompress(compressed);
    if (payload.size() != qsizetype(payloadSize))
        return std::nullopt;

    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    PerceptronTagger tagger;
    QString trainedAt;
    qint32 sentenceCount = 0, tokenCount = 0, epochs = 0;
    quint32 labelCount = 0;
    double temperature = 0;
    in >> trainedAt >> sentenceCount >> tokenCount >> epochs >> temperature >> labelCount;
    if (in.status() != QDataStream::Ok || labelCount == 0 || labelCount > quint32(kMaxLabels)
        || !std::isfinite(temperature) || temperature <= 0) {
        return std::nullopt;
    }
    tagger.m_temperature = temperature;
    QSet<QString> seen;
    for (quint32 i = 0; i < labelCount; ++i) {
        QString label;
        in >> label;
        if (in.status() != QDataStream::Ok || label.isEmpty() || seen.contains(label))
            return std::nullopt;
        seen.insert(label);
        tagger.m_labels.append(label);
    }
    tagger.m_tags = tagNames(tagger.m_labels);
    const size_t tags = size_t(tagger.m_tags.size());
    tagger.m_transitions.resize((tags + 1) * tags);
    for (float &value : tagger.m_transitions) {
        in >> value;
        if (!std::isfinite(value))
            return std::nullopt;
    }
    quint32 rowCount = 0;
    in >> rowCount;
    // Each row takes at least 14 bytes: refuse counts the payload cannot hold before
    // reserving memory for them.
    if (in.status() != QDataStream::Ok || qint64(rowCount) * 14 > payload.size())
        return std::nullopt;
    tagger.m_rowKeys.reserve(rowCount);
    tagger.m_weights.assign(size_t(rowCount) * tags, 0.0f);
    for (quint32 row = 0; row < rowCount; ++row) {
        quint64 key = 0;
        quint8 nonZero = 0;
        in >> key >> nonZero;
        if (key == 0 || nonZero == 0 || nonZero > tags)
            return std::nullopt;
        int previous = -1;
        for (quint8 k = 0; k < nonZero; ++k) {
            quint8 tag = 0;
            float weight = 0;
            in >> tag >> weight;
            if (int(tag) <= previous || tag >= tags || !std::isfinite(weight))
                return std::nullopt;
            previous = tag;
            tagger.m_weights[size_t(row) * tags + tag] = weight;
        }
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        tagger.m_rowKeys.push_back(key);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    tagger.buildIndex();
    for (size_t row = 0; row < tagger.m_rowKeys.size(); ++row) {
        if (tagger.rowOf(tagger.m_rowKeys[row]) != qint32(row))
            return std::nullopt; // a key stored twice
    }
    tagger.m_trainedAt = QDateTime::fromString(trainedAt, Qt::ISODate);
    tagger.m_sentenceCount = sentenceCount;
    tagger.m_tokenCount = tokenCount;
    tagger.m_epochs = epochs;
    return tagger;
}

} // namespace Copydesk
