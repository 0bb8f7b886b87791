#pragma once

#include <QList>

#include "htmlpagemodel.h"

namespace Copydesk::HtmlPageModel {

// Why a line is or is not part of the article body.
enum class Placement : quint8 {
    Outside,      // outside the article's container
    Body,         // the article's text
    Pruned,       // inside the container, in an element the cleaning removed (widgets, lists of links)
};

struct ArticleBody
{
    int top = -1;                 // the article's container, -1 when none was found
    QList<int> containers;        // it and the siblings taken with it
    QList<Placement> placement;   // one per line
    QList<quint32> prunedBy;      // per line: HtmlHint or Structure bits of what removed it
};

// Finds the article body as Readability does: every paragraph of 25 characters or more adds
// its score (one, its commas, a point per hundred characters up to three) to its parent, half
// of it to the grandparent and less above; an element starts from its tag's weight and the
// weight of its class and id names (article, content, body for; comment, share, related,
// sidebar against) and loses the share of its text that is link text. The best element,
// moved up when most of the other good ones share an ancestor with it, is the container;
// siblings of similar score and plain paragraphs beside it join it. Inside, elements are then
// removed as Readability's cleaning removes them: navigation, asides, footers, forms,
// elements whose names say they are widgets, and lists and blocks that are mostly links.
ArticleBody findArticleBody(Page &page);

} // namespace Copydesk::HtmlPageModel
