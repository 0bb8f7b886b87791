#include "textformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString ImportProblem::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

// Returns the offset of the first byte that is not part of valid UTF-8, or -1.
static qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        uint cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

bool decodeText(QByteArray bytes, QString *text, QString *error, bool normaliseLineEnds)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Import", "the file is empty; nothing to import");
        return false;
    }
    if (bytes.contains('\0')) {
        *error = QCoreApplication::translate("Import", "this is a binary file, not UTF-8 text (it contains NUL bytes at byte %1)").arg(bytes.indexOf('\0'));
        return false;
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        *error = QCoreApplication::translate("Import", "invalid UTF-8 at byte %1; save the file as UTF-8 and import it again").arg(bad);
        return false;
    }
    if (normaliseLineEnds && bytes.contains('\r')) {
        bytes.replace("\r\n", "\n");
        bytes.replace('\r', '\n');
    }
    *text = QString::fromUtf8(bytes);
    return true;
}

QString TextReader::name() const
{
    return u"txt"_s;
}

QStringList TextReader::extensions() const
{
    return {u"txt"_s, u"text"_s};
}

bool TextReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                      QList<ImportProblem> *problems) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(file.errorString())});
        return false;
    }
    ImportedDocument doc;
    QString error;
    if (!decodeText(file.readAll(), &doc.document.text, &error)) {
        problems->append({path, 0, error});
        return false;
    }
    const QFileInfo info(path);
    QString id = info.fileName();
    if (!options.rootDirectory.isEmpty())
        id = QDir(options.rootDirectory).relativeFilePath(info.absoluteFilePath());
    const qsizetype dot = id.lastIndexOf(u'.');
    if (dot > id.lastIndexOf(u'/'))
        id.truncate(dot);
    doc.document.externalId = id;
    const QStringList lines = doc.document.text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            doc.document.title = line.trimmed().left(300);
            break;
        }
    }
    doc.document.meta.insert(u"file"_s, info.fileName());
    doc.annotator = info.fileName();
    doc.file = path;
    sink(std::move(doc));
    return true;
}

bool DocumentWriter::begin(QIODevice *device, const ExportContext &context, QString *)
{
    m_device = device;
    m_context = context;
    return true;
}

bool DocumentWriter::finish(QString *)
{
    return true;
}

QString TextWriter::name() const
{
    return u"txt"_s;
}

QString TextWriter::extension() const
{
    return u"txt"_s;
}

bool TextWriter::write(const ExportedDocument &document, QString *error)
{
    QByteArray bytes;
    if (!m_first)
        bytes += "\n\f\n";
    m_first = false;
    bytes += document.document.text.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

} // namespace Copydesk
