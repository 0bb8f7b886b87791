#include "htmlcontent.h"

#include <algorithm>


namespace Copydesk::HtmlPageModel {

namespace {

constexpr quint32 positiveHints = HtmlHint::Content | HtmlHint::ArticleBody | HtmlHint::Entry;
constexpr quint32 negativeHints = HtmlHint::boilerplateMask;

int classWeight(const Node &node)
{
    int weight = 0;
    if (node.hints & positiveHints)
        weight += 25;
    if (node.hints & HtmlHint::ArticleBody)
        weight += 25;
    if (node.hints & negativeHints)
        weight -= 25;
    return weight;
}

int tagWeight(const Node &node)
{
    switch (node.tag) {
    case Tag::Div: return 5;
    case Tag::Article: case Tag::Main: return 5;
    case Tag::Pre: case Tag::Cell: case Tag::Quote: return 3;
    case Tag::List: case Tag::ListItem: case Tag::Term: case Tag::Form: return -3;
    case Tag::Heading: case Tag::Caption: return -5;
    default: return 0;
    }
}

// Furniture by its tag or its names (the article itself excepted). A wrapper holding most of
// the page's running text is not furniture whatever its name says ("main-sticky-sidebar").
bool unlikely(const Node &node, int pageProse)
{
    if (node.tag == Tag::Body || node.tag == Tag::Article || node.tag == Tag::Main)
        return false;
    if (node.hints & (HtmlHint::ArticleBody | HtmlHint::Content))
        return false;
    if (node.proseLength * 2 > pageProse)
        return false;
    if (node.structure & (Structure::Nav | Structure::Aside | Structure::Footer | Structure::Form))
        return true;
    return node.hints & negativeHints;
}

bool scoresAsParagraph(Tag tag)
{
    switch (tag) {
    case Tag::Paragraph: case Tag::Div: case Tag::Pre: case Tag::Cell: case Tag::Quote: case Tag::Other:
    case Tag::Section: case Tag::Article: case Tag::Main: case Tag::Term:
        return true;
    default:
        return false;
    }
}

class Finder
{
public:
    explicit Finder(Page &page)
        : m_page(page)
        , m_nodes(page.nodes)
    {
    }
    ArticleBody run();

private:
    // What an attempt uses (Readability's flags): a too short result is tried again with less.
    struct Attempt
    {
        bool stripUnlikely = true; // furniture by name or tag holds no candidates
        bool weighClasses = true;  // names for and against weigh in the scores
        bool clean = true;         // widgets and link blocks inside the article are removed
    };
    ArticleBody attempt(const Attempt &attempt);
    void score();
    void touch(int node);
    int chooseTop() const;
    double linkDensity(int node) const
    {
        const Node &n = m_nodes[node];
        return n.textLength ? double(n.linkLength) / n.textLength : 0.0;
    }
    void takeSiblings(int top, ArticleBody &body) const;
    void clean(ArticleBody &body) const;
    bool removes(int node) const;
    bool decideRemoval(int node) const;

    Page &m_page;
    QList<Node> &m_nodes;
    QList<bool> m_unlikely;
    mutable QList<qint8> m_removes; // per node: -1 not decided yet
    Attempt m_attempt;
};

void Finder::touch(int node)
{
    Node &n = m_nodes[node];
    if (n.scored)
        return;
    n.scored = true;
    n.score = tagWeight(n) + (m_attempt.weighClasses ? classWeight(n) : 0);
}

void Finder::score()
{
    for (Node &node : m_nodes) {
        node.scored = false;
        node.score = 0;
    }
    m_unlikely.fill(false, m_nodes.size());
    for (int i = 0; m_attempt.stripUnlikely && i < m_nodes.size(); ++i)
        m_unlikely[i] = unlikely(m_nodes[i], m_page.proseLength) || (m_nodes[i].parent >= 0 && m_unlikely[m_nodes[i].parent]);
    // a paragraph's text: its lines together (a <br> splits one paragraph into lines)
    QList<int> length(m_nodes.size(), 0);
    QList<int> links(m_nodes.size(), 0);
    QList<int> commas(m_nodes.size(), 0);
    for (const Line &line : std::as_const(m_page.lines)) {
        if (line.node < 0)
            continue;
        length[line.node] += int(line.length());
        links[line.node] += line.linkLength;
        commas[line.node] += line.commas;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (length[i] < 25 || m_unlikely[i] || !scoresAsParagraph(m_nodes[i].tag))
            continue;
        if (links[i] * 2 > length[i])
            continue;
        const double points = 1 + commas[i] + std::min(3, length[i] / 100);
        int level = 0;
        for (int a = m_nodes[i].parent; a >= 0 && level < 5; a = m_nodes[a].parent, ++level) {
            touch(a);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_nodes[a].score += points / divider;
        }
    }
    for (Node &node : m_nodes) {
        if (node.scored)
            node.score *= 1.0 - (node.textLength ? double(node.linkLength) / node.textLength : 0.0);
    }
}

int Finder::chooseTop() const
{
    QList<int> candidates;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].scored && m_nodes[i].tag != Tag::Body && !m_unlikely[i])
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return -1;
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) { return m_nodes[a].score > m_nodes[b].score; });
    int top = candidates.first();
    const double topScore = m_nodes[top].score;
    if (topScore <= 0)
        return -1;
    // when three of the next good candidates share an ancestor with it, the ancestor holds the
    // article (a body split into several blocks)
    QList<int> alternatives;
    for (int k = 1; k < std::min<qsizetype>(candidates.size(), 5); ++k) {
        if (m_nodes[candidates[k]].score / topScore >= 0.75)
            alternatives.append(candidates[k]);
    }
    if (alternatives.size() >= 3) {
        for (int parent = m_nodes[top].parent; parent >= 0 && m_nodes[parent].tag != Tag::Body; parent = m_nodes[parent].parent) {
            int sharing = 0;
            for (int other : std::as_const(alternatives))
                sharing += m_page.isAncestor(parent, other);
            if (sharing >= 3) {
                top = parent;
                break;
            }
        }
    }
    // an ancestor scoring higher holds more of the article
    double lastScore = m_nodes[top].score;
    const double threshold = lastScore / 3;
    for (int parent = m_nodes[top].parent; parent >= 0 && m_nodes[parent].tag != Tag::Body; parent = m_nodes[parent].parent) {
        if (!m_nodes[parent].scored)
            continue;
        const double parentScore = m_nodes[parent].score;
        if (parentScore < threshold)
            break;
        if (parentScore > lastScore) {
            top = parent;
            break;
        }
        lastScore = parentScore;
    }
    while (m_nodes[top].parent >= 0 && m_nodes[m_nodes[top].parent].tag != Tag::Body
           && m_nodes[m_nodes[top].parent].children.size() == 1)
        top = m_nodes[top].parent;
    return top;
}

void Finder::takeSiblings(int top, ArticleBody &body) const
{
    const int parent = m_nodes[top].parent;
    if (parent < 0) {
        body.containers.append(top);
        return;
    }
    const double threshold = std::max(10.0, m_nodes[top].score * 0.2);
    for (int sibling : m_nodes[parent].children) {
        const Node &node = m_nodes[sibling];
        bool take = sibling == top;
        if (!take && node.scored && !m_unlikely[sibling] && node.score >= threshold)
            take = true;
        if (!take && node.tag == Tag::Paragraph && node.textLength > 0 && !m_unlikely[sibling]) {
            const double density = linkDensity(sibling);
            if (node.textLength > 80 && density < 0.25)
                take = true;
            else if (node.textLength <= 80 && density == 0 && node.lastLine >= 0 && m_page.lines[node.lastLine].terminal)
                take = true;
        }
        if (take)
            body.containers.append(sibling);
    }
}

bool Finder::removes(int node) const
{
    if (m_removes.size() != m_nodes.size())
        m_removes.fill(-1, m_nodes.size());
    if (m_removes[node] < 0)
        m_removes[node] = decideRemoval(node) ? 1 : 0;
    return m_removes[node] == 1;
}

// Readability's conditional cleaning, for the elements inside the article.
bool Finder::decideRemoval(int node) const
{
    const Node &n = m_nodes[node];
    if (!m_attempt.clean)
        return false;
    // its own name or tag (the walk up from each line meets the ancestors in turn)
    if (unlikely(n, m_page.proseLength))
        return true;
    if (n.tag != Tag::Div && n.tag != Tag::List && n.tag != Tag::Table && n.tag != Tag::Section && n.tag != Tag::Form
        && n.tag != Tag::Other)
        return false;
    int commas = 0;
    int paragraphs = 0;
    for (int i = n.firstLine; i >= 0 && i <= n.lastLine; ++i) {
        commas += m_page.lines[i].commas;
        paragraphs += m_page.lines[i].length() >= 25 ? 1 : 0;
    }
    if (commas >= 10)
        return false;
    const int weight = classWeight(n);
    const double density = linkDensity(node);
    const bool list = n.tag == Tag::List;
    if (!list && n.textLength < 25 && n.textLength > 0 && paragraphs == 0)
        return false; // short labels are for the line rules
    if (!list && weight < 25 && density > 0.2 && n.textLength > 0)
        return true;
    if (weight >= 25 && density > 0.5)
        return true;
    if (list && density > 0.5)
        return true;
    return false;
}

void Finder::clean(ArticleBody &body) const
{
    for (int i = 0; i < m_page.lines.size(); ++i) {
        if (body.placement[i] != Placement::Body)
            continue;
        // the outermost removed element between the line and its container
        int container = -1;
        for (int c : std::as_const(body.containers)) {
            if (m_page.isAncestor(c, m_page.lines[i].node))
                container = c;
        }
        for (int n = m_page.lines[i].node; n >= 0 && n != container; n = m_nodes[n].parent) {
            // a quotation (an embedded post) is the article's, whatever the names around it say
            if (m_nodes[n].tag == Tag::Quote)
                break;
            if (removes(n)) {
                body.placement[i] = Placement::Pruned;
                body.prunedBy[i] = m_nodes[n].hints | m_nodes[n].structure;
            }
        }
    }
}

ArticleBody Finder::attempt(const Attempt &attempt)
{
    m_attempt = attempt;
    m_removes.clear();
    ArticleBody body;
    body.placement.fill(Placement::Outside, m_page.lines.size());
    body.prunedBy.fill(0, m_page.lines.size());
    score();
    body.top = chooseTop();
    if (body.top < 0)
        return body;
    takeSiblings(body.top, body);
    for (int i = 0; i < m_page.lines.size(); ++i) {
        for (int c : std::as_const(body.containers)) {
            if (m_page.isAncestor(c, m_page.lines[i].node)) {
                body.placement[i] = Placement::Body;
                break;
            }
        }
    }
    clean(body);
    return body;
}

// As Readability: an article shorter than 500 characters is looked for again, first with
// furniture names allowed to hold it, then without weighing names at all, then without
// cleaning; the longest found wins when none reaches 500.
ArticleBody Finder::run()
{
    static constexpr Attempt attempts[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    ArticleBody best;
    qsizetype bestLength = -1;
    for (const Attempt &each : attempts) {
        ArticleBody body = attempt(each);
        qsizetype length = 0;
        for (int i = 0; i < m_page.lines.size(); ++i)
            length += body.placement[i] == Placement::Body ? m_page.lines[i].length() : 0;
        if (length >= 500)
            return body;
        if (length > bestLength) {
            best = std::move(body);
            bestLength = length;
        }
    }
    return best;
}

} // namespace

ArticleBody findArticleBody(Page &page)
{
    Finder finder(page);
    return finder.run();
}

} // namespace Copydesk::HtmlPageModel
