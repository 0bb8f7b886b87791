#pragma once

#include "documentreader.h"

namespace Copydesk {

// An HTML page (.html, .htm, .xhtml, each also gzipped as .html.gz ...) read as a browser
// would show it to a reader (see html/htmltext.h for what is kept and left out), one document
// a page; its id is the path relative to the imported folder without the extensions.
// Encoding: byte order mark, else <meta charset> or http-equiv, else UTF-8; bytes that are not
// valid in it refuse the page with a message naming the byte. Metadata (html/htmlmetadata.h)
// fills title, byline, source, published date, URL and language, and goes into the meta with
// the description, keywords and the encoding. The page's structure goes into the meta as
// evidence for the furniture engine (html/htmlevidence.h). Nothing is fetched: links, images
// and styles are never loaded.
class HtmlReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;

    // The same for bytes in memory (gzip is recognised by its magic number).
    static bool readBytes(const QByteArray &bytes, ImportedDocument *document, QString *error);
};

} // namespace Copydesk
