#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include "documentreader.h"

class QJsonObject;

namespace Copydesk {

// A file to import from, read safely: only regular files are opened (a FIFO or a device could
// block for ever or never end: "import P /dev/zero"), and nothing larger than a document's
// limit is held in memory at once.
class InputFile final
{
public:
    explicit InputFile(const QString &path);

    // False, with a problem naming the file, when it is not a regular file or cannot be read.
    bool open(QList<ImportProblem> *problems);
    // The whole file; false (reported) when it is larger than limit bytes or cannot be read.
    bool readAll(qint64 limit, QByteArray *bytes, QList<ImportProblem> *problems);
    // The next line without its line end ("\n" or "\r\n"); false at the end of the file (or on
    // a read error, reported). A line longer than limit bytes is read past, not kept: *line is
    // empty and *tooLong set.
    bool readLine(qint64 limit, QByteArray *line, bool *tooLong, QList<ImportProblem> *problems);
    qint64 lineNumber() const { return m_lineNumber; }
    QFile &file() { return m_file; }

    // Why path cannot be imported when it is not a regular file ("a FIFO", ...); empty when it is
    // one (or does not exist: opening it says so).
    static QString notRegular(const QString &path);

private:
    QFile m_file;
    qint64 m_lineNumber = 0;
};

// A message saying a document is larger than the limit, and what to do.
QString tooLargeMessage(qint64 limit);

namespace FormatSupport {

// Checks JSON text before Qt parses it. A \uD800-\uDFFF escape that is not one half of a
// surrogate pair (a lone surrogate: Qt keeps it, UTF-8 cannot hold it, and the text would be
// changed when stored) is an error naming its line (counted from 0 in bytes) and character.
// An integer too long for 64 bits is turned into a string of its digits, so an id keeps them
// exactly (Qt would keep a rounded double).
bool prepareJson(QByteArray *bytes, QString *error, qint64 *errorLine);

// One JSON object from bytes; false with *error saying where the JSON is broken (*errorLine:
// its line in bytes, from 0), or that it is not an object (notObject: what it should be,
// translated in context "Import").
bool parseJsonObject(QByteArray bytes, QJsonObject *object, QString *error, qint64 *errorLine = nullptr,
                     const char *notObject = QT_TRANSLATE_NOOP("Import", "a line must hold one JSON object (a document)"));

// Files of one JSON document a line (Copydesk JSONL, doccano): parses every non-empty line (a
// byte order mark before the first dropped) into a document of the file (its annotator the
// file's name, its id "<file base name>:<line>" when the line gives none) and passes it on.
// A line parse refuses, or one longer than the limit, is reported with its line; the file's
// other lines are read.
using JsonLineParser = bool (*)(const QByteArray &line, const ReadOptions &options, ImportedDocument *document, QString *error);
bool readJsonLines(const QString &path, const ReadOptions &options, JsonLineParser parse,
                   const std::function<bool(ImportedDocument &&)> &sink, QList<ImportProblem> *problems);

// The elements of a top-level JSON array read one at a time from a file, each with the line
// it starts on (1-based) so that problems can name a line. A file holding one object gives
// that object.
struct JsonElement
{
    QByteArray bytes;
    qint64 line = 1;
};
class JsonArrayReader final
{
public:
    // limit: the most bytes an element may have; a larger one is read past and reported.
    JsonArrayReader(QIODevice *device, qint64 limit);
    enum class Result { Element, TooLarge, End, Error };
    // The next element. TooLarge: element->line says where the element began; the next call
    // goes on after it. Error: the file is not a JSON array (or ends early), *error and
    // *errorLine say where; nothing more can be read.
    Result next(JsonElement *element, QString *error, qint64 *errorLine);

private:
    bool fill();
    bool atEnd() { return m_position >= m_buffer.size() && !fill(); }
    char peek() const { return m_buffer.at(m_position); }
    void skipSpace();
    Result scanElement(JsonElement *element, QString *error, qint64 *errorLine);

    QIODevice *m_device;
    qint64 m_limit;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_single = false;    // the file is one object, not an array
    bool m_finished = false;
};

} // namespace FormatSupport
} // namespace Copydesk
