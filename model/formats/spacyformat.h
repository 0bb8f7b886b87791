#pragma once

#include "documentwriter.h"

namespace Copydesk {

// JSONL for spaCy users, one document a line:
// {"id", "text", "ents": [[start, end, "LABEL"]], "spans": {"sc": [[start, end, "LABEL"]]},
//  "relations": [[head, child, "LABEL"]], "meta"}
// Offsets count code points, as Python's str does (text[start:end] is the span), ready for
// Doc.char_span(). "ents" holds the spans of the schema's entities layer that do not overlap
// (the longer, then the earlier, wins; doc.ents cannot overlap); "spans"/"sc" (the
// SpanCategorizer's default key) holds every exported span, sorted; "relations" index into
// "sc". warnings() count entities left out of "ents" for overlapping (they stay in "sc");
// attributes, notes and statuses, which it cannot hold, the exporter reports.
class SpacyWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

private:
    int m_overlapping = 0;
};

} // namespace Copydesk
