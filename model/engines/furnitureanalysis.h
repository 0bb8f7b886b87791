#pragma once

// The page-furniture rules over one document (FurnitureAnalysis) and the types they share;
// furnitureanalysis.cpp reads single lines, furniturelayout.cpp the page as a whole,
// furnitureengine.cpp wraps them as an engine.
#include <QList>
#include <QString>

#include "engine.h"
#include "furniturelexicon.h"
#include "furniturepage.h"

namespace Copydesk::Furniture {

using Shape = FurnitureUnit::Shape;
using Lexicon = FurnitureLexicon;

enum class Kind : quint8 { None, Boilerplate, Metadata, Disclaimer, Headline };

// Which rule labelled a unit; the reason users see is made from it.
enum class Rule : quint8 {
    None,
    Phrase,          // a lexicon phrase
    SyndicationId,   // HWIRE07112031...ID44556677
    Byline,          // "By Jane Doe"
    BylineName,      // the name after a lone "by"
    DateLine,        // "May 21, 2025, 9:02 AM"
    Handle,          // "@jane"
    Email,
    Link,            // a bare URL
    SlashCredit,     // "Jane Doe/Picture Desk"
    Repeated,        // recurs in other documents of the source
    Smoothed,        // short line between furniture lines
    Menu,            // one of many short lines outside the body
    AboveHeadline,   // short line above the headline
    DisclaimerText,  // the paragraph a disclaimer heading introduces
    SectionLink,     // a lone "Disclaimer" among links
    Headline,
    HeadlineTitle,   // equals the document's title
    Existing,        // a person's decision; not suggested again
};

struct Label
{
    Kind kind = Kind::None;
    Rule rule = Rule::None;
    int group = -1;          // lexicon group (reasons), also for smoothed lines
    double confidence = 0;
    qsizetype matchStart = 0; // the words that fired, for the reason
    qsizetype matchEnd = 0;
    int frequency = 0;
    int documents = 0;
    int spanKey = -1;        // disclaimers: the unit that starts the span
    bool outsideOnly = false; // evidence that only counts outside the body
    bool weakInBody = false;  // a phrase at the start or inside a sentence
};

struct InlineSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Metadata;
    QString reason;
    double confidence = 0.5;
};


QString labelName(Kind kind);
Kind kindOf(Lexicon::Label label);
QString groupName(QStringView id);
QString quoted(QStringView text);
bool isDashOrHyphen(QChar c); // - and the dashes of textclass.h
QString groupList(const Lexicon &lexicon, const QList<int> &groups);

// All the work of one annotate() call; lives on its stack.
class FurnitureAnalysis
{
public:
    FurnitureAnalysis(const EngineDocument &document, const CorpusContext *corpus, const Lexicon &lexicon)
        : m_document(document)
        , m_corpus(corpus)
        , m_lexicon(lexicon)
        , m_page(document.text, lexicon)
        , m_units(m_page.units())
        , m_labels(m_units.size())
    {
        m_creditGroup = lexicon.groupIndex(u"credit");
        m_navigationGroup = lexicon.groupIndex(u"navigation");
        m_byHash = FurnitureTokenizer::hashWord(u"by");
    }

    EngineResult run();

private:
    // evidence of single lines
    void respectExisting();
    void findEvidence(int index);
    bool phraseEvidence(int index);
    bool shapeEvidence(int index);
    void frequencyEvidence();
    bool isDateLine(const FurnitureUnit &unit) const;
    bool isNameLine(const FurnitureUnit &unit) const;
    // the page as a whole
    void findBody();
    void dropWeakEvidenceInBody();
    void findHeadline();
    void extendDisclaimers();
    void markAboveHeadline();
    void markMenus();
    void smooth();
    void findLeadCredits();
    bool findLeadCredit(int index);
    void findPhotoCredits();
    EngineResult spans() const;
    QString reasonOf(int first, int last) const;

    bool labelled(int index) const { return m_labels[index].kind != Kind::None; }
    // A short first line is a title even with a full stop (some feeds add one).
    bool firstLineTitle(int index) const
    {
        return index == 0 && m_units.size() > 1 && m_units[0].words <= 20 && m_units[0].lines == 1;
    }
    bool insideBody(int index) const { return index >= m_bodyStart && index <= m_bodyEnd; }
    QStringView textOf(int index) const { return m_page.textOf(m_units[index]); }
    void setLabel(int index, Kind kind, Rule rule, double confidence, int group = -1)
    {
        Label &label = m_labels[index];
        label = Label();
        label.kind = kind;
        label.rule = rule;
        label.confidence = confidence;
        label.group = group;
        label.matchStart = m_units[index].start;
        label.matchEnd = m_units[index].end;
    }

    const EngineDocument &m_document;
    const CorpusContext *m_corpus;
    const Lexicon &m_lexicon;
    FurniturePage m_page;
    const QList<FurnitureUnit> &m_units;
    QList<Label> m_labels;
    QList<bool> m_protected;      // people marked it body text (a quote): never furniture
    QList<bool> m_fromPerson;     // labelled by a person: evidence, not suggested
    QList<InlineSpan> m_inline;
    int m_bodyStart = 0;          // unit indexes of the article body, inclusive
    int m_bodyEnd = -1;
    int m_headline = -1;
    int m_creditGroup = -1;
    int m_navigationGroup = -1;
    quint64 m_byHash = 0;
};

} // namespace Copydesk::Furniture
