#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Copydesk {

enum class TokenKind : quint8 {
    Word,    // letters and digits, with inner apostrophes, hyphens and initialism points
    Number,  // starts with a digit
    Punct,   // one punctuation character (an ellipsis "..." is one token)
    Quote,   // a quotation mark or apostrophe not inside a word; '' and `` are one token
    Dash,    // em, en and horizontal bar dashes, "--", and a hyphen between spaces
};

// One token of a text. Positions are UTF-16 indexes, end exclusive.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    int paragraph = 0;       // index into TokenizedText::paragraphs
    int sentence = -1;       // filled by SentenceSplitter
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
    QList<TokenSentence> sentences;    // filled by Tokenizer::splitSentences
};

// A light tokenizer for English news text. Pure function of the text: thread-safe.
class Tokenizer final
{
public:
    static TokenizedText tokenize(QStringView text);
    // Splits paragraphs into sentences at . ! ? followed by a capital, a digit or a mark, and
    // sets Token::sentence. Tokens whose tags meet abbreviationTags (Mr. Sen. Jan.) and single
    // initials keep their full stop. No sentence ends inside a protected token range (a
    // quotation: "Stop. Now," he said. is one sentence); ranges are first/last inclusive.
    static void splitSentences(QStringView text, TokenizedText &tokenized, quint32 abbreviationTags,
                               const QList<QPair<int, int>> &protectedRanges);

    static bool isQuoteChar(QChar c);
    static bool isDashChar(QChar c);
};

} // namespace Copydesk
