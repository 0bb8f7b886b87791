#pragma once

#include <optional>

#include "engine.h"

namespace Copydesk {

class FurnitureLexicon;

// Page furniture of a document imported from HTML, from the page's structure as the import
// recorded it in the meta (html/htmlevidence.h) together with the text rules' phrase lists:
// the article body is found as Readability finds it (paragraph text scored up the tree, link
// density against it, class and id names for and against; the best container and its
// siblings of similar weight), then cleaned as trafilatura cleans it (navigation, asides,
// share and comment widgets, related-story lists, forms, link lists removed); every line
// outside the body is furniture. The headline is the <h1> (or the line matching the title),
// bylines and dates are metadata. Lines keep their place in the text: nothing is removed,
// everything is labelled.
//
// Null when the document has no usable evidence (no "html" meta, or evidence that does not
// match the text line for line): then the plain-text rules apply unchanged.
std::optional<EngineResult> annotateHtmlFurniture(const EngineDocument &document, const CorpusContext *corpus,
                                                  const FurnitureLexicon &lexicon);

} // namespace Copydesk
