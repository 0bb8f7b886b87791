#pragma once

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

// Plain UTF-8 text: one document a file; its id is the path relative to the imported folder
// (or the file name) without extension; the first non-empty line is its title.
class TextReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
};

// The texts, separated by form feeds (one document: just its text).
class TextWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;

private:
    bool m_first = true;
};

} // namespace Copydesk
