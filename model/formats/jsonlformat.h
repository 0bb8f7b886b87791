#pragma once

#include "documentreader.h"
#include "documentwriter.h"
#include "formatsupport.h"
#include "textoffsets.h"

namespace Copydesk {

// Copydesk JSONL: one document a line,
// {"id", "text", "meta", "spans": [{"id", "start", "end", "label", "attrs"}], "relations": [{"label", "head", "child"}]}.
// Offsets count code points. Text and id are kept exactly.
class JsonlReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
    // Parses one line; false with *error when it is not a valid document.
    static bool parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *document, QString *error);
};

// The same shape, adding each span's covered "text", "status", "annotator", and for engines
// "confidence" and "reason"; keys in the order a person reads them.
class JsonlWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;

private:
    void addEvidence(FormatSupport::OrderedJsonObject &span, const Annotation &a, const QString &text,
                     const TextOffsets &offsets) const;
};

} // namespace Copydesk
