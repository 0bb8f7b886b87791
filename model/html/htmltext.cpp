#include "htmltext.h"

#include <QVarLengthArray>

#include "htmlnode.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace Html {

QString tagName(const GumboNode *node)
{
    if (!isElement(node))
        return {};
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString textContent(const GumboNode *root)
{
    QString out;
    walk(root, [&](const GumboNode *node, int depth) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(node->v.text.text);
            return false;
        }
        const GumboTag tag = tagOf(node);
        return depth == 0 || (tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && node->type != GUMBO_NODE_TEMPLATE);
    });
    return out;
}

} // namespace Html

namespace {

enum class Display { Inline, Block, Paragraph, LineBreak, Skip };

Display displayOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        return Display::Paragraph;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_LI:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MAIN: case GUMBO_TAG_DIV:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_MULTICOL:
        return Display::Block;
    case GUMBO_TAG_BR:
        return Display::LineBreak;
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_BASE: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_STYLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_SVG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_APPLET: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL:
        return Display::Skip;
    default:
        return Display::Inline;
    }
}

bool isPreformatted(GumboTag tag)
{
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT;
}

// HTML's ASCII white space, the only white space layout collapses (a no-break space stays).
bool isCollapsible(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// display:none or visibility:hidden in an inline style (a declaration list, read as CSS does:
// property names case-insensitive, "!important" and white space ignored).
bool styleHides(QStringView style)
{
    for (QStringView declaration : style.split(u';')) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = declaration.left(colon).trimmed();
        QString value = declaration.mid(colon + 1).toString().toLower();
        value.remove(u"!important"_s);
        value = value.trimmed();
        if ((property.compare(u"display", Qt::CaseInsensitive) == 0 && value == u"none")
            || (property.compare(u"visibility", Qt::CaseInsensitive) == 0 && (value == u"hidden" || value == u"collapse")))
            return true;
    }
    return false;
}

quint32 roleHints(QStringView role)
{
    using namespace HtmlHint;
    quint32 hints = 0;
    for (QStringView word : role.split(u' ', Qt::SkipEmptyParts)) {
        if (word == u"navigation" || word == u"menu" || word == u"menubar" || word == u"search")
            hints |= Navigation;
        else if (word == u"banner")
            hints |= Header;
        else if (word == u"contentinfo")
            hints |= Footer;
        else if (word == u"complementary")
            hints |= Sidebar;
        else if (word == u"main" || word == u"article")
            hints |= Content;
        else if (word == u"dialog" || word == u"alertdialog")
            hints |= Subscribe;
    }
    return hints;
}

quint32 itempropHints(QStringView itemprop)
{
    using namespace HtmlHint;
    quint32 hints = 0;
    for (QStringView word : itemprop.split(u' ', Qt::SkipEmptyParts)) {
        if (word == u"articleBody" || word == u"text" || word == u"reviewBody")
            hints |= ArticleBody | Content;
        else if (word == u"headline")
            hints |= Headline;
        else if (word == u"author" || word == u"creator" || word == u"contributor")
            hints |= Meta | Author;
        else if (word.startsWith(u"date") || word == u"publisher" || word == u"keywords")
            hints |= Meta;
        else if (word == u"caption" || word == u"copyrightHolder")
            hints |= Caption;
    }
    return hints;
}

// The hints an element's own names give: class, id, role, itemprop, a custom element's name.
quint32 elementHints(const GumboNode *node)
{
    quint32 hints = HtmlHint::fromNames(Html::attribute(node, "class")) | HtmlHint::fromNames(Html::attribute(node, "id"))
        | roleHints(Html::attribute(node, "role")) | itempropHints(Html::attribute(node, "itemprop"));
    if (node->v.element.tag == GUMBO_TAG_UNKNOWN)
        hints |= HtmlHint::fromNames(Html::tagName(node));
    if (Html::attribute(node, "rel").split(u' ').contains(u"author"_s))
        hints |= HtmlHint::Author | HtmlHint::Meta;
    return hints;
}

// Builds the text and its evidence in one pass over the tree, without recursion.
class TextBuilder
{
public:
    HtmlText run(const GumboNode *document);

private:
    struct Frame
    {
        const GumboNode *node;
        unsigned next = 0;
        Display display = Display::Inline;
        quint32 savedInlineHints = 0;
        int savedBlock = -1;
        int savedDepth = 0;
        bool link = false;
        bool preformatted = false;
    };

    bool enter(Frame &frame);
    void leave(const Frame &frame);
    void addText(QStringView text);
    void append(QChar c);
    void endLine(int breakAfter);
    int addNode(const GumboNode *node, quint32 extraHints);

    static constexpr int maxNodeDepth = 200;
    static constexpr int maxNodes = 200000;

    HtmlText m_out;
    QString m_line;
    bool m_lineHasText = false;
    bool m_spacePending = false;
    int m_lineLink = 0;
    quint32 m_lineHints = 0;
    int m_lineNode = -1;
    int m_pendingBreak = 0;
    int m_block = -1;           // the node of the innermost block
    int m_blockDepth = 0;       // its depth among nodes
    quint32 m_inlineHints = 0;  // of inline elements inside the innermost block
    int m_linkDepth = 0;
    int m_preDepth = 0;
    bool m_lastInLink = false;  // the line's last character is link text
};

int TextBuilder::addNode(const GumboNode *node, quint32 extraHints)
{
    if (m_blockDepth >= maxNodeDepth || m_out.evidence.nodes.size() >= maxNodes)
        return m_block; // deeper blocks count as their ancestor
    HtmlNodeEvidence evidence;
    evidence.parent = m_block;
    evidence.tag = Html::tagName(node);
    evidence.hints = elementHints(node) | extraHints;
    m_out.evidence.nodes.append(evidence);
    ++m_blockDepth;
    return int(m_out.evidence.nodes.size()) - 1;
}

bool TextBuilder::enter(Frame &frame)
{
    const GumboNode *node = frame.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        addText(QString::fromUtf8(node->v.text.text));
        return false;
    }
    if (node->type == GUMBO_NODE_DOCUMENT)
        return true;
    if (!Html::isElement(node) || node->type == GUMBO_NODE_TEMPLATE || node->v.element.tag_namespace == GUMBO_NAMESPACE_SVG)
        return false;
    const GumboTag tag = node->v.element.tag;
    frame.display = displayOf(tag);
    // gumbo 0.10 predates <dialog> and <search>
    if (tag == GUMBO_TAG_UNKNOWN && (Html::tagName(node) == u"dialog" || Html::tagName(node) == u"search"))
        frame.display = Display::Block;
    if (frame.display == Display::Skip || isHiddenElement(node))
        return false;
    if (frame.display == Display::LineBreak) {
        endLine(1);
        return false;
    }
    frame.savedInlineHints = m_inlineHints;
    frame.savedBlock = m_block;
    frame.savedDepth = m_blockDepth;
    if (frame.display == Display::Block || frame.display == Display::Paragraph) {
        endLine(frame.display == Display::Paragraph ? 2 : 1);
        m_block = addNode(node, m_inlineHints);
        m_inlineHints = 0;
    } else {
        m_inlineHints |= elementHints(node);
        if (tag == GUMBO_TAG_TIME)
            m_inlineHints |= HtmlHint::Time;
        if (tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_LABEL)
            m_inlineHints |= HtmlHint::Control;
        frame.link = tag == GUMBO_TAG_A && Html::hasAttribute(node, "href");
        if (frame.link)
            ++m_linkDepth;
    }
    frame.preformatted = isPreformatted(tag);
    if (frame.preformatted)
        ++m_preDepth;
    return true;
}

void TextBuilder::leave(const Frame &frame)
{
    if (frame.link)
        --m_linkDepth;
    if (frame.preformatted)
        --m_preDepth;
    if (frame.display == Display::Block || frame.display == Display::Paragraph)
        endLine(frame.display == Display::Paragraph ? 2 : 1);
    m_inlineHints = frame.savedInlineHints;
    m_block = frame.savedBlock;
    m_blockDepth = frame.savedDepth;
}

void TextBuilder::append(QChar c)
{
    if (!m_lineHasText && m_line.isEmpty()) {
        m_lineNode = m_block;
        m_lineHints = 0;
        m_lineLink = 0;
    }
    m_line += c;
    if (!c.isSpace())
        m_lineHasText = true;
    if (m_linkDepth > 0)
        ++m_lineLink;
    m_lastInLink = m_linkDepth > 0;
    m_lineHints |= m_inlineHints;
}

void TextBuilder::addText(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (m_preDepth > 0) {
            if (u == u'\n')
                endLine(1);
            else if (u != u'\r')
                append(c);
            continue;
        }
        if (isCollapsible(u)) {
            m_spacePending = true;
            continue;
        }
        if (m_spacePending && !m_line.isEmpty()) {
            m_line += u' ';
            // a space between two words of a link is link text
            if (m_lastInLink && m_linkDepth > 0)
                ++m_lineLink;
        }
        m_spacePending = false;
        append(c);
    }
}

void TextBuilder::endLine(int breakAfter)
{
    m_spacePending = false;
    if (m_lineHasText) {
        // trailing white space (a no-break space, spaces of <pre>) is not part of the line
        qsizetype end = m_line.size();
        while (end > 0 && m_line.at(end - 1).isSpace())
            --end;
        m_line.truncate(end);
        if (!m_out.text.isEmpty())
            m_out.text += m_pendingBreak >= 2 ? u"\n\n"_s : u"\n"_s;
        m_out.text += m_line;
        m_out.evidence.lines.append({m_lineNode, int(qMin<qsizetype>(m_lineLink, m_line.size())), m_lineHints});
        m_pendingBreak = 0;
    }
    m_line.clear();
    m_lineHasText = false;
    m_pendingBreak = qMax(m_pendingBreak, breakAfter);
}

HtmlText TextBuilder::run(const GumboNode *document)
{
    QList<Frame> stack;
    Frame root{document};
    if (enter(root))
        stack.append(root);
    while (!stack.isEmpty()) {
        Frame &top = stack.last();
        const GumboVector *children = Html::childrenOf(top.node);
        if (!children || top.next >= children->length) {
            const Frame done = top;
            stack.removeLast();
            leave(done);
            continue;
        }
        Frame frame{Html::child(children, top.next++)};
        if (enter(frame))
            stack.append(frame);
    }
    endLine(0);
    return std::move(m_out);
}

} // namespace

bool isHiddenElement(const GumboNode *node)
{
    if (!Html::isElement(node))
        return false;
    if (Html::hasAttribute(node, "hidden"))
        return true;
    if (Html::attribute(node, "aria-hidden").trimmed().compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (node->v.element.tag == GUMBO_TAG_UNKNOWN && !Html::hasAttribute(node, "open") && Html::tagName(node) == u"dialog")
        return true;
    if (node->v.element.tag == GUMBO_TAG_INPUT && Html::attribute(node, "type").compare(u"hidden", Qt::CaseInsensitive) == 0)
        return true;
    const QString style = Html::attribute(node, "style");
    return !style.isEmpty() && styleHides(style);
}

HtmlText extractHtmlText(const GumboNode *document)
{
    TextBuilder builder;
    return builder.run(document);
}

} // namespace Copydesk
