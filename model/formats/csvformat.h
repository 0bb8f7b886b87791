#pragma once

#include "documentwriter.h"

namespace Copydesk {

// CSV (RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, CRLF after
// each record), UTF-8 without a byte order mark, a header row, one row per annotation:
// document (external id, else the project's number), annotation (the project's number), label,
// layer, start, end (code points, end exclusive), text, status, annotator, decided_by,
// confidence (empty when none), attrs (compact JSON, empty when none), note, relations (JSON
// [{"label", "child"}] of the relations this annotation heads, child an annotation number).
// Line breaks inside the text, note and JSON fields are kept (quoted); other control
// characters, and any in ids and names, are written as \uXXXX; a field starting with = + - @,
// a tab or a CR gets a leading ' so that spreadsheets take it as text, not a formula (OWASP's
// advice on CSV injection). Everything Copydesk exports fits.
class CsvWriter final : public DocumentWriter
{
public:
    bool begin(QIODevice *device, const ExportContext &context, QString *error) override;
    bool write(const ExportedDocument &document, QString *error) override;

    // A field as a cell: control characters (in a name: line breaks and tabs too) written as
    // \uXXXX, a field a spreadsheet would take for a formula (= + - @ tab CR first) made
    // text with a leading quote, quoted when needed.
    enum class Cell { Name, Text };
    static QString quoted(const QString &field, Cell cell = Cell::Text);

private:
    bool writeRecord(const QStringList &fields, QString *error);
};

} // namespace Copydesk
