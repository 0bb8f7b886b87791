#include "formatsupport.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Copydesk {

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

bool splitJsonArray(const QByteArray &bytes, QList<JsonElement> *elements, QString *error, qint64 *errorLine)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Import", text); };
    const qsizetype n = bytes.size();
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qint64 line = 1;
    auto skipSpace = [&] {
        while (i < n && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            if (bytes[i] == '\n')
                ++line;
            ++i;
        }
    };
    skipSpace();
    if (i >= n) {
        *error = tr("the file is empty; nothing to import");
        *errorLine = 0;
        return false;
    }
    if (bytes[i] == '{') {
        elements->append({bytes.mid(i), line});
        return true;
    }
    if (bytes[i] != '[') {
        *error = tr("the file does not hold a JSON array of tasks");
        *errorLine = line;
        return false;
    }
    ++i;
    // Scans one element: strings (with escapes) and nesting, counting lines.
    while (true) {
        skipSpace();
        if (i >= n) {
            *error = tr("the JSON array is not closed (the file ends early)");
            *errorLine = line;
            return false;
        }
        if (bytes[i] == ']')
            break;
        const qsizetype start = i;
        const qint64 startLine = line;
        int depth = 0;
        bool inString = false;
        for (; i < n; ++i) {
            const char c = bytes[i];
            if (c == '\n')
                ++line;
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (i >= n) {
            *error = tr("the JSON array is not closed (the file ends early)");
            *errorLine = startLine;
            return false;
        }
        elements->append({bytes.mid(start, i - start), startLine});
        if (bytes[i] == ',')
            ++i;
        else if (bytes[i] == '}') {
            *error = tr("a \"}\" closes nothing");
            *errorLine = line;
            return false;
        }
    }
    ++i;
    skipSpace();
    if (i < n) {
        *error = tr("text after the end of the JSON array");
        *errorLine = line;
        return false;
    }
    return true;
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

QByteArray orderedJsonObject(const QList<std::pair<QString, QJsonValue>> &members)
{
    QByteArray out = "{";
    for (const auto &[key, value] : members) {
        if (out.size() > 1)
            out += ',';
        out += compactJson(key);
        out += ':';
        out += compactJson(value);
    }
    out += '}';
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
    if (doc.title.isEmpty()) {
        for (const QStringView line : QStringView(doc.text).tokenize(u'\n')) {
            if (!line.trimmed().isEmpty()) {
                doc.title = line.trimmed().left(300).toString();
                break;
            }
        }
    }
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

QString documentName(qint64 id, const QString &externalId)
{
    return externalId.isEmpty() ? QString::number(id) : externalId;
}

} // namespace FormatSupport
} // namespace Copydesk
