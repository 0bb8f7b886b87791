#pragma once

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "../annotation.h"
#include "../document.h"

namespace Copydesk {

// A span as a file gives it (code points, end exclusive).
struct ImportedSpan
{
    QString id;            // the file's id for it; relations refer to it
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    QJsonObject attrs;
    QString annotator;     // empty: the document's annotator
    bool hasStatus = false;
    AnnotationStatus status = AnnotationStatus::Accepted;
    double confidence = -1;
    QString reason;
    QString note;
};

struct ImportedRelation
{
    QString label;
    QString head;          // ImportedSpan::id
    QString child;
};

struct ImportedDocument
{
    Document document;     // id and sha256 are filled in by the store
    QList<ImportedSpan> spans;
    QList<ImportedRelation> relations;
    QString annotator;     // who made the spans: the file's name unless the file says
    QString file;
    qint64 line = 0;       // where the document starts in the file (1-based), 0 for whole files
};

struct ImportProblem
{
    QString file;
    qint64 line = 0;       // 0: the whole file
    QString message;
    QString toString() const;
};

// What a document may hold at most; a larger one is refused with a message saying so (files
// of any size are read, a document at a time).
struct ReadLimits
{
    qint64 documentBytes = 64 * 1024 * 1024; // a document's text, line or task, in bytes
    int relations = 100000;                  // relations per document
};

struct ReadOptions
{
    QString rootDirectory;     // ids of plain-text files are their paths relative to it
    QHash<QString, QString> labelMap; // file label -> project label
    bool textOnly = false;     // ignore the file's annotations
    ReadLimits limits;
};

// Reads one file format (its name and file name extensions are in the format table,
// formatregistry.h). A reader is stateless and may be used from any thread.
class DocumentReader
{
public:
    virtual ~DocumentReader() = default;
    // Reads one file, passing every whole, well-formed document to sink (which returns false
    // to stop). Bad documents are reported in problems and not passed on. Returns false when
    // nothing could be read from the file at all (it is reported in problems too).
    virtual bool read(const QString &path, const ReadOptions &options,
                      const std::function<bool(ImportedDocument &&)> &sink,
                      QList<ImportProblem> *problems) const = 0;
};

// Decodes file bytes as Copydesk imports text: UTF-8, a BOM dropped, CRLF and lone CR turned
// into LF, nothing else changed. Returns false with *error (naming the byte offset of invalid
// UTF-8, or saying the file is binary or empty) when the bytes are not such text.
bool decodeText(QByteArray bytes, QString *text, QString *error, bool normaliseLineEnds = true);
// The offset of the first byte that is not part of valid UTF-8 (overlong forms and surrogates
// are not), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace Copydesk
