#pragma once

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

// Prodigy's task JSONL, one task a line, as its ner.manual, spans.manual and rel.manual
// recipes write them (prodigy db-out) and read them:
// {"text", "tokens": [{"text", "start", "end", "id", "ws"}],
//  "spans": [{"start", "end", "label", "token_start", "token_end"}],
//  "relations": [{"head", "child", "label", "head_span": {...}, "child_span": {...}}],
//  "answer": "accept", "meta": {...}}.
// Offsets count code points (Python's str); token_end is the span's last token (inclusive);
// a relation's head and child are the last tokens of its spans, head_span and child_span the
// spans themselves.
//
// Reading: chosen only with --format prodigy. The text and spans (start, end, label; the
// tokens are not needed); relations by their head_span and child_span (a span they name that
// "spans" lacks is added), or by head and child token indexes through "tokens". "answer":
// accept (or none) makes the spans decisions, reject rejections, ignore suggestions. The
// document's id is meta.id, else "<file>:<line>"; meta goes to the document's meta.
class ProdigyReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
    static bool parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *document, QString *error);
};

// One task a document, "answer": "accept", tokens as DocTokens with spaCy's whitespace (what
// Prodigy's add_tokens makes of a text), meta with the document's id and columns. warnings()
// count spans that are empty or start or end in whitespace (left out: Prodigy spans are whole
// tokens); statuses, attributes and notes, which Prodigy tasks cannot hold, the exporter reports.
class ProdigyWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

private:
    int m_unaligned = 0;
};

} // namespace Copydesk
