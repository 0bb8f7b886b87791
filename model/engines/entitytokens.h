#pragma once

#include <vector>

#include <QString>
#include <QStringView>

#include "wordtokenizer.h"

namespace Copydesk {

// One token as the entity rules read it: the WordTokenizer's token with its text, lower-case
// form and shape. Positions are UTF-16 indexes into the text.
struct EntityToken
{
    enum Shape : quint8 {
        Other,      // punctuation, symbols
        Number,     // starts with a digit: "30", "1996-08-30", "30-day"
        Lower,      // starts with a lower-case letter
        Capital,    // starts with an upper-case letter, not all capitals: "Trump", "McDonald"
        Upper,      // all capitals, two or more letters: "NATO", "U.S.", "EU"
        Initial,    // one capital letter, with or without full stop: "W.", "J"
    };

    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString lower;                // text in lower case (word tokens)
    Shape shape = Other;
    int line = 0;                 // index of the line (paragraph) the token is on
    bool sentenceStart = false;   // first word of a sentence, line, or quotation
    bool spaceBefore = false;     // whitespace (or the text's start) before the token

    bool isWord() const { return shape != Other; }
    bool isCapitalised() const { return shape == Capital || shape == Upper || shape == Initial; }
    bool is(QStringView word) const { return text == word; }
};

// The conventions the entity rules need from the WordTokenizer: "Trump" "'s" split, and "Mr.",
// "Inc.", "J." whole with their stop.
constexpr TokenConventions entityConventions{true, true};

// The text's tokens for entity recognition (the tokenizer must follow the conventions above),
// with sentence starts marked.
std::vector<EntityToken> entityTokens(QStringView text, const WordTokenizer &tokenizer);

// The same splitting of a short name, as the words joined by single spaces: the key under which
// gazetteers store names so that lookups in running text find them.
QString entityKey(QStringView name, const WordTokenizer &tokenizer);

} // namespace Copydesk
