#include "formatsupport.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "../labelschema.h"
#include "documentwriter.h"
#include "formatregistry.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QString ImportProblem::toString() const
{
    const QString where = FormatSupport::printable(file);
    if (line > 0)
        return u"%1:%2: %3"_s.arg(where).arg(line).arg(FormatSupport::printable(message));
    return u"%1: %2"_s.arg(where, FormatSupport::printable(message));
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
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

QString DocumentWriter::name() const
{
    return m_format ? m_format->name : QString();
}

QString DocumentWriter::extension() const
{
    return m_format ? m_format->exportExtension : QString();
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

bool DocumentWriter::writeBytes(const QByteArray &bytes, QString *error)
{
    if (m_device->write(bytes) != bytes.size()) {
        *error = FormatSupport::writeError(m_device);
        return false;
    }
    return true;
}

SourceText::SourceText(QString raw)
    : m_raw(std::move(raw))
    , m_rawOffsets(m_raw)
{
    m_text.reserve(m_raw.size());
    qint64 codePoint = 0;
    const qsizetype n = m_raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_raw.at(i);
        if (i == 0 && c == QChar(0xFEFF)) {
            m_removed.append(codePoint);
        } else if (c == u'\r') {
            if (i + 1 < n && m_raw.at(i + 1) == u'\n')
                m_removed.append(codePoint);
            else
                m_text += u'\n';
        } else {
            m_text += c;
        }
        if (!(c.isHighSurrogate() && i + 1 < n && m_raw.at(i + 1).isLowSurrogate()))
            ++codePoint;
    }
}

qint64 SourceText::length(OffsetUnit unit) const
{
    return unit == OffsetUnit::Utf16 ? m_rawOffsets.utf16Length() : m_rawOffsets.codePointLength();
}

bool SourceText::isValid(qint64 offset, OffsetUnit unit) const
{
    if (offset < 0 || offset > length(unit))
        return false;
    return unit == OffsetUnit::CodePoints || m_rawOffsets.snapUtf16(qsizetype(offset)) == offset;
}

bool SourceText::slice(qint64 start, qint64 end, OffsetUnit unit, QString *out) const
{
    if (start > end || !isValid(start, unit) || !isValid(end, unit))
        return false;
    const qsizetype from = unit == OffsetUnit::Utf16 ? qsizetype(start) : m_rawOffsets.toUtf16(start);
    const qsizetype to = unit == OffsetUnit::Utf16 ? qsizetype(end) : m_rawOffsets.toUtf16(end);
    *out = m_raw.mid(from, to - from);
    return true;
}

qint64 SourceText::toText(qint64 offset, OffsetUnit unit) const
{
    const qint64 codePoint = unit == OffsetUnit::Utf16 ? m_rawOffsets.toCodePoint(qsizetype(offset)) : offset;
    // Every removed character before the offset moves it back by one.
    const auto before = std::lower_bound(m_removed.cbegin(), m_removed.cend(), codePoint) - m_removed.cbegin();
    return codePoint - before;
}

namespace FormatSupport {

bool addRelation(ImportedDocument *document, ImportedRelation relation, const ReadLimits &limits, QString *error)
{
    if (document->relations.size() >= limits.relations) {
        *error = QCoreApplication::translate("Import", "the document has more than %1 relations, the most Copydesk imports in one "
                                                       "document; split it, or leave relations out with --label-map LABEL=")
                     .arg(limits.relations);
        return false;
    }
    document->relations.append(std::move(relation));
    return true;
}

bool relateSpans(ImportedDocument *document, const QString &label, const QList<int> &heads, const QList<int> &children,
                 const ReadLimits &limits, QString *error, QSet<QString> *seen)
{
    if (heads.isEmpty() || children.isEmpty())
        return true;
    QSet<QString> local;
    QSet<QString> &made = seen ? *seen : local;
    auto relate = [&](int head, int child) {
        const QString &headId = document->spans[head].id, &childId = document->spans[child].id;
        const QString key = label + u'\x1f' + headId + u'\x1f' + childId;
        if (head == child || made.contains(key))
            return true;
        made.insert(key);
        return addRelation(document, {label, headId, childId}, limits, error);
    };
    for (int child : children) {
        if (!relate(heads.first(), child))
            return false;
    }
    for (int head : heads.sliced(1)) {
        if (!relate(head, children.first()))
            return false;
    }
    return true;
}

bool wholeNumber(const QJsonValue &value, qint64 *number)
{
    if (!value.isDouble())
        return false;
    // toInteger() keeps the digits of integers exactly and checks the range of doubles.
    const qint64 integer = value.toInteger(0);
    if (integer == 0 && value.toDouble() != 0.0)
        return false;
    *number = integer;
    return true;
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    qint64 number = 0;
    return wholeNumber(value, &number) ? QString::number(number) : QString();
}

QString documentIdForPath(const QString &path, const QString &rootDirectory)
{
    const QFileInfo info(path);
    if (rootDirectory.isEmpty())
        return info.completeBaseName();
    QString id = QDir(rootDirectory).relativeFilePath(info.absoluteFilePath());
    const qsizetype dot = id.lastIndexOf(u'.');
    if (dot > id.lastIndexOf(u'/'))
        id.truncate(dot);
    return id;
}

QString firstLine(const QString &text)
{
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.trimmed().left(300).toString();
    }
    return QString();
}

bool mapLabel(const QHash<QString, QString> &labelMap, QString *label)
{
    const auto it = labelMap.constFind(*label);
    if (it == labelMap.constEnd())
        return true;
    *label = it.value();
    return !label->isEmpty();
}

static QString squeezed(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && (text[i + 1] == u'n' || text[i + 1] == u'r' || text[i + 1] == u't')) {
            ++i;
            continue;
        }
        if (!text[i].isSpace())
            out += text[i];
    }
    return out;
}

bool looselyEqual(QStringView a, QStringView b)
{
    return a == b || squeezed(a) == squeezed(b);
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

OrderedJsonObject::OrderedJsonObject(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    for (const auto &[key, value] : members)
        add(key, value);
}

OrderedJsonObject &OrderedJsonObject::add(const QString &key, const QJsonValue &value)
{
    return addJson(key, compactJson(value));
}

OrderedJsonObject &OrderedJsonObject::addJson(const QString &key, const QByteArray &json)
{
    if (m_bytes.size() > 1)
        m_bytes += ',';
    m_bytes += compactJson(key);
    m_bytes += ':';
    m_bytes += json;
    return *this;
}

QByteArray jsonArray(const QList<QByteArray> &elements)
{
    QByteArray out = "[";
    for (const QByteArray &element : elements) {
        if (out.size() > 1)
            out += ',';
        out += element;
    }
    out += ']';
    return out;
}

void fillDocumentColumns(Document &doc)
{
    auto text = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            const QJsonValue v = doc.meta.value(QStringView(key));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
        return QString();
    };
    doc.title = text({u"title", u"headline"});
    doc.source = text({u"source", u"publisher", u"site"});
    doc.url = text({u"url", u"link"});
    doc.byline = text({u"byline", u"author"});
    doc.published = text({u"published", u"date"});
    doc.language = text({u"language", u"lang"});
    if (doc.title.isEmpty())
        doc.title = firstLine(doc.text);
}

QJsonObject metaWithColumns(const Document &doc)
{
    QJsonObject meta = doc.meta;
    const std::pair<const char16_t *, const QString *> columns[] = {
        {u"title", &doc.title}, {u"source", &doc.source}, {u"url", &doc.url},
        {u"byline", &doc.byline}, {u"published", &doc.published}, {u"language", &doc.language}};
    for (const auto &[key, value] : columns) {
        if (!value->isEmpty() && !meta.contains(QStringView(key)))
            meta.insert(QString::fromUtf16(key), *value);
    }
    return meta;
}

QString writeError(const QIODevice *device)
{
    const QString reason = device->errorString();
    for (const int full : {ENOSPC, EDQUOT}) {
        if (reason == QString::fromLocal8Bit(std::strerror(full)))
            return QCoreApplication::translate("Export", "the disk is full (%1); make room and export again").arg(reason);
    }
    return reason;
}

QString printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QChar(u'0'));
        else if (u == 0x2028 || u == 0x2029 || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || c.isSurrogate())
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

namespace {

QString safeSegment(const QString &segment)
{
    constexpr qsizetype longest = 100;
    QString out;
    for (const QChar c : segment)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' || c == u'.' ? c : u'_';
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'_');
    if (out.size() > longest) {
        const QByteArray hash = QCryptographicHash::hash(segment.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
        out = out.left(longest - hash.size() - 1) + u'-' + QString::fromLatin1(hash);
    }
    return out;
}

} // namespace

QString FileNames::take(const Document &document)
{
    constexpr qsizetype deepest = 8;
    QStringList parts = document.externalId.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() > deepest)
        parts = parts.first(deepest - 1) << parts.sliced(deepest - 1).join(u'_');
    QStringList segments;
    for (const QString &segment : std::as_const(parts))
        segments.append(safeSegment(segment));
    QString base = segments.isEmpty() ? u"document-%1"_s.arg(document.id) : segments.join(u'/');
    const QString stem = base;
    for (int n = 2; m_used.contains(base.toLower()); ++n)
        base = u"%1-%2"_s.arg(stem).arg(n);
    m_used.insert(base.toLower());
    return base;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        || file.write(bytes) != bytes.size()) {
        *error = QCoreApplication::translate("Export", "cannot write %1: %2").arg(path, writeError(&file));
        return false;
    }
    return true;
}

QString documentName(qint64 id, const QString &externalId)
{
    return externalId.isEmpty() ? QString::number(id) : externalId;
}

QString documentName(const Document &document)
{
    return documentName(document.id, document.externalId);
}

QHash<qint64, QString> spanIds(const QList<Annotation> &annotations)
{
    QHash<qint64, QString> ids;
    QSet<QString> used;
    for (const Annotation &a : annotations) {
        if (!a.externalId.isEmpty() && !used.contains(a.externalId)) {
            ids.insert(a.id, a.externalId);
            used.insert(a.externalId);
        }
    }
    for (const Annotation &a : annotations) {
        if (!ids.contains(a.id)) {
            QString id = u"a%1"_s.arg(a.id);
            while (used.contains(id))
                id += u'_';
            ids.insert(a.id, id);
            used.insert(id);
        }
    }
    return ids;
}

QString coveredText(const QString &text, const TextOffsets &offsets, const Annotation &annotation)
{
    const qsizetype from = offsets.toUtf16(annotation.start);
    return text.mid(from, offsets.toUtf16(annotation.end) - from);
}

void sortLongestFirst(QList<const Annotation *> &spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const Annotation *a, const Annotation *b) {
        const qint64 lengthA = a->end - a->start, lengthB = b->end - b->start;
        return lengthA != lengthB ? lengthA > lengthB : a->start < b->start;
    });
}

QList<const Annotation *> spansOfLayer(const QList<Annotation> &annotations, const LabelSchema *schema, const QString &layer)
{
    QList<const Annotation *> spans;
    QSet<std::pair<std::pair<qint64, qint64>, QString>> seen;
    for (const Annotation &a : annotations) {
        if (schema && schema->layerOf(a.label) != layer)
            continue;
        const std::pair<std::pair<qint64, qint64>, QString> key{{a.start, a.end}, a.label};
        if (!seen.contains(key)) {
            seen.insert(key);
            spans.append(&a);
        }
    }
    return spans;
}

} // namespace FormatSupport
} // namespace Copydesk
