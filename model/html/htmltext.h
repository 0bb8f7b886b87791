#pragma once

#include <QString>

#include "htmlevidence.h"

struct GumboInternalNode;

namespace Copydesk {

// The visible text of a page, as a reader sees it without styles: one line per paragraph,
// heading, list item, table cell or other block (and per <br>), a blank line around
// paragraphs, headings, lists, tables, quotations and figures; white space collapsed as
// browsers collapse it (kept in <pre>); entities decoded by the parser.
//
// Left out, because a reader of the page does not see them: comments, <head>, <script>,
// <style>, <template>, <noscript> (what a browser shows only with scripts off: "please
// enable JavaScript", tracking pixels), form controls (<select>, <textarea>, <input>),
// embedded objects (<iframe>, <object>, <video>, <audio>, <canvas>, <svg>), images (their alt
// text), a closed <dialog>, and every element that hides itself: the hidden attribute,
// aria-hidden="true", an inline style display:none or visibility:hidden.
//
// Alongside, the structural evidence of every line (HtmlEvidence) for the furniture engine.
struct HtmlText
{
    QString text;
    HtmlEvidence evidence;
};

HtmlText extractHtmlText(const GumboInternalNode *document);

// Whether an element hides itself and its content (the attributes above).
bool isHiddenElement(const GumboInternalNode *node);

} // namespace Copydesk
