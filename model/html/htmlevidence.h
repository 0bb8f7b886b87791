#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace Copydesk {

// What the HTML of a page said about each line of its text, kept in the document's meta
// (key "html") so the furniture engine can use the page's structure long after the import:
// which block element holds the line, what holds that block (navigation, header, footer,
// aside, a list, a table ...), what the class and id names of those elements suggest ("share",
// "comment", "related", "article-body"), and how much of the line is link text.
//
// Stored compactly: {"version": 1, "nodes": ["PARENT TAG [HINTS]", ...],
//                    "lines": ["NODE LINKCHARS [HINTS]", ...]}
// one "nodes" entry per block element (PARENT an index into nodes, -1 for the top), one
// "lines" entry per non-empty line of the text in order (NODE the block holding it,
// LINKCHARS its UTF-16 characters inside links), HINTS a word of the letters below.
namespace HtmlHint {
enum : quint32 {
    Comments = 1u << 0,    // c: comment, disqus, respond, reply
    Share = 1u << 1,       // s: share, social, follow buttons
    Related = 1u << 2,     // r: related, recommended, popular, more stories, teasers
    Navigation = 1u << 3,  // n: nav, menu, breadcrumb, pagination, skip links
    Ads = 1u << 4,         // a: ads, sponsors, promotions
    Subscribe = 1u << 5,   // u: newsletter, subscribe, sign-up, log-in, paywall, cookie, consent
    Header = 1u << 6,      // h: page header, masthead, banner
    Footer = 1u << 7,      // f: page footer
    Sidebar = 1u << 8,     // d: sidebar, rail, widget, aside
    Meta = 1u << 9,        // m: byline, author, date, dateline, tags, categories
    Caption = 1u << 10,    // p: caption, credit, figure, gallery
    Content = 1u << 11,    // b: article, body, content, main
    ArticleBody = 1u << 12, // B: itemprop=articleBody
    Headline = 1u << 13,   // H: itemprop=headline, class "headline"
    Time = 1u << 14,       // t: a <time> element (lines)
    Control = 1u << 15,    // k: a button, label or form control (lines)
    Author = 1u << 16,     // A: rel=author, itemprop=author (lines)
    Entry = 1u << 17,      // e: entry, post, story, text, blog: likelier text than not
};
constexpr quint32 boilerplateMask = Comments | Share | Related | Navigation | Ads | Subscribe | Header | Footer | Sidebar;
QString letters(quint32 hints);
quint32 fromLetters(QStringView letters);
// The hints a class, id, role or custom tag name suggests ("share-bar" -> Share).
quint32 fromNames(QStringView names);
} // namespace HtmlHint

struct HtmlNodeEvidence
{
    int parent = -1;
    QString tag;          // "div", "p", "h1", "nav", "li", ...
    quint32 hints = 0;    // HtmlHint of the element itself (its ancestors' are theirs)
};

struct HtmlLineEvidence
{
    int node = -1;        // the block element holding the line
    int linkCharacters = 0;
    quint32 hints = 0;    // HtmlHint of inline elements on the line
};

struct HtmlEvidence
{
    QList<HtmlNodeEvidence> nodes;
    QList<HtmlLineEvidence> lines;

    QJsonObject toJson() const;
    // Null when the value is not evidence this version reads (so the engine falls back to
    // plain text).
    static std::optional<HtmlEvidence> fromJson(const QJsonValue &value);
    static QString metaKey(); // "html"
};

} // namespace Copydesk
