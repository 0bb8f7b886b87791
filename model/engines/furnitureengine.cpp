// The page-furniture engine: marks what is not the article on a news page (site names,
// navigation, share and sign-up widgets, legal disclaimers, IDs, bylines, datelines,
// credits, the headline) with plain-text rules: phrase lists, the shape of each line, its
// place around the article body, its neighbours (as jusText smooths short lines between
// boilerplate) and how often it recurs in other documents of the same source.
#include "builtinengines.h"
#include "engine.h"
#include "furniturelexicon.h"
#include "furniturepage.h"
#include "htmlfurniture.h"

#include <algorithm>
#include <climits>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

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

QString labelName(Kind kind)
{
    switch (kind) {
    case Kind::Boilerplate: return u"BOILERPLATE"_s;
    case Kind::Metadata: return u"METADATA"_s;
    case Kind::Disclaimer: return u"DISCLAIMER"_s;
    case Kind::Headline: return u"HEADLINE"_s;
    case Kind::None: break;
    }
    return {};
}

Kind kindOf(Lexicon::Label label)
{
    switch (label) {
    case Lexicon::Boilerplate: return Kind::Boilerplate;
    case Lexicon::Metadata: return Kind::Metadata;
    case Lexicon::Disclaimer: return Kind::Disclaimer;
    case Lexicon::LabelCount: break;
    }
    return Kind::None;
}

// What users read for a lexicon group (the group ids are those of the lexicon files).
QString groupName(QStringView id)
{
    static const std::pair<const char16_t *, const char *> names[] = {
        {u"legal", QT_TRANSLATE_NOOP("FurnitureEngine", "legal disclaimer")},
        {u"investment", QT_TRANSLATE_NOOP("FurnitureEngine", "investment disclaimer")},
        {u"views", QT_TRANSLATE_NOOP("FurnitureEngine", "opinion disclaimer")},
        {u"notice", QT_TRANSLATE_NOOP("FurnitureEngine", "editor's note or correction")},
        {u"credit", QT_TRANSLATE_NOOP("FurnitureEngine", "wire credit")},
        {u"byline", QT_TRANSLATE_NOOP("FurnitureEngine", "byline")},
        {u"contrib", QT_TRANSLATE_NOOP("FurnitureEngine", "reporting credit")},
        {u"photo", QT_TRANSLATE_NOOP("FurnitureEngine", "photo credit")},
        {u"readtime", QT_TRANSLATE_NOOP("FurnitureEngine", "reading time")},
        {u"bio", QT_TRANSLATE_NOOP("FurnitureEngine", "note about the author")},
        {u"embed", QT_TRANSLATE_NOOP("FurnitureEngine", "embedded post")},
        {u"about", QT_TRANSLATE_NOOP("FurnitureEngine", "about the company or author")},
        {u"contact", QT_TRANSLATE_NOOP("FurnitureEngine", "press contact")},
        {u"site", QT_TRANSLATE_NOOP("FurnitureEngine", "site name or tagline")},
        {u"share", QT_TRANSLATE_NOOP("FurnitureEngine", "share widget")},
        {u"follow", QT_TRANSLATE_NOOP("FurnitureEngine", "follow widget")},
        {u"signup", QT_TRANSLATE_NOOP("FurnitureEngine", "sign-up widget")},
        {u"cookie", QT_TRANSLATE_NOOP("FurnitureEngine", "cookie notice")},
        {u"terms", QT_TRANSLATE_NOOP("FurnitureEngine", "terms and policies")},
        {u"copyright", QT_TRANSLATE_NOOP("FurnitureEngine", "copyright line")},
        {u"navigation", QT_TRANSLATE_NOOP("FurnitureEngine", "navigation")},
        {u"comments", QT_TRANSLATE_NOOP("FurnitureEngine", "comments widget")},
        {u"ads", QT_TRANSLATE_NOOP("FurnitureEngine", "advertising")},
        {u"sections", QT_TRANSLATE_NOOP("FurnitureEngine", "section links")},
    };
    for (const auto &[key, name] : names) {
        if (id == QStringView(key))
            return QCoreApplication::translate("FurnitureEngine", name);
    }
    return id.toString();
}

QString quoted(QStringView text)
{
    QString simple = text.toString().simplified();
    if (simple.size() > 48)
        simple = simple.left(45).trimmed() + u'\u2026';
    return simple;
}

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-': case u'\u2013': case u'\u2014': case u'\u2015': case u'\u2012':
        return true;
    default:
        return false;
    }
}

// Joins a few lexicon group names in order of appearance.
QString groupList(const Lexicon &lexicon, const QList<int> &groups)
{
    QStringList names;
    for (int group : groups) {
        const QString name = group >= 0 ? groupName(lexicon.group(group).id) : QString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
        if (names.size() == 3)
            break;
    }
    return names.join(u", ");
}

// All the work of one annotate() call; lives on its stack.
class Analysis
{
public:
    Analysis(const EngineDocument &document, const CorpusContext *corpus, const Lexicon &lexicon)
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

EngineResult Analysis::run()
{
    const int count = int(m_units.size());
    m_protected.fill(false, count);
    m_fromPerson.fill(false, count);
    respectExisting();
    for (int i = 0; i < count; ++i) {
        if (!labelled(i) && !m_protected[i])
            findEvidence(i);
    }
    frequencyEvidence();
    findBody();
    dropWeakEvidenceInBody();
    findHeadline();
    extendDisclaimers();
    markAboveHeadline();
    markMenus();
    smooth();
    findLeadCredits();
    findPhotoCredits();
    return spans();
}

void Analysis::respectExisting()
{
    for (const SuggestedSpan &span : m_document.existing) {
        Kind kind = Kind::None;
        if (span.label == u"BOILERPLATE")
            kind = Kind::Boilerplate;
        else if (span.label == u"METADATA")
            kind = Kind::Metadata;
        else if (span.label == u"DISCLAIMER")
            kind = Kind::Disclaimer;
        else if (span.label == u"HEADLINE")
            kind = Kind::Headline;
        else if (span.label != u"QUOTE")
            continue;
        for (int i = 0; i < m_units.size(); ++i) {
            const FurnitureUnit &unit = m_units[i];
            if (unit.end <= span.start || unit.start >= span.end)
                continue;
            if (kind == Kind::None) {
                m_protected[i] = true;
            } else {
                // inside or overlapping a person's furniture span: no second suggestion
                m_fromPerson[i] = true;
                if (span.start <= unit.start && span.end >= unit.end) {
                    setLabel(i, kind, Rule::Existing, 1.0);
                    if (kind == Kind::Headline)
                        m_headline = i;
                }
            }
        }
    }
}

void Analysis::findEvidence(int index)
{
    if (phraseEvidence(index))
        return;
    shapeEvidence(index);
}

bool Analysis::phraseEvidence(int index)
{
    const FurnitureUnit &unit = m_units[index];
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    const bool closing = index >= m_units.size() - 2;
    const Lexicon::Hits hits = m_lexicon.match(m_page.text(), tokens, unit.tokenCount, unit.words, closing);
    // strongest match first; on a tie disclaimers, then metadata, then boilerplate
    static constexpr Lexicon::Label order[] = {Lexicon::Disclaimer, Lexicon::Metadata, Lexicon::Boilerplate};
    const Lexicon::Hit *best = nullptr;
    Lexicon::Label bestLabel = Lexicon::Boilerplate;
    for (const Lexicon::Label label : order) {
        const Lexicon::Hit &hit = hits[label];
        if (!hit.found)
            continue;
        // "...in New York. Jane Doe/Getty Images" ends a caption; "...he told Reuters." a sentence
        if (hit.match == Lexicon::Match::End && unit.terminal)
            continue;
        if (!best || hit.match < best->match) {
            best = &hit;
            bestLabel = label;
        }
    }
    if (!best)
        return false;
    const Lexicon::Group &group = m_lexicon.group(best->group);
    if (group.heading) {
        // "About Acme Corp." over the company's standard paragraph, near the end of a release
        if (unit.words > 6 || unit.terminal || unit.start * 5 < m_page.text().size() * 2)
            return false;
    }
    if (group.endOnly) {
        // "Jane Doe is a columnist for...": only as the page's closing lines
        const bool name = unit.tokenCount >= 2 && tokens[0].has(FurnitureToken::Capitalized)
                          && tokens[1].has(FurnitureToken::Capitalized);
        if (!name)
            return false;
    }
    double confidence = best->match == Lexicon::Match::Line ? 0.9 : best->match == Lexicon::Match::Start ? 0.8 : 0.7;
    if (group.heading)
        confidence = 0.55; // a release's "About" paragraph: some keep it as part of the story
    setLabel(index, kindOf(bestLabel), Rule::Phrase, confidence, best->group);
    Label &label = m_labels[index];
    label.matchStart = tokens[best->firstToken].start;
    label.matchEnd = tokens[best->endToken - 1].end;
    label.outsideOnly = group.outsideOnly;
    // "Sign up for..." opening a sentence between paragraphs of the article is likelier
    // the article's own sentence than a widget; whole-line phrases and +long groups stay.
    label.weakInBody = bestLabel == Lexicon::Boilerplate && best->match != Lexicon::Match::Line && !group.longLines
                       && unit.shape != Shape::Short && unit.shape != Shape::Title;
    if (bestLabel == Lexicon::Disclaimer || group.heading)
        label.spanKey = index;
    return true;
}

bool Analysis::isDateLine(const FurnitureUnit &unit) const
{
    if (unit.words == 0 || unit.words > 14 || unit.shape == Shape::Prose)
        return false;
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    const QStringView text = m_page.text();
    int strong = 0;
    int weak = 0;
    int numbers = 0;
    bool time = false;
    for (int i = 0; i < unit.tokenCount; ++i) {
        const FurnitureToken &token = tokens[i];
        if (token.has(FurnitureToken::Symbol))
            continue;
        if (token.has(FurnitureToken::AllDigits)) {
            ++numbers;
            if (token.end < unit.end && text[token.end] == u':' && i + 1 < unit.tokenCount
                && tokens[i + 1].start == token.end + 1 && tokens[i + 1].has(FurnitureToken::AllDigits))
                time = true;
            continue;
        }
        const int date = m_lexicon.dateWord(token.hash);
        if (date == 2) {
            ++strong;
            continue;
        }
        if (date == 1) {
            ++weak;
            continue;
        }
        if (m_lexicon.isStopWord(token.hash))
            continue;
        // "19th", "2pm", "21/05/2025" pieces
        if (token.has(FurnitureToken::HasDigit) && token.end - token.start <= 6)
            continue;
        return false;
    }
    // "May 21, 2025", "9:24 pm ET", "Updated an hour ago"; not a lone "Monday"
    return time || (strong > 0 && numbers > 0) || (strong > 0 && strong + weak >= 2);
}

// "Jane Doe", "JOHN SMITH": two to five capitalised words and no sentence.
bool Analysis::isNameLine(const FurnitureUnit &unit) const
{
    if (unit.words < 2 || unit.words > 5 || unit.terminal || unit.colon || unit.letterWords != unit.words)
        return false;
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    for (int i = 0; i < unit.tokenCount; ++i) {
        if (!tokens[i].has(FurnitureToken::Capitalized) && !tokens[i].has(FurnitureToken::AllCaps)
            && !m_lexicon.isStopWord(tokens[i].hash))
            return false;
    }
    return unit.stopWords <= 1;
}

bool Analysis::shapeEvidence(int index)
{
    const FurnitureUnit &unit = m_units[index];
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    const QStringView text = textOf(index);

    // One word of letters and many digits: a syndication or story ID.
    if (unit.tokenCount == 1 && tokens[0].digits >= 8 && !tokens[0].has(FurnitureToken::Handle) && tokens[0].end - tokens[0].start >= 10
        && tokens[0].end - tokens[0].start + 2 >= unit.length()) {
        setLabel(index, Kind::Metadata, Rule::SyndicationId, 0.9);
        return true;
    }
    if (!text.contains(u' ')) {
        if (text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u"www.")) {
            // in the body, a link is a source the article cites
            setLabel(index, Kind::Boilerplate, Rule::Link, 0.6);
            m_labels[index].outsideOnly = true;
            return true;
        }
        if (unit.tokenCount == 1 && tokens[0].has(FurnitureToken::Handle)) {
            // in the body it signs a reader's letter or a quoted post
            setLabel(index, Kind::Metadata, Rule::Handle, 0.6);
            m_labels[index].outsideOnly = true;
            return true;
        }
        const qsizetype at = text.indexOf(u'@');
        if (at > 0 && text.indexOf(u'.', at) > at + 1 && unit.tokenCount >= 3) {
            setLabel(index, Kind::Metadata, Rule::Email, 0.6);
            return true;
        }
    }
    // "By Jane Doe", "By JOHN SMITH, Associated Press", "By Jane Doe and John Roe"
    if (unit.tokenCount >= 2 && unit.words <= 12 && tokens[0].hash == m_byHash && !unit.colon
        && (tokens[0].has(FurnitureToken::Capitalized) || tokens[0].has(FurnitureToken::AllCaps))) {
        int names = 0;
        bool ok = true;
        for (int i = 1; i < unit.tokenCount && ok; ++i) {
            const FurnitureToken &token = tokens[i];
            if (token.has(FurnitureToken::Capitalized) || token.has(FurnitureToken::AllCaps))
                ++names;
            else if (!m_lexicon.isStopWord(token.hash) && !token.has(FurnitureToken::Handle)
                     && !token.has(FurnitureToken::Symbol) && m_lexicon.dateWord(token.hash) == 0
                     && !token.has(FurnitureToken::AllDigits))
                ok = false;
        }
        if (ok && names >= 1 && (!unit.terminal || unit.words <= 6)) {
            setLabel(index, Kind::Metadata, Rule::Byline, 0.8, m_lexicon.groupIndex(u"byline"));
            return true;
        }
    }
    if (isDateLine(unit)) {
        // in the body, times head the entries of a live blog
        setLabel(index, Kind::Metadata, Rule::DateLine, 0.75);
        m_labels[index].outsideOnly = true;
        return true;
    }
    // "Jane Doe/Picture Desk": a short credit of capitalised names with a slash
    if (unit.words >= 2 && unit.words <= 6 && text.contains(u'/') && unit.capitalized + 1 >= unit.letterWords
        && unit.letterWords == unit.words) {
        setLabel(index, Kind::Metadata, Rule::SlashCredit, 0.6, m_lexicon.groupIndex(u"photo"));
        return true;
    }
    return false;
}

void Analysis::frequencyEvidence()
{
    if (!m_corpus)
        return;
    const QStringView source = m_document.source;
    const int documents = m_corpus->documentCount(source);
    if (documents < 3)
        return;
    // Short lines recur as widgets and menus; a sentence of the article only when the
    // article itself recurs (an update, a duplicate), so sentences must recur in many.
    const int shortLimit = qMax(3, qMin((documents + 19) / 20, 50));
    const int proseLimit = qMax(3, (documents * 3 + 9) / 10);
    const QStringView text = m_page.text();
    QList<int> frequencies(m_units.size(), 0);
    qsizetype proseLength = 0;
    qsizetype repeatedProse = 0;
    for (int i = 0; i < m_units.size(); ++i) {
        const FurnitureUnit &unit = m_units[i];
        int frequency = INT_MAX;
        qsizetype lineStart = unit.start;
        while (lineStart < unit.end) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0 || lineEnd > unit.end)
                lineEnd = unit.end;
            const QStringView line = text.mid(lineStart, lineEnd - lineStart).trimmed();
            if (!line.isEmpty())
                frequency = qMin(frequency, m_corpus->lineDocumentFrequency(source, line));
            lineStart = lineEnd + 1;
        }
        frequencies[i] = frequency == INT_MAX ? 0 : frequency;
        if (unit.shape == Shape::Prose) {
            proseLength += unit.length();
            if (frequencies[i] >= shortLimit)
                repeatedProse += unit.length();
        }
    }
    // most of the prose recurs: this document is a copy of another, not a template
    const bool copy = proseLength > 0 && repeatedProse * 2 >= proseLength;
    for (int i = 0; i < m_units.size(); ++i) {
        if (labelled(i) || m_protected[i])
            continue;
        const FurnitureUnit &unit = m_units[i];
        const bool sentence = unit.shape == Shape::Prose || unit.shape == Shape::Sentence;
        if (sentence && copy)
            continue;
        const int frequency = frequencies[i];
        if (frequency < (sentence ? proseLimit : shortLimit))
            continue;
        const double share = double(frequency) / documents;
        setLabel(i, Kind::Boilerplate, Rule::Repeated, qMin(0.95, 0.6 + 0.4 * share));
        m_labels[i].frequency = frequency;
        m_labels[i].documents = documents;
    }
}

// The article body: the stretch of units where running text outweighs menus and widgets
// (the largest-sum run, prose counting for its length and short lines against it).
void Analysis::findBody()
{
    qint64 best = 0;
    qint64 sum = 0;
    int start = 0;
    m_bodyStart = int(m_units.size());
    m_bodyEnd = -1;
    for (int i = 0; i < m_units.size(); ++i) {
        const FurnitureUnit &unit = m_units[i];
        qint64 score = 0;
        // weak evidence counts against the body too: inside it the prose around outweighs it
        if (labelled(i) && !m_labels[i].outsideOnly) {
            score = -10 - (m_labels[i].kind == Kind::Boilerplate ? unit.length() / 4 : 0);
        } else {
            switch (unit.shape) {
            case Shape::Prose: score = firstLineTitle(i) ? -20 : unit.length(); break;
            case Shape::Sentence: score = firstLineTitle(i) ? -20 : unit.length() / 2; break;
            case Shape::Title: score = -20; break;
            case Shape::Short: score = -20 - unit.length() / 2; break;
            }
        }
        if (sum <= 0) {
            sum = 0;
            start = i;
        }
        sum += score;
        if (sum > best) {
            best = sum;
            m_bodyStart = start;
            m_bodyEnd = i;
        }
    }
}

void Analysis::dropWeakEvidenceInBody()
{
    // Weak evidence at the edges of the body ("Read the rest here." as its last line) is
    // furniture after all: the body is what lies between.
    while (m_bodyEnd >= m_bodyStart && labelled(m_bodyEnd))
        --m_bodyEnd;
    while (m_bodyStart <= m_bodyEnd && labelled(m_bodyStart))
        ++m_bodyStart;
    if (m_bodyEnd < m_bodyStart) {
        m_bodyStart = int(m_units.size());
        m_bodyEnd = -1;
    }
    for (int i = m_bodyStart; i <= m_bodyEnd; ++i) {
        Label &label = m_labels[i];
        if (m_fromPerson[i])
            continue;
        // a section name between paragraphs is a subheading; a widget phrase opening a
        // sentence there is the article's sentence
        if (label.outsideOnly || label.weakInBody)
            label = Label();
    }
}

void Analysis::findHeadline()
{
    if (m_headline >= 0)
        return;
    const int count = int(m_units.size());
    const QString title = m_document.meta.value(u"title").toString().simplified();
    if (!title.isEmpty()) {
        const int limit = m_bodyEnd >= 0 ? m_bodyEnd : count - 1;
        for (int i = 0; i <= limit; ++i) {
            if (!labelled(i) && !m_protected[i] && textOf(i).toString().simplified().compare(title, Qt::CaseInsensitive) == 0) {
                setLabel(i, Kind::Headline, Rule::HeadlineTitle, 0.95);
                m_headline = i;
                return;
            }
        }
    }
    if (m_bodyEnd < 0)
        return;
    const auto candidate = [&](int i) {
        const FurnitureUnit &unit = m_units[i];
        if (labelled(i) || m_protected[i] || unit.colon || (unit.shape == Shape::Prose && !firstLineTitle(i)))
            return false;
        if (unit.words < 2 || unit.words > 30 || unit.length() > 250 || unit.lines > 2 || isNameLine(unit))
            return false;
        const QStringView text = textOf(i);
        if (text.front().isLower() || text.back() == u',')
            return false;
        // a score line or a table row
        int numbers = 0;
        const FurnitureToken *tokens = m_page.tokensOf(unit);
        for (int t = 0; t < unit.tokenCount; ++t)
            numbers += tokens[t].has(FurnitureToken::AllDigits);
        if (numbers * 3 > unit.words)
            return false;
        // A sentence ends with a full stop; a headline only when it is title-cased or the
        // page's first line (some feeds add the stop).
        if (unit.terminal && !unit.titleLike() && !(i == 0 && unit.words <= 20))
            return false;
        return true;
    };
    int chosen = -1;
    // the same line twice above the body (page title and heading) is the headline; a
    // line of a menu may recur more often
    for (int i = 0; i < m_bodyStart && chosen < 0; ++i) {
        if (!candidate(i) || m_units[i].words < 4)
            continue;
        int copies = 0;
        for (int j = 0; j < m_bodyStart; ++j)
            copies += j != i && textOf(j) == textOf(i);
        if (copies == 1)
            chosen = i;
    }
    if (chosen < 0) {
        // else the nearest candidate above the body, passing bylines, dates, a deck and up
        // to two short labels ("Key points", a section name)
        int labels = 0;
        for (int i = m_bodyStart - 1; i >= 0; --i) {
            const bool label = !labelled(i) && m_units[i].words <= 3 && !m_units[i].terminal;
            if (candidate(i) && !(label && labels < 2 && i > 0)) {
                chosen = i;
                break;
            }
            if (label && labels < 2) {
                ++labels;
                continue;
            }
            if (!labelled(i))
                break;
        }
        // a headline with a deck under it: the deck is longer, or the headline title-cased
        if (chosen > 0 && candidate(chosen - 1) && !m_units[chosen].titleLike()
            && ((m_units[chosen].words >= 12 && m_units[chosen - 1].words < m_units[chosen].words)
                || m_units[chosen - 1].titleLike()))
            chosen = chosen - 1;
    }
    if (chosen < 0)
        return;
    m_headline = chosen;
    // a first line with a full stop may be a short first paragraph after all
    const FurnitureUnit &line = m_units[chosen];
    setLabel(chosen, Kind::Headline, Rule::Headline, line.shape == Shape::Title ? 0.8 : line.terminal ? 0.5 : 0.7);
    for (int j = chosen + 1; j < m_bodyStart; ++j) {
        if (!labelled(j) && textOf(j) == textOf(chosen))
            setLabel(j, Kind::Headline, Rule::Headline, m_labels[chosen].confidence);
    }
}

// "Legal Disclaimer:" takes the paragraph after it; a disclaimer sentence takes the rest of
// its paragraph. A lone "Disclaimer" among links is a link. Boilerplate headings ("About
// Acme Corp.") take their paragraph too.
void Analysis::extendDisclaimers()
{
    const int count = int(m_units.size());
    for (int i = 0; i < count; ++i) {
        if (m_labels[i].rule != Rule::Phrase || m_labels[i].spanKey != i)
            continue;
        const Kind kind = m_labels[i].kind;
        const FurnitureUnit &unit = m_units[i];
        const bool heading = unit.colon || unit.words <= 4;
        int last = i;
        if (heading) {
            const int next = i + 1;
            const bool free = next < count && !m_protected[next]
                              && (!labelled(next) || (m_labels[next].kind == kind && m_labels[next].rule == Rule::Phrase));
            const bool prose = free && (m_units[next].shape == Shape::Prose || m_units[next].shape == Shape::Sentence);
            if (!prose) {
                if (kind == Kind::Disclaimer && !unit.colon) {
                    setLabel(i, Kind::Boilerplate, Rule::SectionLink, 0.6, m_navigationGroup);
                    m_labels[i].spanKey = -1;
                }
                continue;
            }
            last = next;
            // a heading over a paragraph with its own disclaimer words: two signs, not one
            if (labelled(next)) {
                const double both = qMin(0.95, qMax(m_labels[i].confidence, m_labels[next].confidence) + 0.1);
                m_labels[i].confidence = both;
                m_labels[next].confidence = both;
            }
        }
        // the rest of the paragraph (lines without a blank line between)
        while (last + 1 < count && m_units[last + 1].block == m_units[last].block && !labelled(last + 1)
               && !m_protected[last + 1])
            ++last;
        for (int j = i + 1; j <= last; ++j) {
            if (!labelled(j))
                setLabel(j, kind, Rule::DisclaimerText, m_labels[i].confidence, m_labels[i].group);
            m_labels[j].spanKey = i;
        }
        i = last;
    }
}

// Above the headline sit the site's name, its tagline and menus.
void Analysis::markAboveHeadline()
{
    // a few lines only: below a long head the headline found is likelier wrong
    if (m_headline <= 0 || m_headline > 6 || m_labels[m_headline].rule == Rule::Existing)
        return;
    for (int i = 0; i < m_headline; ++i) {
        const FurnitureUnit &unit = m_units[i];
        if (labelled(i) || m_protected[i] || unit.terminal || unit.words > 8 || unit.shape == Shape::Prose)
            continue;
        setLabel(i, Kind::Boilerplate, Rule::AboveHeadline, 0.45);
    }
}

// Outside the body, four or more short lines in a row are a menu or a list of links: lines
// of a few words each, apart from the body (a list straight after the last paragraph may
// still be the article's).
void Analysis::markMenus()
{
    const int count = int(m_units.size());
    const auto menuLine = [&](int i) {
        const Shape shape = m_units[i].shape;
        return !labelled(i) && !m_protected[i] && !insideBody(i) && (shape == Shape::Short || shape == Shape::Title);
    };
    int i = 0;
    while (i < count) {
        if (!menuLine(i)) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < count && menuLine(last + 1))
            ++last;
        int terse = 0;
        for (int j = i; j <= last; ++j)
            terse += m_units[j].words <= 5;
        const bool touchesBody = (m_bodyEnd >= 0 && i == m_bodyEnd + 1) || last + 1 == m_bodyStart;
        if (last - i >= 3 && terse * 4 >= (last - i + 1) * 3 && !touchesBody) {
            for (int j = i; j <= last; ++j)
                setLabel(j, Kind::Boilerplate, Rule::Menu, 0.5, m_navigationGroup);
        }
        i = last + 1;
    }
}

// jusText's context rule: a run of short lines takes the label of the furniture around it.
// Outside the body the page's edges and the headline count as furniture; inside the body a
// run needs furniture on both sides and sentences never change.
void Analysis::smooth()
{
    const int count = int(m_units.size());
    const auto smoothable = [&](int i) {
        if (labelled(i) || m_protected[i])
            return false;
        const Shape shape = m_units[i].shape;
        if (shape == Shape::Short || shape == Shape::Title)
            return true;
        return shape == Shape::Sentence && !insideBody(i);
    };
    int i = 0;
    while (i < count) {
        if (!smoothable(i)) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < count && smoothable(last + 1))
            ++last;
        const int before = i - 1;
        const int after = last + 1;
        const auto kindAt = [&](int j) { return j < 0 || j >= count ? Kind::None : m_labels[j].kind; };
        const auto edge = [&](int j) { return j < 0 || j >= count; };
        const Kind left = kindAt(before);
        const Kind right = kindAt(after);
        const bool inBody = insideBody(i) && insideBody(last);
        Kind kind = Kind::None;
        double confidence = 0.6;
        int group = -1;
        const auto shortRun = [&] {
            for (int j = i; j <= last; ++j) {
                if (m_units[j].words > 6)
                    return false;
            }
            return last - i < 2;
        };
        if (left == Kind::Boilerplate && right == Kind::Boilerplate) {
            kind = left;
            group = m_labels[before].group;
        } else if (left == Kind::Metadata && right == Kind::Metadata && shortRun()) {
            kind = left; // "Nov 18, 2019" "at" "9:24 pm ET"
            group = m_labels[before].group;
        } else if (!inBody && (left == Kind::Boilerplate || right == Kind::Boilerplate)
                   && (edge(before) || edge(after))) {
            kind = Kind::Boilerplate;
            confidence = 0.5;
            group = left == Kind::Boilerplate ? m_labels[before].group : m_labels[after].group;
        } else if (!inBody && last == i && (left == Kind::Metadata || right == Kind::Metadata)
                   && (left == Kind::Headline || right == Kind::Headline || left == right)
                   && isNameLine(m_units[i])) {
            kind = Kind::Metadata; // the author's name between the headline and a date line
            confidence = 0.5;
        }
        if (kind != Kind::None) {
            for (int j = i; j <= last; ++j)
                setLabel(j, kind, Rule::Smoothed, confidence, group);
        }
        i = last + 1;
    }
    // the name after a lone "By"
    for (int j = 0; j + 1 < count; ++j) {
        if (m_labels[j].kind == Kind::Metadata && m_units[j].tokenCount == 1
            && m_page.tokensOf(m_units[j])[0].hash == m_byHash && !labelled(j + 1) && !m_protected[j + 1]
            && isNameLine(m_units[j + 1]))
            setLabel(j + 1, Kind::Metadata, Rule::BylineName, 0.7);
    }
}

// "(HWIRE) Harbour officials...", "OSLOBY (AP) — The...", "PORT MERIDIAN — Ingrid Vale...":
// the wire credit and dateline at the start of the article's first paragraph.
void Analysis::findLeadCredits()
{
    // the first paragraph (or its first line: "OSLOBY (AP) — What we know so far:"), which
    // may come after a deck or a caption between the headline and the body
    const int first = qMax(0, m_headline + 1);
    const int last = qMax(first, m_bodyStart);
    for (int i = first; i < m_units.size() && i <= last; ++i) {
        if (labelled(i) || m_protected[i] || m_units[i].shape == Shape::Title || m_units[i].words < 4)
            continue;
        if (findLeadCredit(i))
            return;
    }
}

bool Analysis::findLeadCredit(int lead)
{
    const FurnitureUnit &unit = m_units[lead];
    const QStringView text = m_page.text();
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    // "(Agency)" first
    if (text[unit.start] == u'(') {
        const qsizetype close = text.indexOf(u')', unit.start);
        if (close > unit.start + 1 && close - unit.start <= 40) {
            int inner = 0;
            bool caps = true;
            while (inner < unit.tokenCount && tokens[inner].end <= close) {
                caps = caps && tokens[inner].has(FurnitureToken::AllCaps);
                ++inner;
            }
            bool agency = inner > 0 && inner <= 4 && caps;
            if (!agency && inner > 0 && inner <= 6) {
                const Lexicon::Hits hits = m_lexicon.match(text, tokens, inner, inner);
                const Lexicon::Hit &hit = hits[Lexicon::Metadata];
                agency = hit.found && hit.match == Lexicon::Match::Line && hit.group == m_creditGroup;
            }
            if (agency && (close + 1 >= unit.end || text[close + 1].isSpace() || isDash(text[close + 1]))) {
                m_inline.append({unit.start, close + 1, Kind::Metadata, QCoreApplication::translate("FurnitureEngine", "wire credit at the start of the first paragraph"), 0.85});
                return true;
            }
        }
    }
    // "CITY[, State][, Date] [(Agency)] — "
    if (unit.tokenCount < 2 || !tokens[0].has(FurnitureToken::AllCaps) || tokens[0].end - tokens[0].start < 3)
        return false;
    const qsizetype limit = qMin(unit.end, unit.start + 90);
    for (qsizetype p = unit.start + 2; p + 1 < limit; ++p) {
        if (!isDash(text[p]))
            continue;
        // a dash with a space after it ("- ", "— ", "-- "), not inside a word
        qsizetype dashEnd = p + 1;
        while (dashEnd < limit && isDash(text[dashEnd]))
            ++dashEnd;
        if (dashEnd >= unit.end || !text[dashEnd].isSpace())
            continue;
        if (!text[p - 1].isSpace() && text[p] == u'-')
            continue;
        // the city in capitals ("NEW YORK", not "FBI Director James Comey"), then names,
        // numbers, dates, abbreviations and "(Agency)"
        bool ok = true;
        bool city = true;
        int words = 0;
        for (int t = 0; t < unit.tokenCount && tokens[t].end <= p; ++t) {
            const FurnitureToken &token = tokens[t];
            ++words;
            if (t > 0 && (text[tokens[t - 1].end] == u',' || text.mid(tokens[t - 1].end, token.start - tokens[t - 1].end).contains(u'(')))
                city = false;
            const bool capitals = token.has(FurnitureToken::AllCaps)
                                  || (token.end - token.start == 1 && token.has(FurnitureToken::Capitalized));
            if (city && !capitals)
                ok = false;
            if (!token.has(FurnitureToken::Capitalized) && !token.has(FurnitureToken::AllCaps)
                && !token.has(FurnitureToken::AllDigits) && m_lexicon.dateWord(token.hash) == 0)
                ok = false;
        }
        if (!ok || words < 1 || words > 10)
            return false;
        m_inline.append({unit.start, dashEnd, Kind::Metadata, QCoreApplication::translate("FurnitureEngine", "dateline"), 0.75});
        return true;
    }
    return false;
}

// "... on the quay at dawn. (Jane Doe/Picture Desk)": the credit at the end of a caption.
void Analysis::findPhotoCredits()
{
    const QStringView text = m_page.text();
    for (int i = 0; i < m_units.size(); ++i) {
        const FurnitureUnit &unit = m_units[i];
        if (labelled(i) || m_protected[i] || unit.words > 80)
            continue;
        qsizetype end = unit.end;
        if (text[end - 1] == u'.')
            --end;
        if (end - unit.start < 5 || text[end - 1] != u')')
            continue;
        const qsizetype open = text.lastIndexOf(u'(', end - 1);
        if (open < unit.start || end - open > 60 || open == unit.start)
            continue;
        const QStringView inner = text.mid(open + 1, end - open - 2);
        if (!inner.contains(u'/') || inner.isEmpty() || !inner.front().isUpper())
            continue;
        int words = 0;
        bool capitals = true;
        const FurnitureToken *tokens = m_page.tokensOf(unit);
        for (int t = 0; t < unit.tokenCount; ++t) {
            if (tokens[t].start <= open || tokens[t].end >= end)
                continue;
            ++words;
            if (!tokens[t].has(FurnitureToken::Capitalized) && !tokens[t].has(FurnitureToken::AllCaps)
                && !m_lexicon.isStopWord(tokens[t].hash))
                capitals = false;
        }
        if (words >= 2 && words <= 8 && capitals)
            m_inline.append({open, end, Kind::Metadata, QCoreApplication::translate("FurnitureEngine", "photo credit"), 0.7});
    }
}

QString Analysis::reasonOf(int first, int last) const
{
    const Label &label = m_labels[first];
    if (first == last || (label.kind == Kind::Disclaimer && label.rule == Rule::Phrase)) {
        const QString group = label.group >= 0 ? groupName(m_lexicon.group(label.group).id) : QString();
        const QString words = quoted(m_page.text().mid(label.matchStart, label.matchEnd - label.matchStart));
        switch (label.rule) {
        case Rule::Phrase:
            switch (label.kind) {
            case Kind::Disclaimer: return QCoreApplication::translate("FurnitureEngine", "disclaimer phrase: '%1'").arg(words);
            case Kind::Metadata: return QCoreApplication::translate("FurnitureEngine", "metadata phrase (%1): '%2'").arg(group, words);
            default: return QCoreApplication::translate("FurnitureEngine", "boilerplate phrase (%1): '%2'").arg(group, words);
            }
        case Rule::SyndicationId: return QCoreApplication::translate("FurnitureEngine", "syndication ID");
        case Rule::Byline: return QCoreApplication::translate("FurnitureEngine", "byline");
        case Rule::BylineName: return QCoreApplication::translate("FurnitureEngine", "byline: name after \"by\"");
        case Rule::DateLine: return QCoreApplication::translate("FurnitureEngine", "date or time line");
        case Rule::Handle: return QCoreApplication::translate("FurnitureEngine", "social media handle");
        case Rule::Email: return QCoreApplication::translate("FurnitureEngine", "e-mail address");
        case Rule::Link: return QCoreApplication::translate("FurnitureEngine", "bare link");
        case Rule::SlashCredit: return QCoreApplication::translate("FurnitureEngine", "photo credit");
        case Rule::Repeated:
            return QCoreApplication::translate("FurnitureEngine", "repeated in %1 of %2 documents of this source").arg(label.frequency).arg(label.documents);
        case Rule::AboveHeadline: return QCoreApplication::translate("FurnitureEngine", "head cluster: short line above the headline");
        case Rule::SectionLink: return QCoreApplication::translate("FurnitureEngine", "navigation: '%1' among links").arg(words);
        case Rule::Headline: return QCoreApplication::translate("FurnitureEngine", "headline: title line above the article body");
        case Rule::HeadlineTitle: return QCoreApplication::translate("FurnitureEngine", "headline: matches the document's title");
        case Rule::Menu: return QCoreApplication::translate("FurnitureEngine", "navigation: run of short lines outside the article");
        case Rule::DisclaimerText:
        case Rule::Smoothed:
        case Rule::Existing:
        case Rule::None:
            break;
        }
    }
    QList<int> groups;
    bool repeated = false;
    bool aboveHeadline = false;
    for (int i = first; i <= last; ++i) {
        groups.append(m_labels[i].group);
        repeated = repeated || m_labels[i].rule == Rule::Repeated;
        aboveHeadline = aboveHeadline || m_labels[i].rule == Rule::AboveHeadline;
    }
    QString what = groupList(m_lexicon, groups);
    if (repeated)
        what = what.isEmpty() ? QCoreApplication::translate("FurnitureEngine", "lines repeated in other documents of this source")
                              : QCoreApplication::translate("FurnitureEngine", "%1; lines repeated in other documents of this source").arg(what);
    if (what.isEmpty())
        what = label.kind == Kind::Metadata ? QCoreApplication::translate("FurnitureEngine", "bylines and dates")
               : aboveHeadline              ? QCoreApplication::translate("FurnitureEngine", "short lines above the headline")
                                            : QCoreApplication::translate("FurnitureEngine", "short lines");
    if (last < m_bodyStart)
        return QCoreApplication::translate("FurnitureEngine", "head cluster: %1").arg(what);
    if (first > m_bodyEnd)
        return QCoreApplication::translate("FurnitureEngine", "tail cluster: %1").arg(what);
    return QCoreApplication::translate("FurnitureEngine", "furniture lines: %1").arg(what);
}

EngineResult Analysis::spans() const
{
    EngineResult result;
    const int count = int(m_units.size());
    const auto mergeKey = [&](int i) {
        const Label &label = m_labels[i];
        switch (label.kind) {
        case Kind::Disclaimer: return 1000000 + label.spanKey;
        case Kind::Headline: return 2000000 + i;
        default: return int(label.kind);
        }
    };
    QList<SuggestedSpan> spans;
    int i = 0;
    while (i < count) {
        if (!labelled(i) || m_fromPerson[i]) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < count && labelled(last + 1) && !m_fromPerson[last + 1] && mergeKey(last + 1) == mergeKey(i))
            ++last;
        double weighted = 0;
        qsizetype length = 0;
        for (int j = i; j <= last; ++j) {
            weighted += m_labels[j].confidence * m_units[j].length();
            length += m_units[j].length();
        }
        SuggestedSpan span;
        span.label = labelName(m_labels[i].kind);
        span.start = m_units[i].start;
        span.end = m_units[last].end;
        span.confidence = length ? weighted / length : m_labels[i].confidence;
        span.reason = reasonOf(i, last);
        spans.append(span);
        i = last + 1;
    }
    for (const InlineSpan &found : m_inline) {
        SuggestedSpan span;
        span.label = labelName(found.kind);
        span.start = found.start;
        span.end = found.end;
        span.confidence = found.confidence;
        span.reason = found.reason;
        spans.append(span);
    }
    std::sort(spans.begin(), spans.end(), [](const SuggestedSpan &a, const SuggestedSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    int key = 0;
    for (SuggestedSpan &span : spans)
        span.key = u"f%1"_s.arg(++key);
    result.spans = spans;
    return result;
}

class FurnitureEngine final : public Engine
{
public:
    FurnitureEngine()
        : m_lexicon(FurnitureLexicon::builtin())
    {
    }

    QString name() const override { return u"copydesk-furniture"_s; }
    QString version() const override { return u"1.0.0"_s; }
    QStringList layers() const override { return {u"furniture"_s}; }
    EngineResult annotate(const EngineDocument &document, const CorpusContext *corpus) const override
    {
        if (document.text.isEmpty())
            return {};
        // Pages imported from HTML bring their structure (htmlfurniture.cpp); plain text, and
        // pages whose structure does not fit their text, go through the text rules.
        if (document.meta.contains(u"html")) {
            if (std::optional<EngineResult> result = annotateHtmlFurniture(document, corpus, m_lexicon))
                return *result;
        }
        Analysis analysis(document, corpus, m_lexicon);
        return analysis.run();
    }

private:
    const FurnitureLexicon &m_lexicon;
};

} // namespace

std::unique_ptr<Engine> createFurnitureEngine() { return std::make_unique<FurnitureEngine>(); }
} // namespace Copydesk
