#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

#include "../html/htmlevidence.h"

namespace Copydesk {

class FurnitureLexicon;
struct EngineDocument;

// The lines and block elements of an imported page as the HTML furniture rules see them:
// the evidence of the import joined to the text, with the measures the rules use.
namespace HtmlPageModel {

// What the tag of a block says, coarsely.
enum class Tag : quint8 {
    Other, Paragraph, Div, Heading, ListItem, List, Cell, Table, Pre, Quote, Nav, Header, Footer,
    Aside, Article, Main, Section, Form, Figure, Caption, Term, Body,
};

// Structural facts of an element and everything above it.
namespace Structure {
enum : quint32 {
    Nav = 1u << 0,      // <nav>, <menu>
    Header = 1u << 1,   // <header>
    Footer = 1u << 2,   // <footer>
    Aside = 1u << 3,    // <aside>
    Form = 1u << 4,     // <form>
    Figure = 1u << 5,   // <figure>, <figcaption>
    List = 1u << 6,     // <li>
    Table = 1u << 7,    // <td>, <th>
    Quote = 1u << 8,    // <blockquote>
    Article = 1u << 9,  // <article>, <main>
};
}

struct Node
{
    int parent = -1;
    Tag tag = Tag::Other;
    int headingLevel = 0;  // 1..6 for <h1>..<h6>
    quint32 hints = 0;     // HtmlHint of the element
    quint32 structure = 0; // Structure of the element
    quint32 pathHints = 0; // of the element and its ancestors
    quint32 pathStructure = 0;
    int depth = 0;
    QList<int> children;
    // the lines in its subtree
    int textLength = 0;
    int linkLength = 0;
    int proseLength = 0;   // of lines of 25 characters or more that are not mostly links
    int firstLine = -1;
    int lastLine = -1;
    // content scores (Readability)
    double score = 0;
    bool scored = false;
};

struct Line
{
    qsizetype start = 0;   // UTF-16 into the text, trimmed, end exclusive
    qsizetype end = 0;
    int node = -1;
    int linkLength = 0;
    quint32 hints = 0;     // of inline elements on the line
    int words = 0;
    int stopWords = 0;
    int commas = 0;
    bool terminal = false; // ends like a sentence
    qsizetype length() const { return end - start; }
    bool prose() const { return length() >= 25 && linkLength * 2 <= length(); }
    double linkDensity() const { return length() ? double(linkLength) / double(length()) : 0.0; }
};

struct Page
{
    QStringView text;
    QList<Node> nodes;
    QList<Line> lines;
    int proseLength = 0;

    QStringView textOf(const Line &line) const { return text.mid(line.start, line.length()); }
    bool isAncestor(int ancestor, int node) const;
    // Hints of the elements from node up to, not including, stop (-1: all).
    quint32 hintsBetween(int node, int stop) const;
    quint32 structureBetween(int node, int stop) const;
};

// Joins the evidence to the text; null when they do not match line for line.
std::optional<Page> build(const EngineDocument &document, const HtmlEvidence &evidence, const FurnitureLexicon &lexicon);

} // namespace HtmlPageModel
} // namespace Copydesk
