#pragma once

#include <QHash>

#include "sourcingquotes.h"

namespace Copydesk {

// The fifth stage: who said the words in quotation marks (a verb after or before them, a
// colon or a dash, the speaker of the paragraph), which quotations are titles, echoes or scare
// quotes, and transcript lines ("WALLACE: ...").
class SourcingDirectQuotes : public SourcingQuotes
{
protected:
    using SourcingQuotes::SourcingQuotes;

    void attributeTranscripts();
    void attributeDirect();

private:
    bool isPending(int quoteSpan) const; // a direct quote with no speaker yet
    void dropTitles();
    void attributeQuotations();
    void attributeEchoes();
    void settleEmbedded();
    bool headlineColon(const TokenParagraph &paragraph, int t);
    int withoutStageDirections(int first, int *last) const;
    bool isIntroduced(const QuoteSpan &span) const;
    bool attributeAfter(Quote &quote, const QuoteSpan &span);
    bool attributeColonOrDash(Quote &quote, const QuoteSpan &span);
    int addPunctuationCue(CueType type, int token, int mention, double confidence, const QString &reason);
    void attributeToPunctuationCue(Quote &quote, CueType type, int token, int mention, const QString &cueReason,
                                   const QString &quoteReason);
    bool inherit(Quote &quote, const QuoteSpan &span, int index);

    QHash<QString, int> m_capitalised; // how often each capitalised word occurs
};

} // namespace Copydesk
