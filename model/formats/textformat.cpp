#include "textformat.h"

#include <QFileInfo>

#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

bool TextReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                      QList<ImportProblem> *problems) const
{
    InputFile file(path);
    QByteArray bytes;
    if (!file.open(problems) || !file.readAll(options.limits.documentBytes, &bytes, problems))
        return false;
    ImportedDocument doc;
    QString error;
    if (!decodeText(std::move(bytes), &doc.document.text, &error)) {
        problems->append({path, 0, error});
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    doc.document.externalId = FormatSupport::documentIdForPath(path, options.rootDirectory);
    doc.document.meta.insert(u"file"_s, fileName);
    FormatSupport::fillDocumentColumns(doc.document);
    doc.annotator = fileName;
    doc.file = path;
    sink(std::move(doc));
    return true;
}

bool TextWriter::write(const ExportedDocument &document, QString *error)
{
    QByteArray bytes;
    if (!m_first)
        bytes += "\n\f\n";
    m_first = false;
    bytes += document.document.text.toUtf8();
    ++m_written;
    return writeBytes(bytes, error);
}

} // namespace Copydesk
