#pragma once

#include "sourcingmentions.h"

namespace Copydesk {

enum class CueType : quint8 {
    Verb,      // a reporting verb: "said", "has also warned", "called for"
    According, // "according to"
    Channel,   // "in a statement" (found next to verbs, never a cue of its own)
    Colon,     // "Smith: ..." and transcript lines
    Dash,      // "“...” — Smith"
    Hedge,     // "reportedly", "it is understood": a claim without a source
};

struct Cue
{
    CueType type = CueType::Verb;
    int first = 0;           // tokens of the CUE span, inclusive
    int last = 0;
    int verb = -1;           // the reporting verb's token
    int entry = -1;          // CueVerbEntry
    bool particle = false;   // the span ends with a particle ("called for")
    int subject = -1;        // Mention
    int via = -1;            // Mention: the document that carried the words ("according to a statement from X")
    bool subjectAfter = false; // "..., said Smith"
    bool coordinated = false;  // took its subject from an earlier verb or the sentence
    int blockFirst = 0;      // where the attribution (subject, conjunction) starts
    bool valid = false;      // a cue with a source (or a hedge)
    bool used = false;       // linked to a quote
    bool contentBefore = false; // closes a sentence: its content comes before it
    double confidence = 0.5;
    QString reason;
};

// The third stage: reporting verbs with their verb group, "according to" and hedges, and who
// is the subject of each verb.
class SourcingCues : public SourcingMentions
{
protected:
    using SourcingMentions::SourcingMentions;

    // Finds the cues and their subjects, then drops those that are no statement: verbs that
    // only report what documents show without a document subject, and plain present forms
    // without a plural subject ("the phone call").
    void findCues();

    QList<Cue> m_cues;
    QList<int> m_cueAt; // per token: Cue index whose verb or phrase starts there, or -1

private:
    bool findPhraseCue(int *t);
    bool matchPhrase(int token, Cue &cue, int *phraseKind);
    bool isReportingVerb(int t) const;
    void addVerbCue(int *t);
    // Where a verb stands in its sentence, as findSubject reads it.
    struct Clause
    {
        int first = 0;          // the sentence
        int last = 0;
        int before = 0;         // the token before the verb group and any time phrase
        bool ing = false;       // a bare "-ing" form
        bool gerund = false;    // "by saying"
        bool afterQuote = false;
        bool afterComma = false;
        QString verb;
    };
    void findSubject(Cue &cue);
    Clause clauseOf(const Cue &cue) const;
    bool findSubjectAround(Cue &cue, const Clause &clause);
    bool findApposition(Cue &cue, const Clause &clause);
    void findSharedSubject(Cue &cue, const Clause &clause);
    int mainSubject(int sentence);
    void checkDocumentCues();
    void checkPresentTense();
    void accept(Cue &cue, int mention, const QString &how);
};

} // namespace Copydesk
