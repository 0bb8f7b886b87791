#include "sourcingclaims.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "textclass.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019'
           || c == u'\u00BB';
}

// Whether the terminator at i ends a sentence; *after is then the position after it and any
// closing quotation marks or brackets.
bool endsSentence(QStringView text, qsizetype i, qsizetype *after, const AbbreviationLexicon &abbreviations)
{
    const QChar c = text.at(i);
    if (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026')
        return false;
    qsizetype j = i + 1;
    while (j < text.size() && isClosing(text.at(j)))
        ++j;
    if (j < text.size() && !text.at(j).isSpace())
        return false; // "3.5", "U.S.-led", "example.com"
    qsizetype k = j;
    while (k < text.size() && text.at(k).isSpace() && text.at(k) != u'\n')
        ++k;
    if (k < text.size() && text.at(k).isLower())
        return false; // "Mr. smith" never happens; "approx. ten" does
    if (c == u'.') {
        qsizetype w = i;
        while (w > 0 && (text.at(w - 1).isLetter() || text.at(w - 1) == u'.'))
            --w;
        QStringView word = text.mid(w, i - w);
        const qsizetype lastDot = word.lastIndexOf(u'.');
        const QStringView last = lastDot >= 0 ? word.mid(lastDot + 1) : word;
        // "Mr.", "approx.", and an initial or the last letter of "U.S." or "e.g."
        if (abbreviations.keepsStop(last) || (last.size() == 1 && last.front().isLetter()))
            return false;
    }
    *after = j;
    return true;
}

// The UTF-16 bounds of the sentence around [from, to): from the end of the previous sentence
// or line to the end of this one, white space trimmed.
QPair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype from, qsizetype to,
                                           const AbbreviationLexicon &abbreviations)
{
    qsizetype start = 0;
    for (qsizetype i = from - 1; i >= 0; --i) {
        if (text.at(i) == u'\n') {
            start = i + 1;
            break;
        }
        qsizetype after = 0;
        if (endsSentence(text, i, &after, abbreviations) && after <= from) {
            start = after;
            break;
        }
    }
    qsizetype end = text.size();
    for (qsizetype i = std::max(to, from); i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            end = i;
            break;
        }
        qsizetype after = 0;
        if (endsSentence(text, i, &after, abbreviations)) {
            end = after;
            break;
        }
    }
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

// The most characters between a cue and the source it introduces ("According to the FT").
constexpr qsizetype maxAttributionGap = 8;

// Whether the text between a cue and a source holds nothing but white space, punctuation and
// articles.
bool isAttributionGap(QStringView gap)
{
    for (QStringView word : gap.split(u' ', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toString().toCaseFolded();
        if (w == u"the" || w == u"a" || w == u"an")
            continue;
        if (std::any_of(w.cbegin(), w.cend(), [](QChar ch) { return ch.isLetterOrNumber(); }))
            return false;
    }
    return true;
}

// The most words between a source and the cue it introduces ("officials on Monday said").
constexpr int maxWordsBeforeCue = 4;

// Whether a source ending before a cue introduces it: a few words between them, in the same
// clause, no quotation between.
constexpr qsizetype maxGapBeforeCue = 60; // characters

bool introducesBefore(QStringView gap)
{
    if (gap.size() > maxGapBeforeCue)
        return false;
    int words = 0;
    bool inWord = false;
    for (const QChar c : gap) {
        if (QStringView(u".!?;:\u2026").contains(c) || (isQuotationMark(c.unicode()) && c != u'\'' && c != u'\u2019'))
            return false;
        const bool wordChar = isWordCodePoint(c.unicode()) || c.isSurrogate();
        words += wordChar && !inWord;
        inWord = wordChar;
    }
    return words <= maxWordsBeforeCue;
}

struct Span16
{
    qsizetype start = 0;
    qsizetype end = 0;
};

} // namespace

QString sourcingScopeName(SourcingScope scope)
{
    return scope == SourcingScope::DecisionsOnly ? u"decisions_only"_s : u"decisions_and_suggestions"_s;
}

bool isCounted(const Annotation &annotation, SourcingScope scope)
{
    if (annotation.status == AnnotationStatus::Rejected)
        return false;
    return scope != SourcingScope::DecisionsOnly || annotation.status != AnnotationStatus::Suggested;
}

QList<UnattributedClaim> unattributedClaims(const QString &text, const QList<Annotation> &annotations,
                                            const QList<Relation> &relations, SourcingScope scope,
                                            const AbbreviationLexicon &abbreviations)
{
    const TextOffsets offsets(text);
    auto span16 = [&](const Annotation &a) {
        const qsizetype start = offsets.toUtf16(a.start);
        return Span16{start, std::max(start, offsets.toUtf16(a.end))};
    };
    QHash<qint64, const Annotation *> byId;
    QList<const Annotation *> cues;
    QList<Span16> sources, quotes;
    for (const Annotation &a : annotations) {
        if (!isCounted(a, scope))
            continue;
        byId.insert(a.id, &a);
        if (a.label == u"CUE")
            cues.append(&a);
        else if (a.label == u"SOURCE")
            sources.append(span16(a));
        else if (a.label == u"QUOTE" && a.attrs.value(u"form").toString() != u"scare")
            quotes.append(span16(a));
    }
    QSet<qint64> linked;
    for (const Relation &r : relations) {
        const Annotation *head = byId.value(r.headId);
        const Annotation *child = byId.value(r.childId);
        if (r.label == u"CUE" && head && child && head->label == u"QUOTE" && child->label == u"CUE")
            linked.insert(child->id);
    }
    std::stable_sort(cues.begin(), cues.end(), [](const Annotation *a, const Annotation *b) { return a->start < b->start; });

    // Each cue is looked up in sorted spans, not against every quote and source: an article may
    // hold thousands of each, and the window asks again after every decision.
    std::sort(quotes.begin(), quotes.end(), [](const Span16 &a, const Span16 &b) { return a.start < b.start; });
    QList<qsizetype> furthestEnd; // of the quotes up to each one, in start order
    furthestEnd.reserve(quotes.size());
    for (const Span16 &q : std::as_const(quotes))
        furthestEnd.append(std::max(furthestEnd.isEmpty() ? qsizetype(-1) : furthestEnd.last(), q.end > q.start ? q.end : -1));
    auto heldByQuote = [&](const Span16 &cue) {
        // The quotes starting at or before the cue; one of them reaches past its end.
        const auto after = std::upper_bound(quotes.cbegin(), quotes.cend(), cue.start,
                                            [](qsizetype at, const Span16 &q) { return at < q.start; });
        const qsizetype count = after - quotes.cbegin();
        return count > 0 && furthestEnd.at(count - 1) >= cue.end;
    };
    QList<Span16> sourcesByEnd = sources;
    std::sort(sourcesByEnd.begin(), sourcesByEnd.end(), [](const Span16 &a, const Span16 &b) { return a.end < b.end; });
    std::sort(sources.begin(), sources.end(), [](const Span16 &a, const Span16 &b) { return a.start < b.start; });
    auto introducedBySource = [&](const Span16 &cue) {
        // A source ending shortly before the cue...
        auto it = std::lower_bound(sourcesByEnd.cbegin(), sourcesByEnd.cend(), cue.start - maxGapBeforeCue,
                                   [](const Span16 &s, qsizetype at) { return s.end < at; });
        for (; it != sourcesByEnd.cend() && it->end <= cue.start; ++it) {
            if (introducesBefore(QStringView(text).mid(it->end, cue.start - it->end)))
                return true;
        }
        // ...or starting shortly after it.
        auto next = std::lower_bound(sources.cbegin(), sources.cend(), cue.end,
                                     [](const Span16 &s, qsizetype at) { return s.start < at; });
        for (; next != sources.cend() && next->start - cue.end <= maxAttributionGap; ++next) {
            if (isAttributionGap(QStringView(text).mid(cue.end, next->start - cue.end)))
                return true;
        }
        return false;
    };

    QList<UnattributedClaim> claims;
    for (const Annotation *cue : std::as_const(cues)) {
        const Span16 s = span16(*cue);
        if (linked.contains(cue->id) || heldByQuote(s) || introducedBySource(s))
            continue;
        const auto [start, end] = sentenceAround(text, s.start, s.end, abbreviations);
        const qint64 startCp = offsets.toCodePoint(start);
        const qint64 endCp = offsets.toCodePoint(end);
        const QString cueText = QStringView(text).mid(s.start, s.end - s.start).toString();
        if (!claims.isEmpty() && claims.last().start == startCp && claims.last().end == endCp) {
            claims.last().cueIds.append(cue->id);
            claims.last().cues.append(cueText);
            continue;
        }
        UnattributedClaim claim;
        claim.documentId = cue->documentId;
        claim.start = startCp;
        claim.end = endCp;
        claim.sentence = QStringView(text).mid(start, end - start).toString().simplified();
        claim.cueIds.append(cue->id);
        claim.cues.append(cueText);
        claims.append(claim);
    }
    return claims;
}

} // namespace Copydesk
