#pragma once

#include <QList>
#include <QStringView>

#include "wordtokenizer.h"

namespace Copydesk {

// A quotation found by its marks. Only outermost quotations are reported; nested ones stay
// inside. Positions are UTF-16; token indexes refer to TokenizedText::tokens.
struct QuoteSpan
{
    qsizetype start = 0;    // the opening mark
    qsizetype end = 0;      // after the closing mark, or the paragraph end when unterminated
    int openToken = 0;
    int closeToken = -1;    // -1 when the quotation runs to the end of its paragraph
    int lastToken = 0;      // the closing mark or the paragraph's last token
    int paragraph = 0;
    bool single = false;    // single marks (‘...’)
    bool reopened = false;  // opens a paragraph after one whose quotation did not close
    bool continued = false; // does not close: the next paragraph opens with a mark
    bool nested = false;    // holds an inner quotation
    int words = 0;          // words inside the marks
};

// Pairs quotation marks paragraph by paragraph: straight and typographic marks of any style,
// « » and „ ", '' and ``, nested quotations, and quotations that run across paragraphs (a
// paragraph that ends inside a quotation continues when the next one opens with a mark).
// Apostrophes are told from single marks by the letters around them.
class QuoteFinder final
{
public:
    static QList<QuoteSpan> find(QStringView text, const TokenizedText &tokens);
};

} // namespace Copydesk
