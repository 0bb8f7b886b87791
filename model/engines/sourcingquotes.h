#pragma once

#include "sourcingcues.h"

namespace Copydesk {

// A QUOTE's "form" attribute.
enum class QuoteForm : quint8 {
    Direct,   // in quotation marks, introduced as the speaker's words
    Indirect, // reported speech without marks
    Mixed,    // reported speech holding a quotation, or a quotation finishing a sentence
    Scare,    // a word or phrase in marks that is nobody's statement
};
QString quoteFormName(QuoteForm form); // "direct", "indirect", "mixed", "scare"

struct Quote
{
    int first = 0;           // tokens, inclusive
    int last = 0;
    qsizetype start = 0;     // UTF-16
    qsizetype end = 0;
    QuoteForm form = QuoteForm::Direct;
    int source = -1;         // Mention
    int cue = -1;            // Cue
    int via = -1;            // Mention (a publication)
    int quoteSpan = -1;      // QuoteSpan index for quotes with marks
    bool dropped = false;
    double confidence = 0.5;
    QString reason;
};

// The fourth stage: every quotation starts as a direct quote; reported speech is read after
// (or before) its cue ("X said that ...", "..., officials said", "according to X, ...").
class SourcingQuotes : public SourcingCues
{
protected:
    using SourcingCues::SourcingCues;

    // One direct quote per quotation (a scare quote inside furniture); run before the cues.
    void seedQuotations();
    void attributeIndirect();
    // Drops reporting verbs inside what another source is reported to have said.
    void dropNestedCues();
    void attributeAccording();

    QList<Quote> m_quotes;
    QList<int> m_directOf; // per QuoteSpan: its Quote

private:
    int issuedDocument(int *mention, int limit);
    int contentStart(const Cue &cue, bool *direct);
    int contentEnd(int from, int sentenceLast, int cueIndex);
    void addContentQuote(int cueIndex, int first, int last, const QString &how);
};

} // namespace Copydesk
