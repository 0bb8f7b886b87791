#pragma once

#include <memory>

#include <QStringList>

namespace Copydesk {

class DocumentReader;
class DocumentWriter;

std::unique_ptr<DocumentReader> createReader(const QString &formatName);
// By file name extension (".txt", ".jsonl", ...); null when none fits.
std::unique_ptr<DocumentReader> createReaderForPath(const QString &path);
std::unique_ptr<DocumentWriter> createWriter(const QString &formatName);
QStringList readerNames();
QStringList writerNames();

} // namespace Copydesk
