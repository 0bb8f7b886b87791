#include "sourcingspeakers.h"

#include <algorithm>

#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

void SourcingSpeakers::resolvePronouns()
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
            if (pronoun.kind == MentionKind::Publication)
                pronoun.kind = MentionKind::Named;
        }
    }
}


} // namespace Copydesk
