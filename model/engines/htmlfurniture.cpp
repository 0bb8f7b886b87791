// Page furniture of documents imported from HTML: the article body from the page's structure
// (htmlcontent.cpp), then every line labelled by where it is and what it is.
#include "htmlfurniture.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>

#include "furniturelexicon.h"
#include "furnituretokenizer.h"
#include "htmlcontent.h"
#include "htmlpagemodel.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

using namespace HtmlPageModel;

enum class Kind : quint8 { None, Boilerplate, Metadata, Disclaimer, Headline };

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

// Why a line was labelled; the reason users read is made from it.
enum class Why : quint8 {
    None, Outside, OutsideMeta, Pruned, MetaElement, LinkList, Phrase, EmptyHeading, Headline, Caption, DateLine,
    ShortLabel, Edge, Repeated,
};

struct Verdict
{
    Kind kind = Kind::None;
    Why why = Why::None;
    double confidence = 0;
    quint32 evidence = 0; // the hints that decided it
    int frequency = 0;    // Repeated: in how many documents of the source
    int documents = 0;
    bool person = false;  // a person's decision covers it: not suggested
    bool protect = false; // a person marked it part of the article (a quote)
};

QString hintWords(quint32 hints)
{
    using namespace HtmlHint;
    static const std::pair<quint32, const char *> names[] = {
        {Comments, QT_TRANSLATE_NOOP("FurnitureEngine", "comments")},
        {Share, QT_TRANSLATE_NOOP("FurnitureEngine", "share buttons")},
        {Related, QT_TRANSLATE_NOOP("FurnitureEngine", "related stories")},
        {Navigation, QT_TRANSLATE_NOOP("FurnitureEngine", "navigation")},
        {Ads, QT_TRANSLATE_NOOP("FurnitureEngine", "advertising")},
        {Subscribe, QT_TRANSLATE_NOOP("FurnitureEngine", "sign-up or subscription")},
        {Header, QT_TRANSLATE_NOOP("FurnitureEngine", "page header")},
        {Footer, QT_TRANSLATE_NOOP("FurnitureEngine", "page footer")},
        {Sidebar, QT_TRANSLATE_NOOP("FurnitureEngine", "sidebar")},
        {Meta, QT_TRANSLATE_NOOP("FurnitureEngine", "byline or date")},
        {Caption, QT_TRANSLATE_NOOP("FurnitureEngine", "caption or credit")},
    };
    QStringList words;
    for (const auto &[hint, name] : names) {
        if (hints & hint)
            words.append(QCoreApplication::translate("FurnitureEngine", name));
    }
    return words.join(u", ");
}

class Labeler
{
public:
    Labeler(const EngineDocument &document, const CorpusContext *corpus, const FurnitureLexicon &lexicon, Page &page)
        : m_document(document)
        , m_corpus(corpus)
        , m_lexicon(lexicon)
        , m_page(page)
        , m_verdicts(page.lines.size())
    {
    }
    // Null when the page has no article body to speak of (no paragraph of 25 characters).
    std::optional<EngineResult> run();

private:
    void respectExisting();
    void findHeadline();
    void labelLine(int index);
    bool metaLine(int index) const;
    Kind phrase(int index, bool *whole, bool *anywhere = nullptr, bool closing = false) const;
    bool dateLine(int index) const;
    bool captionLine(int index) const;
    bool shortLabel(int index) const;
    bool weakEvidence(int index, bool closing) const;
    void trimBodyEdges();
    void repeatedLines();
    void dropEmptyHeadings();
    QString reason(const Verdict &verdict) const;
    EngineResult spans() const;
    void set(int index, Kind kind, Why why, double confidence, quint32 evidence = 0)
    {
        Verdict &verdict = m_verdicts[index];
        if (verdict.person || verdict.protect)
            return;
        verdict.kind = kind;
        verdict.why = why;
        verdict.confidence = confidence;
        verdict.evidence = evidence;
    }
    int containerOf(int line) const
    {
        for (int c : std::as_const(m_body.containers)) {
            if (m_page.isAncestor(c, m_page.lines[line].node))
                return c;
        }
        return -1;
    }

    const EngineDocument &m_document;
    const CorpusContext *m_corpus;
    const FurnitureLexicon &m_lexicon;
    Page &m_page;
    ArticleBody m_body;
    QList<Verdict> m_verdicts;
    int m_headline = -1;
};

void Labeler::respectExisting()
{
    for (const SuggestedSpan &span : m_document.existing) {
        const bool furniture = span.label == u"BOILERPLATE" || span.label == u"METADATA" || span.label == u"DISCLAIMER"
                               || span.label == u"HEADLINE";
        if (!furniture && span.label != u"QUOTE")
            continue;
        for (int i = 0; i < m_page.lines.size(); ++i) {
            const Line &line = m_page.lines[i];
            if (line.end <= span.start || line.start >= span.end)
                continue;
            if (furniture)
                m_verdicts[i].person = true;
            else
                m_verdicts[i].protect = true;
        }
    }
}

void Labeler::findHeadline()
{
    const QString title = m_document.meta.value(u"title").toString().simplified();
    int firstBody = int(m_page.lines.size());
    for (int i = 0; i < m_body.placement.size(); ++i) {
        if (m_body.placement[i] == Placement::Body) {
            firstBody = i;
            break;
        }
    }
    const auto headingLevel = [&](int i) {
        const Line &line = m_page.lines[i];
        if (line.node < 0 || m_page.nodes[line.node].tag != Tag::Heading)
            return 0;
        // not a heading of a menu or a list of other stories
        if (m_page.nodes[line.node].pathStructure & (Structure::Nav | Structure::Aside | Structure::Footer | Structure::List))
            return 0;
        return m_page.nodes[line.node].headingLevel;
    };
    const auto sameAsTitle = [&](int i) {
        return !title.isEmpty() && m_page.textOf(m_page.lines[i]).toString().simplified().compare(title, Qt::CaseInsensitive) == 0;
    };
    int best = -1;
    double confidence = 0.9;
    // the heading that repeats the title
    for (int i = 0; i < m_page.lines.size() && best < 0; ++i) {
        if (headingLevel(i) > 0 && sameAsTitle(i))
            best = i;
    }
    // else the <h1> nearest above the article's first line (or its first line)
    for (int i = qMin(firstBody, int(m_page.lines.size()) - 1); i >= 0 && best < 0; --i) {
        if (headingLevel(i) == 1 && (i == firstBody || m_body.placement[i] != Placement::Body))
            best = i;
    }
    // else a line that repeats the title above the article
    for (int i = 0; i < firstBody && best < 0; ++i) {
        if (sameAsTitle(i)) {
            best = i;
            confidence = 0.75;
        }
    }
    if (best < 0)
        return;
    m_headline = best;
    set(best, Kind::Headline, Why::Headline, confidence);
}

// A byline, date or author box: named so by the page (in an element small enough to be one),
// or a <time> line that is not a sentence.
bool Labeler::metaLine(int index) const
{
    const Line &line = m_page.lines[index];
    if (line.length() > 160 || (line.terminal && line.words > 12))
        return false;
    quint32 hints = line.hints;
    for (int n = line.node; n >= 0 && m_page.nodes[n].textLength <= 300; n = m_page.nodes[n].parent)
        hints |= m_page.nodes[n].hints;
    if (hints & (HtmlHint::boilerplateMask | HtmlHint::ArticleBody))
        return false;
    return hints & (HtmlHint::Meta | HtmlHint::Author | HtmlHint::Time);
}

// A whole-line phrase of the lexicons ("Advertisement", "Share this article", "Read more");
// *anywhere tells whether a phrase occurs in the line at all.
Kind Labeler::phrase(int index, bool *whole, bool *anywhere, bool closing) const
{
    const Line &line = m_page.lines[index];
    std::vector<FurnitureToken> tokens;
    FurnitureTokenizer::tokenize(m_page.text, line.start, line.end, tokens);
    const FurnitureLexicon::Hits hits = m_lexicon.match(m_page.text, tokens.data(), int(tokens.size()), line.words, closing);
    static constexpr FurnitureLexicon::Label order[] = {FurnitureLexicon::Disclaimer, FurnitureLexicon::Metadata, FurnitureLexicon::Boilerplate};
    if (anywhere)
        *anywhere = false;
    for (const FurnitureLexicon::Label label : order) {
        const FurnitureLexicon::Hit &hit = hits[label];
        if (!hit.found)
            continue;
        if (anywhere)
            *anywhere = true;
        if (m_lexicon.group(hit.group).outsideOnly)
            continue;
        if (hit.match == FurnitureLexicon::Match::Line || (hit.match == FurnitureLexicon::Match::Start && !line.terminal && line.words <= 8)) {
            *whole = hit.match == FurnitureLexicon::Match::Line;
            return label == FurnitureLexicon::Disclaimer ? Kind::Disclaimer : label == FurnitureLexicon::Metadata ? Kind::Metadata : Kind::Boilerplate;
        }
    }
    return Kind::None;
}

// A caption or credit: in a <figure>, or in a small element named caption, credit, photo.
bool Labeler::captionLine(int index) const
{
    const Line &line = m_page.lines[index];
    quint32 hints = line.hints;
    quint32 structure = 0;
    for (int n = line.node; n >= 0 && m_page.nodes[n].textLength <= 500; n = m_page.nodes[n].parent) {
        hints |= m_page.nodes[n].hints;
        structure |= m_page.nodes[n].structure;
        if (m_page.nodes[n].tag == Tag::Quote)
            break; // a quotation (an embedded post) is the article's, whatever holds it
    }
    if (hints & HtmlHint::ArticleBody)
        return false;
    return (hints & HtmlHint::Caption) || (structure & Structure::Figure);
}

// "May 21, 2025", "Updated at 1:23 p.m.", "9:24 pm ET": date words and numbers only.
bool Labeler::dateLine(int index) const
{
    const Line &line = m_page.lines[index];
    if (line.words == 0 || line.words > 12 || line.length() > 80)
        return false;
    std::vector<FurnitureToken> tokens;
    FurnitureTokenizer::tokenize(m_page.text, line.start, line.end, tokens);
    int strong = 0;
    int weak = 0;
    int numbers = 0;
    bool time = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const FurnitureToken &token = tokens[i];
        if (token.has(FurnitureToken::Symbol))
            continue;
        if (token.has(FurnitureToken::AllDigits)) {
            ++numbers;
            if (token.end < line.end && m_page.text[token.end] == u':' && i + 1 < tokens.size()
                && tokens[i + 1].start == token.end + 1 && tokens[i + 1].has(FurnitureToken::AllDigits))
                time = true;
            continue;
        }
        const int date = m_lexicon.dateWord(token.hash);
        if (date == 2)
            ++strong;
        else if (date == 1)
            ++weak;
        else if (!m_lexicon.isStopWord(token.hash) && !(token.has(FurnitureToken::HasDigit) && token.end - token.start <= 6)
                 && token.end - token.start > 2)
            return false;
    }
    return time || (strong > 0 && numbers > 0) || (strong > 0 && strong + weak >= 2);
}

// A label of a few words in a block of its own that is neither a paragraph nor a heading nor
// a list item ("Advertisement", "Photo", "Video" over an embedded player).
bool Labeler::shortLabel(int index) const
{
    const Line &line = m_page.lines[index];
    if (line.words == 0 || line.words > 3 || line.terminal || line.node < 0)
        return false;
    const Tag tag = m_page.nodes[line.node].tag;
    return tag == Tag::Div || tag == Tag::Other || tag == Tag::Section || tag == Tag::Figure || tag == Tag::Caption;
}

// What does not make a line furniture in the middle of the article, but does at its edges:
// a furniture phrase anywhere in it, links, an address.
bool Labeler::weakEvidence(int index, bool closing) const
{
    const Line &line = m_page.lines[index];
    bool whole = false;
    bool anywhere = false;
    phrase(index, &whole, &anywhere, closing);
    if (anywhere || (line.linkDensity() > 0.3 && line.words <= 20) || dateLine(index))
        return true;
    const QStringView text = m_page.textOf(line);
    const qsizetype at = text.indexOf(u'@');
    return (at > 0 && at + 1 < text.size() && text[at + 1].isLetterOrNumber() && text[at - 1].isLetterOrNumber())
           || text.contains(u"http://") || text.contains(u"https://") || text.contains(u"www.");
}

// Lines of the article that recur in other documents of the same source are the site's (a
// promotion, a standard note), as the text rules find them: short lines in one document of
// twenty, sentences in three of ten; not when most of the article recurs (a copy).
void Labeler::repeatedLines()
{
    if (!m_corpus)
        return;
    const QStringView source = m_document.source;
    const int documents = m_corpus->documentCount(source);
    if (documents < 3)
        return;
    const int shortLimit = qMax(3, qMin((documents + 19) / 20, 50));
    const int proseLimit = qMax(3, (documents * 3 + 9) / 10);
    QList<int> frequency(m_page.lines.size(), 0);
    qsizetype prose = 0;
    qsizetype repeatedProse = 0;
    for (int i = 0; i < m_page.lines.size(); ++i) {
        if (m_body.placement[i] != Placement::Body || m_verdicts[i].kind != Kind::None)
            continue;
        const Line &line = m_page.lines[i];
        frequency[i] = m_corpus->lineDocumentFrequency(source, m_page.textOf(line));
        if (line.words >= 8) {
            prose += line.length();
            repeatedProse += frequency[i] >= shortLimit ? line.length() : 0;
        }
    }
    const bool copy = prose > 0 && repeatedProse * 2 >= prose;
    for (int i = 0; i < m_page.lines.size(); ++i) {
        const bool sentence = m_page.lines[i].words >= 8;
        if (frequency[i] == 0 || (sentence && copy) || frequency[i] < (sentence ? proseLimit : shortLimit))
            continue;
        set(i, Kind::Boilerplate, Why::Repeated, qMin(0.95, 0.6 + 0.4 * double(frequency[i]) / documents));
        m_verdicts[i].frequency = frequency[i];
        m_verdicts[i].documents = documents;
    }
}

// The first and last lines of the article with weak evidence are furniture after all (a
// "Follow her on Twitter" closing the article, "Updated" opening it): the article is what
// lies between.
void Labeler::trimBodyEdges()
{
    QList<int> body;
    for (int i = 0; i < m_page.lines.size(); ++i) {
        if (m_body.placement[i] == Placement::Body && m_verdicts[i].kind == Kind::None && !m_verdicts[i].protect)
            body.append(i);
    }
    for (int k = int(body.size()) - 1; k >= 0 && weakEvidence(body[k], true); --k)
        set(body[k], Kind::Boilerplate, Why::Edge, 0.55);
    for (int k = 0; k < body.size() && m_verdicts[body[k]].kind == Kind::None && weakEvidence(body[k], false); ++k)
        set(body[k], Kind::Boilerplate, Why::Edge, 0.55);
}

void Labeler::labelLine(int index)
{
    const Line &line = m_page.lines[index];
    if (index == m_headline)
        return;
    switch (m_body.placement[index]) {
    case Placement::Outside:
        if (metaLine(index))
            set(index, Kind::Metadata, Why::OutsideMeta, 0.7, line.hints | m_page.hintsBetween(line.node, -1));
        else
            set(index, Kind::Boilerplate, Why::Outside, 0.8);
        return;
    case Placement::Pruned:
        set(index, m_body.prunedBy[index] & (HtmlHint::Meta | HtmlHint::Caption) ? Kind::Metadata : Kind::Boilerplate, Why::Pruned,
            0.75, m_body.prunedBy[index]);
        return;
    case Placement::Body:
        break;
    }
    if (metaLine(index)) {
        set(index, Kind::Metadata, Why::MetaElement, 0.7, line.hints | m_page.hintsBetween(line.node, containerOf(index)));
        return;
    }
    if (captionLine(index)) {
        set(index, Kind::Metadata, Why::Caption, 0.65);
        return;
    }
    bool whole = false;
    const Kind kind = phrase(index, &whole);
    if (kind != Kind::None) {
        set(index, kind, Why::Phrase, whole ? 0.85 : 0.7);
        return;
    }
    // a link standing alone: "Read more: ...", a list of stories
    if (line.linkDensity() > 0.5 && line.words <= 15) {
        set(index, Kind::Boilerplate, Why::LinkList, 0.6);
        return;
    }
    if (dateLine(index)) {
        set(index, Kind::Metadata, Why::DateLine, 0.7);
        return;
    }
    if (shortLabel(index))
        set(index, Kind::Boilerplate, Why::ShortLabel, 0.55);
}

// A heading whose section holds nothing of the article ("Related stories" over a pruned
// list) goes with its section.
void Labeler::dropEmptyHeadings()
{
    const int count = int(m_page.lines.size());
    for (int i = count - 1; i >= 0; --i) {
        const Line &line = m_page.lines[i];
        if (m_verdicts[i].kind != Kind::None || m_body.placement[i] != Placement::Body || line.node < 0
            || m_page.nodes[line.node].tag != Tag::Heading)
            continue;
        int next = i + 1;
        while (next < count && m_page.lines[next].node == line.node)
            ++next;
        if (next >= count || m_verdicts[next].kind == Kind::Boilerplate || m_body.placement[next] != Placement::Body)
            set(i, Kind::Boilerplate, Why::EmptyHeading, 0.6);
    }
}

QString Labeler::reason(const Verdict &verdict) const
{
    const QString hints = hintWords(verdict.evidence);
    switch (verdict.why) {
    case Why::Outside: return QCoreApplication::translate("FurnitureEngine", "page structure: outside the article's container");
    case Why::OutsideMeta: return QCoreApplication::translate("FurnitureEngine", "page structure: %1 outside the article").arg(hints);
    case Why::Pruned:
        return hints.isEmpty() ? QCoreApplication::translate("FurnitureEngine", "page structure: block of links or widgets in the article")
                               : QCoreApplication::translate("FurnitureEngine", "page structure: %1 in the article").arg(hints);
    case Why::MetaElement: return QCoreApplication::translate("FurnitureEngine", "page structure: %1").arg(hints);
    case Why::LinkList: return QCoreApplication::translate("FurnitureEngine", "page structure: a line that is mostly a link");
    case Why::Phrase: return QCoreApplication::translate("FurnitureEngine", "furniture phrase in the article's container");
    case Why::EmptyHeading: return QCoreApplication::translate("FurnitureEngine", "page structure: heading over no article text");
    case Why::Headline: return QCoreApplication::translate("FurnitureEngine", "headline: the page's main heading");
    case Why::Caption: return QCoreApplication::translate("FurnitureEngine", "page structure: caption or credit");
    case Why::DateLine: return QCoreApplication::translate("FurnitureEngine", "date or time line");
    case Why::ShortLabel: return QCoreApplication::translate("FurnitureEngine", "page structure: a short label between paragraphs");
    case Why::Edge: return QCoreApplication::translate("FurnitureEngine", "closing or opening line of the article with a furniture phrase or links");
    case Why::Repeated:
        return QCoreApplication::translate("FurnitureEngine", "repeated in %1 of %2 documents of this source").arg(verdict.frequency).arg(verdict.documents);
    case Why::None: break;
    }
    return {};
}

EngineResult Labeler::spans() const
{
    EngineResult result;
    const int count = int(m_page.lines.size());
    int key = 0;
    int i = 0;
    while (i < count) {
        const Verdict &first = m_verdicts[i];
        if (first.kind == Kind::None || first.person) {
            ++i;
            continue;
        }
        // one span for a run of lines with the same label and reason (a headline alone)
        int last = i;
        while (first.kind != Kind::Headline && last + 1 < count && m_verdicts[last + 1].kind == first.kind
               && m_verdicts[last + 1].why == first.why && !m_verdicts[last + 1].person)
            ++last;
        double weighted = 0;
        qsizetype length = 0;
        quint32 evidence = 0;
        for (int j = i; j <= last; ++j) {
            weighted += m_verdicts[j].confidence * double(m_page.lines[j].length());
            length += m_page.lines[j].length();
            evidence |= m_verdicts[j].evidence;
        }
        Verdict merged = first;
        merged.evidence = evidence;
        SuggestedSpan span;
        span.key = u"h%1"_s.arg(++key);
        span.label = labelName(first.kind);
        span.start = m_page.lines[i].start;
        span.end = m_page.lines[last].end;
        span.confidence = length ? weighted / double(length) : first.confidence;
        span.reason = reason(merged);
        result.spans.append(span);
        i = last + 1;
    }
    return result;
}

std::optional<EngineResult> Labeler::run()
{
    respectExisting();
    m_body = findArticleBody(m_page);
    if (m_body.top < 0)
        return std::nullopt;
    findHeadline();
    for (int i = 0; i < m_page.lines.size(); ++i)
        labelLine(i);
    repeatedLines();
    trimBodyEdges();
    dropEmptyHeadings();
    return spans();
}

} // namespace

std::optional<EngineResult> annotateHtmlFurniture(const EngineDocument &document, const CorpusContext *corpus, const FurnitureLexicon &lexicon)
{
    const std::optional<HtmlEvidence> evidence = HtmlEvidence::fromJson(document.meta.value(HtmlEvidence::metaKey()));
    if (!evidence)
        return std::nullopt;
    std::optional<Page> page = build(document, *evidence, lexicon);
    if (!page)
        return std::nullopt;
    Labeler labeler(document, corpus, lexicon, *page);
    return labeler.run();
}

} // namespace Copydesk
