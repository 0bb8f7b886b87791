#pragma once

#include <QStringList>

#include "sourcingdirectquotes.h"

namespace Copydesk {

// The sixth stage: who each speaker mention is. A pronoun stands for the last speaker that
// fits it ("he" after "Mr. Kamin said"); a short name for the fuller name before it ("Pompeo"
// after "US Secretary of State Mike Pompeo"); a description for the named speaker it describes
// ("the senator" after "Sen. Lindsey Graham"). Mention::antecedent holds the answer and
// becomes a REFERS_TO relation; a pronoun nobody fits stays unresolved.
class SourcingSpeakers : public SourcingDirectQuotes
{
protected:
    using SourcingDirectQuotes::SourcingDirectQuotes;

    void resolveSpeakers();
    // The same for any mentions taken as speakers, in text order.
    void resolveMentions(const QList<int> &speakers);

private:
    QList<int> speakerMentions() const;
    void resolvePronoun(const QList<int> &speakers, int s);
    int earlierNamed(const QList<int> &speakers, int s) const;
    int describedSpeaker(const QList<int> &speakers, int s) const;
    QStringList nameWords(const Mention &mention) const;
    int root(int mention) const;
};

} // namespace Copydesk
