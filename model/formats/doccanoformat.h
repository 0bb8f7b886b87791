#pragma once

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

// doccano JSONL (https://github.com/doccano/doccano), one document a line. Chosen only with
// --format doccano: the extension .jsonl stays Copydesk JSONL's.
//
// Offsets count UTF-16 code units, as doccano's browser editor does (doccano issue #2290: an
// emoji counts two), both ways; a text's CRLF or CR becomes LF and the offsets move with it.
// Projects set to "count grapheme clusters as one character" write other offsets and are not
// read correctly.
//
// Reading accepts the sequence-labelling form {"text", "label": [[start, end, "LABEL"], ...]}
// ("labels" too) and the relation form {"text", "entities": [{"id", "start_offset",
// "end_offset", "label"}], "relations": [{"from_id", "to_id", "type"}]} (from_id the head;
// an entity id names one entity of the line, and a line may hold ReadLimits::relations).
// "id" is the document's id ("<file>:<line>" without one); "meta" and every other key go to
// the document's meta (a list of plain strings under "label", a text-classification label,
// becomes meta "categories"). Labels and relation types go through the label map (mapped to
// nothing: left out). A line that is not such a document, or whose offsets lie outside its
// text or inside a character, is reported with its line and not imported.
class DoccanoReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
    static bool parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *document, QString *error);
};

// Writes the sequence-labelling form {"id", "text", "label": [[start, end, "LABEL"]], "meta"}
// (meta with the document's title, source, ...), which doccano imports. What it cannot hold
// (relations, attributes, notes, statuses) is in the format table and reported by the exporter.
class DoccanoWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;
};

} // namespace Copydesk
