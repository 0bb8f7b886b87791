#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "engine.h"
#include "quotefinder.h"
#include "wordtokenizer.h"

namespace Copydesk {

class SourcingLexicon;

// The sourcing rules over one document: quotations and their speakers, reporting cues,
// indirect and mixed quotes, unattributed claims. One analyzer per document and call, so the
// engine stays thread-safe; the lexicon is shared read-only.
class SourcingAnalyzer final
{
public:
    SourcingAnalyzer(const EngineDocument &document, const SourcingLexicon &lexicon, const WordTokenizer &tokenizer);
    EngineResult run();

private:
    // A speaker mention (becomes a SOURCE span). Token ranges are inclusive.
    struct Mention
    {
        int first = 0;
        int last = 0;
        int head = 0;            // the word that decides what it is
        QString kind;            // named, anonymous, publication
        bool pronoun = false;
        bool personLike = false;
        bool plural = false;
        int antecedent = -1;     // for pronouns: the mention it stands for
        QString how;             // which rule found it
        QString key;             // set when emitted
    };

    enum class CueType { Verb, According, Channel, Colon, Dash, Hedge };

    struct Cue
    {
        CueType type = CueType::Verb;
        int first = 0;           // tokens of the CUE span, inclusive
        int last = 0;
        int verb = -1;           // the reporting verb's token
        int entry = -1;          // CueVerbEntry
        bool particle = false;   // the span ends with a particle ("called for")
        int subject = -1;        // Mention
        bool subjectAfter = false; // "..., said Smith"
        bool coordinated = false;  // took its subject from an earlier verb or the sentence
        int blockFirst = 0;      // where the attribution (subject, conjunction) starts
        bool valid = false;      // a cue with a source (or a hedge)
        bool used = false;       // linked to a quote
        bool contentBefore = false; // closes a sentence: its content comes before it
        double confidence = 0.5;
        QString reason;
        QString key;
    };

    struct Quote
    {
        int first = 0;           // tokens, inclusive
        int last = 0;
        qsizetype start = 0;     // UTF-16
        qsizetype end = 0;
        QString form;            // direct, indirect, mixed, scare
        int source = -1;         // Mention
        int cue = -1;            // Cue
        int via = -1;            // Mention (a publication)
        int quoteSpan = -1;      // QuoteSpan index for quotes with marks
        bool dropped = false;
        double confidence = 0.5;
        QString reason;
    };

    // Setup
    void tagTokens();
    void maskFurniture();
    // Cues and subjects
    void findCues();
    bool matchPhrase(int token, Cue &cue, int *phraseKind);
    void findSubject(Cue &cue);
    int mainSubject(int sentence);
    // Noun phrases
    int parseBackward(int last, int limit);
    int parseForward(int first, int limit);
    int addMention(int first, int last, int head, const QString &how);
    void classifyMention(Mention &mention);
    void resolvePronouns();
    // Quotes
    void attributeIndirect();
    void dropNestedCues();
    void attributeAccording();
    void attributeDirect();
    void attributeTranscripts();
    bool headlineColon(const TokenParagraph &paragraph, int t);
    bool isIntroduced(const QuoteSpan &span) const;
    bool attributeAfter(Quote &quote, const QuoteSpan &span);
    bool attributeColonOrDash(Quote &quote, const QuoteSpan &span);
    void attributeToPunctuationCue(Quote &quote, CueType type, int token, int mention, const QString &cueReason,
                                   const QString &quoteReason);
    bool inherit(Quote &quote, const QuoteSpan &span, int index);
    int contentStart(const Cue &cue, bool *direct);
    int contentEnd(int from, int sentenceLast, int cueIndex);
    void addContentQuote(int cueIndex, int first, int last, const QString &how);
    EngineResult buildResult();

    // Token helpers
    QString lower(int t) const;
    QStringView view(int t) const;
    bool isPunct(int t, QChar c) const;
    bool isWord(int t) const;
    bool has(int t, quint32 tags) const;
    bool is(int t, QStringView lowerWord) const;
    bool isNameWord(int t) const;
    bool isNounWord(int t) const;
    bool isAdjectiveLike(int t) const;
    bool isAdverb(int t) const;
    bool isPossessive(int t) const;
    bool isTimeAdjunct(int t, int limit, int *end) const;
    bool isChannelPhrase(int t, int limit, int *end) const;
    bool isClosingMark(int t) const;
    bool isInitialStop(int t) const;
    int sentenceFirst(int t) const;
    int sentenceLast(int t) const;
    bool blocked(int t) const { return m_masked.at(t) || m_inQuote.at(t) >= 0; }

    const EngineDocument &m_document;
    const QString &m_text;
    const SourcingLexicon &m_lexicon;
    const WordTokenizer &m_tokenizer;
    TokenizedText m_tokenized;
    QList<Token> &m_tokens;
    QList<QuoteSpan> m_quoteSpans;
    QList<int> m_inQuote;       // per token: QuoteSpan index or -1
    QList<bool> m_masked;       // per token: inside DISCLAIMER/BOILERPLATE/METADATA
    QList<int> m_cueAt;         // per token: Cue index whose verb or phrase starts there, or -1
    QList<Mention> m_mentions;
    QList<Cue> m_cues;
    QList<Quote> m_quotes;
    QList<int> m_directOf;      // per QuoteSpan: its Quote
    QHash<quint64, int> m_mentionAt; // (first, last) -> Mention
    QHash<QString, int> m_capitalised; // how often each capitalised word occurs
};

} // namespace Copydesk
