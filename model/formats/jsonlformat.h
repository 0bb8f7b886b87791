#pragma once

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

// Copydesk JSONL: one document a line,
// {"id", "text", "meta", "spans": [{"id", "start", "end", "label", "attrs"}], "relations": [{"label", "head", "child"}]}.
// Offsets count code points. Text and id are kept exactly.
class JsonlReader final : public DocumentReader
{
public:
    QString name() const override;
    QStringList extensions() const override;
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
    // Parses one line; false with *error when it is not a valid document.
    static bool parseLine(const QByteArray &line, const ReadOptions &options, ImportedDocument *document, QString *error);
};

class JsonlWriter final : public DocumentWriter
{
public:
    QString name() const override;
    QString extension() const override;
    bool write(const ExportedDocument &document, QString *error) override;
    static QJsonObject toJson(const ExportedDocument &document, const ExportContext &context);
};

} // namespace Copydesk
