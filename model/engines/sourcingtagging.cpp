#include "sourcingtagging.h"

#include <algorithm>

#include <QVarLengthArray>

#include "abbreviationlexicon.h"
#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

SourcingTagging::SourcingTagging(const EngineDocument &document, const SourcingLexicon &lexicon,
                                 const WordTokenizer &tokenizer)
    : m_document(document)
    , m_text(document.text)
    , m_lexicon(lexicon)
    , m_tokenizer(tokenizer)
    , m_tokenized(tokenizer.tokenize(document.text))
    , m_tokens(m_tokenized.tokens)
{
}

void SourcingTagging::tag()
{
    tagTokens();
    maskFurniture();
    findQuotations();
    findCapitalisedInside();
}

// Words capitalised inside a sentence of running text (not a title-case headline): the names
// of the document.
void SourcingTagging::findCapitalisedInside()
{
    for (const TokenSentence &sentence : std::as_const(m_tokenized.sentences)) {
        int words = 0;
        int lowerWords = 0;
        for (int t = sentence.first; t < sentence.last; ++t) {
            words += isWord(t);
            lowerWords += isWord(t) && !m_tokens.at(t).upper;
        }
        if (lowerWords * 2 < words)
            continue;
        for (int t = sentence.first + 1; t < sentence.last; ++t) {
            if (isWord(t) && m_tokens.at(t).upper && !m_masked.at(t))
                m_capitalisedInside.insert(view(t).toString());
        }
    }
}

bool SourcingTagging::isProperName(int t) const
{
    if (!isNameWord(t) || has(t, SourcingTag::Title | SourcingTag::Abbreviation))
        return false;
    if (sentenceFirst(t) != t || m_capitalisedInside.contains(view(t).toString()))
        return true;
    const QStringView word = view(t);
    return !(word.endsWith(u's') && !word.endsWith(u"ss") && !has(t, SourcingTag::NationalityGroup));
}

// Quotation marks, and the sentences around them: no sentence ends inside a quotation.
void SourcingTagging::findQuotations()
{
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
}

QString SourcingTagging::quoted(QStringView text)
{
    return u"\u201C"_s + text.toString().simplified() + u"\u201D"_s;
}

QStringView SourcingTagging::text(int first, int last) const
{
    return QStringView(m_text).mid(m_tokens.at(first).start, m_tokens.at(last).end - m_tokens.at(first).start);
}

bool SourcingTagging::isConjunctionWord(int t) const
{
    return is(t, u"and") || is(t, u"but") || is(t, u"or") || is(t, u"then");
}

// ---------------------------------------------------------------------------------------------
// Token helpers

QStringView SourcingTagging::view(int t) const
{
    const Token &token = m_tokens.at(t);
    return QStringView(m_text).mid(token.start, token.length());
}

QString SourcingTagging::lower(int t) const
{
    QString word = view(t).toString().toLower();
    word.replace(QChar(0x2019), u'\'');
    return word;
}

bool SourcingTagging::isWord(int t) const
{
    return t >= 0 && t < m_tokens.size() && m_tokens.at(t).kind == TokenKind::Word;
}

bool SourcingTagging::isPunct(int t, QChar c) const
{
    return t >= 0 && t < m_tokens.size() && m_tokens.at(t).kind == TokenKind::Punct && m_text.at(m_tokens.at(t).start) == c;
}

bool SourcingTagging::has(int t, quint32 tags) const
{
    return t >= 0 && t < m_tokens.size() && (m_tokens.at(t).tags & tags);
}

bool SourcingTagging::is(int t, QStringView lowerWord) const
{
    return isWord(t) && view(t).compare(lowerWord, Qt::CaseInsensitive) == 0;
}

bool SourcingTagging::isNameWord(int t) const
{
    if (!isWord(t) || !m_tokens.at(t).upper)
        return false;
    // A capitalised time word inside a sentence is part of a name ("the Evening Chronicle"),
    // except weekdays and months.
    if (has(t, SourcingTag::Time) && !has(t, SourcingTag::Calendar | (SourcingTag::Function & ~SourcingTag::Time))
        && sentenceFirst(t) != t)
        return true;
    if (has(t, SourcingTag::Function | SourcingTag::CueVerb | SourcingTag::NotSpeaker))
        return has(t, SourcingTag::Title | SourcingTag::PublicationHead | SourcingTag::PublicationName);
    return true;
}

bool SourcingTagging::isNounWord(int t) const
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

bool SourcingTagging::isAdjectiveLike(int t) const
{
    if (!isWord(t) || m_tokens.at(t).upper || has(t, SourcingTag::Function | SourcingTag::CueVerb))
        return false;
    const QStringView word = view(t);
    return word.size() >= 2 && !isAdverb(t);
}

bool SourcingTagging::isAdverb(int t) const
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

bool SourcingTagging::isPossessive(int t) const
{
    if (!isWord(t))
        return false;
    const QStringView word = view(t);
    return word.size() > 2 && (word.endsWith(u"'s") || word.endsWith(u"\u2019s") || word.endsWith(u"'S"));
}

bool SourcingTagging::isClosingMark(int t) const
{
    if (t < 0 || t >= m_tokens.size() || m_inQuote.at(t) < 0)
        return false;
    const QuoteSpan &span = m_quoteSpans.at(m_inQuote.at(t));
    return span.closeToken == t;
}

int SourcingTagging::sentenceFirst(int t) const
{
    return m_tokenized.sentences.at(m_tokens.at(t).sentence).first;
}

int SourcingTagging::sentenceLast(int t) const
{
    return m_tokenized.sentences.at(m_tokens.at(t).sentence).last - 1;
}

// "Sunday", "on Monday", "last week", "earlier this month", "in March"
bool SourcingTagging::isTimeAdjunct(int t, int limit, int *end) const
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
bool SourcingTagging::isChannelPhrase(int t, int limit, int *end) const
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

void SourcingTagging::tagTokens()
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

bool SourcingTagging::isInitialStop(int t) const
{
    // The full stop of an abbreviated title or an initial: "Mr.", "Sen.", "E."
    return isPunct(t, u'.') && !m_tokens.at(t).spaceBefore && t > 0 && isWord(t - 1)
           && (has(t - 1, SourcingTag::Abbreviation | SourcingTag::Title)
               || (m_tokens.at(t - 1).length() == 1 && m_tokens.at(t - 1).upper));
}

void SourcingTagging::maskFurniture()
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


} // namespace Copydesk
