#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include "engine.h"
#include "quotefinder.h"
#include "wordtokenizer.h"

namespace Copydesk {

class SourcingLexicon;

// The sourcing rules run in stages over one document, each stage a class built on the one
// before it, one object per document and call (so the engine stays thread-safe; the lexicons
// are shared read-only):
//   SourcingTagging        tokens, lexicon tags, furniture, quotation marks, sentences (this file)
//   SourcingMentions       noun phrases that can speak: "a senior European diplomat", "he"
//   SourcingCues           reporting verbs, "according to", hedges, and their subjects
//   SourcingQuotes         reported speech: the content of a cue, "according to X, ..."
//   SourcingDirectQuotes   quotations and who said them; transcripts
//   SourcingSpeakers       what pronouns stand for
//   SourcingAnalyzer       the order of the stages and the suggestions they make
//
// This first stage also holds the word tests every later stage asks. Token ranges are
// inclusive; positions UTF-16.
class SourcingTagging
{
protected:
    SourcingTagging(const EngineDocument &document, const SourcingLexicon &lexicon, const WordTokenizer &tokenizer);
    ~SourcingTagging() = default;
    Q_DISABLE_COPY_MOVE(SourcingTagging)

    // Tags the words from the lexicon, masks furniture, finds the quotations and splits the
    // sentences around them.
    void tag();

    // Word tests
    QString lower(int t) const;
    QStringView view(int t) const;
    QStringView text(int first, int last) const; // tokens first..last
    static QString quoted(QStringView text);     // “text”, white space simplified
    bool isPunct(int t, QChar c) const;
    bool isWord(int t) const;
    bool has(int t, quint32 tags) const;
    bool is(int t, QStringView lowerWord) const;
    bool isNameWord(int t) const;
    // A capitalised word that names someone or something: not a title, and either inside a
    // sentence or, opening one, a word the document also capitalises inside sentences
    // ("Trump said") or none the reader takes for a common plural ("Analysts said").
    bool isProperName(int t) const;
    bool isNounWord(int t) const;
    bool isAdjectiveLike(int t) const;
    bool isAdverb(int t) const;
    bool isPossessive(int t) const;
    bool isTimeAdjunct(int t, int limit, int *end) const;
    bool isChannelPhrase(int t, int limit, int *end) const;
    bool isClosingMark(int t) const;
    bool isInitialStop(int t) const;
    bool isConjunctionWord(int t) const; // and, but, or, then
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

private:
    void tagTokens();
    void maskFurniture();
    void findQuotations();
    void findCapitalisedInside();

    QSet<QString> m_capitalisedInside; // words capitalised inside sentences of running text
};

} // namespace Copydesk
