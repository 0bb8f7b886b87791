#include "formatregistry.h"

#include <QFileInfo>

#include "documentreader.h"
#include "documentwriter.h"
#include "jsonlformat.h"
#include "textformat.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// Formats added by other files register through these (see formats.cmake).
std::unique_ptr<DocumentReader> createExtraReader(const QString &formatName);
std::unique_ptr<DocumentWriter> createExtraWriter(const QString &formatName);
QStringList extraReaderNames();
QStringList extraWriterNames();

std::unique_ptr<DocumentReader> createReader(const QString &formatName)
{
    if (formatName == u"txt")
        return std::make_unique<TextReader>();
    if (formatName == u"jsonl")
        return std::make_unique<JsonlReader>();
    return createExtraReader(formatName);
}

std::unique_ptr<DocumentReader> createReaderForPath(const QString &path)
{
    // Extensions may have several parts ("html.gz").
    const QString fileName = QFileInfo(path).fileName();
    for (const QString &name : readerNames()) {
        auto reader = createReader(name);
        if (!reader)
            continue;
        for (const QString &extension : reader->extensions()) {
            if (fileName.endsWith(u'.' + extension, Qt::CaseInsensitive) && fileName.size() > extension.size() + 1)
                return reader;
        }
    }
    return nullptr;
}

std::unique_ptr<DocumentWriter> createWriter(const QString &formatName)
{
    if (formatName == u"jsonl")
        return std::make_unique<JsonlWriter>();
    if (formatName == u"txt")
        return std::make_unique<TextWriter>();
    return createExtraWriter(formatName);
}

QStringList readerNames()
{
    return QStringList{u"txt"_s, u"jsonl"_s} + extraReaderNames();
}

QStringList writerNames()
{
    return QStringList{u"jsonl"_s, u"txt"_s} + extraWriterNames();
}

} // namespace Copydesk
