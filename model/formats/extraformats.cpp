// Formats beyond txt and jsonl. Each further format adds its reader and writer here.
#include <memory>

#include <QStringList>

#include "conllformat.h"
#include "documentreader.h"
#include "documentwriter.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

std::unique_ptr<DocumentReader> createExtraReader(const QString &formatName)
{
    if (formatName == u"conll")
        return std::make_unique<ConllReader>();
    return nullptr;
}

std::unique_ptr<DocumentWriter> createExtraWriter(const QString &formatName)
{
    if (formatName == u"conll")
        return std::make_unique<ConllWriter>();
    return nullptr;
}

QStringList extraReaderNames()
{
    return {u"conll"_s};
}

QStringList extraWriterNames()
{
    return {u"conll"_s};
}

} // namespace Copydesk
