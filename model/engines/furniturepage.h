#pragma once

#include <vector>

#include <QList>
#include <QStringView>

#include "furniturelexicon.h"
#include "furnituretokenizer.h"

namespace Copydesk {

// A logical line of a page: one line of text, or several when a line breaks mid-sentence
// ("you\nagree to our terms"). The furniture engine labels whole units.
struct FurnitureUnit
{
    enum class Shape : quint8 {
        Short,    // menus, names, labels, widget buttons
        Sentence, // a short line that ends like a sentence
        Prose,    // a paragraph of running text
        Title,    // most words capitalised: a headline or a name list
    };

    qsizetype start = 0; // UTF-16, trimmed, end exclusive
    qsizetype end = 0;
    int block = 0;       // units of one block have no blank line between them
    int lines = 1;
    int firstToken = 0;  // into FurniturePage::tokens()
    int tokenCount = 0;
    int words = 0;       // word tokens (not symbols)
    int letterWords = 0;
    int stopWords = 0;
    int capitalized = 0; // letter words after the first that start upper case
    int allCaps = 0;
    bool terminal = false; // ends with . ! ? or … (before closing quotes)
    bool colon = false;    // ends with :
    Shape shape = Shape::Short;

    qsizetype length() const { return end - start; }
    double stopDensity() const { return words ? double(stopWords) / words : 0.0; }
    bool titleLike() const { return letterWords >= 4 && capitalized * 5 >= (letterWords - 1) * 4; }
    // Chinese, Japanese, Thai: long runs of letters without spaces
    bool spaceless() const { return length() > 15 * qMax(1, words); }
};

// The units of a text with their words and shape features; one pass over the text. Prose
// is told by its function words in English text, by length and sentence ends in others.
class FurniturePage final
{
public:
    FurniturePage(QStringView text, const FurnitureLexicon &lexicon);

    QStringView text() const { return m_text; }
    const QList<FurnitureUnit> &units() const { return m_units; }
    const std::vector<FurnitureToken> &tokens() const { return m_tokens; }
    bool english() const { return m_english; }
    const FurnitureToken *tokensOf(const FurnitureUnit &unit) const { return m_tokens.data() + unit.firstToken; }
    QStringView textOf(const FurnitureUnit &unit) const { return m_text.mid(unit.start, unit.length()); }

private:
    void measure(FurnitureUnit &unit, const FurnitureLexicon &lexicon);
    void classify(FurnitureUnit &unit, bool english);

    QStringView m_text;
    QList<FurnitureUnit> m_units;
    std::vector<FurnitureToken> m_tokens;
    bool m_english = true;
};

} // namespace Copydesk
