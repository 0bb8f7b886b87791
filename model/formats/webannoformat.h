#pragma once

#include "documentreader.h"
#include "documentwriter.h"
#include "formatsupport.h"

namespace Copydesk {

// WebAnno TSV 3.3, the format INCEpTION and WebAnno read and write: one document a file,
// "#FORMAT=WebAnno TSV 3.3", the layers' column declarations (#T_SP= span layers, #T_RL=
// relation layers with a BT_ base type), two blank lines, then each sentence: its text on
// "#Text=" lines (split at line breaks, escaped) and a row per token, "sentence-token<TAB>
// begin-end<TAB>token<TAB>" and a value per column, each followed by a tab. Offsets count
// UTF-16 units, as the format requires. A span over several tokens, or on a token another span
// covers too, carries a disambiguation id ("QUOTE[3]" on each of its tokens; stacked values
// joined by "|"); a relation is written on the first token of its target, its column naming
// the first token of its source ("1-4", with "[source_target]" ids when either has one).
//
// Copydesk writes the span layer webanno.custom.Copydesk (feature "label") and the relation
// layer webanno.custom.CopydeskRelation (feature "label") over it: in INCEpTION, make those two
// layers before importing. Every sentence's text runs up to the next sentence's first token, so
// the text between sentences (paragraph breaks) survives; the format cannot hold whitespace
// before a document's first word.
//
// Reading (--format webanno): the text as INCEpTION rebuilds it (sentence texts at their first
// token's offset, gaps filled with spaces; the line break the format adds at the end dropped);
// every span layer's annotations (the "label" or "value" feature, else the first, as the
// label; a layer without features gives its short name), tokens and sub-tokens, multi-token
// and stacked annotations by their ids; every relation layer's relations (its first feature
// the label). Chain layers and slot features are not read: such a file is reported.
class WebAnnoReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
};

class WebAnnoWriter final : public DocumentWriter
{
public:
    bool writesDirectory() const override { return true; }
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

private:
    FormatSupport::FileNames m_fileNames;
    int m_trimmed = 0;      // spans starting or ending in whitespace, written on their words
    int m_leftOut = 0;      // spans without a word
    int m_leadingSpace = 0; // documents with whitespace before their first word
};

} // namespace Copydesk
