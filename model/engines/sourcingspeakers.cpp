#include "sourcingspeakers.h"

#include <algorithm>

#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// The mentions that speak (subjects of cues), in text order.
QList<int> SourcingSpeakers::speakerMentions() const
{
    QList<int> speakers;
    for (const Cue &cue : std::as_const(m_cues)) {
        if (cue.valid && cue.subject >= 0 && !speakers.contains(cue.subject))
            speakers.append(cue.subject);
    }
    std::sort(speakers.begin(), speakers.end(), [&](int a, int b) { return m_mentions[a].first < m_mentions[b].first; });
    return speakers;
}

void SourcingSpeakers::resolveSpeakers()
{
    resolveMentions(speakerMentions());
}

void SourcingSpeakers::resolveMentions(const QList<int> &speakers)
{
    for (int s = 0; s < speakers.size(); ++s) {
        Mention &mention = m_mentions[speakers[s]];
        if (mention.pronoun)
            resolvePronoun(speakers, s);
        else if (const int named = earlierNamed(speakers, s); named >= 0)
            mention.antecedent = named;
        else
            mention.antecedent = describedSpeaker(speakers, s);
    }
    // A mention resolved is what it stands for: "he" for Mr. Kamin is a person.
    for (int s : speakers) {
        Mention &mention = m_mentions[s];
        if (mention.antecedent >= 0)
            mention.kind = m_mentions[root(s)].kind;
    }
}

int SourcingSpeakers::root(int mention) const
{
    for (int steps = 0; steps < 64 && m_mentions[mention].antecedent >= 0; ++steps)
        mention = m_mentions[mention].antecedent;
    return mention;
}

// The words of a mention that name someone, in lower case: "mike", "pompeo" of "US Secretary
// of State Mike Pompeo" (titles, abbreviations and nationalities left out; nothing in
// brackets).
QStringList SourcingSpeakers::nameWords(const Mention &mention) const
{
    QStringList words;
    for (int t = mention.first; t <= mention.last; ++t) {
        if (isPunct(t, u'('))
            break;
        if (isNameWord(t) && !has(t, SourcingTag::Title | SourcingTag::Abbreviation | SourcingTag::Nationality
                                         | SourcingTag::NationalityGroup | SourcingTag::PublicationHead)
            && !isInitialStop(t + 1)) {
            QString word = lower(t);
            if (word.endsWith(u"'s"))
                word.chop(2);
            words.append(word);
        }
    }
    return words;
}

// A name said again, in full or in part ("Pompeo", "Mike", "PENCE"): the last speaker before it
// whose name holds all its words.
int SourcingSpeakers::earlierNamed(const QList<int> &speakers, int s) const
{
    const QStringList words = nameWords(m_mentions[speakers[s]]);
    if (words.isEmpty())
        return -1;
    for (int previous = s - 1; previous >= 0; --previous) {
        const Mention &candidate = m_mentions[speakers[previous]];
        if (candidate.pronoun || candidate.first == m_mentions[speakers[s]].first)
            continue;
        const QStringList candidateWords = nameWords(candidate);
        if (candidateWords.isEmpty())
            continue;
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return candidateWords.contains(w); }))
            return speakers[previous];
    }
    return -1;
}

// "the senator", "the spokesman", "the department": the last named speaker whose mention holds
// that word, or its abbreviation ("Sen." for "senator").
int SourcingSpeakers::describedSpeaker(const QList<int> &speakers, int s) const
{
    const Mention &mention = m_mentions[speakers[s]];
    const int head = mention.head;
    if (mention.plural || mention.first >= head || !(is(mention.first, u"the") || is(mention.first, u"this"))
        || !isWord(head) || (m_tokens[head].upper && !has(head, SourcingTag::Title)))
        return -1;
    const QString word = lower(head);
    auto describes = [&](int t) {
        if (!isWord(t))
            return false;
        const QString other = lower(t);
        return other == word
               || (other.size() >= 2 && has(t, SourcingTag::Abbreviation | SourcingTag::Title) && isInitialStop(t + 1)
                   && word.startsWith(other));
    };
    for (int previous = s - 1; previous >= 0; --previous) {
        const Mention &candidate = m_mentions[speakers[previous]];
        if (candidate.pronoun || nameWords(candidate).isEmpty())
            continue;
        for (int t = candidate.first; t <= candidate.last; ++t) {
            if (t != candidate.head && describes(t))
                return speakers[previous];
        }
    }
    return -1;
}

// A pronoun stands for the last speaker that fits it; with no speaker before it, the last
// capitalised name.
void SourcingSpeakers::resolvePronoun(const QList<int> &speakers, int s)
{
    Mention &pronoun = m_mentions[speakers[s]];
    const int head = pronoun.head;
    // "I", "we", "you" speak for themselves (the writer, a speaker in a quotation): left
    // unresolved rather than given to the last name.
    if (is(head, u"i") || is(head, u"we") || is(head, u"you"))
        return;
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
                return;
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
            return;
        }
    }
    if (!person)
        return;
    // No speaker before: the last capitalised name ("President Obama", "Mr. Clarke").
    for (int t = head - 1; t >= 0 && t >= head - 400; --t) {
        if (isNameWord(t) && !has(t, SourcingTag::Title) && !m_masked[t] && sentenceFirst(t) != t
            && (has(t - 1, SourcingTag::Title) || isNameWord(t - 1))) {
            int first = t;
            while (first - 1 >= 0 && (isNameWord(first - 1) || (isPunct(first - 1, u'.') && has(first - 2, SourcingTag::Abbreviation))))
                --first;
            const int m = addMention(first, t, t, u"name"_s);
            if (m_mentions[m].kind != SourceKind::Person || !m_mentions[m].personLike)
                continue; // "the Democratic National Committee" is no "he"
            m_mentions[speakers[s]].antecedent = m;
            return;
        }
    }
}

} // namespace Copydesk
