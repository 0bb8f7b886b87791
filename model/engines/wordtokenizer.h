#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace Copydesk {

class AbbreviationLexicon;

enum class TokenKind : quint8 {
    Word,    // letters and digits, with inner apostrophes, hyphens and initialism points
    Number,  // starts with a digit
    Punct,   // one punctuation character or symbol (an ellipsis "...", an emoji with its modifiers)
    Quote,   // a quotation mark or apostrophe not inside a word; '' and `` are one token
    Dash,    // em, en and horizontal bar dashes, "--", and a hyphen between spaces
};

// One token of a text. Positions are UTF-16 indexes, end exclusive.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    int paragraph = 0;       // index into TokenizedText::paragraphs
    int sentence = -1;       // filled by WordTokenizer::splitSentences
    quint32 tags = 0;        // lexicon tags, filled by the caller
    qint16 entry = -1;       // lexicon entry (a cue verb), filled by the caller
    quint8 form = 0;         // verb form of that entry, filled by the caller
    TokenKind kind = TokenKind::Word;
    bool spaceBefore = false; // whitespace or the paragraph start right before
    bool spaceAfter = false;  // whitespace or the paragraph end right after
    bool upper = false;       // starts with an upper-case letter
    bool allCaps = false;     // two or more letters, none lower case

    qsizetype length() const { return end - start; }
};

// A run of text between line breaks; news text puts one paragraph on a line.
struct TokenParagraph
{
    int first = 0;  // first token
    int last = 0;   // one past the last token
    qsizetype start = 0;
    qsizetype end = 0;
};

struct TokenSentence
{
    int first = 0; // first token
    int last = 0;  // one past the last token
};

struct TokenizedText
{
    QList<Token> tokens;
    QList<TokenParagraph> paragraphs;  // only paragraphs with tokens
    QList<TokenSentence> sentences;    // filled by WordTokenizer::splitSentences
};

// Where the rule engines read the same text differently (WordTokenizer).
struct TokenConventions
{
    // "Trump's", "they're": one token (the sourcing rules read the possessive on the word),
    // or the word and its clitic "'s", "'re", "'m", "'ve", "'ll", "'d" (entities: the name
    // is "Trump").
    bool splitClitics = false;
    // "Mr.", "Inc.", "J.": the abbreviation keeps its full stop as one token, or the stop is
    // a token of its own (the sourcing rules tell it from a sentence end themselves).
    // Letters joined by stops ("U.S.") keep their last stop either way.
    bool attachAbbreviationStops = false;
};

// Splits English news text into words and punctuation for the rule engines (sourcing and
// entities): keeps "U.S.", "AT&T", "3.5", "12,000", "30-day" and "O'Brien" whole; emoji and
// other symbols are punctuation. The Penn-Treebank tokenizer of the learned tagger
// (TaggerTokenizer) and the hashing furniture tokenizer (FurnitureTokenizer) have other jobs.
// Thread-safe: a pure function of the text once constructed.
class WordTokenizer final
{
public:
    explicit WordTokenizer(const AbbreviationLexicon &abbreviations, TokenConventions conventions = {});

    TokenizedText tokenize(QStringView text) const;

    // Splits paragraphs into sentences at . ! ? followed by a capital, a digit or a mark, and
    // sets Token::sentence. Abbreviations (Mr. Sen. Jan.) and single initials keep their full
    // stop. No sentence ends inside a protected token range (a quotation: "Stop. Now," he
    // said. is one sentence); ranges are first/last inclusive, sorted.
    void splitSentences(QStringView text, TokenizedText &tokenized,
                        const QList<QPair<int, int>> &protectedRanges) const;

    const AbbreviationLexicon &abbreviations() const { return m_abbreviations; }

private:
    qsizetype scanWord(QStringView text, qsizetype start) const;
    qsizetype scanOther(QStringView text, qsizetype start, TokenKind *kind) const;

    const AbbreviationLexicon &m_abbreviations;
    TokenConventions m_conventions;
};

// The length of a clitic after an apostrophe at i ("'s", "'m", "'re", "'ve", "'ll", "'d"),
// or 0.
qsizetype cliticLength(QStringView text, qsizetype i);

} // namespace Copydesk
