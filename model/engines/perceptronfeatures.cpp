#include "perceptronfeatures.h"

#include <algorithm>

#include <QChar>
#include <QVarLengthArray>

#include "perceptrontagger.h"

namespace Copydesk::PerceptronFeatures {

quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

quint64 combine(quint64 a, quint64 b)
{
    return mix(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

quint64 featureKey(quint32 feature, quint64 value)
{
    const quint64 key = mix(value + (quint64(feature) + 1) * 0x9e3779b97f4a7c15ULL);
    return key ? key : 1;
}

namespace {

enum Feature : quint32 {
    Bias, Lower, Form, Shape, ShortShape, Prefix1, Prefix2, Prefix3, Prefix4,
    Suffix1, Suffix2, Suffix3, Suffix4,
    LowerM1, LowerP1, LowerM2, LowerP2,
    ShortM1, ShortP1, ShortM2, ShortP2,
    LowerM1Lower, LowerLowerP1, ShortM1Short, ShortShortP1, ShortTrigram,
    FirstShort, CapsShort, CapsLower, LowerM1Short, ShortLowerP1, SuffixM1Short, Extra,
    HistoryMajority, HistoryMajorityFirst, HistoryAny,
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
    bool capitalised = false; // the first letter is a capital
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
        const bool letter = shapeChar == U'X' || shapeChar == U'x' || shapeChar == U'L';
        if (letter && !info.hasLetter)
            info.capitalised = shapeChar == U'X';
        info.hasLetter = info.hasLetter || letter;
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

} // namespace

void extract(const TaggedSentence &sentence, SentenceFeatures &features)
{
    std::vector<quint64> &keys = features.keys;
    keys.clear();
    features.starts.clear();
    features.words.clear();
    const QStringList &tokens = sentence.tokens;
    const qsizetype n = tokens.size();
    std::vector<TokenInfo> infos;
    infos.reserve(size_t(n));
    for (const QString &token : tokens)
        infos.push_back(describe(token));
    const bool caps = isAllCaps(infos);
    features.allCaps = caps;
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
    const bool hasExtras = sentence.extras.size() == n;
    keys.reserve(size_t(n) * 40);
    features.starts.reserve(size_t(n) + 1);
    features.words.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        features.starts.push_back(qsizetype(keys.size()));
        const TokenInfo &w = infos[size_t(i)];
        features.words.push_back(w.capitalised && w.length > 1 ? w.lower : 0);
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
        if (hasExtras) {
            for (const quint64 extra : sentence.extras[i])
                add(Extra, extra);
        }
    }
    features.starts.push_back(qsizetype(keys.size()));
}

void DocumentHistory::record(quint64 word, int label)
{
    if (word == 0)
        return;
    auto found = m_index.constFind(word);
    if (found == m_index.cend()) {
        found = m_index.insert(word, qsizetype(m_counts.size()));
        m_counts.resize(m_counts.size() + size_t(m_width), 0);
    }
    ++m_counts[size_t(*found) + size_t(label + 1)];
}

const int *DocumentHistory::counts(quint64 word) const
{
    if (word == 0)
        return nullptr;
    const auto found = m_index.constFind(word);
    return found == m_index.cend() ? nullptr : &m_counts[size_t(*found)];
}

void historyKeys(const int *counts, int width, bool first, std::vector<quint64> &keys)
{
    if (!counts)
        return;
    int best = 0, total = 0;
    for (int v = 0; v < width; ++v) {
        total += counts[v];
        if (counts[v] > counts[best])
            best = v;
        if (v > 0 && counts[v] > 0)
            keys.push_back(featureKey(HistoryAny, quint64(v)));
    }
    const quint64 majority = quint64(best) * 2 + (counts[best] == total ? 1 : 0);
    keys.push_back(featureKey(HistoryMajority, majority));
    keys.push_back(featureKey(HistoryMajorityFirst, majority * 2 + (first ? 1 : 0)));
}

std::vector<quint64> allHistoryKeys(int labelCount)
{
    std::vector<quint64> keys;
    for (int v = 1; v <= labelCount; ++v)
        keys.push_back(featureKey(HistoryAny, quint64(v)));
    for (quint64 majority = 0; majority < quint64(labelCount + 1) * 2; ++majority) {
        keys.push_back(featureKey(HistoryMajority, majority));
        keys.push_back(featureKey(HistoryMajorityFirst, majority * 2));
        keys.push_back(featureKey(HistoryMajorityFirst, majority * 2 + 1));
    }
    return keys;
}

} // namespace Copydesk::PerceptronFeatures
