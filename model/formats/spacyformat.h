#pragma once

#include "documentwriter.h"

namespace Copydesk {

// spaCy's Doc JSON, one document a line, in the shape Doc.to_json() writes and
// Doc.from_json() (spaCy 3.4 and later) reads:
// {"text", "ents": [{"start", "end", "label"}], "sents": [{"start", "end"}],
//  "tokens": [{"id", "start", "end"}], "spans": {"sc": [{"start", "end", "label", "kb_id"}]},
//  "_": {"copydesk": {"id", "meta", "relations": [{"head", "child", "label"}]}}}.
// Offsets count code points, as Python's str does. The tokens are DocTokens with spaCy's
// whitespace (so that from_json rebuilds them and every span is whole tokens); "ents" holds
// the spans of the schema's entities layer that do not overlap (the longer, then the earlier,
// wins: doc.ents cannot overlap); "sc" (the SpanCategorizer's default key) every span, sorted;
// Copydesk's id, meta and relations (indexes into "sc") go under "_", which from_json keeps in
// doc.user_data as the doc._.copydesk extension. warnings() count entities left out of "ents"
// for overlapping (they stay in "sc"), and spans that start or end in whitespace or are
// empty, which spaCy's char_span() cannot place (left out).
class SpacyWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

private:
    int m_overlapping = 0;
    int m_unaligned = 0;
};

} // namespace Copydesk
