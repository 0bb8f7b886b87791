#pragma once

#include "sourcingdirectquotes.h"

namespace Copydesk {

// The sixth stage: what pronouns stand for ("he" after "Mr. Kamin said"), so that the speaker
// of a quote is known by name.
class SourcingSpeakers : public SourcingDirectQuotes
{
protected:
    using SourcingDirectQuotes::SourcingDirectQuotes;

    void resolvePronouns();
};

} // namespace Copydesk
