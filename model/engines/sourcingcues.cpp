#include "sourcingcues.h"

#include <QCoreApplication>

#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

bool SourcingCues::matchPhrase(int token, Cue &cue, int *phraseKind)
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

void SourcingCues::findCues()
{
    m_cueAt.fill(-1, m_tokens.size());
    const int n = int(m_tokens.size());
    for (int t = 0; t < n; ++t) {
        if (blocked(t) || !isWord(t))
            continue;
        if (has(t, SourcingTag::PhraseStart) && findPhraseCue(&t))
            continue;
        if (isReportingVerb(t))
            addVerbCue(&t);
    }
    for (Cue &cue : m_cues) {
        if (cue.type == CueType::Verb)
            findSubject(cue);
    }
    checkDocumentCues();
    checkPresentTense();
}

// A hedge ("reportedly") or "according to" at *t; moves *t to its last word.
bool SourcingCues::findPhraseCue(int *t)
{
    Cue cue;
    int kind = -1;
    if (!matchPhrase(*t, cue, &kind))
        return false;
    if (kind == LexiconPhrase::Hedge) {
        cue.type = CueType::Hedge;
        cue.valid = true;
        cue.confidence = 0.6;
        cue.reason = QCoreApplication::translate("Sourcing", "unattributed claim (%1)").arg(quoted(text(cue.first, cue.last)));
    } else if (kind == LexiconPhrase::According) {
        cue.type = CueType::According;
    } else {
        return true; // channel phrases are looked for next to verbs
    }
    cue.blockFirst = cue.first;
    m_cues.append(cue);
    m_cueAt[*t] = int(m_cues.size() - 1);
    *t = cue.last;
    return true;
}

// Whether a cue verb's form at t is used as a reporting verb: not a noun ("the report", "his
// claim", "for comment"), an infinitive ("to say"), an imperative or a passive ("was told").
bool SourcingCues::isReportingVerb(int t) const
{
    if (!has(t, SourcingTag::CueVerb) || m_tokens[t].entry < 0)
        return false;
    const int first = sentenceFirst(t);
    const quint8 form = m_tokens[t].form;
    const int previous = t - 1 >= first ? t - 1 : -1;
    if (previous >= 0 && isWord(previous)) {
        if (has(previous, SourcingTag::Determiner) && !has(previous, SourcingTag::Pronoun)
            && (is(previous, u"a") || is(previous, u"an") || is(previous, u"the") || is(previous, u"this")
                || is(previous, u"these") || is(previous, u"those") || is(previous, u"his") || is(previous, u"her")
                || is(previous, u"their") || is(previous, u"its") || is(previous, u"our") || is(previous, u"my")
                || is(previous, u"your") || is(previous, u"another") || is(previous, u"every")))
            return false;
        if (isPossessive(previous))
            return false;
        // "by saying", "after warning": a gerund keeps the sentence's subject.
        const bool gerund = (form & VerbForm::Ing)
                            && (is(previous, u"by") || is(previous, u"for") || is(previous, u"from") || is(previous, u"after")
                                || is(previous, u"before") || is(previous, u"without") || is(previous, u"while"));
        if (has(previous, SourcingTag::Preposition) && !has(previous, SourcingTag::Conjunction) && !gerund)
            return false;
        if (is(previous, u"to"))
            return false;
    }
    if (form == VerbForm::Base && (previous < 0 || !isWord(previous)))
        return false; // an imperative or a noun at the start of a clause
    // A passive ("was told", "is expected") is no statement by the subject.
    int k = t - 1;
    while (k >= first && isAdverb(k))
        --k;
    return !(k >= first && has(k, SourcingTag::Be) && (form & VerbForm::Participle) && !(form & VerbForm::Ing));
}

// The cue of the reporting verb at *t with its verb group ("has also said", "called for",
// "said:"); moves *t past a particle.
void SourcingCues::addVerbCue(int *t)
{
    const int verb = *t;
    const int first = sentenceFirst(verb);
    const CueVerbEntry &entry = m_lexicon.verb(m_tokens[verb].entry);
    Cue cue;
    cue.type = CueType::Verb;
    cue.verb = verb;
    cue.entry = m_tokens[verb].entry;
    cue.first = verb;
    cue.last = verb;
    const int sentenceEnd = sentenceLast(verb);
    if (verb + 1 <= sentenceEnd && isWord(verb + 1) && !blocked(verb + 1) && entry.particles.contains(lower(verb + 1))) {
        cue.last = verb + 1;
        cue.particle = true;
    }
    if (entry.particleOnly && !cue.particle)
        return;
    // The verb group: auxiliaries and "also", "not", "never" before the verb ("has also said").
    int k = verb - 1;
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
    m_cueAt[verb] = int(m_cues.size() - 1);
    if (cue.particle)
        ++*t;
}

// The subject of the sentence, after introductory words and phrases ("Last week, ...").
int SourcingCues::mainSubject(int sentence)
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

void SourcingCues::accept(Cue &cue, int mention, const QString &how)
{
    cue.subject = mention;
    cue.valid = true;
    cue.reason = how;
}

// The subject of a reporting verb: after it ("said Mr. Kamin"), before it ("Mr. Kamin
// said"), before an apposition ("Peskov, the Kremlin spokesman, said"), or shared with an
// earlier verb or the sentence ("... and added").
void SourcingCues::findSubject(Cue &cue)
{
    const Clause clause = clauseOf(cue);
    if (findSubjectAround(cue, clause) || findApposition(cue, clause))
        return;
    findSharedSubject(cue, clause);
}

SourcingCues::Clause SourcingCues::clauseOf(const Cue &cue) const
{
    Clause clause;
    const int first = sentenceFirst(cue.verb);
    clause.first = first;
    clause.last = sentenceLast(cue.verb);
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
    clause.before = g;
    clause.ing = (m_tokens[cue.verb].form & VerbForm::Ing) && cue.first == cue.verb;
    clause.gerund = clause.ing && g >= first && isWord(g) && has(g, SourcingTag::Preposition);
    clause.afterQuote = g >= 0 && isClosingMark(g);
    clause.afterComma = g >= first && isPunct(g, u',');
    clause.verb = view(cue.verb).toString();
    return clause;
}

// The speaker right after the verb or right before it. True when the search is over: found,
// or the word before the verb is none a reporting clause we understand has there.
bool SourcingCues::findSubjectAround(Cue &cue, const Clause &clause)
{
    const int first = clause.first;
    const int last = clause.last;
    const int g = clause.before;
    // "“...,” said Mr. Kamin", "..., said the source."
    if ((clause.afterQuote || clause.afterComma || g < first) && !clause.ing && cue.first == cue.verb) {
        const int m = parseForward(cue.last + 1, last);
        if (m >= 0) {
            const int after = m_mentions[m].last + 1;
            const bool ends = after > last || isPunct(after, u',') || isPunct(after, u'.') || isPunct(after, u':')
                              || m_tokens[after].kind == TokenKind::Dash || has(after, SourcingTag::Relative | SourcingTag::Preposition)
                              || has(after, SourcingTag::Time) || isPunct(after, u';');
            const bool pronounOk = !m_mentions[m].pronoun || clause.afterQuote || clause.afterComma;
            const bool opensColon = g < first && after <= last && isPunct(after, u':');
            if (ends && pronounOk && (clause.afterQuote || clause.afterComma || opensColon)) {
                cue.subjectAfter = true;
                accept(cue, m, QCoreApplication::translate("Sourcing", "reporting verb %1 before its speaker").arg(quoted(clause.verb)));
                return true;
            }
        }
    }
    if (g < first || !(isWord(g) || isPunct(g, u')')) || clause.gerund)
        return false;
    const int m = parseBackward(g, first);
    if (m >= 0) {
        cue.blockFirst = m_mentions[m].first;
        accept(cue, m, QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker").arg(quoted(clause.verb)));
        return true;
    }
    if (!isConjunctionWord(g))
        return true; // some other word: not a reporting clause we understand
    // "I laughed and said": the subject of the verb before the conjunction.
    if (g - 2 >= first && isAdjectiveLike(g - 1)) {
        const int subject = parseBackward(g - 2, first);
        if (subject >= 0 && (m_mentions[subject].pronoun || m_mentions[subject].personLike)) {
            cue.coordinated = true;
            cue.blockFirst = g;
            accept(cue, subject, QCoreApplication::translate("Sourcing", "reporting verb %1 sharing the subject of the verb before it")
                                     .arg(quoted(clause.verb)));
            return true;
        }
    }
    return false;
}

// "Peskov, the Kremlin spokesman, said" and "Trump, meanwhile, said".
bool SourcingCues::findApposition(Cue &cue, const Clause &clause)
{
    const int first = clause.first;
    const int g = clause.before;
    if (!clause.afterComma || clause.ing || g - 1 < first)
        return false;
    const int apposition = parseBackward(g - 1, first);
    if (apposition >= 0) {
        const int before = m_mentions[apposition].first - 1;
        if (before - 1 >= first && isPunct(before, u',')) {
            const int name = parseBackward(before - 1, first);
            if (name >= 0 && !m_mentions[name].pronoun) {
                const int merged = addMention(m_mentions[name].first, m_mentions[apposition].last,
                                              m_mentions[name].head, u"apposition"_s);
                cue.blockFirst = m_mentions[merged].first;
                accept(cue, merged, QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker")
                                        .arg(quoted(clause.verb)));
                return true;
            }
        }
    }
    // A parenthetical word between commas.
    if (g - 2 >= first && isWord(g - 1) && isPunct(g - 2, u',') && !isNameWord(g - 1)) {
        const int m = parseBackward(g - 3, first);
        if (m >= 0) {
            cue.blockFirst = m_mentions[m].first;
            accept(cue, m, QCoreApplication::translate("Sourcing", "reporting verb %1 after its speaker").arg(quoted(clause.verb)));
            return true;
        }
    }
    return false;
}

// A verb joined to an earlier one, or a participle: the subject carries over.
void SourcingCues::findSharedSubject(Cue &cue, const Clause &clause)
{
    const int first = clause.first;
    const int g = clause.before;
    const bool joined = g < first || clause.afterComma || clause.afterQuote || clause.gerund || isConjunctionWord(g)
                        || (g >= first && m_tokens[g].kind == TokenKind::Dash);
    if (!joined || (g < first && !clause.ing))
        return;
    if (g < first && clause.ing)
        return; // "Asked about it, ..." opens a sentence: no subject here
    const int self = int(&cue - m_cues.constData());
    for (int c = self - 1; c >= 0 && m_cues[c].last >= first; --c) {
        if (m_cues[c].type == CueType::Verb && m_cues[c].subject >= 0) {
            cue.coordinated = true;
            cue.blockFirst = isConjunctionWord(g) ? g : cue.first;
            accept(cue, m_cues[c].subject, QCoreApplication::translate("Sourcing", "reporting verb %1 sharing the subject of %2")
                                               .arg(quoted(clause.verb), quoted(view(m_cues[c].verb))));
            return;
        }
    }
    const int m = mainSubject(m_tokens[cue.verb].sentence);
    if (m >= 0 && m_mentions[m].last < cue.first - 1) {
        // The subject must not be followed directly by a reporting verb of its own (handled
        // above) and should be a speaker-like phrase.
        cue.coordinated = true;
        cue.blockFirst = isConjunctionWord(g) ? g : cue.first;
        accept(cue, m, QCoreApplication::translate("Sourcing", "reporting verb %1 sharing the sentence subject").arg(quoted(clause.verb)));
    }
}

// Verbs that only report what documents show ("the poll shows"); the document may stand
// before a long description ("A 2014 study by two economists found").
void SourcingCues::checkDocumentCues()
{
    for (Cue &cue : m_cues) {
        if (cue.type != CueType::Verb || !(m_lexicon.verb(cue.entry).classes & CueClass::Document))
            continue;
        if (cue.valid) {
            const Mention &subject = m_mentions[cue.subject];
            if (has(subject.head, SourcingTag::DocumentNoun) || subject.kind == SourceKind::Publication || is(subject.head, u"it"))
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
}

// "officials say", "they call": a plain present form needs a plural subject; "the phone call"
// is a noun.
void SourcingCues::checkPresentTense()
{
    for (Cue &cue : m_cues) {
        if (cue.type == CueType::Verb && cue.valid && cue.first == cue.verb
            && m_tokens[cue.verb].form == VerbForm::Base) {
            const Mention &subject = m_mentions[cue.subject];
            const bool plural = subject.plural || is(subject.head, u"i") || is(subject.head, u"you");
            if (!plural)
                cue.valid = false;
        }
    }
}

} // namespace Copydesk
