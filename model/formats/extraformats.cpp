// Formats beyond txt and jsonl. Each further format adds its reader and writer here.
#include <memory>

#include <QStringList>

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

std::unique_ptr<DocumentReader> createExtraReader(const QString &) { return nullptr; }
std::unique_ptr<DocumentWriter> createExtraWriter(const QString &) { return nullptr; }
QStringList extraReaderNames() { return {}; }
QStringList extraWriterNames() { return {}; }

} // namespace Copydesk
