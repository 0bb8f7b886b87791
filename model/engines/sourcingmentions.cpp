#include "sourcingmentions.h"

#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool isPhrasePreposition(QStringView word)
{
    return word.compare(u"of", Qt::CaseInsensitive) == 0 || word.compare(u"for", Qt::CaseInsensitive) == 0
           || word.compare(u"at", Qt::CaseInsensitive) == 0 || word.compare(u"on", Qt::CaseInsensitive) == 0
           || word.compare(u"from", Qt::CaseInsensitive) == 0;
}

} // namespace


int SourcingMentions::addMention(int first, int last, int head, const QString &how)
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

void SourcingMentions::classifyMention(Mention &mention)
{
    const int head = mention.head;
    if (has(head, SourcingTag::Pronoun | SourcingTag::Relative) && mention.first == mention.last) {
        mention.pronoun = true;
        mention.personLike = has(head, SourcingTag::PronounPerson | SourcingTag::PronounPlural) || is(head, u"who");
        mention.plural = has(head, SourcingTag::PronounPlural);
        mention.kind = SourceKind::Unresolved; // until SourcingSpeakers finds who it is
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
    // "MSNBC host Chris Matthews", "Times reporter Jane Doe": someone who works for a
    // publication is a person.
    if (publication && isNameWord(head) && !has(head, SourcingTag::PublicationName | SourcingTag::PublicationHead)) {
        for (int t = mention.first; t < head && publication; ++t)
            publication = !(has(t, SourcingTag::PersonNoun | SourcingTag::Title) && !m_tokens.at(t).upper);
    }
    const bool sentenceInitial = sentenceFirst(head) == head;
    const bool lowerHead = !m_tokens.at(head).upper || sentenceInitial;
    const QStringView headWord = view(head);
    mention.plural = coordinated
                     || (headWord.endsWith(u's') && !headWord.endsWith(u"ss") && !isPossessive(head)
                         && (isNounWord(head) || !m_tokens.at(head).upper || sentenceInitial || headWord.size() > 4))
                     || is(head, u"police") || is(head, u"people") || is(head, u"staff") || is(head, u"media")
                     || is(head, u"percent");
    bool named = false;
    if (publication && has(head, SourcingTag::DocumentNoun) && lowerHead) {
        mention.kind = SourceKind::Document; // "a Bloomberg poll", "the Times report"
    } else if (publication && !has(head, SourcingTag::Noun & ~SourcingTag::DocumentNoun)) {
        mention.kind = SourceKind::Publication;
    } else if (has(head, SourcingTag::AnonymousNoun) && lowerHead) {
        mention.kind = SourceKind::Anonymous;
    } else if (has(head, SourcingTag::Determiner) && mention.first == mention.last) {
        mention.kind = SourceKind::Anonymous; // "some say", "many believe"
        mention.plural = true;
    } else {
        named = true;
    }
    mention.personLike = mention.kind != SourceKind::Publication
                         && (title || has(head, SourcingTag::PersonNoun | SourcingTag::AnonymousNoun)
                             || (isNameWord(head) && !has(head, SourcingTag::OrganisationNoun)
                                 && !has(mention.first, SourcingTag::Determiner)));
    if (named)
        mention.kind = namedKind(mention, lowerHead);
}

// The kind of a mention that is no publication and no plain anonymous source: a document ("a
// statement"), a title ("the President"), a named person or organisation, or, with no name
// in it, an unnamed group or organisation ("analysts", "the campaign").
SourceKind SourcingMentions::namedKind(const Mention &mention, bool lowerHead) const
{
    const int head = mention.head;
    if (has(head, SourcingTag::DocumentNoun) && lowerHead)
        return SourceKind::Document;
    bool name = false;
    for (int t = mention.first; t <= mention.last && !name; ++t)
        name = isProperName(t) && !has(t, SourcingTag::Nationality | SourcingTag::NationalityGroup);
    if (has(head, SourcingTag::Nationality) && !has(head, SourcingTag::NationalityGroup)) {
        // A nationality on its own is no name: "the Wisconsin Republican" is a person described,
        // "Israeli" or "two Arab" an unnamed source.
        const bool described = mention.first < head && has(mention.first, SourcingTag::Determiner)
                               && !has(mention.first, SourcingTag::Pronoun);
        return described && !mention.plural ? SourceKind::Person : SourceKind::Anonymous;
    }
    if (!name) {
        if (has(head, SourcingTag::Title))
            return SourceKind::Person; // "the President": one person, named by office
        if (has(head, SourcingTag::OrganisationNoun))
            return SourceKind::Organisation;
        return SourceKind::Anonymous; // "analysts", "Israelis"
    }
    return mention.personLike ? SourceKind::Person : SourceKind::Organisation;
}

// A speaker that ends at token `last`, read leftwards: "a senior European diplomat",
// "Kremlin spokesman Dmitry Peskov", "Ukraine and its allies", "attorneys for the family", "he".
int SourcingMentions::parseBackward(int last, int limit)
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
        if (isNameWord(k) || (has(k, SourcingTag::Title) && !has(k, SourcingTag::Function)) || isNounWord(k) || isPossessive(k)) {
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
int SourcingMentions::parseForward(int first, int limit)
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
        if (isNameWord(k) || (has(k, SourcingTag::Title) && !has(k, SourcingTag::Function)) || isNounWord(k)) {
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
    // "two Arab envoys": a nationality adjective takes the noun after it along.
    if (committed == head && has(head, SourcingTag::Nationality) && !has(head, SourcingTag::NationalityGroup)
        && head + 1 <= limit && isWord(head + 1) && !m_tokens.at(head + 1).upper && !has(head + 1, SourcingTag::CueVerb)
        && (isNounWord(head + 1) || (view(head + 1).endsWith(u's') && !view(head + 1).endsWith(u"ss")))) {
        ++head;
        committed = head;
    }
    return addMention(first, committed, head, u"subject"_s);
}


} // namespace Copydesk
