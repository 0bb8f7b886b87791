#pragma once

#include <QByteArray>
#include <QString>

struct GumboInternalNode;

namespace Copydesk {

// Decompresses gzip data (a .html.gz file; several members are read one after another).
// Refuses data that would grow past maxBytes (a "zip bomb") or that is not gzip.
bool gunzip(const QByteArray &compressed, QByteArray *out, QString *error, qint64 maxBytes = 512LL * 1024 * 1024);

// How the bytes of a page were decoded.
struct HtmlEncoding
{
    QString name;        // "UTF-8", "windows-1252", ...
    QString declaredBy;  // "bom", "meta", "default"
};

// Turns the bytes of an HTML page into UTF-8 for the parser, choosing the encoding as a
// browser does: a byte order mark, else <meta charset> or <meta http-equiv="Content-Type">,
// else UTF-8. Labels are read as the WHATWG Encoding Standard maps them (latin1 and ascii mean
// windows-1252, a declared UTF-16 without a BOM means UTF-8). Returns false with *error when
// the bytes are not valid in that encoding (naming the byte) or the encoding is not known.
// declaredLabel: what the page's <meta> says, when the caller parsed it already (see
// declaredCharset()); else the start of the page is parsed for it.
bool decodeHtmlBytes(const QByteArray &bytes, QByteArray *utf8, HtmlEncoding *encoding, QString *error,
                     const QString *declaredLabel = nullptr);
bool hasByteOrderMark(const QByteArray &bytes);

// The encoding label of the first <meta charset> or <meta http-equiv="Content-Type"> of a
// parsed page (empty when there is none).
QString declaredCharset(const GumboInternalNode *document);

// The encoding a label names, as the WHATWG Encoding Standard maps labels to encodings
// (lower case, trimmed); empty for labels it does not know.
QString encodingForLabel(QStringView label);

} // namespace Copydesk
