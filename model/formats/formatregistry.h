#pragma once

#include <memory>

#include <QFlags>
#include <QList>
#include <QStringList>

namespace Copydesk {

class DocumentReader;
class DocumentWriter;

// What of a project's annotations a format can hold. What an export chooses and the format
// cannot hold is left out (or written as something it is not) and reported.
enum class Holding : unsigned {
    Spans = 1 << 0,             // annotations at all (plain text holds none)
    OverlappingSpans = 1 << 1,  // spans that overlap or nest
    Relations = 1 << 2,
    Attributes = 1 << 3,
    Notes = 1 << 4,
    Statuses = 1 << 5,          // suggestions apart from decisions
    Confidences = 1 << 6,
};
Q_DECLARE_FLAGS(Holdings, Holding)
Q_DECLARE_OPERATORS_FOR_FLAGS(Holdings)

// One import and export format: a row of the format table (formatregistry.cpp). Adding a
// format is adding its row there.
struct Format
{
    QString name;                  // as --format names it ("jsonl")
    QString title;                 // as people know it ("Copydesk JSONL")
    QStringList extensions;        // files read by extension ("jsonl", "ndjson"); empty: only with --format
    QStringList companions;        // files that come with its documents (brat's annotation.conf), passed over in folders
    QString exportExtension;       // the file name extension of its export
    std::unique_ptr<DocumentReader> (*makeReader)() = nullptr;  // null: export only
    std::unique_ptr<DocumentWriter> (*makeWriter)() = nullptr;  // null: import only
    Holdings holds;                // what it can hold (see Holding)
    QStringList layers;            // the label layers it holds; empty: every layer
    const char *unit = "";         // what it writes, counted: "%Ln entity(ies)" (translated in context "Formats")
    const char *cannotHold = "";   // what it cannot hold, in words (translated in context "Formats")
};

// Every format, in the order they are listed to people.
const QList<Format> &formats();
// By name, or by a file name's extension; null when none fits.
const Format *findFormat(const QString &formatName);
const Format *formatForPath(const QString &path);
// Whether a file is one a format keeps beside its documents (brat's visual.conf).
bool isCompanionFile(const QString &path);

std::unique_ptr<DocumentReader> createReader(const QString &formatName);
// By file name extension (".txt", ".jsonl", ...); null when none fits.
std::unique_ptr<DocumentReader> createReaderForPath(const QString &path);
std::unique_ptr<DocumentWriter> createWriter(const QString &formatName);
QStringList readerNames();
QStringList writerNames();

} // namespace Copydesk
