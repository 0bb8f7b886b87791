#pragma once

#include <QHash>

#include "sourcekind.h"
#include "sourcingtagging.h"

namespace Copydesk {

// A phrase that can speak (becomes a SOURCE span). Token ranges are inclusive.
struct Mention
{
    int first = 0;
    int last = 0;
    int head = 0;            // the word that decides what it is
    SourceKind kind = SourceKind::Person;
    bool pronoun = false;
    bool personLike = false;
    bool plural = false;
    int antecedent = -1;     // for pronouns: the mention it stands for
    QString how;             // which rule found it
};

// The second stage: noun phrases read from a reporting verb outwards, leftwards ("a senior
// European diplomat said") or rightwards ("said Mr. Kamin"), and what kind of source each is.
class SourcingMentions : public SourcingTagging
{
protected:
    using SourcingTagging::SourcingTagging;

    // A speaker that ends at token last / starts at token first, reading no further than limit;
    // the Mention index, or -1.
    int parseBackward(int last, int limit);
    int parseForward(int first, int limit);
    // The mention over first..last (the same one when asked twice).
    int addMention(int first, int last, int head, const QString &how);

    QList<Mention> m_mentions;

private:
    void classifyMention(Mention &mention);
    SourceKind namedKind(const Mention &mention, bool lowerHead) const;

    QHash<quint64, int> m_mentionAt; // (first, last) -> Mention
};

} // namespace Copydesk
