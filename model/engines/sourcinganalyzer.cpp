#include "sourcinganalyzer.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QVarLengthArray>

#include "abbreviationlexicon.h"
#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr quint32 FunctionTags = SourcingTag::Determiner | SourcingTag::Preposition | SourcingTag::Conjunction
                                 | SourcingTag::Pronoun | SourcingTag::Relative | SourcingTag::Auxiliary
                                 | SourcingTag::Time | SourcingTag::GroupAdverb | SourcingTag::Be
                                 | SourcingTag::ObjectPronoun;

QString quoted(QStringView text)
{
    return u"\u201C"_s + text.toString().simplified() + u"\u201D"_s;
}

} // namespace

SourcingAnalyzer::SourcingAnalyzer(const EngineDocument &document, const SourcingLexicon &lexicon,
                                   const WordTokenizer &tokenizer)
    : m_document(document)
    , m_text(document.text)
    , m_lexicon(lexicon)
    , m_tokenizer(tokenizer)
    , m_tokenized(tokenizer.tokenize(document.text))
    , m_tokens(m_tokenized.tokens)
{
}

// ---------------------------------------------------------------------------------------------
// Token helpers

QStringView SourcingAnalyzer::view(int t) const
{
    const Token &token = m_tokens.at(t);
    return QStringView(m_text).mid(token.start, token.length());
}

QString SourcingAnalyzer::lower(int t) const
{
    QString word = view(t).toString().toLower();
    word.replace(QChar(0x2019), u'\'');
    return word;
}

bool SourcingAnalyzer::isWord(int t) const
{
    return t >= 0 && t < m_tokens.size() && m_tokens.at(t).kind == TokenKind::Word;
}

bool SourcingAnalyzer::isPunct(int t, QChar c) const
{
    return t >= 0 && t < m_tokens.size() && m_tokens.at(t).kind == TokenKind::Punct && m_text.at(m_tokens.at(t).start) == c;
}

bool SourcingAnalyzer::has(int t, quint32 tags) const
{
    return t >= 0 && t < m_tokens.size() && (m_tokens.at(t).tags & tags);
}

bool SourcingAnalyzer::is(int t, QStringView lowerWord) const
{
    return isWord(t) && view(t).compare(lowerWord, Qt::CaseInsensitive) == 0;
}

bool SourcingAnalyzer::isNameWord(int t) const
{
    if (!isWord(t) || !m_tokens.at(t).upper)
        return false;
    // A capitalised time word inside a sentence is part of a name ("the Evening Chronicle"),
    // except weekdays and months.
    if (has(t, SourcingTag::Time) && !has(t, SourcingTag::Calendar | (FunctionTags & ~SourcingTag::Time))
        && sentenceFirst(t) != t)
        return true;
    if (has(t, FunctionTags | SourcingTag::CueVerb | SourcingTag::NotSpeaker))
        return has(t, SourcingTag::Title | SourcingTag::PublicationHead | SourcingTag::PublicationName);
    return true;
}

bool SourcingAnalyzer::isNounWord(int t) const
{
    if (!isWord(t))
        return false;
    if (has(t, SourcingTag::Noun))
        return true;
    const QStringView word = view(t);
    const qsizetype dash = word.lastIndexOf(u'-');
    if (dash > 0 && dash + 1 < word.size())
        return m_lexicon.word(word.mid(dash + 1).toString().toLower()).tags & SourcingTag::Noun;
    return false;
}

bool SourcingAnalyzer::isAdjectiveLike(int t) const
{
    if (!isWord(t) || m_tokens.at(t).upper || has(t, FunctionTags | SourcingTag::CueVerb))
        return false;
    const QStringView word = view(t);
    return word.size() >= 2 && !isAdverb(t);
}

bool SourcingAnalyzer::isAdverb(int t) const
{
    if (!isWord(t))
        return false;
    if (has(t, SourcingTag::GroupAdverb))
        return true;
    // "-ly" words, but not nouns and verbs that end so ("family", "reply").
    const QStringView word = view(t);
    return word.size() >= 5 && word.endsWith(u"ly") && !m_tokens.at(t).upper && !isNounWord(t)
           && !has(t, SourcingTag::CueVerb | SourcingTag::Title);
}

bool SourcingAnalyzer::isPossessive(int t) const
{
    if (!isWord(t))
        return false;
    const QStringView word = view(t);
    return word.size() > 2 && (word.endsWith(u"'s") || word.endsWith(u"\u2019s") || word.endsWith(u"'S"));
}

bool SourcingAnalyzer::isClosingMark(int t) const
{
    if (t < 0 || t >= m_tokens.size() || m_inQuote.at(t) < 0)
        return false;
    const QuoteSpan &span = m_quoteSpans.at(m_inQuote.at(t));
    return span.closeToken == t;
}

int SourcingAnalyzer::sentenceFirst(int t) const
{
    return m_tokenized.sentences.at(m_tokens.at(t).sentence).first;
}

int SourcingAnalyzer::sentenceLast(int t) const
{
    return m_tokenized.sentences.at(m_tokens.at(t).sentence).last - 1;
}

// "Sunday", "on Monday", "last week", "earlier this month", "in March"
bool SourcingAnalyzer::isTimeAdjunct(int t, int limit, int *end) const
{
    int k = t;
    if (k <= limit && (is(k, u"on") || is(k, u"in") || is(k, u"at") || is(k, u"during") || is(k, u"late")
                       || is(k, u"early")))
        ++k;
    int last = -1;
    while (k <= limit && ((isWord(k) && has(k, SourcingTag::Time)) || m_tokens.at(k).kind == TokenKind::Number
                          || (isPunct(k, u'.') && last >= 0 && has(last, SourcingTag::Abbreviation)))) {
        last = k;
        ++k;
    }
    if (last < 0)
        return false;
    *end = last;
    return true;
}

// "in a statement", "in an interview with CNN"
bool SourcingAnalyzer::isChannelPhrase(int t, int limit, int *end) const
{
    if (!has(t, SourcingTag::PhraseStart))
        return false;
    const QList<LexiconPhrase> &phrases = m_lexicon.phrasesStartingWith(lower(t));
    for (const LexiconPhrase &phrase : phrases) {
        if (phrase.kind != LexiconPhrase::Channel)
            continue;
        int k = t;
        bool ok = true;
        for (const QString &word : phrase.words) {
            if (k > limit || !is(k, word)) {
                ok = false;
                break;
            }
            ++k;
        }
        if (!ok)
            continue;
        *end = k - 1;
        // "... with CNN", "... to reporters", "... on Twitter"
        if (k <= limit && (is(k, u"with") || is(k, u"to") || is(k, u"on"))) {
            int j = k + 1;
            while (j <= limit && has(j, SourcingTag::Determiner))
                ++j;
            int last = -1;
            while (j <= limit && (isNameWord(j) || isNounWord(j) || isPossessive(j))) {
                last = j;
                ++j;
            }
            if (last >= 0)
                *end = last;
        }
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Setup

void SourcingAnalyzer::tagTokens()
{
    // Lower-case each word into a buffer and look it up without allocating (most words are
    // short and ASCII).
    QVarLengthArray<QChar, 64> buffer;
    for (Token &token : m_tokens) {
        if (token.kind != TokenKind::Word)
            continue;
        buffer.resize(token.length());
        for (qsizetype i = 0; i < token.length(); ++i) {
            const QChar c = m_text.at(token.start + i);
            const char16_t u = c.unicode();
            buffer[i] = u < 128 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u)
                                : (u == 0x2019 ? QChar(u'\'') : c.toLower());
        }
        const QString word = QString::fromRawData(buffer.constData(), buffer.size());
        LexiconWord info = m_lexicon.word(word);
        if (!info.tags && word.endsWith(u"'s") && word.size() > 2) {
            // "he's said", "she's claiming": the pronoun counts
            const LexiconWord stem = m_lexicon.word(word.chopped(2));
            if (stem.tags & SourcingTag::Pronoun)
                info = stem;
        }
        // A single capital before a full stop is an initial ("Julie A. Diaz"), not "a".
        if (token.length() == 1 && token.upper && token.end < m_text.size() && m_text.at(token.end) == u'.')
            info = LexiconWord();
        if (m_tokenizer.abbreviations().isListedLower(word, token.upper))
            info.tags |= SourcingTag::Abbreviation;
        token.tags = info.tags;
        token.entry = info.entry;
        token.form = info.forms;
    }
}

bool SourcingAnalyzer::isInitialStop(int t) const
{
    // The full stop of an abbreviated title or an initial: "Mr.", "Sen.", "E."
    return isPunct(t, u'.') && !m_tokens.at(t).spaceBefore && t > 0 && isWord(t - 1)
           && (has(t - 1, SourcingTag::Abbreviation | SourcingTag::Title)
               || (m_tokens.at(t - 1).length() == 1 && m_tokens.at(t - 1).upper));
}

void SourcingAnalyzer::maskFurniture()
{
    m_masked.fill(false, m_tokens.size());
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const SuggestedSpan &span : m_document.existing) {
        if (span.label == u"DISCLAIMER" || span.label == u"BOILERPLATE" || span.label == u"METADATA")
            ranges.append({span.start, span.end});
    }
    if (ranges.isEmpty())
        return;
    std::sort(ranges.begin(), ranges.end());
    qsizetype r = 0;
    for (int t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens.at(t);
        while (r < ranges.size() && ranges[r].second <= token.start)
            ++r;
        for (qsizetype s = r; s < ranges.size() && ranges[s].first < token.end; ++s) {
            if (ranges[s].second > token.start) {
                m_masked[t] = true;
                break;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

static bool isPhrasePreposition(QStringView word)
{
    return word.compare(u"of", Qt::CaseInsensitive) == 0 || word.compare(u"for", Qt::CaseInsensitive) == 0
           || word.compare(u"at", Qt::CaseInsensitive) == 0 || word.compare(u"on", Qt::CaseInsensitive) == 0
           || word.compare(u"from", Qt::CaseInsensitive) == 0;
}

int SourcingAnalyzer::addMention(int first, int last, int head, const QString &how)
{
    const quint64 position = (quint64(quint32(first)) << 32) | quint32(last);
    const auto known = m_mentionAt.constFind(position);
    if (known != m_mentionAt.constEnd())
        return *known;
    Mention mention;
    mention.first = first;
    mention.last = last;
    mention.head = head;
    mention.how = how;
    classifyMention(mention);
    m_mentions.append(mention);
    m_mentionAt.insert(position, int(m_mentions.size() - 1));
    return int(m_mentions.size() - 1);
}

void SourcingAnalyzer::classifyMention(Mention &mention)
{
    const int head = mention.head;
    if (has(head, SourcingTag::Pronoun | SourcingTag::Relative) && mention.first == mention.last) {
        mention.pronoun = true;
        mention.personLike = has(head, SourcingTag::PronounPerson | SourcingTag::PronounPlural) || is(head, u"who");
        mention.plural = has(head, SourcingTag::PronounPlural);
        mention.kind = u"named"_s;
        return;
    }
    bool publication = false;
    bool title = false;
    bool coordinated = false;
    int capitals = 0;
    for (int t = mention.first; t <= mention.last; ++t) {
        if (isWord(t) && m_tokens.at(t).upper && has(t, SourcingTag::PublicationName))
            publication = true;
        title = title || (has(t, SourcingTag::Title) && m_tokens.at(t).upper);
        coordinated = coordinated || is(t, u"and");
        capitals += isNameWord(t) && !has(t, SourcingTag::Title);
    }
    if (isWord(head) && m_tokens.at(head).upper && has(head, SourcingTag::PublicationHead)
        && (capitals >= 2 || has(mention.first, SourcingTag::Determiner)))
        publication = true;
    // A multi-word publication name ("Al Jazeera").
    if (!publication) {
        for (int t = mention.first; t <= mention.last && !publication; ++t) {
            if (!has(t, SourcingTag::PhraseStart) || !m_tokens.at(t).upper)
                continue;
            const QList<LexiconPhrase> &phrases = m_lexicon.phrasesStartingWith(lower(t));
            for (const LexiconPhrase &phrase : phrases) {
                if (phrase.kind != LexiconPhrase::Publication)
                    continue;
                int k = t;
                bool ok = true;
                for (const QString &word : phrase.words)
                    ok = ok && k <= mention.last && is(k++, word);
                publication = publication || ok;
            }
        }
    }
    const bool sentenceInitial = sentenceFirst(head) == head;
    const bool lowerHead = !m_tokens.at(head).upper || sentenceInitial;
    if (publication && !has(head, SourcingTag::Noun & ~SourcingTag::DocumentNoun)) {
        mention.kind = u"publication"_s;
    } else if (has(head, SourcingTag::AnonymousNoun) && lowerHead) {
        mention.kind = u"anonymous"_s;
    } else if (has(head, SourcingTag::Determiner) && mention.first == mention.last) {
        mention.kind = u"anonymous"_s; // "some say", "many believe"
        mention.plural = true;
    } else {
        mention.kind = u"named"_s;
    }
    const QStringView headWord = view(head);
    mention.plural = mention.plural || coordinated
                     || (headWord.endsWith(u's') && !headWord.endsWith(u"ss") && !isPossessive(head)
                         && (isNounWord(head) || !m_tokens.at(head).upper || sentenceInitial || headWord.size() > 4))
                     || is(head, u"police") || is(head, u"people") || is(head, u"staff") || is(head, u"media")
                     || is(head, u"percent");
    mention.personLike = mention.kind != u"publication"
                         && (title || has(head, SourcingTag::PersonNoun | SourcingTag::AnonymousNoun)
                             || (isNameWord(head) && !has(head, SourcingTag::OrganisationNoun)
                                 && !has(mention.first, SourcingTag::Determiner)));
}

// A speaker that ends at token `last`, read leftwards: "a senior European diplomat",
// "Kremlin spokesman Dmitry Peskov", "Ukraine and its allies", "attorneys for the family", "he".
int SourcingAnalyzer::parseBackward(int last, int limit)
{
    int t = last;
    int end = last;
    if (isPunct(t, u')')) {
        int open = -1;
        for (int k = t - 1; k >= limit && k >= t - 10; --k) {
            if (isPunct(k, u'(')) {
                open = k;
                break;
            }
        }
        if (open < 0)
            return -1;
        t = open - 1;
    }
    if (t < limit || !isWord(t))
        return -1;
    if (has(t, SourcingTag::Pronoun | SourcingTag::Relative) && !has(t, SourcingTag::Determiner)) {
        if (is(t, u"that"))
            return -1;
        return addMention(t, t, t, u"pronoun"_s);
    }
    int head = t;
    const bool quantifier = has(t, SourcingTag::Determiner)
                            && (is(t, u"many") || is(t, u"some") || is(t, u"others") || is(t, u"both")
                                || is(t, u"several") || is(t, u"most") || is(t, u"all") || is(t, u"each"));
    if (quantifier) {
        if (t - 1 >= limit && (isNameWord(t - 1) || has(t - 1, SourcingTag::Pronoun)))
            return -1; // "they both said": leave it
        return addMention(t, end, t, u"quantifier"_s);
    }
    // An unknown lower-case head ("the New York businessman") counts only with a determiner.
    const bool tentativeHead = !(isNameWord(t) || isNounWord(t) || (has(t, SourcingTag::Title) && !m_tokens.at(t).upper));
    if (tentativeHead && !isAdjectiveLike(t))
        return -1;
    int committed = tentativeHead ? -1 : t;
    int k = t - 1;
    int steps = 0;
    while (k >= limit && steps++ < 14) {
        if (k - 1 >= limit && isInitialStop(k)) {
            committed = k - 1;
            k -= 2;
            continue;
        }
        if (!isWord(k))
            break;
        if ((has(k, SourcingTag::Determiner) && !has(k, SourcingTag::Pronoun)) || (tentativeHead && isPossessive(k))) {
            committed = k;
            if (k - 2 >= limit && is(k - 1, u"and") && (isNameWord(k - 2) || isNounWord(k - 2))) {
                committed = k - 2;
                k -= 3;
                continue; // "Ukraine and its allies"
            }
            if (k - 2 >= limit && isPhrasePreposition(view(k - 1)) && (isNounWord(k - 2) || isNameWord(k - 2))) {
                committed = k - 2;
                head = k - 2;
                k -= 3;
                continue; // "attorneys for the family"
            }
            if (k - 2 >= limit && is(k - 1, u"of") && has(k - 2, SourcingTag::Determiner) && !has(k - 2, SourcingTag::Pronoun)) {
                committed = k - 2;
                break; // "one of the attorneys"
            }
            if (k - 2 >= limit && (is(k - 1, u"in") || is(k - 1, u"to")) && has(k - 2, SourcingTag::PersonNoun | SourcingTag::AnonymousNoun)) {
                committed = k - 2;
                head = k - 2;
                k -= 3;
                continue; // "advisers to the president", "officials in the ministry"
            }
            if (k - 3 >= limit && (is(k - 1, u"with") || is(k - 1, u"to")) && (is(k - 2, u"familiar") || is(k - 2, u"close"))
                && isNounWord(k - 3)) {
                committed = k - 3;
                head = k - 3;
                k -= 4;
                continue; // "people familiar with the matter"
            }
            break;
        }
        if (isNameWord(k) || (has(k, SourcingTag::Title) && !has(k, FunctionTags)) || isNounWord(k) || isPossessive(k)) {
            if (isPossessive(k) && k == t)
                break;
            if (!tentativeHead)
                committed = k;
            --k;
            continue;
        }
        if (is(k, u"and") && k - 1 >= limit && committed == k + 1 && !tentativeHead && (isNameWord(k - 1) || isNounWord(k - 1))
            && (isNameWord(k + 1) || has(k + 1, SourcingTag::Title))) {
            committed = k - 1;
            k -= 2;
            continue; // "Mr. Grassley and Mr. Leahy"
        }
        if ((isPhrasePreposition(view(k)) || is(k, u"in") || is(k, u"to")) && (committed == k + 1 || tentativeHead)
            && k - 1 >= limit && (has(k - 1, SourcingTag::PersonNoun | SourcingTag::AnonymousNoun)
                                  || (isPhrasePreposition(view(k)) && (isNounWord(k - 1) || (isNameWord(k - 1) && has(k - 1, SourcingTag::Title)))))) {
            committed = k - 1;
            head = k - 1;
            k -= 2;
            continue; // "leaders of Ukraine", "experts on North Korea"
        }
        if (tentativeHead && is(k, u"and")) {
            --k; // inside a phrase that may still attach: "experts on trade and tariffs"
            continue;
        }
        if (isAdjectiveLike(k)) {
            --k; // tentative: kept only when a determiner or a name comes before it
            continue;
        }
        break;
    }
    if (committed < 0)
        return -1;
    // The object of a preposition is no subject: "of Republican claims" (a noun, not a verb).
    if (committed - 1 >= limit && isWord(committed - 1) && has(committed - 1, SourcingTag::Preposition)
        && !has(committed - 1, SourcingTag::Conjunction))
        return -1;
    return addMention(committed, end, head, u"subject"_s);
}

// A speaker that starts at token `first`, read rightwards: "Mr. Kamin", "one Democratic source
// on the panel", "Rep. G.K. Butterfield (D-N.C.)", "he".
int SourcingAnalyzer::parseForward(int first, int limit)
{
    int k = first;
    if (k > limit || !isWord(k))
        return -1;
    if (has(k, SourcingTag::Pronoun | SourcingTag::Relative) && !has(k, SourcingTag::Determiner) && !is(k, u"that"))
        return addMention(k, k, k, u"pronoun"_s);
    while (k <= limit && isWord(k) && has(k, SourcingTag::Determiner) && !has(k, SourcingTag::Pronoun))
        ++k;
    int committed = -1;
    int head = -1;
    int steps = 0;
    while (k <= limit && steps++ < 16) {
        if (k - 1 >= first && isInitialStop(k) && committed == k - 1) {
            committed = k;
            ++k;
            continue;
        }
        if (isPunct(k, u'(') && head >= 0 && committed == k - 1) {
            int close = -1;
            for (int j = k + 1; j <= limit && j <= k + 8; ++j) {
                if (isPunct(j, u')')) {
                    close = j;
                    break;
                }
            }
            if (close < 0)
                break;
            committed = close;
            k = close + 1;
            continue;
        }
        if (!isWord(k) || has(k, SourcingTag::Time))
            break;
        if (isNameWord(k) || (has(k, SourcingTag::Title) && !has(k, FunctionTags)) || isNounWord(k)) {
            head = k;
            committed = k;
            ++k;
            continue;
        }
        if (isPossessive(k)) {
            committed = -1; // the head comes after: "Scott's niece"
            ++k;
            continue;
        }
        if (head >= 0 && committed == k - 1 && k + 1 <= limit && isPhrasePreposition(view(k))
            && !is(k, u"on")) {
            // "the leaders of Ukraine", "attorneys for the family"
            int j = k + 1;
            int end;
            if (isTimeAdjunct(k, limit, &end) || isChannelPhrase(k, limit, &end))
                break;
            while (j <= limit && has(j, SourcingTag::Determiner) && !has(j, SourcingTag::Pronoun))
                ++j;
            int last = -1;
            while (j <= limit && (isNameWord(j) || isNounWord(j) || (isAdjectiveLike(j) && j + 1 <= limit
                                                                        && (isNameWord(j + 1) || isNounWord(j + 1))))) {
                last = j;
                ++j;
            }
            if (last < 0)
                break;
            committed = last;
            k = last + 1;
            continue;
        }
        if ((is(k, u"familiar") || is(k, u"close")) && head >= 0 && committed == k - 1 && k + 1 <= limit
            && (is(k + 1, u"with") || is(k + 1, u"to"))) {
            int j = k + 2;
            while (j <= limit && has(j, SourcingTag::Determiner))
                ++j;
            int last = -1;
            while (j <= limit && (isNameWord(j) || isNounWord(j) || isAdjectiveLike(j))) {
                last = j;
                ++j;
            }
            if (last < 0)
                break;
            committed = last;
            k = last + 1;
            continue;
        }
        if (isAdjectiveLike(k) && head < 0) {
            ++k;
            continue;
        }
        if (is(k, u"and") && head >= 0 && committed == k - 1 && k + 1 <= limit
            && (isNameWord(k + 1) || has(k + 1, SourcingTag::Title)) && !has(k + 1, SourcingTag::Determiner)) {
            ++k;
            continue;
        }
        break;
    }
    if (committed < 0 || head < 0)
        return -1;
    return addMention(first, committed, head, u"subject"_s);
}

// ---------------------------------------------------------------------------------------------
// Cues

bool SourcingAnalyzer::matchPhrase(int token, Cue &cue, int *phraseKind)
{
    const int limit = sentenceLast(token);
    const QList<LexiconPhrase> &phrases = m_lexicon.phrasesStartingWith(lower(token));
    for (const LexiconPhrase &phrase : phrases) {
        if (phrase.kind == LexiconPhrase::Publication)
            continue;
        int k = token;
        bool ok = true;
        for (const QString &word : phrase.words) {
            if (word == u"ADV?") {
                if (k <= limit && isWord(k) && !blocked(k)
                    && (isAdverb(k)
                        || is(k, u"widely") || is(k, u"increasingly") || is(k, u"generally")))
                    ++k;
                continue;
            }
            if (k > limit || blocked(k) || !isWord(k)) {
                ok = false;
                break;
            }
            if (word == u"BE" ? !has(k, SourcingTag::Be) : !is(k, word)) {
                ok = false;
                break;
            }
            ++k;
        }
        if (!ok)
            continue;
        cue.first = token;
        cue.last = k - 1;
        *phraseKind = phrase.kind;
        return true;
    }
    return false;
}

void SourcingAnalyzer::findCues()
{
    m_cueAt.fill(-1, m_tokens.size());
    const int n = int(m_tokens.size());
    for (int t = 0; t < n; ++t) {
        if (blocked(t) || !isWord(t))
            continue;
        const int first = sentenceFirst(t);
        if (has(t, SourcingTag::PhraseStart)) {
            Cue cue;
            int kind = -1;
            if (matchPhrase(t, cue, &kind)) {
                if (kind == LexiconPhrase::Hedge) {
                    cue.type = CueType::Hedge;
                    cue.valid = true;
                    cue.confidence = 0.6;
                    cue.reason = QCoreApplication::translate("Sourcing", "unattributed claim (%1)")
                                     .arg(quoted(QStringView(m_text).mid(m_tokens[cue.first].start,
                                                                         m_tokens[cue.last].end - m_tokens[cue.first].start)));
                } else if (kind == LexiconPhrase::According) {
                    cue.type = CueType::According;
                } else {
                    continue; // channel phrases are looked for next to verbs
                }
                cue.blockFirst = cue.first;
                m_cues.append(cue);
                m_cueAt[t] = int(m_cues.size() - 1);
                t = cue.last;
                continue;
            }
        }
        if (!has(t, SourcingTag::CueVerb) || m_tokens[t].entry < 0)
            continue;
        const CueVerbEntry &entry = m_lexicon.verb(m_tokens[t].entry);
        const quint8 form = m_tokens[t].form;
        const int previous = t - 1 >= first ? t - 1 : -1;
        // A noun, not a verb: "the report", "his claim", "for comment"; an infinitive: "to say".
        if (previous >= 0 && isWord(previous)) {
            if (has(previous, SourcingTag::Determiner) && !has(previous, SourcingTag::Pronoun)
                && (is(previous, u"a") || is(previous, u"an") || is(previous, u"the") || is(previous, u"this")
                    || is(previous, u"these") || is(previous, u"those") || is(previous, u"his") || is(previous, u"her")
                    || is(previous, u"their") || is(previous, u"its") || is(previous, u"our") || is(previous, u"my")
                    || is(previous, u"your") || is(previous, u"another") || is(previous, u"every")))
                continue;
            if (isPossessive(previous))
                continue;
            // "by saying", "after warning": a gerund keeps the sentence's subject.
            const bool gerund = (form & VerbForm::Ing)
                                && (is(previous, u"by") || is(previous, u"for") || is(previous, u"from") || is(previous, u"after")
                                    || is(previous, u"before") || is(previous, u"without") || is(previous, u"while"));
            if (has(previous, SourcingTag::Preposition) && !has(previous, SourcingTag::Conjunction) && !gerund)
                continue;
            if (is(previous, u"to"))
                continue;
        }
        if (form == VerbForm::Base && (previous < 0 || !isWord(previous)))
            continue; // an imperative or a noun at the start of a clause
        // A passive ("was told", "is expected") is no statement by the subject.
        int k = t - 1;
        while (k >= first && isAdverb(k))
            --k;
        if (k >= first && has(k, SourcingTag::Be) && (form & VerbForm::Participle) && !(form & VerbForm::Ing))
            continue;
        Cue cue;
        cue.type = CueType::Verb;
        cue.verb = t;
        cue.entry = m_tokens[t].entry;
        cue.first = t;
        cue.last = t;
        const int sentenceEnd = sentenceLast(t);
        if (t + 1 <= sentenceEnd && isWord(t + 1) && !blocked(t + 1) && entry.particles.contains(lower(t + 1))) {
            cue.last = t + 1;
            cue.particle = true;
        }
        if (entry.particleOnly && !cue.particle)
            continue;
        // The verb group: auxiliaries and "also", "not", "never" before the verb ("has also said").
        k = t - 1;
        while (k >= first && isWord(k)
               && (is(k, u"also") || is(k, u"not") || is(k, u"never") || view(k).endsWith(u"n't")
                   || view(k).endsWith(u"n\u2019t"))) {
            cue.first = k;
            --k;
        }
        bool auxiliary = false;
        while (k >= first && isWord(k) && has(k, SourcingTag::Auxiliary) && (!m_tokens[k].upper || k == first)) {
            cue.first = k;
            auxiliary = true;
            --k;
        }
        // Without an auxiliary, adverbs right before the verb belong to the cue ("often says").
        if (!auxiliary) {
            int j = k;
            while (j >= first && isAdverb(j) && !has(j, SourcingTag::Conjunction | SourcingTag::Preposition)
                   && (!has(j, SourcingTag::Time) || has(j, SourcingTag::GroupAdverb)))
                --j;
            if (j < k && !(j >= first && isWord(j) && has(j, SourcingTag::Auxiliary)))
                cue.first = j + 1; // not after an auxiliary: "had previously insisted" keeps the verb alone
        }
        // A colon right after the verb belongs to it ("said:").
        if (cue.last + 1 <= sentenceEnd && isPunct(cue.last + 1, u':') && !m_tokens[cue.last + 1].spaceBefore)
            cue.last = cue.last + 1;
        cue.blockFirst = cue.first;
        m_cues.append(cue);
        m_cueAt[t] = int(m_cues.size() - 1);
        if (cue.particle)
            ++t;
    }
    for (Cue &cue : m_cues) {
        if (cue.type == CueType::Verb)
            findSubject(cue);
    }
}

// The subject of the sentence, after introductory words and phrases ("Last week, ...").
int SourcingAnalyzer::mainSubject(int sentence)
{
    const TokenSentence &s = m_tokenized.sentences.at(sentence);
    int t = s.first;
    const int last = s.last - 1;
    while (t <= last && isWord(t)
           && (is(t, u"and") || is(t, u"but") || is(t, u"or") || is(t, u"so") || is(t, u"yet")
               || (has(t, SourcingTag::GroupAdverb) && !has(t, SourcingTag::Conjunction))))
        ++t;
    if (t <= last && (has(t, SourcingTag::Preposition | SourcingTag::Time | SourcingTag::Conjunction)
                      || m_tokens[t].kind == TokenKind::Number || isAdverb(t)
                      || (t + 1 <= last && isPunct(t + 1, u',') && !isNameWord(t))
                      || m_cueAt[t] >= 0)) {
        for (int k = t; k <= last && k <= t + 12; ++k) {
            if (isPunct(k, u',')) {
                t = k + 1;
                break;
            }
            if (m_inQuote[k] >= 0)
                break;
        }
    }
    if (t > last || blocked(t))
        return -1;
    return parseForward(t, last);
}

void SourcingAnalyzer::findSubject(Cue &cue)
{
    const int first = sentenceFirst(cue.verb);
    const int last = sentenceLast(cue.verb);
    // Adverbs and auxiliaries left out of the cue span ("had previously insisted on").
    int g = cue.first - 1;
    while (g >= first && isWord(g) && !m_tokens[g].upper
           && (has(g, SourcingTag::Auxiliary) || isAdverb(g)))
        --g;
    // "Sanders on Tuesday said", "who in 2010 said", "Trump, on Monday, said"
    {
        int k = g;
        const bool comma = isPunct(k, u',');
        if (comma)
            --k;
        int steps = 0;
        while (k >= first && steps < 4 && (has(k, SourcingTag::Time) || m_tokens[k].kind == TokenKind::Number)) {
            --k;
            ++steps;
        }
        if (steps > 0 && k >= first && (is(k, u"on") || is(k, u"in") || is(k, u"last") || is(k, u"this") || is(k, u"earlier"))) {
            --k;
            if (comma && isPunct(k, u','))
                --k;
            if (!comma || isWord(k))
                g = k;
        } else if (steps > 0 && k >= first && !comma && isWord(k) && has(g, SourcingTag::Time)
                   && (m_tokens[g].upper || is(g, u"today") || is(g, u"yesterday"))) {
            g = k; // "Trump Monday said"
        }
    }
    const bool ing = (m_tokens[cue.verb].form & VerbForm::Ing) && cue.first == cue.verb;
    const bool gerund = ing && g >= first && isWord(g) && has(g, SourcingTag::Preposition);
    const bool afterQuote = g >= 0 && isClosingMark(g);
    const bool afterComma = g >= first && isPunct(g, u',');
    const QString verbText = view(cue.verb).toString();

    auto accept = [&](int mention, const QString &how) {
        cue.subject = mention;
        cue.valid = true;
        cue.reason = how;
    };

    // "“...,” said Mr. Kamin", "..., said the source."
    if ((afterQuote || afterComma || g < first) && !ing && cue.first == cue.verb) {
        const int m = parseForward(cue.last + 1, last);
        if (m >= 0) {
            const int after = m_mentions[m].last + 1;
            const bool ends = after > last || isPunct(after, u',') || isPunct(after, u'.') || isPunct(after, u':')
                              || m_tokens[after].kind == TokenKind::Dash || has(after, SourcingTag::Relative | SourcingTag::Preposition)
                              || has(after, SourcingTag::Time) || isPunct(after, u';');
            const bool pronounOk = !m_mentions[m].pronoun || afterQuote || afterComma;
            const bool opensColon = g < first && after <= last && isPunct(after, u':');
            if (ends && pronounOk && (afterQuote || afterComma || opensColon)) {
                cue.subjectAfter = true;
                accept(m, QCoreApplication::translate("Sourcing", "reporting verb %1 before its speaker").arg(quoted(verbText)));
                return;
            }
        }
    }
    if (g >= first && (isWord(g) || isPunct(g, u')')) && !gerund) {
        const int m = parseBackward(g, first);
        if (m >= 0) {
            cue.blockFirst = m_mentions[m].first;
            accept(m, QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker").arg(quoted(verbText)));
            return;
        }
        if (!(is(g, u"and") || is(g, u"but") || is(g, u"or") || is(g, u"then")))
            return; // some other word: not a reporting clause we understand
        // "I laughed and said": the subject of the verb before the conjunction.
        if (g - 2 >= first && isAdjectiveLike(g - 1)) {
            const int subject = parseBackward(g - 2, first);
            if (subject >= 0 && (m_mentions[subject].pronoun || m_mentions[subject].personLike)) {
                cue.coordinated = true;
                cue.blockFirst = g;
                accept(subject, QCoreApplication::translate("Sourcing", "reporting verb %1 sharing the subject of the verb before it")
                              .arg(quoted(verbText)));
                return;
            }
        }
    }
    if (afterComma && !ing && g - 1 >= first) {
        // "Peskov, the Kremlin spokesman, said": an apposition before the verb.
        const int apposition = parseBackward(g - 1, first);
        if (apposition >= 0) {
            const int before = m_mentions[apposition].first - 1;
            if (before - 1 >= first && isPunct(before, u',')) {
                const int name = parseBackward(before - 1, first);
                if (name >= 0 && !m_mentions[name].pronoun) {
                    const int merged = addMention(m_mentions[name].first, m_mentions[apposition].last,
                                                  m_mentions[name].head, u"apposition"_s);
                    cue.blockFirst = m_mentions[merged].first;
                    accept(merged, QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker")
                                       .arg(quoted(verbText)));
                    return;
                }
            }
        }
        // "Trump, meanwhile, said": a parenthetical word between commas.
        if (g - 2 >= first && isWord(g - 1) && isPunct(g - 2, u',') && !isNameWord(g - 1)) {
            const int m = parseBackward(g - 3, first);
            if (m >= 0) {
                cue.blockFirst = m_mentions[m].first;
                accept(m, QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker").arg(quoted(verbText)));
                return;
            }
        }
    }
    // A verb joined to an earlier one, or a participle: the subject carries over.
    const bool joined = g < first || afterComma || afterQuote || gerund || is(g, u"and") || is(g, u"but") || is(g, u"or") || is(g, u"then")
                        || (g >= first && m_tokens[g].kind == TokenKind::Dash);
    if (!joined || (g < first && !ing))
        return;
    if (g < first && ing)
        return; // "Asked about it, ..." opens a sentence: no subject here
    const int self = int(&cue - m_cues.constData());
    for (int c = self - 1; c >= 0 && m_cues[c].last >= first; --c) {
        if (m_cues[c].type == CueType::Verb && m_cues[c].subject >= 0) {
            cue.coordinated = true;
            cue.blockFirst = (is(g, u"and") || is(g, u"but") || is(g, u"or") || is(g, u"then")) ? g : cue.first;
            accept(m_cues[c].subject, QCoreApplication::translate("Sourcing", "reporting verb %1 sharing the subject of %2")
                                          .arg(quoted(verbText), quoted(view(m_cues[c].verb))));
            return;
        }
    }
    const int m = mainSubject(m_tokens[cue.verb].sentence);
    if (m >= 0 && m_mentions[m].last < cue.first - 1) {
        // The subject must not be followed directly by a reporting verb of its own (handled
        // above) and should be a speaker-like phrase.
        cue.coordinated = true;
        cue.blockFirst = (is(g, u"and") || is(g, u"but") || is(g, u"or") || is(g, u"then")) ? g : cue.first;
        accept(m, QCoreApplication::translate("Sourcing", "reporting verb %1 sharing the sentence subject").arg(quoted(verbText)));
    }
}

// ---------------------------------------------------------------------------------------------
// Indirect and mixed quotes

// Where the content of a cue begins (after an addressee, time and channel phrases and "that"),
// or -1. *direct is set when a quotation follows at once (after a colon or comma).
int SourcingAnalyzer::contentStart(const Cue &cue, bool *direct)
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
                        || addressee.kind == u"publication" || has(addressee.head, SourcingTag::PersonNoun)))
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
int SourcingAnalyzer::contentEnd(int from, int last, int cueIndex)
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

void SourcingAnalyzer::addContentQuote(int cueIndex, int first, int last, const QString &how)
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
                quote.confidence = 0.85;
                quote.reason = QCoreApplication::translate("Sourcing", "quotation marks; speaker and cue before the quote (%1)")
                                   .arg(quoted(QStringView(m_text).mid(m_tokens[cue.first].start,
                                                                       m_tokens[cue.last].end - m_tokens[cue.first].start)));
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
    quote.form = inner.isEmpty() ? u"indirect"_s : u"mixed"_s;
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

void SourcingAnalyzer::attributeIndirect()
{
    for (int c = 0; c < m_cues.size(); ++c) {
        Cue &cue = m_cues[c];
        if (cue.type != CueType::Verb || !cue.valid)
            continue;
        const QString cueText = quoted(QStringView(m_text).mid(m_tokens[cue.first].start,
                                                               m_tokens[cue.last].end - m_tokens[cue.first].start));
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
void SourcingAnalyzer::dropNestedCues()
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

// "according to X, ..." and "..., according to X."
void SourcingAnalyzer::attributeAccording()
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
        cue.subject = m;
        cue.valid = true;
        const Mention &source = m_mentions[m];
        const QString cueText = quoted(QStringView(m_text).mid(m_tokens[cue.first].start,
                                                               m_tokens[cue.last].end - m_tokens[cue.first].start));
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
                    if (source.kind == u"publication")
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

// ---------------------------------------------------------------------------------------------
// Direct quotes

// "“...,” he said", "“...,” said Mr. Kamin", "“...” Trump said on Monday."
bool SourcingAnalyzer::attributeAfter(Quote &quote, const QuoteSpan &span)
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
                           .arg(quoted(QStringView(m_text).mid(m_tokens[cue.first].start,
                                                               m_tokens[cue.last].end - m_tokens[cue.first].start)));
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
                           .arg(quoted(QStringView(m_text).mid(m_tokens[cue.first].start,
                                                               m_tokens[cue.last].end - m_tokens[cue.first].start)));
        cue.used = true;
        return true;
    }
    return false;
}

// "Smith: “...”" and "“...” ― Smith"
// A colon or dash standing for the cue: the punctuation token becomes the quote's cue and the
// mention its speaker.
void SourcingAnalyzer::attributeToPunctuationCue(Quote &quote, CueType type, int token, int mention,
                                                 const QString &cueReason, const QString &quoteReason)
{
    Cue cue;
    cue.type = type;
    cue.first = cue.last = token;
    cue.subject = mention;
    cue.valid = true;
    cue.used = true;
    cue.confidence = 0.7;
    cue.reason = cueReason;
    m_cues.append(cue);
    quote.source = mention;
    quote.cue = int(m_cues.size() - 1);
    quote.confidence = 0.75;
    quote.reason = quoteReason;
}

bool SourcingAnalyzer::attributeColonOrDash(Quote &quote, const QuoteSpan &span)
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
bool SourcingAnalyzer::inherit(Quote &quote, const QuoteSpan &span, int index)
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
        if (candidate.dropped || candidate.form == u"scare" || candidate.source < 0)
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
bool SourcingAnalyzer::isIntroduced(const QuoteSpan &span) const
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

void SourcingAnalyzer::attributeDirect()
{
    auto pending = [&](int q) {
        const Quote &quote = m_quotes[m_directOf[q]];
        return !quote.dropped && quote.source < 0 && quote.form == u"direct";
    };
    // Titles of shows, books and films: capitalised words and no inner sentence punctuation.
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (!pending(q))
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
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (!pending(q))
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
                quote.form = u"mixed"_s;
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
        if (pending(q) && isIntroduced(m_quoteSpans[q]))
            inherit(m_quotes[m_directOf[q]], m_quoteSpans[q], q);
    }
    // Echoes of attributed quotes (a headline repeating words of a quote).
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
        if (!pending(q) || span.words < 2 || span.words > 10)
            continue;
        Quote &quote = m_quotes[m_directOf[q]];
        const QString words = normalisedAt(q);
        // A window of quotations around it keeps long documents linear.
        const int from = qMax(0, q - 60);
        const int to = qMin(int(m_quoteSpans.size()), q + 60);
        for (int other = from; other < to; ++other) {
            const Quote &candidate = m_quotes[m_directOf[other]];
            if (other == q || candidate.dropped || candidate.source < 0 || candidate.form == u"scare"
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
    // Quotations embedded in a sentence: part of what the last speaker said, a scare quote, or
    // a quoted fragment whose speaker we cannot tell.
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        if (!pending(q))
            continue;
        Quote &quote = m_quotes[m_directOf[q]];
        const QuoteSpan &span = m_quoteSpans[q];
        const bool introduced = isIntroduced(span);
        if (!introduced && span.words >= 3 && inherit(quote, span, q)) {
            quote.form = u"mixed"_s;
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
            quote.form = u"scare"_s;
            quote.confidence = 0.5;
            quote.reason = QCoreApplication::translate("Sourcing", "short quoted phrase with no speaker (scare quote)");
            continue;
        }
        if (!introduced) {
            quote.form = u"mixed"_s;
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
void SourcingAnalyzer::attributeTranscripts()
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
            const int m = addMention(t, k - 1, k - 1, u"transcript"_s);
            Cue cue;
            cue.type = CueType::Colon;
            cue.first = cue.last = k;
            cue.subject = m;
            cue.valid = true;
            cue.used = true;
            cue.confidence = 0.75;
            cue.reason = QCoreApplication::translate("Sourcing", "colon after a speaker's name in a transcript");
            m_cues.append(cue);
            Quote quote;
            quote.first = k + 1;
            quote.last = contentLast;
            quote.start = m_tokens[k + 1].start;
            quote.end = m_tokens[contentLast].end;
            quote.form = u"indirect"_s;
            quote.source = m;
            quote.cue = int(m_cues.size() - 1);
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

// "Pence: Flowers won't be at the debate" — a headline or paragraph that opens with a speaker
// named again elsewhere in the article (or a poll or publication) and a colon.
bool SourcingAnalyzer::headlineColon(const TokenParagraph &paragraph, int t)
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
    bool recurs = has(mention.head, SourcingTag::DocumentNoun) || mention.kind == u"publication";
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
    Cue cue;
    cue.type = CueType::Colon;
    cue.first = cue.last = colon;
    cue.subject = m;
    cue.valid = true;
    cue.used = true;
    cue.confidence = 0.65;
    cue.reason = QCoreApplication::translate("Sourcing", "colon after a speaker opening the paragraph");
    m_cues.append(cue);
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
    quote.form = inner ? u"mixed"_s : u"indirect"_s;
    quote.source = m;
    quote.cue = int(m_cues.size() - 1);
    quote.confidence = 0.6;
    quote.reason = QCoreApplication::translate("Sourcing", "statement after a speaker and a colon");
    for (int k = quote.first; k <= quote.last; ++k) {
        if (m_inQuote[k] >= 0)
            m_quotes[m_directOf[m_inQuote[k]]].dropped = true;
    }
    m_quotes.append(quote);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Pronouns

void SourcingAnalyzer::resolvePronouns()
{
    // The speakers in text order; pronouns point back to the last one that fits.
    QList<int> speakers;
    for (const Cue &cue : std::as_const(m_cues)) {
        if (cue.valid && cue.subject >= 0 && !speakers.contains(cue.subject))
            speakers.append(cue.subject);
    }
    std::sort(speakers.begin(), speakers.end(), [&](int a, int b) { return m_mentions[a].first < m_mentions[b].first; });
    for (int s = 0; s < speakers.size(); ++s) {
        Mention &pronoun = m_mentions[speakers[s]];
        if (!pronoun.pronoun)
            continue;
        const int head = pronoun.head;
        const bool person = has(head, SourcingTag::PronounPerson);
        const bool plural = has(head, SourcingTag::PronounPlural);
        const bool thing = has(head, SourcingTag::PronounThing) || is(head, u"which");
        const bool relative = has(head, SourcingTag::Relative);
        // A relative pronoun stands for the phrase right before it ("Mr. Kamin, who said").
        if (relative) {
            int before = head - 1;
            if (isPunct(before, u','))
                --before;
            if (before >= 0) {
                const int m = parseBackward(before, sentenceFirst(head));
                if (m >= 0 && !m_mentions[m].pronoun) {
                    m_mentions[speakers[s]].antecedent = m;
                    continue;
                }
            }
        }
        for (int previous = s - 1; previous >= 0; --previous) {
            const Mention &candidate = m_mentions[speakers[previous]];
            if (candidate.pronoun)
                continue;
            const bool fits = person ? (candidate.personLike && !candidate.plural)
                              : plural ? (candidate.plural || !candidate.personLike)
                              : thing ? !candidate.personLike
                                      : true;
            if (fits) {
                m_mentions[speakers[s]].antecedent = speakers[previous];
                break;
            }
        }
        // No speaker before: the last capitalised name ("President Obama", "Mr. Clarke").
        if (m_mentions[speakers[s]].antecedent < 0 && person) {
            for (int t = head - 1; t >= 0 && t >= head - 400; --t) {
                if (isNameWord(t) && !has(t, SourcingTag::Title) && !m_masked[t] && sentenceFirst(t) != t
                    && (has(t - 1, SourcingTag::Title) || isNameWord(t - 1))) {
                    int first = t;
                    while (first - 1 >= 0 && (isNameWord(first - 1) || (isPunct(first - 1, u'.') && has(first - 2, SourcingTag::Abbreviation))))
                        --first;
                    const int m = addMention(first, t, t, u"name"_s);
                    m_mentions[speakers[s]].antecedent = m;
                    break;
                }
            }
        }
    }
    for (int s : std::as_const(speakers)) {
        Mention &pronoun = m_mentions[s];
        if (pronoun.pronoun && pronoun.antecedent >= 0) {
            pronoun.kind = m_mentions[pronoun.antecedent].kind;
            if (pronoun.kind == u"publication")
                pronoun.kind = u"named"_s;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Output

EngineResult SourcingAnalyzer::run()
{
    if (m_tokens.isEmpty())
        return {};
    tagTokens();
    maskFurniture();
    m_quoteSpans = QuoteFinder::find(m_text, m_tokenized);
    m_inQuote.fill(-1, m_tokens.size());
    QList<QPair<int, int>> ranges;
    ranges.reserve(m_quoteSpans.size());
    for (int q = 0; q < m_quoteSpans.size(); ++q) {
        const QuoteSpan &span = m_quoteSpans[q];
        for (int t = span.openToken; t <= span.lastToken; ++t)
            m_inQuote[t] = q;
        ranges.append({span.openToken, span.lastToken});
    }
    m_tokenizer.splitSentences(m_text, m_tokenized, ranges);

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
        quote.form = u"direct"_s;
        if (m_masked[span.openToken]) {
            // Inside a disclaimer or boilerplate: never a quote, at most a scare quote.
            quote.form = u"scare"_s;
            quote.dropped = span.words > 4;
            quote.confidence = 0.6;
            quote.reason = QCoreApplication::translate("Sourcing", "quoted phrase in page furniture (scare quote)");
        }
        m_directOf[q] = int(m_quotes.size());
        m_quotes.append(quote);
    }
    findCues();
    for (int c = 0; c < m_cues.size(); ++c) {
        // Verbs that only report what documents show ("the poll shows"); the document may
        // stand before a long description ("A 2014 study by two economists found").
        Cue &cue = m_cues[c];
        if (cue.type != CueType::Verb || !(m_lexicon.verb(cue.entry).classes & CueClass::Document))
            continue;
        if (cue.valid) {
            const Mention &subject = m_mentions[cue.subject];
            if (has(subject.head, SourcingTag::DocumentNoun) || subject.kind == u"publication" || is(subject.head, u"it"))
                continue;
        }
        cue.valid = false;
        const int first = sentenceFirst(cue.verb);
        for (int k = cue.first - 1; k >= first && k >= cue.first - 15; --k) {
            if (!isWord(k) && m_tokens[k].kind != TokenKind::Number && !isPunct(k, u'/') && !isPunct(k, u'-'))
                break;
            if (!has(k, SourcingTag::DocumentNoun) || isPossessive(k))
                continue;
            int start = k;
            for (int j = k - 1; j >= first && j >= k - 5; --j) {
                if (has(j, SourcingTag::Determiner) && !has(j, SourcingTag::Pronoun)) {
                    start = j;
                    break;
                }
                if (!(isWord(j) || m_tokens[j].kind == TokenKind::Number) || has(j, SourcingTag::Preposition | SourcingTag::Conjunction))
                    break;
                start = j;
            }
            const int m = addMention(start, cue.first - 1, k, u"document"_s);
            cue.subject = m;
            cue.valid = true;
            cue.coordinated = false;
            cue.subjectAfter = false;
            cue.blockFirst = start;
            cue.reason = QCoreApplication::translate("Sourcing", "%1 after a poll, study or report").arg(quoted(view(cue.verb)));
            break;
        }
    }
    for (Cue &cue : m_cues) {
        // "officials say", "they call": a plain present form needs a plural subject; "the
        // phone call" is a noun.
        if (cue.type == CueType::Verb && cue.valid && cue.first == cue.verb
            && m_tokens[cue.verb].form == VerbForm::Base) {
            const Mention &subject = m_mentions[cue.subject];
            const bool plural = subject.plural || is(subject.head, u"i") || is(subject.head, u"you");
            if (!plural)
                cue.valid = false;
        }
    }
    attributeTranscripts();
    attributeIndirect();
    dropNestedCues();
    attributeDirect();
    attributeAccording();
    resolvePronouns();
    return buildResult();
}

EngineResult SourcingAnalyzer::buildResult()
{
    EngineResult result;
    QHash<int, QString> mentionKeys;
    QHash<QPair<qsizetype, qsizetype>, QString> spanKeys;
    auto spanText = [&](qsizetype start, qsizetype end) { return QStringView(m_text).mid(start, end - start); };

    auto sourceKey = [&](int m) -> QString {
        if (m < 0)
            return {};
        if (mentionKeys.contains(m))
            return mentionKeys.value(m);
        const Mention &mention = m_mentions[m];
        int first = mention.first;
        if (mention.kind == u"publication" && first < mention.last && has(first, SourcingTag::Determiner))
            ++first; // "the Financial Times": the name without its article
        SuggestedSpan span;
        span.label = u"SOURCE"_s;
        span.start = m_tokens[first].start;
        span.end = m_tokens[mention.last].end;
        const auto position = qMakePair(span.start, span.end);
        if (spanKeys.contains(position)) {
            mentionKeys.insert(m, spanKeys.value(position));
            return spanKeys.value(position);
        }
        span.key = u"s%1"_s.arg(mentionKeys.size() + 1);
        span.attrs.insert(u"kind"_s, mention.kind);
        if (mention.pronoun) {
            span.confidence = mention.antecedent >= 0 ? 0.7 : 0.5;
            span.reason = mention.antecedent >= 0
                              ? QCoreApplication::translate("Sourcing", "pronoun standing for %1")
                                    .arg(quoted(spanText(m_tokens[m_mentions[mention.antecedent].first].start,
                                                         m_tokens[m_mentions[mention.antecedent].last].end)))
                              : QCoreApplication::translate("Sourcing", "pronoun; no earlier speaker found");
        } else if (mention.kind == u"publication") {
            span.confidence = 0.8;
            span.reason = QCoreApplication::translate("Sourcing", "publication name");
        } else if (mention.kind == u"anonymous") {
            span.confidence = 0.75;
            span.reason = QCoreApplication::translate("Sourcing", "description of an unnamed source");
        } else {
            span.confidence = 0.8;
            span.reason = QCoreApplication::translate("Sourcing", "speaker of a reporting cue");
        }
        mentionKeys.insert(m, span.key);
        spanKeys.insert(position, span.key);
        result.spans.append(span);
        return span.key;
    };
    QHash<int, QString> cueKeys;
    auto cueKey = [&](int c) -> QString {
        if (c < 0)
            return {};
        if (cueKeys.contains(c))
            return cueKeys.value(c);
        const Cue &cue = m_cues[c];
        SuggestedSpan span;
        span.label = u"CUE"_s;
        span.start = m_tokens[cue.first].start;
        span.end = m_tokens[cue.last].end;
        const auto position = qMakePair(span.start, span.end);
        if (spanKeys.contains(position)) {
            cueKeys.insert(c, spanKeys.value(position));
            return spanKeys.value(position);
        }
        span.key = u"c%1"_s.arg(cueKeys.size() + 1);
        span.confidence = cue.type == CueType::Hedge ? cue.confidence : (cue.used ? 0.8 : 0.5);
        if (cue.type == CueType::Verb && (m_lexicon.verb(cue.entry).classes & CueClass::Belief))
            span.confidence -= 0.1;
        span.reason = cue.reason;
        if (cue.type == CueType::Verb && !cue.used)
            span.reason += QCoreApplication::translate("Sourcing", "; no quoted content found");
        cueKeys.insert(c, span.key);
        spanKeys.insert(position, span.key);
        result.spans.append(span);
        return span.key;
    };

    int quoteNumber = 0;
    std::stable_sort(m_quotes.begin(), m_quotes.end(), [](const Quote &a, const Quote &b) { return a.start < b.start; });
    for (const Quote &quote : std::as_const(m_quotes)) {
        if (quote.dropped)
            continue;
        SuggestedSpan span;
        span.key = u"q%1"_s.arg(++quoteNumber);
        span.label = u"QUOTE"_s;
        span.start = quote.start;
        span.end = quote.end;
        span.attrs.insert(u"form"_s, quote.form);
        span.confidence = quote.confidence;
        span.reason = quote.reason;
        result.spans.append(span);
        if (quote.form == u"scare")
            continue;
        const QString source = sourceKey(quote.source);
        if (!source.isEmpty())
            result.relations.append({u"SPEAKER"_s, span.key, source});
        const QString cue = cueKey(quote.cue);
        if (!cue.isEmpty())
            result.relations.append({u"CUE"_s, span.key, cue});
        if (quote.via >= 0 && quote.via != quote.source)
            result.relations.append({u"VIA"_s, span.key, sourceKey(quote.via)});
    }
    // Cues without a quote: unattributed claims, and reporting verbs whose content we did not
    // find (with their speakers).
    for (int c = 0; c < m_cues.size(); ++c) {
        const Cue &cue = m_cues[c];
        if (!cue.valid || cueKeys.contains(c))
            continue;
        const bool verb = cue.type == CueType::Verb && (m_lexicon.verb(cue.entry).classes & CueClass::Loose);
        if (cue.type == CueType::Hedge || cue.type == CueType::According || verb) {
            cueKey(c);
            if (cue.subject >= 0)
                sourceKey(cue.subject);
        }
    }
    return result;
}

} // namespace Copydesk
