#include "inputfile.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Copydesk {

InputFile::InputFile(const QString &path)
    : m_file(path)
{
}

QString InputFile::notRegular(const QString &path)
{
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(QFile::encodeName(path).toStdString(), error);
    if (error)
        return QString();
    switch (status.type()) {
    case std::filesystem::file_type::regular:
    case std::filesystem::file_type::not_found:
        return QString();
    case std::filesystem::file_type::directory:
        return QCoreApplication::translate("Import", "a folder");
    case std::filesystem::file_type::fifo:
        return QCoreApplication::translate("Import", "a FIFO (named pipe)");
    case std::filesystem::file_type::character:
        return QCoreApplication::translate("Import", "a character device");
    case std::filesystem::file_type::block:
        return QCoreApplication::translate("Import", "a block device");
    case std::filesystem::file_type::socket:
        return QCoreApplication::translate("Import", "a socket");
    default:
        return QCoreApplication::translate("Import", "not an ordinary file");
    }
}

bool InputFile::open(QList<ImportProblem> *problems)
{
    // Checked before opening: opening a FIFO waits for a writer.
    const QString what = notRegular(m_file.fileName());
    if (!what.isEmpty()) {
        problems->append({m_file.fileName(), 0, QCoreApplication::translate("Import", "this is %1, not a regular file; Copydesk imports files: "
                                                    "save what it holds to a file and import that").arg(what)});
        return false;
    }
    if (m_file.open(QIODevice::ReadOnly))
        return true;
    problems->append({m_file.fileName(), 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(m_file.errorString())});
    return false;
}

QString tooLargeMessage(qint64 limit)
{
    return QCoreApplication::translate("Import", "larger than %1 MB, the most Copydesk reads as one document; "
                                                 "split it into smaller documents")
        .arg(double(limit) / (1024 * 1024), 0, 'g', 3);
}

bool InputFile::readAll(qint64 limit, QByteArray *bytes, QList<ImportProblem> *problems)
{
    if (m_file.size() > limit) {
        problems->append({m_file.fileName(), 0, QCoreApplication::translate("Import", "the file is %1").arg(tooLargeMessage(limit))});
        return false;
    }
    // In pieces, not read(limit + 1): that allocates the limit (64 MB) whatever the file's size.
    bytes->clear();
    while (bytes->size() <= limit) {
        const QByteArray piece = m_file.read(std::min<qint64>(limit + 1 - bytes->size(), 1 << 20));
        if (piece.isEmpty())
            break;
        bytes->append(piece);
    }
    if (bytes->size() > limit) {
        problems->append({m_file.fileName(), 0, QCoreApplication::translate("Import", "the file is %1").arg(tooLargeMessage(limit))});
        return false;
    }
    if (m_file.error() != QFileDevice::NoError) {
        problems->append({m_file.fileName(), 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(m_file.errorString())});
        return false;
    }
    return true;
}

bool InputFile::readLine(qint64 limit, QByteArray *line, bool *tooLong, QList<ImportProblem> *problems)
{
    *tooLong = false;
    line->clear();
    if (m_file.atEnd())
        return false;
    // At most the limit, a CR and the LF, read in pieces: QIODevice::readLine(maxSize) allocates
    // maxSize bytes at once, 64 MB for every line of a JSONL file at the default limit.
    constexpr qint64 piece = 1 << 16;
    QByteArray read = m_file.readLine(std::min(limit + 3, piece));
    if (read.isEmpty()) {
        problems->append({m_file.fileName(), m_lineNumber + 1, QCoreApplication::translate("Import", "cannot read the file: %1").arg(m_file.errorString())});
        return false;
    }
    ++m_lineNumber;
    bool ended = read.endsWith('\n') || m_file.atEnd();
    while (!ended && read.size() < limit + 3) {
        const QByteArray more = m_file.readLine(std::min(limit + 3 - read.size(), piece));
        if (more.isEmpty())
            break;
        read += more;
        ended = read.endsWith('\n') || m_file.atEnd();
    }
    // A line too long to keep is read past in pieces.
    while (!ended) {
        read = m_file.readLine(1 << 16);
        ended = read.isEmpty() || read.endsWith('\n') || m_file.atEnd();
        *tooLong = true;
    }
    if (*tooLong)
        return true;
    if (read.endsWith('\n'))
        read.chop(read.endsWith("\r\n") ? 2 : 1);
    if (read.size() > limit) {
        *tooLong = true;
        return true;
    }
    *line = std::move(read);
    return true;
}

namespace FormatSupport {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a "\uXXXX" escape at i (the backslash); -1 when there is none.
int escapedUnit(const QByteArray &bytes, qsizetype i)
{
    if (i + 5 >= bytes.size() || bytes[i] != '\\' || bytes[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(bytes[k]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Whether digits (an integer's, without its sign) fit in a qint64.
bool fitsInt64(QByteArrayView digits, bool negative)
{
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    const QByteArrayView limit = negative ? QByteArrayView("9223372036854775808") : QByteArrayView("9223372036854775807");
    return digits.size() < limit.size() || (digits.size() == limit.size() && digits.compare(limit) <= 0);
}

} // namespace

bool prepareJson(QByteArray *bytesPointer, QString *error, qint64 *errorLine)
{
    const QByteArray &bytes = *bytesPointer;
    const qsizetype n = bytes.size();
    qint64 line = 0;
    qsizetype lineStart = 0;
    bool inString = false;
    QList<std::pair<qsizetype, qsizetype>> longIntegers;
    for (qsizetype i = 0; i < n;) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        }
        if (inString) {
            if (c == '"')
                inString = false;
            if (c != '\\') {
                ++i;
                continue;
            }
            const int unit = escapedUnit(bytes, i);
            const bool high = unit >= 0xD800 && unit <= 0xDBFF;
            const int next = high ? escapedUnit(bytes, i + 6) : -1;
            if (high && next >= 0xDC00 && next <= 0xDFFF) {
                i += 12;
                continue;
            }
            if (unit >= 0xD800 && unit <= 0xDFFF) {
                // Characters count code points: UTF-8 bytes that do not continue one.
                qint64 character = 1;
                for (qsizetype k = lineStart; k < i; ++k)
                    character += (bytes[k] & 0xC0) != 0x80 ? 1 : 0;
                *error = QCoreApplication::translate("Import", "a lone surrogate (\\u%1) at character %2: JSON strings must hold whole "
                                                              "characters (a pair is written \\uD83D\\uDE00); fix the escape")
                             .arg(unit, 4, 16, QChar(u'0')).arg(character);
                *errorLine = line;
                return false;
            }
            i += unit >= 0 ? 6 : 2;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            // The whole number: sign, digits, fraction, exponent.
            auto isDigit = [&](qsizetype k) { return k < n && bytes[k] >= '0' && bytes[k] <= '9'; };
            qsizetype end = i + (c == '-' ? 1 : 0);
            const qsizetype digits = end;
            while (isDigit(end))
                ++end;
            const qsizetype digitsEnd = end;
            if (end < n && bytes[end] == '.') {
                ++end;
                while (isDigit(end))
                    ++end;
            }
            if (end < n && (bytes[end] == 'e' || bytes[end] == 'E')) {
                ++end;
                if (end < n && (bytes[end] == '+' || bytes[end] == '-'))
                    ++end;
                while (isDigit(end))
                    ++end;
            }
            if (end == digitsEnd && digitsEnd > digits
                && !fitsInt64(QByteArrayView(bytes).sliced(digits, digitsEnd - digits), c == '-'))
                longIntegers.append({i, end});
            i = std::max(end, i + 1);
            continue;
        }
        ++i;
    }
    for (auto it = longIntegers.crbegin(); it != longIntegers.crend(); ++it) {
        bytesPointer->insert(it->second, '"');
        bytesPointer->insert(it->first, '"');
    }
    return true;
}

bool parseJsonObject(QByteArray bytes, QJsonObject *object, QString *error, qint64 *errorLine, const char *notObject)
{
    qint64 line = 0;
    if (!prepareJson(&bytes, error, &line)) {
        if (errorLine)
            *errorLine = line;
        return false;
    }
    if (errorLine)
        *errorLine = 0;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Import", "not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!json.isObject()) {
        *error = QCoreApplication::translate("Import", notObject);
        return false;
    }
    *object = json.object();
    return true;
}

bool readJsonLines(const QString &path, const ReadOptions &options, JsonLineParser parse,
                   const std::function<bool(ImportedDocument &&)> &sink, QList<ImportProblem> *problems)
{
    InputFile file(path);
    if (!file.open(problems))
        return false;
    const QFileInfo info(path);
    const QString notImported = QCoreApplication::translate("Import", "; this document was not imported");
    QByteArray line;
    bool tooLong = false, any = false;
    while (file.readLine(options.limits.documentBytes, &line, &tooLong, problems)) {
        const qint64 lineNumber = file.lineNumber();
        if (tooLong) {
            any = true;
            problems->append({path, lineNumber, QCoreApplication::translate("Import", "the line is %1").arg(tooLargeMessage(options.limits.documentBytes))
                                                    + notImported});
            continue;
        }
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        any = true;
        ImportedDocument doc;
        doc.annotator = info.fileName();
        doc.file = path;
        doc.line = lineNumber;
        QString error;
        if (!parse(line, options, &doc, &error)) {
            problems->append({path, lineNumber, error + notImported});
            continue;
        }
        if (doc.document.externalId.isEmpty())
            doc.document.externalId = u"%1:%2"_s.arg(info.completeBaseName()).arg(lineNumber);
        if (!sink(std::move(doc)))
            return true;
    }
    if (!any) {
        problems->append({path, 0, QCoreApplication::translate("Import", "the file is empty; nothing to import")});
        return false;
    }
    return true;
}

JsonArrayReader::JsonArrayReader(QIODevice *device, qint64 limit)
    : m_device(device)
    , m_limit(limit)
{
}

bool JsonArrayReader::fill()
{
    m_buffer = m_device->read(1 << 16);
    m_position = 0;
    return !m_buffer.isEmpty();
}

void JsonArrayReader::skipSpace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return;
        if (c == '\n')
            ++m_line;
        ++m_position;
    }
}

// Scans one element (strings with escapes, nesting, lines) up to the ',' or bracket after it at
// depth 0; a single object ends with its own closing brace.
JsonArrayReader::Result JsonArrayReader::scanElement(JsonElement *element, QString *error, qint64 *errorLine)
{
    element->bytes.clear();
    element->line = m_line;
    int depth = 0;
    bool inString = false, escaped = false, tooLarge = false, done = false;
    qint64 size = 0;
    while (!done) {
        if (atEnd()) {
            *error = QCoreApplication::translate("Import", "the JSON array is not closed (the file ends early)");
            *errorLine = element->line;
            m_finished = true;
            return Result::Error;
        }
        const qsizetype from = m_position;
        for (; m_position < m_buffer.size() && !done; ++m_position) {
            const char c = m_buffer.at(m_position);
            if (c == '\n')
                ++m_line;
            if (escaped) {
                escaped = false;
            } else if (inString) {
                escaped = c == '\\';
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && depth == 0) {
                done = true;
                break;
            } else if (c == '}' || c == ']') {
                // A single object is whole when its own brace closes.
                done = --depth == 0 && m_single;
            } else if (c == ',' && depth == 0) {
                done = true;
                break;
            }
        }
        size += m_position - from;
        tooLarge = tooLarge || size > m_limit;
        if (tooLarge)
            element->bytes.clear();
        else
            element->bytes.append(m_buffer.constData() + from, m_position - from);
    }
    return tooLarge ? Result::TooLarge : Result::Element;
}

JsonArrayReader::Result JsonArrayReader::next(JsonElement *element, QString *error, qint64 *errorLine)
{
    auto fail = [&](const char *message) {
        *error = QCoreApplication::translate("Import", message);
        *errorLine = m_line;
        m_finished = true;
        return Result::Error;
    };
    if (m_finished)
        return Result::End;
    if (!m_started) {
        m_started = true;
        if (fill() && m_buffer.startsWith("\xEF\xBB\xBF"))
            m_position = 3;
        skipSpace();
        if (atEnd()) {
            m_line = 0;
            return fail(QT_TRANSLATE_NOOP("Import", "the file is empty; nothing to import"));
        }
        m_single = peek() == '{';
        if (!m_single && peek() != '[')
            return fail(QT_TRANSLATE_NOOP("Import", "the file does not hold a JSON array of tasks"));
        if (!m_single)
            ++m_position;
    }
    if (m_single) {
        const Result result = scanElement(element, error, errorLine);
        skipSpace();
        if (result != Result::Error && !atEnd())
            return fail(QT_TRANSLATE_NOOP("Import", "text after the end of the JSON object"));
        m_finished = true;
        return result;
    }
    skipSpace();
    if (atEnd())
        return fail(QT_TRANSLATE_NOOP("Import", "the JSON array is not closed (the file ends early)"));
    if (peek() == ']') {
        ++m_position;
        skipSpace();
        if (!atEnd())
            return fail(QT_TRANSLATE_NOOP("Import", "text after the end of the JSON array"));
        m_finished = true;
        return Result::End;
    }
    const Result result = scanElement(element, error, errorLine);
    if (result == Result::Error)
        return result;
    if (peek() == ',')
        ++m_position;
    else if (peek() == '}')
        return fail(QT_TRANSLATE_NOOP("Import", "a \"}\" closes nothing"));
    return result;
}

} // namespace FormatSupport
} // namespace Copydesk
