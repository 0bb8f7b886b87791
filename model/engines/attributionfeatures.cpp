#include "attributionfeatures.h"

#include <algorithm>

#include <QSet>

#include "attributionhash.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

namespace H = AttributionHash;

// Cue words strong enough to give context to the tokens around them.
constexpr float kContextCue = 0.2f;

const quint64 kBoundary = H::text(u"<boundary>");
const quint64 kNone = H::text(u"<none>");

enum Template : quint32 {
    Bias, Word, WordM1, WordP1, WordM2, WordP2, WordM1Word, WordWordP1, Shape, ShapeM1Shape, Suffix,
    Position, Quote, QuoteWord, QuoteAround, Masked, CueBucket, CueBucketAround,
    LeftCueWord, LeftCueDistance, LeftCueNext, RightCueWord, RightCueDistance, RightCuePrevious,
    LeftRightCue, Stem, StemM1, StemP1, WordM3, WordP3, Clause, ClauseWord, RuleQuote, RuleQuoteAround, RuleQuoteWord, RuleOther, RuleOtherAround, RuleBoth,
    FirstTag, FirstTagAround, FirstTagFar, FirstTagConfidence, FirstTagWord, FirstLeft, FirstRight, FirstSentence,
    FirstLeftRight, LeftCueStemWord, RightCueStemWord, LeftCueStem, RightCueStem,
};

quint64 shapeOf(QStringView token)
{
    QString shape;
    for (const QChar c : token) {
        const QChar s = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c.isLetter() ? u'x' : c;
        if (shape.isEmpty() || shape.back() != s)
            shape.append(s);
        if (shape.size() >= 4)
            break;
    }
    return H::text(shape);
}

quint64 stemOf(const QString &token)
{
    QString word = token.toLower();
    const qsizetype n = word.size();
    if (n > 4 && word.endsWith(u"ies"))
        word = word.left(n - 3) + u'y';
    else if (n > 5 && word.endsWith(u"ing"))
        word.chop(3);
    else if (n > 4 && word.endsWith(u"ed"))
        word.chop(2);
    else if (n > 3 && word.endsWith(u's') && !word.endsWith(u"ss"))
        word.chop(1);
    return H::text(word);
}

// Distance buckets to the comma (or sentence edge) before and after each token.
void markClauses(AttributionText &doc)
{
    const int n = int(doc.size());
    doc.clause.assign(n, 0);
    auto isBreak = [&](int t) {
        const QString &token = doc.tokens[t].text;
        return token.size() == 1 && (token[0] == u',' || token[0] == u';' || token[0] == u':' || token[0] == u'\u2014');
    };
    int last = -1;
    for (int t = 0; t < n; ++t) {
        if (t == 0 || doc.sentence[t] != doc.sentence[t - 1])
            last = t - 1;
        doc.clause[t] = quint8(distanceBucket(t - last));
        if (isBreak(t))
            last = t;
    }
    for (int t = n - 1; t >= 0; --t) {
        if (t == n - 1 || doc.sentence[t] != doc.sentence[t + 1])
            last = t + 1;
        doc.clause[t] |= quint8(distanceBucket(last - t) << 4);
        if (isBreak(t))
            last = t;
    }
}

bool isLineBreakBetween(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] == u'\n' || text[i] == u'\r' || text[i] == u'\u2029')
            return true;
    }
    return false;
}

bool isPronoun(QStringView lower)
{
    static const QStringList pronouns{u"he"_s, u"she"_s, u"they"_s, u"it"_s, u"i"_s, u"we"_s, u"you"_s};
    return pronouns.contains(lower);
}

// Quotation marks, paragraph by paragraph: curly marks open and close, straight double marks
// alternate, a straight single mark opens only at a word start.
void markQuotations(AttributionText &doc)
{
    for (const auto &[first, end] : doc.paragraphs) {
        bool inDouble = false, inSingle = false;
        for (int t = first; t < end; ++t) {
            const QString &token = doc.tokens[t].text;
            quint16 flags = 0;
            if (token.size() == 1) {
                const QChar c = token[0];
                const bool spaceAfter = t + 1 >= end || doc.tokens[t + 1].start > doc.tokens[t].end;
                const bool spaceBefore = t == first || doc.tokens[t - 1].end < doc.tokens[t].start;
                if (c == u'\u201C' || c == u'\u00AB' || c == u'\u201E' || (c == u'"' && !inDouble)) {
                    inDouble = true;
                    flags |= FlagOpenMark;
                } else if (c == u'\u201D' || c == u'\u00BB' || (c == u'"' && inDouble)) {
                    flags |= FlagCloseMark | (inDouble ? FlagInsideDouble : 0);
                    inDouble = false;
                } else if (c == u'\u2018' || (c == u'\'' && !inSingle && spaceBefore && !spaceAfter)) {
                    inSingle = true;
                    flags |= FlagOpenMark;
                } else if ((c == u'\u2019' || c == u'\'') && inSingle) {
                    flags |= FlagCloseMark | FlagInsideSingle;
                    inSingle = false;
                }
            }
            if (inDouble)
                flags |= FlagInsideDouble;
            if (inSingle)
                flags |= FlagInsideSingle;
            doc.flags[t] |= flags;
        }
    }
}

void markFurniture(AttributionText &doc, const QList<SuggestedSpan> &furniture)
{
    for (const SuggestedSpan &span : furniture) {
        if (span.label != u"DISCLAIMER" && span.label != u"BOILERPLATE" && span.label != u"METADATA")
            continue;
        const auto from = std::lower_bound(doc.tokens.cbegin(), doc.tokens.cend(), span.start,
                                           [](const TaggerToken &token, qsizetype at) { return token.end <= at; });
        for (auto it = from; it != doc.tokens.cend() && it->start < span.end; ++it)
            doc.flags[it - doc.tokens.cbegin()] |= FlagMasked;
    }
}

void findContextCues(AttributionText &doc)
{
    const int n = int(doc.size());
    doc.leftCue.assign(n, -1);
    doc.rightCue.assign(n, -1);
    auto isContextCue = [&](int t) {
        return doc.cueProbability[t] >= kContextCue && !(doc.flags[t] & (FlagInsideDouble | FlagMasked));
    };
    for (int t = 1; t < n; ++t) {
        if (doc.sentence[t] != doc.sentence[t - 1])
            continue;
        doc.leftCue[t] = isContextCue(t - 1) ? t - 1 : doc.leftCue[t - 1];
    }
    for (int t = n - 2; t >= 0; --t) {
        if (doc.sentence[t] != doc.sentence[t + 1])
            continue;
        doc.rightCue[t] = isContextCue(t + 1) ? t + 1 : doc.rightCue[t + 1];
    }
}

// The rule engine's spans on the tokens: the QUOTE covering each token, and the shortest
// SOURCE or CUE, each as a code of what it is and how it is linked.
void mapRules(AttributionText &doc)
{
    const int n = int(doc.size());
    doc.ruleQuote.assign(n, -1);
    doc.ruleOther.assign(n, -1);
    doc.ruleQuoteCode.assign(n, 0);
    doc.ruleOtherCode.assign(n, 0);
    QSet<int> linkedChildren;
    for (qsizetype s = 0; s < doc.rules.spans.size(); ++s)
        doc.ruleIndex.insert(doc.rules.spans[s].key, int(s));
    for (const SuggestedRelation &relation : std::as_const(doc.rules.relations)) {
        const int head = doc.ruleIndex.value(relation.head, -1), child = doc.ruleIndex.value(relation.child, -1);
        if (head < 0 || child < 0)
            continue;
        if (relation.label == u"CUE")
            doc.ruleCueOf.insert(head, child);
        else if (relation.label == u"SPEAKER")
            doc.ruleSpeakerOf.insert(head, child);
        else
            continue;
        linkedChildren.insert(child);
    }
    for (qsizetype s = 0; s < doc.rules.spans.size(); ++s) {
        const SuggestedSpan &span = doc.rules.spans[s];
        const bool quote = span.label == u"QUOTE";
        if (!quote && span.label != u"SOURCE" && span.label != u"CUE")
            continue;
        QString what = span.label + u'/';
        if (quote) {
            what += span.attrs.value(u"form").toString();
            what += doc.ruleSpeakerOf.contains(int(s)) ? u"+s"_s : u"-s"_s;
            what += doc.ruleCueOf.contains(int(s)) ? u"+c"_s : u"-c"_s;
        } else {
            what += span.attrs.value(u"kind").toString();
            what += linkedChildren.contains(int(s)) ? u"+l"_s : u"-l"_s;
        }
        const quint64 inside = H::text(what), begin = H::combine(inside, 1);
        const auto from = std::lower_bound(doc.tokens.cbegin(), doc.tokens.cend(), span.start,
                                           [](const TaggerToken &token, qsizetype at) { return token.end <= at; });
        for (auto it = from; it != doc.tokens.cend() && it->start < span.end; ++it) {
            const int t = int(it - doc.tokens.cbegin());
            const quint64 code = it == from ? begin : inside;
            if (quote) {
                if (doc.ruleQuote[t] < 0) {
                    doc.ruleQuote[t] = int(s);
                    doc.ruleQuoteCode[t] = code;
                }
            } else {
                const int previous = doc.ruleOther[t];
                const SuggestedSpan *old = previous >= 0 ? &doc.rules.spans[previous] : nullptr;
                if (!old || old->end - old->start > span.end - span.start) {
                    doc.ruleOther[t] = int(s);
                    doc.ruleOtherCode[t] = code;
                }
            }
        }
    }
}

} // namespace

int distanceBucket(int distance)
{
    distance = std::abs(distance);
    if (distance <= 2)
        return distance;
    if (distance <= 4)
        return 3;
    if (distance <= 8)
        return 4;
    if (distance <= 16)
        return 5;
    if (distance <= 32)
        return 6;
    return 7;
}

AttributionText prepareAttributionText(const QString &text, EngineResult rules, const QList<SuggestedSpan> &furniture,
                                       const CueLexicon &lexicon)
{
    AttributionText doc;
    doc.text = text;
    doc.rules = std::move(rules);
    const QList<TaggerSentence> sentences = TaggerTokenizer::sentences(text);
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        for (const TaggerToken &token : sentences[s]) {
            doc.tokens.append(token);
            doc.sentence.push_back(int(s));
        }
    }
    const int n = int(doc.tokens.size());
    doc.paragraphOf.resize(n);
    doc.word.resize(n);
    doc.shape.resize(n);
    doc.suffix.resize(n);
    doc.stem.resize(n);
    doc.flags.assign(n, 0);
    doc.cueProbability.assign(n, 0.0f);
    for (int t = 0; t < n; ++t) {
        const TaggerToken &token = doc.tokens[t];
        if (t == 0 || isLineBreakBetween(text, doc.tokens[t - 1].end, token.start)) {
            doc.paragraphs.push_back({t, t});
            doc.flags[t] |= FlagParagraphFirst;
        }
        doc.paragraphs.back().second = t + 1;
        doc.paragraphOf[t] = int(doc.paragraphs.size()) - 1;
        doc.word[t] = H::lowerText(token.text);
        doc.shape[t] = shapeOf(token.text);
        doc.suffix[t] = H::lowerText(QStringView(token.text).right(3));
        doc.stem[t] = stemOf(token.text);
        if (token.text.front().isUpper())
            doc.flags[t] |= FlagCapitalised;
        if (t == 0 || doc.sentence[t - 1] != doc.sentence[t])
            doc.flags[t] |= FlagSentenceFirst;
        if (t + 1 == n || doc.sentence[t + 1] != doc.sentence[t])
            doc.flags[t] |= FlagSentenceLast;
        if (token.text.size() <= 4 && isPronoun(token.text.toLower()))
            doc.flags[t] |= FlagPronoun;
    }
    markQuotations(doc);
    markClauses(doc);
    markFurniture(doc, furniture);
    applyCueLexicon(doc, lexicon);
    mapRules(doc);
    return doc;
}

void applyCueLexicon(AttributionText &doc, const CueLexicon &lexicon)
{
    for (std::size_t t = 0; t < doc.word.size(); ++t)
        doc.cueProbability[t] = lexicon.value(doc.word[t], 0.0f);
    findContextCues(doc);
}

void applyFirstPass(AttributionText &doc, const std::vector<quint8> &tags, const std::vector<float> &marginals)
{
    const int n = int(doc.size());
    if (tags.empty()) {
        doc.firstTag.clear();
        doc.firstConfidence.clear();
        doc.sentenceRoles.clear();
        doc.leftFirst.clear();
        doc.rightFirst.clear();
        return;
    }
    doc.firstTag = tags;
    doc.firstConfidence.assign(n, 0);
    doc.sentenceRoles.assign(n, 0);
    doc.leftFirst.assign(n, 0);
    doc.rightFirst.assign(n, 0);
    for (int t = 0; t < n; ++t) {
        const float p = marginals[std::size_t(t) * kAttributionTagCount + tags[t]];
        doc.firstConfidence[t] = p >= 0.97f ? 3 : p >= 0.9f ? 2 : p >= 0.7f ? 1 : 0;
    }
    // Roles per sentence.
    for (int t = 0, first = 0; t <= n; ++t) {
        if (t < n && (t == 0 || doc.sentence[t] == doc.sentence[t - 1]))
            continue;
        quint8 roles = 0;
        for (int i = first; i < t; ++i)
            roles |= quint8(1 << int(attributionRole(tags[i])));
        std::fill(doc.sentenceRoles.begin() + first, doc.sentenceRoles.begin() + t, roles);
        first = t;
    }
    // Nearest cue (low 4 bits) and content (high 4 bits) before and after, in the sentence;
    // 15 when there is none.
    auto scan = [&](int from, int to, int step, std::vector<quint8> &out) {
        int cue = -1, content = -1;
        for (int t = from; t != to; t += step) {
            if (t != from && doc.sentence[t] != doc.sentence[t - step])
                cue = content = -1;
            const quint8 low = cue < 0 ? 15 : quint8(distanceBucket(t - cue));
            const quint8 high = content < 0 ? 15 : quint8(distanceBucket(t - content));
            out[t] = quint8(low | (high << 4));
            const AttributionRole role = attributionRole(tags[t]);
            if (role == AttributionRole::Cue)
                cue = t;
            else if (role == AttributionRole::Content)
                content = t;
        }
    };
    scan(0, n, 1, doc.leftFirst);
    scan(n - 1, -1, -1, doc.rightFirst);
}

void attributionFeatures(const AttributionText &doc, int paragraph, bool withRules, std::vector<quint64> &keys,
                         std::vector<qsizetype> &starts)
{
    keys.clear();
    starts.clear();
    const int first = doc.paragraphs[paragraph].first, end = doc.paragraphs[paragraph].second;
    auto word = [&](int t) { return t >= first && t < end ? doc.word[t] : kBoundary; };
    auto shape = [&](int t) { return t >= first && t < end ? doc.shape[t] : kBoundary; };
    auto quoteFlags = [&](int t) -> quint64 {
        return t >= first && t < end ? doc.flags[t] & (FlagOpenMark | FlagCloseMark | FlagInsideDouble | FlagInsideSingle)
                                     : 0xffff;
    };
    auto cueBucket = [&](int t) -> quint64 {
        if (t < first || t >= end)
            return 9;
        const float p = doc.cueProbability[t];
        return p >= 0.5f ? 3 : p >= 0.2f ? 2 : p >= 0.05f ? 1 : 0;
    };
    auto ruleQuote = [&](int t) { return t >= first && t < end && doc.ruleQuoteCode[t] ? doc.ruleQuoteCode[t] : kNone; };
    auto ruleOther = [&](int t) { return t >= first && t < end && doc.ruleOtherCode[t] ? doc.ruleOtherCode[t] : kNone; };

    for (int t = first; t < end; ++t) {
        starts.push_back(qsizetype(keys.size()));
        auto add = [&](quint32 id, quint64 a, quint64 b = 0, quint64 c = 0) { keys.push_back(H::feature(id, a, b, c)); };
        const quint16 flags = doc.flags[t];
        add(Bias, 0);
        add(Word, word(t));
        add(WordM1, word(t - 1));
        add(WordP1, word(t + 1));
        add(WordM2, word(t - 2));
        add(WordP2, word(t + 2));
        add(WordM1Word, word(t - 1), word(t));
        add(WordWordP1, word(t), word(t + 1));
        add(WordM3, word(t - 3));
        add(WordP3, word(t + 3));
        add(Stem, doc.stem[t]);
        add(StemM1, t > first ? doc.stem[t - 1] : kBoundary);
        add(StemP1, t + 1 < end ? doc.stem[t + 1] : kBoundary);
        add(Clause, doc.clause[t], quoteFlags(t));
        add(ClauseWord, doc.clause[t] & 0x0f, word(t));
        add(Shape, shape(t));
        add(ShapeM1Shape, shape(t - 1), shape(t));
        add(Suffix, doc.suffix[t]);
        add(Position, flags & (FlagCapitalised | FlagSentenceFirst | FlagSentenceLast | FlagParagraphFirst | FlagPronoun));
        add(Quote, quoteFlags(t));
        add(QuoteWord, quoteFlags(t), word(t));
        add(QuoteAround, quoteFlags(t - 1), quoteFlags(t), quoteFlags(t + 1));
        if (flags & FlagMasked)
            add(Masked, 1);
        add(CueBucket, cueBucket(t));
        add(CueBucketAround, cueBucket(t - 1), cueBucket(t), cueBucket(t + 1));
        const int left = doc.leftCue[t], right = doc.rightCue[t];
        const quint64 leftDistance = left >= 0 ? distanceBucket(t - left) : 99;
        const quint64 rightDistance = right >= 0 ? distanceBucket(right - t) : 99;
        if (left >= 0) {
            add(LeftCueWord, doc.word[left], leftDistance);
            add(LeftCueNext, left + 1 < end ? doc.word[left + 1] : kBoundary, leftDistance);
            add(LeftCueStem, doc.stem[left], leftDistance, quoteFlags(t));
            if (t - left <= 3)
                add(LeftCueStemWord, doc.stem[left], word(t));
        }
        add(LeftCueDistance, leftDistance, quoteFlags(t));
        if (right >= 0) {
            add(RightCueWord, doc.word[right], rightDistance);
            add(RightCuePrevious, right > first ? doc.word[right - 1] : kBoundary, rightDistance);
            add(RightCueStem, doc.stem[right], rightDistance, quoteFlags(t));
            if (right - t <= 3)
                add(RightCueStemWord, doc.stem[right], word(t));
        }
        add(RightCueDistance, rightDistance, quoteFlags(t));
        add(LeftRightCue, leftDistance, rightDistance);
        if (!doc.firstTag.empty()) {
            auto stacked = [&](int i) -> quint64 { return i >= first && i < end ? doc.firstTag[i] : 99; };
            add(FirstTag, stacked(t));
            add(FirstTagAround, stacked(t - 1), stacked(t), stacked(t + 1));
            add(FirstTagFar, stacked(t - 2), stacked(t + 2));
            add(FirstTagConfidence, stacked(t), doc.firstConfidence[t]);
            add(FirstTagWord, stacked(t), word(t));
            add(FirstLeft, doc.leftFirst[t], stacked(t));
            add(FirstRight, doc.rightFirst[t], stacked(t));
            add(FirstSentence, doc.sentenceRoles[t], stacked(t));
            add(FirstLeftRight, doc.leftFirst[t] & 0x0f, doc.rightFirst[t] & 0x0f, stacked(t));
        }
        if (!withRules)
            continue;
        add(RuleQuote, ruleQuote(t));
        add(RuleQuoteAround, ruleQuote(t - 1), ruleQuote(t), ruleQuote(t + 1));
        add(RuleQuoteWord, ruleQuote(t), word(t));
        add(RuleOther, ruleOther(t));
        add(RuleOtherAround, ruleOther(t - 1), ruleOther(t), ruleOther(t + 1));
        add(RuleBoth, ruleQuote(t), ruleOther(t));
    }
    starts.push_back(qsizetype(keys.size()));
}

} // namespace Copydesk
