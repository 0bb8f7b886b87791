#pragma once

#include <utility>

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "../document.h"
#include "../textoffsets.h"

namespace Copydesk {

// What a file's offsets count.
enum class OffsetUnit { CodePoints, Utf16 };

// A text as a file holds it, and the text Copydesk keeps: a leading byte order mark dropped,
// CRLF and lone CR turned into LF (as decodeText() does). Tools count offsets in the text as
// they hold it (brat and Label Studio count a CR of CRLF as a character), so the file's
// offsets are converted here instead of being taken over as they are.
class SourceText final
{
public:
    SourceText() = default;
    // raw: the file's text, line ends untouched; a leading U+FEFF counts as a character of it.
    explicit SourceText(QString raw);

    const QString &raw() const { return m_raw; }
    const QString &text() const { return m_text; }
    bool isBmpOnly() const { return m_rawOffsets.isBmpOnly(); }
    qint64 length(OffsetUnit unit) const;

    // The raw text between two of the file's offsets; false when they lie outside the text,
    // are reversed, or (UTF-16) fall inside a surrogate pair.
    bool slice(qint64 start, qint64 end, OffsetUnit unit, QString *out) const;
    bool isValid(qint64 offset, OffsetUnit unit) const;
    // One of the file's offsets as a code point offset into text().
    qint64 toText(qint64 offset, OffsetUnit unit) const;

private:
    QString m_raw;
    QString m_text;
    TextOffsets m_rawOffsets;
    QList<qint64> m_removed; // raw code point positions of the characters text() leaves out
};

namespace FormatSupport {

// The project label for a file's label through the label map; false when the map sends it to
// nothing ("Discuss=" leaves Discuss spans out).
bool mapLabel(const QHash<QString, QString> &labelMap, QString *label);

// Whether two renderings of the same stretch of text agree once whitespace (and the escaped
// line breaks some tools write as "\n") is left aside: enough to tell whether offsets point at
// the text a file says they cover.
bool looselyEqual(QStringView a, QStringView b);

// The elements of a top-level JSON array, each with the line it starts on (1-based), so that
// problems can name a line. A file holding one object gives that object.
struct JsonElement
{
    QByteArray bytes;
    qint64 line = 1;
};
bool splitJsonArray(const QByteArray &bytes, QList<JsonElement> *elements, QString *error, qint64 *errorLine);

// A JSON value written compactly (scalars too), and an object whose keys keep the given order
// (QJsonObject sorts them; a person reading the file expects "id" and "text" first).
QByteArray compactJson(const QJsonValue &value);
QByteArray orderedJsonObject(const QList<std::pair<QString, QJsonValue>> &members);

// The document's columns (title, source, url, byline, published, language) from its meta
// ("title" or "headline", ...), as Copydesk JSONL reads them; the title defaults to the first
// non-empty line. And back: the meta with the columns that are set.
void fillDocumentColumns(Document &document);
QJsonObject metaWithColumns(const Document &document);

// A name for a document in warnings: its external id, else its number in the project.
QString documentName(qint64 id, const QString &externalId);

} // namespace FormatSupport
} // namespace Copydesk
