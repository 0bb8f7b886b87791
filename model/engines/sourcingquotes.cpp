#include "sourcingquotes.h"

#include <algorithm>
#include <climits>

#include <QCoreApplication>

#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QString quoteFormName(QuoteForm form)
{
    switch (form) {
    case QuoteForm::Direct: return u"direct"_s;
    case QuoteForm::Indirect: return u"indirect"_s;
    case QuoteForm::Mixed: return u"mixed"_s;
    case QuoteForm::Scare: return u"scare"_s;
    }
    return {};
}

void SourcingQuotes::seedQuotations()
{
    // Every quotation is a direct quote until the rules say otherwise.
    m_directOf.fill(-1, m_quoteSpans.size());
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        const QuoteSpan &span = m_quoteSpans[q];
        Quote quote;
        quote.first = span.openToken;
        quote.last = span.lastToken;
        quote.start = span.start;
        quote.end = span.end;
        quote.quoteSpan = q;
        quote.form = QuoteForm::Direct;
        if (isStageDirection(QStringView(m_text).mid(span.start, span.end - span.start))) {
            quote.dropped = true; // "(CROSSTALK.)" in a transcript: nobody's words
        } else if (m_masked[span.openToken]) {
            // Inside a disclaimer or boilerplate: never a quote, at most a scare quote.
            quote.form = QuoteForm::Scare;
            quote.dropped = span.words > 4;
            quote.confidence = 0.6;
            quote.reason = QCoreApplication::translate("Sourcing", "quoted phrase in page furniture (scare quote)");
        }
        m_directOf[q] = int(m_quotes.size());
        m_quotes.append(quote);
    }
}

// Where the content of a cue begins (after an addressee, time and channel phrases and "that"),
// or -1. *direct is set when a quotation follows at once (after a colon or comma).
int SourcingQuotes::contentStart(const Cue &cue, bool *direct)
{
    *direct = false;
    const CueVerbEntry &entry = m_lexicon.verb(cue.entry);
    const int last = sentenceLast(cue.verb);
    int k = cue.last + 1;
    if (cue.subjectAfter) {
        // "Said Ellis: “...”" and "said Smith, “...”": content only after a colon or a comma
        // that opens a quotation.
        k = m_mentions[cue.subject].last + 1;
        if (k + 1 > last || !(isPunct(k, u':') || isPunct(k, u',')) || m_inQuote[k + 1] < 0
            || m_quoteSpans[m_inQuote[k + 1]].openToken != k + 1)
            return -1;
        *direct = true;
        return k + 1;
    }
    if (k > last)
        return -1;
    auto opensQuote = [&](int t) {
        return t <= last && m_inQuote[t] >= 0 && m_quoteSpans[m_inQuote[t]].openToken == t && !m_masked[t];
    };
    if (isPunct(cue.last, u':')) {
        *direct = opensQuote(k);
        return k <= last ? k : -1;
    }
    if (entry.tell && !cue.particle && k <= last) {
        if (has(k, SourcingTag::ObjectPronoun) && isWord(k) && !has(k, SourcingTag::Determiner)) {
            ++k;
        } else if (isWord(k)) {
            const int m = parseForward(k, last);
            if (m >= 0) {
                const int after = m_mentions[m].last + 1;
                const Mention &addressee = m_mentions[m];
                if (after <= last
                    && (is(after, u"that") || isPunct(after, u':') || isPunct(after, u',') || opensQuote(after)
                        || has(after, SourcingTag::Time | SourcingTag::Preposition) || has(after, SourcingTag::Relative)
                        || addressee.kind == SourceKind::Publication || has(addressee.head, SourcingTag::PersonNoun)))
                    k = after;
            }
        }
    }
    for (int round = 0; round < 4 && k <= last; ++round) {
        int end;
        if (isTimeAdjunct(k, last, &end) || isChannelPhrase(k, last, &end)) {
            k = end + 1;
            continue;
        }
        if (isWord(k) && (is(k, u"again") || is(k, u"repeatedly") || is(k, u"also") || is(k, u"then")
                          || isAdverb(k))) {
            ++k;
            continue;
        }
        break;
    }
    if (k > last)
        return -1;
    if (is(k, u"that")) {
        if (opensQuote(k + 1))
            *direct = true;
        return k + 1 <= last ? k + 1 : -1;
    }
    if (isPunct(k, u':')) {
        *direct = opensQuote(k + 1);
        return k + 1 <= last ? k + 1 : -1;
    }
    if (isPunct(k, u',') && opensQuote(k + 1)) {
        *direct = true;
        return k + 1;
    }
    if (opensQuote(k)) {
        *direct = true;
        return k;
    }
    if (is(k, u"whether") || (is(k, u"if") && entry.base == u"ask") || is(k, u"why") || is(k, u"how"))
        return k; // "asked whether", "explained why"
    if ((entry.classes & CueClass::Intent) && is(k, u"to") && k + 1 <= last && isWord(k + 1))
        return k; // "vowed to fight"
    const bool strict = (entry.classes & CueClass::Strict) && !(entry.classes & (CueClass::Loose | CueClass::NounPhrase));
    if (strict && !cue.particle)
        return -1;
    if (!isWord(k) && m_tokens[k].kind != TokenKind::Number && !opensQuote(k))
        return -1;
    if (isWord(k) && has(k, SourcingTag::Preposition) && !cue.particle && !has(k, SourcingTag::Conjunction))
        return -1; // "said in Paris": no content after
    return k;
}

// The last token of a content that starts at `from`: the sentence end, or where a new clause
// or another attribution begins.
int SourcingQuotes::contentEnd(int from, int last, int cueIndex)
{
    int end = last;
    for (int k = from; k <= last; ++k) {
        if (m_inQuote[k] >= 0) {
            k = m_quoteSpans[m_inQuote[k]].lastToken;
            continue;
        }
        if (isPunct(k, u';')) {
            end = k - 1;
            break;
        }
        if (m_tokens[k].kind == TokenKind::Dash && k + 1 <= last
            && (has(k + 1, SourcingTag::Conjunction) || m_cueAt[k + 1] >= 0)) {
            end = k - 1;
            break;
        }
        if (isPunct(k, u',') && k + 1 <= last
            && (has(k + 1, SourcingTag::ClauseBreak)
                || (m_cueAt[k + 1] >= 0 && m_cues[m_cueAt[k + 1]].type == CueType::According))) {
            end = k - 1;
            break;
        }
        // Another attribution starts here: a verb sharing our subject, a closing ", he said".
        bool stop = false;
        for (int c = cueIndex + 1; c < m_cues.size() && m_cues[c].first <= last + 1; ++c) {
            const Cue &other = m_cues[c];
            if (other.type != CueType::Verb || !other.valid || other.blockFirst != k)
                continue;
            if (other.coordinated || other.subjectAfter || (k - 1 >= from && isPunct(k - 1, u','))
                || (k - 1 >= from && m_tokens[k - 1].kind == TokenKind::Dash))
                stop = true;
            break;
        }
        if (stop) {
            end = k - 1;
            break;
        }
    }
    while (end >= from
           && ((m_tokens[end].kind == TokenKind::Punct
                && QStringView(u".,:;!?\u2026").contains(m_text.at(m_tokens[end].start)))
               || m_tokens[end].kind == TokenKind::Dash || is(end, u"and") || is(end, u"but") || is(end, u"or")))
        --end;
    return end;
}

void SourcingQuotes::addContentQuote(int cueIndex, int first, int last, const QString &how)
{
    Cue &cue = m_cues[cueIndex];
    if (last < first)
        return;
    // A colon inside the content leads to a quotation: "summarized the mood: “...”".
    for (int k = first; k <= last; ++k) {
        if (m_inQuote[k] >= 0)
            break;
        if (isPunct(k, u':') && k + 1 <= last && m_inQuote[k + 1] >= 0 && m_quoteSpans[m_inQuote[k + 1]].openToken == k + 1) {
            first = k + 1;
            break;
        }
    }
    int words = 0;
    QList<int> inner;
    for (int k = first; k <= last; ++k) {
        if (m_masked[k])
            return;
        words += isWord(k) || m_tokens[k].kind == TokenKind::Number;
        if (m_inQuote[k] >= 0 && (inner.isEmpty() || inner.last() != m_inQuote[k]))
            inner.append(m_inQuote[k]);
    }
    // Exactly one quotation: a direct quote.
    if (inner.size() == 1) {
        const QuoteSpan &span = m_quoteSpans[inner.first()];
        if (span.openToken == first && span.lastToken >= last - 1) {
            Quote &quote = m_quotes[m_directOf[inner.first()]];
            if (quote.source < 0 && !quote.dropped) {
                quote.source = cue.subject;
                quote.cue = cueIndex;
                quote.via = cue.via;
                quote.confidence = 0.85;
                quote.reason = QCoreApplication::translate("Sourcing", "quotation marks; speaker and cue before the quote (%1)")
                                   .arg(quoted(text(cue.first, cue.last)));
                cue.used = true;
            }
            return;
        }
    }
    const bool nounPhrase = cue.type == CueType::Verb && (m_lexicon.verb(cue.entry).classes & CueClass::NounPhrase);
    if (words < (nounPhrase ? 1 : 2))
        return;
    Quote quote;
    quote.first = first;
    quote.last = last;
    quote.start = m_tokens[first].start;
    quote.end = m_tokens[last].end;
    quote.source = cue.subject;
    quote.cue = cueIndex;
    quote.via = cue.via;
    quote.form = inner.isEmpty() ? QuoteForm::Indirect : QuoteForm::Mixed;
    quote.confidence = inner.isEmpty() ? 0.65 : 0.6;
    if (cue.type == CueType::Verb && (m_lexicon.verb(cue.entry).classes & CueClass::Belief))
        quote.confidence -= 0.1;
    quote.reason = how;
    for (int q : std::as_const(inner)) {
        Quote &absorbed = m_quotes[m_directOf[q]];
        absorbed.dropped = true;
    }
    m_quotes.append(quote);
    cue.used = true;
}

void SourcingQuotes::attributeIndirect()
{
    for (int c = 0; c < m_cues.size(); ++c) {
        Cue &cue = m_cues[c];
        if (cue.type != CueType::Verb || !cue.valid)
            continue;
        const QString cueText = quoted(text(cue.first, cue.last));
        const int first = sentenceFirst(cue.verb);
        const int last = sentenceLast(cue.verb);
        bool direct = false;
        const int start = contentStart(cue, &direct);
        if (start >= 0) {
            const int end = contentEnd(start, last, c);
            addContentQuote(c, start, end,
                            QCoreApplication::translate("Sourcing", "reported speech after %1").arg(cueText));
            continue;
        }
        // A closing attribution: "..., sources said." The content is what comes before.
        const int block = cue.subjectAfter ? cue.first : cue.blockFirst;
        const int before = block - 1;
        if (before <= first || !isPunct(before, u','))
            continue;
        int k = cue.subjectAfter ? m_mentions[cue.subject].last + 1 : cue.last + 1;
        for (int round = 0; round < 4 && k <= last; ++round) {
            int end;
            if (isTimeAdjunct(k, last, &end) || isChannelPhrase(k, last, &end)) {
                k = end + 1;
                continue;
            }
            if (is(k, u"to") && k + 1 <= last) { // "told reporters", "said to reporters"
                const int m = parseForward(k + 1, last);
                if (m >= 0) {
                    k = m_mentions[m].last + 1;
                    continue;
                }
            }
            if (has(k, SourcingTag::ObjectPronoun) || (isWord(k) && has(k, SourcingTag::PersonNoun)
                                                       && m_lexicon.verb(cue.entry).tell)) {
                ++k;
                continue;
            }
            break;
        }
        const bool closes = k > last || (isPunct(k, u'.') || isPunct(k, u'!') || isPunct(k, u'?'))
                            || (isPunct(k, u',') && k + 1 <= last && has(k + 1, SourcingTag::Relative));
        if (!closes)
            continue;
        cue.contentBefore = true;
        int contentFirst = first;
        // Skip a leading conjunction ("But ...").
        while (contentFirst < before && isWord(contentFirst) && has(contentFirst, SourcingTag::Conjunction)
               && m_tokens[contentFirst].upper)
            ++contentFirst;
        const int contentLast = contentEnd(contentFirst, before - 1, c);
        // A quotation right before the comma is attributed by the direct rules.
        if (isClosingMark(before - 1) && m_quoteSpans[m_inQuote[before - 1]].openToken == contentFirst)
            continue;
        addContentQuote(c, contentFirst, contentLast,
                        QCoreApplication::translate("Sourcing", "reported speech before %1").arg(cueText));
    }
}

// A reporting verb inside what another source is reported to have said ("Clinton said she
// thinks ...", "..., he had told them that ..., the source added") belongs to that content;
// only the outer attribution is suggested.
void SourcingQuotes::dropNestedCues()
{
    QList<QPair<int, int>> contents;
    for (const Quote &quote : std::as_const(m_quotes)) {
        if (!quote.dropped && quote.quoteSpan < 0 && quote.cue >= 0 && m_cues[quote.cue].type == CueType::Verb)
            contents.append({quote.first, quote.last});
    }
    if (contents.isEmpty())
        return;
    std::sort(contents.begin(), contents.end());
    // The furthest end of the contents starting at or before each position, for a binary search.
    QList<int> reach(contents.size());
    for (qsizetype i = 0; i < contents.size(); ++i)
        reach[i] = qMax(i > 0 ? reach[i - 1] : -1, contents[i].second);
    QList<int> dropped;
    for (int c = 0; c < m_cues.size(); ++c) {
        Cue &cue = m_cues[c];
        if (cue.type != CueType::Verb || !cue.valid)
            continue;
        const auto after = std::upper_bound(contents.cbegin(), contents.cend(), qMakePair(cue.verb, INT_MAX));
        const qsizetype index = after - contents.cbegin() - 1;
        if (index < 0 || reach[index] < cue.verb)
            continue;
        cue.valid = false;
        dropped.append(c);
    }
    if (dropped.isEmpty())
        return;
    for (Quote &quote : m_quotes) {
        if (quote.quoteSpan < 0 && quote.cue >= 0 && std::binary_search(dropped.cbegin(), dropped.cend(), quote.cue))
            quote.dropped = true;
    }
}

// "according to a statement from the State Department", "according to a report released by
// the agency": when a document names its issuer, the issuer speaks (*mention becomes it) and
// the document carried the words; returns the document's mention, or -1.
int SourcingQuotes::issuedDocument(int *mention, int limit)
{
    const Mention document = m_mentions[*mention];
    if (!has(document.head, SourcingTag::DocumentNoun))
        return -1;
    int by = -1;
    for (int k = document.head + 1; k <= document.last && by < 0; ++k) {
        if (is(k, u"from") || is(k, u"by"))
            by = k;
    }
    const int after = document.last + 1;
    if (by < 0 && after + 1 <= limit && isWord(after) && !has(after, SourcingTag::CueVerb | SourcingTag::Time)
        && view(after).endsWith(u"ed") && is(after + 1, u"by"))
        by = after + 1; // "released by", "issued by", "published by"
    if (by < 0 || by + 1 > limit)
        return -1;
    const int issuer = parseForward(by + 1, std::max(document.last, limit));
    if (issuer < 0 || m_mentions[issuer].pronoun || m_mentions[issuer].kind == SourceKind::Document)
        return -1;
    const int statement = addMention(document.first, std::min(document.last, by - 1), document.head, u"document"_s);
    *mention = issuer;
    return statement;
}

// "according to X, ..." and "..., according to X."
void SourcingQuotes::attributeAccording()
{
    for (int c = 0; c < m_cues.size(); ++c) {
        Cue &cue = m_cues[c];
        if (cue.type != CueType::According)
            continue;
        const int first = sentenceFirst(cue.first);
        const int last = sentenceLast(cue.first);
        int m = parseForward(cue.last + 1, last);
        if (m < 0) {
            // Any phrase up to the comma: "according to federal statistics".
            int end = cue.last;
            for (int k = cue.last + 1; k <= last && k <= cue.last + 10; ++k) {
                if (isPunct(k, u',') || isPunct(k, u'.') || isPunct(k, u';') || m_inQuote[k] >= 0 || m_tokens[k].kind == TokenKind::Dash)
                    break;
                end = k;
            }
            if (end == cue.last || !isWord(end))
                continue;
            m = addMention(cue.last + 1, end, end, u"according"_s);
        }
        cue.via = issuedDocument(&m, last);
        cue.subject = m;
        cue.valid = true;
        const Mention &source = m_mentions[m];
        const QString cueText = quoted(text(cue.first, cue.last));
        cue.reason = QCoreApplication::translate("Sourcing", "attribution phrase %1").arg(cueText);
        cue.confidence = 0.8;
        int after = source.last + 1;
        // Skip the rest of the source phrase up to the comma ("a poll released last week,").
        while (after <= last && !isPunct(after, u',') && !isPunct(after, u'.') && m_inQuote[after] < 0 && after - source.last < 8)
            ++after;
        const bool opening = cue.first == first || (cue.first - 1 >= first && isWord(cue.first - 1) && has(cue.first - 1, SourcingTag::Conjunction)
                                                    && cue.first - 1 == first);
        if (opening && after <= last && isPunct(after, u',')) {
            // Another attribution in the rest of the sentence makes this source the channel.
            bool other = false;
            for (Quote &quote : m_quotes) {
                if (quote.dropped || quote.cue < 0 || quote.cue == c)
                    continue;
                const Cue &otherCue = m_cues[quote.cue];
                if (otherCue.first > after && otherCue.first <= last) {
                    other = true;
                    if (source.kind == SourceKind::Publication || source.kind == SourceKind::Document)
                        quote.via = m;
                }
            }
            for (const Cue &otherCue : std::as_const(m_cues)) {
                if (otherCue.type == CueType::Verb && otherCue.valid && otherCue.first > after && otherCue.first <= last)
                    other = true;
            }
            if (!other) {
                const int end = contentEnd(after + 1, last, c);
                addContentQuote(c, after + 1, end, QCoreApplication::translate("Sourcing", "reported speech after %1").arg(cueText));
            }
            continue;
        }
        if (cue.first - 1 > first && isPunct(cue.first - 1, u',')) {
            int contentFirst = first;
            while (contentFirst < cue.first - 1 && isWord(contentFirst) && has(contentFirst, SourcingTag::Conjunction)
                   && m_tokens[contentFirst].upper)
                ++contentFirst;
            const int end = contentEnd(contentFirst, cue.first - 2, c);
            // A quotation that is the whole content is a direct quote with this source.
            addContentQuote(c, contentFirst, end, QCoreApplication::translate("Sourcing", "reported speech before %1").arg(cueText));
        }
    }
}


} // namespace Copydesk
