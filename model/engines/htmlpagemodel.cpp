#include "htmlpagemodel.h"

#include <vector>

#include "engine.h"
#include "furniturelexicon.h"
#include "furnituretokenizer.h"

namespace Copydesk::HtmlPageModel {

namespace {

struct TagInfo
{
    const char16_t *name;
    Tag tag;
    quint32 structure;
};

constexpr TagInfo tags[] = {
    {u"p", Tag::Paragraph, 0}, {u"div", Tag::Div, 0},
    {u"li", Tag::ListItem, Structure::List}, {u"dt", Tag::Term, Structure::List}, {u"dd", Tag::Term, Structure::List},
    {u"ul", Tag::List, 0}, {u"ol", Tag::List, 0}, {u"dl", Tag::List, 0}, {u"dir", Tag::List, 0},
    {u"menu", Tag::List, Structure::Nav},
    {u"td", Tag::Cell, Structure::Table}, {u"th", Tag::Cell, Structure::Table},
    {u"table", Tag::Table, 0}, {u"tbody", Tag::Table, 0}, {u"thead", Tag::Table, 0}, {u"tfoot", Tag::Table, 0},
    {u"tr", Tag::Table, 0}, {u"caption", Tag::Caption, 0},
    {u"pre", Tag::Pre, 0}, {u"listing", Tag::Pre, 0}, {u"xmp", Tag::Pre, 0}, {u"plaintext", Tag::Pre, 0},
    {u"blockquote", Tag::Quote, Structure::Quote},
    {u"nav", Tag::Nav, Structure::Nav}, {u"header", Tag::Header, Structure::Header},
    {u"footer", Tag::Footer, Structure::Footer}, {u"aside", Tag::Aside, Structure::Aside},
    {u"article", Tag::Article, Structure::Article}, {u"main", Tag::Main, Structure::Article},
    {u"section", Tag::Section, 0},
    {u"form", Tag::Form, Structure::Form}, {u"fieldset", Tag::Form, Structure::Form}, {u"legend", Tag::Form, Structure::Form},
    {u"figure", Tag::Figure, Structure::Figure}, {u"figcaption", Tag::Caption, Structure::Figure},
    {u"body", Tag::Body, 0}, {u"html", Tag::Body, 0},
};

void describe(Node &node, QStringView name)
{
    if (name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6') {
        node.tag = Tag::Heading;
        node.headingLevel = name[1].unicode() - u'0';
        return;
    }
    for (const TagInfo &info : tags) {
        if (name == QStringView(info.name)) {
            node.tag = info.tag;
            node.structure = info.structure;
            return;
        }
    }
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case u'\u201d': case u'\u2019': case u'\u00bb':
        return true;
    default:
        return false;
    }
}

bool isTerminal(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case u'\u2026': case u'\u3002': case u'\uff01': case u'\uff1f':
        return true;
    default:
        return false;
    }
}

void measure(Line &line, QStringView text, const FurnitureLexicon &lexicon, std::vector<FurnitureToken> &tokens)
{
    tokens.clear();
    FurnitureTokenizer::tokenize(text, line.start, line.end, tokens);
    for (const FurnitureToken &token : tokens) {
        if (token.has(FurnitureToken::Symbol))
            continue;
        ++line.words;
        if (lexicon.isStopWord(token.hash))
            ++line.stopWords;
    }
    for (qsizetype i = line.start; i < line.end; ++i) {
        const char16_t c = text[i].unicode();
        line.commas += c == u',' || c == u'\uff0c' || c == u'\u3001';
    }
    qsizetype end = line.end;
    while (end > line.start && isClosing(text[end - 1]))
        --end;
    line.terminal = end > line.start && isTerminal(text[end - 1]);
}

} // namespace

bool Page::isAncestor(int ancestor, int node) const
{
    while (node >= 0) {
        if (node == ancestor)
            return true;
        node = nodes[node].parent;
    }
    return false;
}

quint32 Page::hintsBetween(int node, int stop) const
{
    quint32 hints = 0;
    for (; node >= 0 && node != stop; node = nodes[node].parent)
        hints |= nodes[node].hints;
    return hints;
}

quint32 Page::structureBetween(int node, int stop) const
{
    quint32 structure = 0;
    for (; node >= 0 && node != stop; node = nodes[node].parent)
        structure |= nodes[node].structure;
    return structure;
}

std::optional<Page> build(const EngineDocument &document, const HtmlEvidence &evidence, const FurnitureLexicon &lexicon)
{
    Page page;
    page.text = document.text;
    page.nodes.reserve(evidence.nodes.size());
    for (const HtmlNodeEvidence &given : evidence.nodes) {
        Node node;
        node.parent = given.parent;
        node.hints = given.hints;
        describe(node, given.tag);
        node.pathHints = node.hints;
        node.pathStructure = node.structure;
        if (node.parent >= 0) {
            const Node &parent = page.nodes[node.parent];
            node.pathHints |= parent.pathHints;
            node.pathStructure |= parent.pathStructure;
            node.depth = parent.depth + 1;
            // the import stops nesting at 200; deeper evidence was not written by it
            if (node.depth > 256)
                return std::nullopt;
        }
        page.nodes.append(node);
    }
    for (int i = 0; i < page.nodes.size(); ++i) {
        if (page.nodes[i].parent >= 0)
            page.nodes[page.nodes[i].parent].children.append(i);
    }
    // the text's non-empty lines, one for each evidence line
    const QStringView text = page.text;
    std::vector<FurnitureToken> tokens;
    qsizetype at = 0;
    int index = 0;
    while (at <= text.size()) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        qsizetype start = at;
        qsizetype stop = end;
        while (start < stop && isSpace(text[start]))
            ++start;
        while (stop > start && isSpace(text[stop - 1]))
            --stop;
        if (start < stop) {
            if (index >= evidence.lines.size())
                return std::nullopt;
            const HtmlLineEvidence &given = evidence.lines[index++];
            Line line;
            line.start = start;
            line.end = stop;
            line.node = given.node;
            line.linkLength = qMin<int>(given.linkCharacters, int(stop - start));
            line.hints = given.hints;
            measure(line, text, lexicon, tokens);
            page.lines.append(line);
        }
        at = end + 1;
    }
    if (index != evidence.lines.size())
        return std::nullopt;
    // what each element holds
    for (int i = 0; i < page.lines.size(); ++i) {
        const Line &line = page.lines[i];
        const int prose = line.prose() ? int(line.length()) : 0;
        page.proseLength += prose;
        for (int n = line.node; n >= 0; n = page.nodes[n].parent) {
            Node &node = page.nodes[n];
            node.textLength += int(line.length());
            node.linkLength += line.linkLength;
            node.proseLength += prose;
            if (node.firstLine < 0)
                node.firstLine = i;
            node.lastLine = i;
        }
    }
    return page;
}

} // namespace Copydesk::HtmlPageModel
