#include "sourcingdirectquotes.h"

#include <QCoreApplication>

#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// "“...,” he said", "“...,” said Mr. Kamin", "“...” Trump said on Monday."
bool SourcingDirectQuotes::attributeAfter(Quote &quote, const QuoteSpan &span)
{
    if (span.closeToken < 0)
        return false;
    const TokenParagraph &paragraph = m_tokenized.paragraphs[span.paragraph];
    int t = span.closeToken + 1;
    if (t < paragraph.last && isPunct(t, u','))
        ++t;
    if (t >= paragraph.last || blocked(t))
        return false;
    const bool newSentence = m_tokens[t].sentence != m_tokens[span.openToken].sentence;
    const QChar endMark = span.closeToken > span.openToken + 1 && m_tokens[span.closeToken - 1].kind == TokenKind::Punct
                              ? m_text.at(m_tokens[span.closeToken - 1].start)
                              : QChar();
    for (int k = t; k < paragraph.last && k <= t + 16; ++k) {
        if (m_inQuote[k] >= 0)
            break;
        const int c = m_cueAt[k];
        if (c < 0)
            continue;
        const Cue &cue = m_cues[c];
        if (cue.type != CueType::Verb || !cue.valid)
            continue;
        const int block = cue.subjectAfter ? cue.first : m_mentions[cue.subject].first;
        if (block != t || (cue.coordinated && !cue.subjectAfter))
            break;
        if (newSentence && endMark != u'?' && endMark != u'!') {
            // A quote that ends with a full stop may still be followed by its attribution in
            // sloppy copy; accept only a short attribution sentence.
            if (sentenceLast(t) - t > 8)
                break;
        }
        quote.source = cue.subject;
        quote.cue = c;
        quote.confidence = newSentence ? 0.7 : 0.9;
        quote.reason = QCoreApplication::translate("Sourcing", "quotation marks; speaker and cue after the quote (%1)")
                           .arg(quoted(text(cue.first, cue.last)));
        m_cues[c].used = true;
        return true;
    }
    // "“...,” Leonard E. Burman, director of the Tax Policy Center, said": a speaker with an
    // apposition (or an age) between the quote and the verb.
    if (newSentence && endMark != u'?' && endMark != u'!')
        return false;
    const bool starts = isNameWord(t) || has(t, SourcingTag::Determiner | SourcingTag::Title) || isPossessive(t)
                        || isNounWord(t) || isAdjectiveLike(t);
    if (!starts || has(t, SourcingTag::Pronoun))
        return false;
    const int last = qMin(sentenceLast(t), t + 30);
    bool name = false;
    for (int k = t; k <= last; ++k) {
        if (m_inQuote[k] >= 0 || isPunct(k, u';') || isPunct(k, u':'))
            return false;
        if (isWord(k) && has(k, SourcingTag::Conjunction) && !is(k, u"and") && !is(k, u"as"))
            return false;
        name = name || isNameWord(k) || isNounWord(k);
        const int c = m_cueAt[k];
        if (c < 0)
            continue;
        Cue &cue = m_cues[c];
        if (cue.type != CueType::Verb || (m_tokens[cue.verb].form & VerbForm::Ing) || k == t)
            return false;
        // The verb follows the speaker directly or after the apposition's comma.
        const int before = cue.first - 1;
        if (!name || !(isPunct(before, u',') || isPunct(before, u')') || isWord(before)))
            return false;
        const int end = isPunct(before, u',') ? before - 1 : before;
        if (end < t)
            return false;
        int head = t;
        for (int j = t; j <= end && !isPunct(j, u','); ++j) {
            if (isNameWord(j) || isNounWord(j))
                head = j;
        }
        const int m = addMention(t, end, head, u"after quote"_s);
        cue.subject = m;
        cue.subjectAfter = false;
        cue.coordinated = false;
        cue.valid = true;
        cue.blockFirst = t;
        cue.reason = QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker").arg(quoted(view(cue.verb)));
        quote.source = m;
        quote.cue = c;
        quote.confidence = 0.8;
        quote.reason = QCoreApplication::translate("Sourcing", "quotation marks; speaker and cue after the quote (%1)")
                           .arg(quoted(text(cue.first, cue.last)));
        cue.used = true;
        return true;
    }
    return false;
}

// A colon or dash standing for the cue of a mention; the cue's index.
int SourcingDirectQuotes::addPunctuationCue(CueType type, int token, int mention, double confidence, const QString &reason)
{
    Cue cue;
    cue.type = type;
    cue.first = cue.last = token;
    cue.subject = mention;
    cue.valid = true;
    cue.used = true;
    cue.confidence = confidence;
    cue.reason = reason;
    m_cues.append(cue);
    return int(m_cues.size() - 1);
}

// "Smith: “...”" and "“...” ― Smith"
// A colon or dash standing for the cue: the punctuation token becomes the quote's cue and the
// mention its speaker.
void SourcingDirectQuotes::attributeToPunctuationCue(Quote &quote, CueType type, int token, int mention,
                                                 const QString &cueReason, const QString &quoteReason)
{
    quote.source = mention;
    quote.cue = addPunctuationCue(type, token, mention, 0.7, cueReason);
    quote.confidence = 0.75;
    quote.reason = quoteReason;
}

bool SourcingDirectQuotes::attributeColonOrDash(Quote &quote, const QuoteSpan &span)
{
    const TokenParagraph &paragraph = m_tokenized.paragraphs[span.paragraph];
    const int open = span.openToken;
    if (open - 2 >= paragraph.first && isPunct(open - 1, u':')) {
        const int first = sentenceFirst(open);
        bool verb = false;
        for (int k = first; k < open - 1; ++k)
            verb = verb || (m_cueAt[k] >= 0 && m_cues[m_cueAt[k]].valid);
        const int m = verb ? -1 : parseBackward(open - 2, first);
        if (m >= 0 && m_mentions[m].first == first && !has(m_mentions[m].head, SourcingTag::NotSpeaker)
            && !m_mentions[m].pronoun && m_mentions[m].last - m_mentions[m].first < 6) {
            attributeToPunctuationCue(quote, CueType::Colon, open - 1, m,
                                      QCoreApplication::translate("Sourcing", "colon after a speaker"),
                                      QCoreApplication::translate("Sourcing", "quotation marks after a speaker and a colon"));
            return true;
        }
    }
    if (span.closeToken >= 0) {
        int t = span.closeToken + 1;
        if (t < paragraph.last && m_tokens[t].kind == TokenKind::Dash && t + 1 < paragraph.last && !blocked(t + 1)) {
            const int m = parseForward(t + 1, paragraph.last - 1);
            if (m >= 0 && !m_mentions[m].pronoun) {
                const int after = m_mentions[m].last + 1;
                if (after >= paragraph.last || isPunct(after, u'.') || isPunct(after, u',')) {
                    attributeToPunctuationCue(quote, CueType::Dash, t, m,
                                              QCoreApplication::translate("Sourcing", "dash before a speaker"),
                                              QCoreApplication::translate("Sourcing", "quotation marks followed by a dash and a speaker"));
                    return true;
                }
            }
        }
    }
    return false;
}

// A quotation with no attribution of its own continues the speaker before it.
bool SourcingDirectQuotes::inherit(Quote &quote, const QuoteSpan &span, int index)
{
    auto take = [&](const Quote &from, double confidence, const QString &why) {
        quote.source = from.source;
        quote.cue = from.cue;
        quote.via = from.via;
        quote.confidence = confidence;
        quote.reason = why;
    };
    if (span.reopened && index > 0) {
        const Quote &previous = m_quotes[m_directOf[index - 1]];
        if (previous.source >= 0) {
            take(previous, 0.8, QCoreApplication::translate("Sourcing", "quotation continued from the previous paragraph"));
            return true;
        }
    }
    // An earlier quote of the same paragraph.
    for (int q = index - 1; q >= 0 && m_quoteSpans[q].paragraph == span.paragraph; --q) {
        const Quote &previous = m_quotes[m_directOf[q]];
        if (!previous.dropped && previous.source >= 0) {
            take(previous, 0.8, QCoreApplication::translate("Sourcing", "quotation continuing the speaker's words"));
            return true;
        }
    }
    // An earlier reporting verb of the same paragraph ("..., Schiff said. “...”").
    const TokenParagraph &paragraph = m_tokenized.paragraphs[span.paragraph];
    for (int c = int(m_cues.size()) - 1; c >= 0; --c) {
        const Cue &cue = m_cues[c];
        if (cue.type == CueType::Verb && cue.first < paragraph.first)
            break; // verb cues are in text order
        if (cue.type != CueType::Verb || !cue.valid || cue.first >= span.openToken || cue.first < paragraph.first
            || (m_lexicon.verb(cue.entry).classes & (CueClass::Belief | CueClass::Document)))
            continue;
        quote.source = cue.subject;
        quote.cue = c;
        quote.confidence = 0.7;
        quote.reason = QCoreApplication::translate("Sourcing", "quotation after a reporting verb of the same paragraph");
        m_cues[c].used = true;
        return true;
    }
    if (span.openToken != paragraph.first || span.paragraph == 0)
        return false;
    const TokenParagraph &previousParagraph = m_tokenized.paragraphs[span.paragraph - 1];
    // "He said:" closing the previous paragraph.
    if (isPunct(previousParagraph.last - 1, u':')) {
        for (int c = int(m_cues.size()) - 1; c >= 0; --c) {
            const Cue &cue = m_cues[c];
            if (cue.type == CueType::Verb && cue.first < previousParagraph.first)
                break;
            if (cue.valid && cue.subject >= 0 && cue.first >= previousParagraph.first && cue.last < previousParagraph.last
                && previousParagraph.last - 1 - cue.last <= 4) {
                quote.source = cue.subject;
                quote.cue = c;
                quote.confidence = 0.8;
                quote.reason = QCoreApplication::translate("Sourcing", "quotation after a speaker and a colon closing the previous paragraph");
                m_cues[c].used = true;
                return true;
            }
        }
    }
    const Quote *last = nullptr;
    for (const Quote &candidate : std::as_const(m_quotes)) {
        if (candidate.dropped || candidate.form == QuoteForm::Scare || candidate.source < 0)
            continue;
        if (candidate.first >= previousParagraph.first && candidate.last < previousParagraph.last
            && (!last || candidate.first > last->first))
            last = &candidate;
    }
    if (last) {
        take(*last, 0.6, QCoreApplication::translate("Sourcing", "quotation after a paragraph quoting the same speaker"));
        return true;
    }
    return false;
}

// Whether a quotation is introduced as a quote of its own (opens its sentence, or follows a
// colon, a dash, a bracket or another quotation), rather than embedded in a sentence.
bool SourcingDirectQuotes::isIntroduced(const QuoteSpan &span) const
{
    const int open = span.openToken;
    if (sentenceFirst(open) == open)
        return true;
    const int previous = open - 1;
    if (isPunct(previous, u':') || isPunct(previous, u'(') || m_tokens[previous].kind == TokenKind::Dash
        || isClosingMark(previous))
        return true;
    // "..., he said. “...”" and "And “...”": only a conjunction before it.
    int k = sentenceFirst(open);
    while (k < open && isWord(k) && has(k, SourcingTag::Conjunction))
        ++k;
    return k == open;
}

bool SourcingDirectQuotes::isPending(int q) const
{
    const Quote &quote = m_quotes[m_directOf[q]];
    return !quote.dropped && quote.source < 0 && quote.form == QuoteForm::Direct;
}

void SourcingDirectQuotes::attributeDirect()
{
    dropTitles();
    attributeQuotations();
    attributeEchoes();
    settleEmbedded();
}

// Titles of shows, books and films: capitalised words and no inner sentence punctuation.
void SourcingDirectQuotes::dropTitles()
{
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (!isPending(q))
            continue;
        const QuoteSpan &span = m_quoteSpans[q];
        int last = span.closeToken >= 0 ? span.closeToken - 1 : span.lastToken;
        if (last > span.openToken && m_tokens[last].kind == TokenKind::Punct
            && QStringView(u".,").contains(m_text.at(m_tokens[last].start)))
            --last;
        bool titleLike = span.words <= 8;
        for (int t = span.openToken + 1; t <= last && titleLike; ++t) {
            if (isWord(t) && !m_tokens[t].upper
                && !has(t, SourcingTag::Preposition | SourcingTag::Determiner | SourcingTag::Conjunction))
                titleLike = false;
            if (m_tokens[t].kind == TokenKind::Punct && QStringView(u".!?,;:").contains(m_text.at(m_tokens[t].start)))
                titleLike = false;
        }
        const bool opensSentence = sentenceFirst(span.openToken) == span.openToken;
        if (titleLike && !(opensSentence && span.words >= 4))
            m_quotes[m_directOf[q]].dropped = true;
    }
}

// A speaker and cue after the quotation, before it with a colon or after a dash; else the
// speaker of the paragraph or of the quotation before.
void SourcingDirectQuotes::attributeQuotations()
{
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (!isPending(q))
            continue;
        Quote &quote = m_quotes[m_directOf[q]];
        const QuoteSpan &span = m_quoteSpans[q];
        if (attributeAfter(quote, span)) {
            if (!isIntroduced(span)) {
                // "The country “has made dramatic changes,” he said": the quotation finishes a
                // sentence that began outside it.
                int first = sentenceFirst(span.openToken);
                while (first < span.openToken && isWord(first) && has(first, SourcingTag::Conjunction))
                    ++first;
                quote.form = QuoteForm::Mixed;
                quote.first = first;
                quote.start = m_tokens[first].start;
                quote.confidence = 0.6;
                quote.reason = QCoreApplication::translate("Sourcing", "reported speech ending in a quotation, speaker after it");
            }
            continue;
        }
        attributeColonOrDash(quote, span);
    }
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (isPending(q) && isIntroduced(m_quoteSpans[q]))
            inherit(m_quotes[m_directOf[q]], m_quoteSpans[q], q);
    }
}

// Echoes of attributed quotes (a headline repeating words of a quote).
void SourcingDirectQuotes::attributeEchoes()
{
    auto normalised = [&](const QuoteSpan &span) {
        QString out;
        const int last = span.closeToken >= 0 ? span.closeToken - 1 : span.lastToken;
        for (int t = span.openToken + 1; t <= last; ++t) {
            if (isWord(t) || m_tokens[t].kind == TokenKind::Number) {
                out += lower(t);
                out += u' ';
            }
        }
        return out;
    };
    QHash<int, QString> normalisedQuotes; // computed once, on demand
    auto normalisedAt = [&](int q) -> const QString & {
        auto it = normalisedQuotes.find(q);
        if (it == normalisedQuotes.end())
            it = normalisedQuotes.insert(q, normalised(m_quoteSpans[q]));
        return *it;
    };
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        const QuoteSpan &span = m_quoteSpans[q];
        if (!isPending(q) || span.words < 2 || span.words > 10)
            continue;
        Quote &quote = m_quotes[m_directOf[q]];
        const QString words = normalisedAt(q);
        // A window of quotations around it keeps long documents linear.
        const int from = qMax(0, q - 60);
        const int to = qMin(int(m_quoteSpans.size()), q + 60);
        for (int other = from; other < to; ++other) {
            const Quote &candidate = m_quotes[m_directOf[other]];
            if (other == q || candidate.dropped || candidate.source < 0 || candidate.form == QuoteForm::Scare
                || m_quoteSpans[other].words <= span.words)
                continue;
            if (normalisedAt(other).contains(words)) {
                quote.source = candidate.source;
                quote.cue = candidate.cue;
                quote.confidence = 0.55;
                quote.reason = QCoreApplication::translate("Sourcing", "quotation repeating words of an attributed quote");
                break;
            }
        }
    }
}

// Quotations embedded in a sentence: part of what the last speaker said, a scare quote, or a
// quoted fragment whose speaker we cannot tell.
void SourcingDirectQuotes::settleEmbedded()
{
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (!isPending(q))
            continue;
        Quote &quote = m_quotes[m_directOf[q]];
        const QuoteSpan &span = m_quoteSpans[q];
        const bool introduced = isIntroduced(span);
        if (!introduced && span.words >= 3 && inherit(quote, span, q)) {
            quote.form = QuoteForm::Mixed;
            quote.confidence = qMin(quote.confidence, 0.5);
            continue;
        }
        bool sentencePunctuation = false;
        const int last = span.closeToken >= 0 ? span.closeToken - 1 : span.lastToken;
        for (int t = span.openToken + 1; t <= last; ++t) {
            if (m_tokens[t].kind == TokenKind::Punct && QStringView(u".!?").contains(m_text.at(m_tokens[t].start)))
                sentencePunctuation = true;
        }
        if (span.words <= 3 || (span.words <= 6 && !sentencePunctuation && !introduced)) {
            quote.form = QuoteForm::Scare;
            quote.confidence = 0.5;
            quote.reason = QCoreApplication::translate("Sourcing", "short quoted phrase with no speaker (scare quote)");
            continue;
        }
        if (!introduced) {
            quote.form = QuoteForm::Mixed;
            quote.confidence = 0.35;
            quote.reason = QCoreApplication::translate("Sourcing", "quotation inside a sentence; no speaker found");
            continue;
        }
        quote.confidence = 0.4;
        quote.reason = QCoreApplication::translate("Sourcing", "quotation marks; no speaker found");
    }
}

// "WALLACE: Let's start ..." — a transcript line: a speaker in capitals and a colon opening
// the paragraph (inside quotation marks or not). Paragraphs that continue it inherit it.
void SourcingDirectQuotes::attributeTranscripts()
{
    int previousLine = -1; // Quote index of the last transcript line
    for (int p = 0; p < m_tokenized.paragraphs.size(); ++p) {
        const TokenParagraph &paragraph = m_tokenized.paragraphs[p];
        int t = paragraph.first;
        const int quoteIndex = m_inQuote[t] >= 0 && m_quoteSpans[m_inQuote[t]].openToken == t ? m_inQuote[t] : -1;
        if (m_tokens[t].kind == TokenKind::Quote && t + 1 < paragraph.last)
            ++t;
        if (m_masked[paragraph.first])
            continue;
        int k = t;
        while (k < paragraph.last && k - t < 4 && isWord(k) && (m_tokens[k].allCaps || (k > t && isPunct(k, u'.'))))
            ++k;
        while (k < paragraph.last && isPunct(k, u'.') && k > t)
            ++k;
        const bool line = k > t && k < paragraph.last && isPunct(k, u':') && !has(t, SourcingTag::NotSpeaker)
                          && k + 3 < paragraph.last;
        int contentLast = paragraph.last - 1;
        if (quoteIndex >= 0 && m_quoteSpans[quoteIndex].closeToken == contentLast)
            --contentLast;
        if (line) {
            const int contentFirst = withoutStageDirections(k + 1, &contentLast);
            if (contentFirst < 0) { // "TRUMP: (APPLAUSE)"
                if (quoteIndex >= 0)
                    m_quotes[m_directOf[quoteIndex]].dropped = true;
                continue;
            }
            const int m = addMention(t, k - 1, k - 1, u"transcript"_s);
            m_mentions[m].kind = SourceKind::Person;
            const int cue = addPunctuationCue(CueType::Colon, k, m, 0.75,
                                              QCoreApplication::translate("Sourcing", "colon after a speaker's name in a transcript"));
            Quote quote;
            quote.first = contentFirst;
            quote.last = contentLast;
            quote.start = m_tokens[contentFirst].start;
            quote.end = m_tokens[contentLast].end;
            quote.form = QuoteForm::Indirect;
            quote.source = m;
            quote.cue = cue;
            quote.confidence = 0.7;
            quote.reason = QCoreApplication::translate("Sourcing", "transcript line after a speaker's name");
            if (quoteIndex >= 0)
                m_quotes[m_directOf[quoteIndex]].dropped = true;
            m_quotes.append(quote);
            previousLine = int(m_quotes.size() - 1);
            continue;
        }
        if (!line && headlineColon(paragraph, t))
            continue;
        if (previousLine >= 0 && quoteIndex >= 0 && m_tokenized.paragraphs[p - 1].last - 1 >= m_quotes[previousLine].last) {
            const int contentFirst = withoutStageDirections(t, &contentLast);
            if (contentFirst < 0) {
                // "(CROSSTALK.)" between two turns: nobody's words, and the transcript goes on.
                m_quotes[m_directOf[quoteIndex]].dropped = true;
                continue;
            }
            t = contentFirst;
            const Quote from = m_quotes[previousLine];
            Quote quote = from;
            quote.first = t;
            quote.last = contentLast;
            quote.start = m_tokens[t].start;
            quote.end = m_tokens[contentLast].end;
            quote.confidence = 0.6;
            quote.reason = QCoreApplication::translate("Sourcing", "transcript line continuing the previous speaker");
            m_quotes[m_directOf[quoteIndex]].dropped = true;
            m_quotes.append(quote);
            previousLine = int(m_quotes.size() - 1);
            continue;
        }
        previousLine = -1;
    }
}

// The words of a transcript turn first..*last without stage directions before or after them
// ("(LAUGHTER)", "(CROSSTALK.)"): the new first token, with *last moved; -1 when nothing else
// is left.
int SourcingDirectQuotes::withoutStageDirections(int first, int *last) const
{
    while (first <= *last && isPunct(first, u'(')) {
        int close = first + 1;
        while (close <= *last && !isPunct(close, u')'))
            ++close;
        if (close > *last || !isStageDirection(text(first, close)))
            break;
        first = close + 1;
    }
    while (*last >= first && isPunct(*last, u')')) {
        int open = *last - 1;
        while (open >= first && !isPunct(open, u'('))
            --open;
        if (open < first || !isStageDirection(text(open, *last)))
            break;
        *last = open - 1;
    }
    return first <= *last ? first : -1;
}

// "Pence: Flowers won't be at the debate" — a headline or paragraph that opens with a speaker
// named again elsewhere in the article (or a poll or publication) and a colon.
bool SourcingDirectQuotes::headlineColon(const TokenParagraph &paragraph, int t)
{
    if (!isNameWord(t) && !isNounWord(t))
        return false;
    const int m = parseForward(t, paragraph.last - 1);
    if (m < 0)
        return false;
    const Mention mention = m_mentions[m];
    const int colon = mention.last + 1;
    if (mention.first != t || mention.pronoun || colon >= paragraph.last || !isPunct(colon, u':')
        || mention.last - mention.first > 4 || has(mention.head, SourcingTag::NotSpeaker) || colon + 3 >= paragraph.last)
        return false;
    // A quotation right after the colon is left to the direct-quote rules.
    if (m_inQuote[colon + 1] >= 0)
        return false;
    bool recurs = has(mention.head, SourcingTag::DocumentNoun) || mention.kind == SourceKind::Publication;
    if (!recurs) {
        if (m_capitalised.isEmpty()) {
            for (int k = 0; k < m_tokens.size(); ++k) {
                if (isWord(k) && m_tokens[k].upper)
                    ++m_capitalised[view(k).toString()];
            }
        }
        const QStringView name = view(mention.last);
        int inside = 0;
        for (int k = paragraph.first; k < paragraph.last; ++k)
            inside += isWord(k) && view(k) == name;
        recurs = m_capitalised.value(name.toString()) > inside;
    }
    if (!recurs)
        return false;
    const int cue = addPunctuationCue(CueType::Colon, colon, m, 0.65,
                                      QCoreApplication::translate("Sourcing", "colon after a speaker opening the paragraph"));
    Quote quote;
    quote.first = colon + 1;
    quote.last = paragraph.last - 1;
    while (quote.last > quote.first && m_tokens[quote.last].kind == TokenKind::Punct
           && QStringView(u".!?").contains(m_text.at(m_tokens[quote.last].start)))
        --quote.last;
    quote.start = m_tokens[quote.first].start;
    quote.end = m_tokens[quote.last].end;
    bool inner = false;
    for (int k = quote.first; k <= quote.last; ++k)
        inner = inner || m_inQuote[k] >= 0;
    quote.form = inner ? QuoteForm::Mixed : QuoteForm::Indirect;
    quote.source = m;
    quote.cue = cue;
    quote.confidence = 0.6;
    quote.reason = QCoreApplication::translate("Sourcing", "statement after a speaker and a colon");
    for (int k = quote.first; k <= quote.last; ++k) {
        if (m_inQuote[k] >= 0)
            m_quotes[m_directOf[m_inQuote[k]]].dropped = true;
    }
    m_quotes.append(quote);
    return true;
}


} // namespace Copydesk
