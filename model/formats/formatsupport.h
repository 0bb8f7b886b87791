#pragma once

#include <functional>
#include <utility>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include "../annotation.h"
#include "../document.h"
#include "../textoffsets.h"
#include "documentreader.h"
#include "inputfile.h"

class QIODevice;

namespace Copydesk {

class LabelSchema;

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

// What every reader and writer shares beyond reading files (inputfile.h): ids, labels, titles,
// relations, the text a span covers, JSON written in order, messages.
namespace FormatSupport {

// Adds a relation to a document unless it has as many as limits allow; false with *error then
// (a file relating many spans to many others must not become millions of relations).
bool addRelation(ImportedDocument *document, ImportedRelation relation, const ReadLimits &limits, QString *error);

// A relation between two things of a file that are several spans each (a discontinuous brat
// annotation is a span per fragment, a Label Studio region with several labels a span per
// label): the first span of each relates to every span of the other, never every pair (which
// grows with the square: 19 KB became a million relations). heads and children index
// document->spans; a span is not related to itself, nor twice (seen: the relations made so far,
// when the caller keeps them across calls).
bool relateSpans(ImportedDocument *document, const QString &label, const QList<int> &heads, const QList<int> &children,
                 const ReadLimits &limits, QString *error, QSet<QString> *seen = nullptr);

// A whole number in a JSON value: false for strings, fractions and numbers out of range.
bool wholeNumber(const QJsonValue &value, qint64 *number);
// An id as files give it, a string or a whole number, as text; empty when it is neither.
QString idOf(const QJsonValue &value);

// A document's id from its file: the path relative to the imported folder (or the file's
// name when there is none), without extension.
QString documentIdForPath(const QString &path, const QString &rootDirectory);
// The title of a text without one: its first non-empty line, trimmed, at most 300 characters.
QString firstLine(const QString &text);

// The project label for a file's label through the label map; false when the map sends it to
// nothing ("Discuss=" leaves Discuss spans out).
bool mapLabel(const QHash<QString, QString> &labelMap, QString *label);

// Whether two renderings of the same stretch of text agree once whitespace (and the escaped
// line breaks some tools write as "\n") is left aside: enough to tell whether offsets point at
// the text a file says they cover.
bool looselyEqual(QStringView a, QStringView b);

// A JSON value written compactly (scalars too).
QByteArray compactJson(const QJsonValue &value);

// A JSON object whose keys keep the order they are added in (QJsonObject sorts them; a person
// reading the file expects "id" and "text" first).
class OrderedJsonObject final
{
public:
    OrderedJsonObject() = default;
    OrderedJsonObject(std::initializer_list<std::pair<QString, QJsonValue>> members);
    OrderedJsonObject &add(const QString &key, const QJsonValue &value);
    OrderedJsonObject &addJson(const QString &key, const QByteArray &json); // json: written already
    QByteArray toJson() const { return m_bytes + '}'; }

private:
    QByteArray m_bytes = "{";
};
// A JSON array of elements written already.
QByteArray jsonArray(const QList<QByteArray> &elements);

// The document's columns (title, source, url, byline, published, language) from its meta
// ("title" or "headline", ...), as Copydesk JSONL reads them; the title defaults to the first
// non-empty line. And back: the meta with the columns that are set.
void fillDocumentColumns(Document &document);
QJsonObject metaWithColumns(const Document &document);

// Text for a one-line message: line breaks, tabs, other control characters and the
// characters that reorder or break lines (U+2028, bidirectional controls) written as escapes
// ("\n", "\x1b", "\u202e"), so a file name or id cannot forge lines of a summary.
QString printable(QStringView text);

// Why writing to a device failed, in the user's terms: a full disk (or quota) says so.
QString writeError(const QIODevice *device);

// File names for the documents of an export folder: the id as a relative path, eight folders
// deep at most, each name of ASCII letters, digits and "._-" (others as "_"), never hidden,
// "." or "..", at most 100 bytes (longer ones cut and ended with a hash, so that ids that
// differ late stay apart), and unique (also where the file system ignores case). Without an
// id: "document-<number>".
class FileNames final
{
public:
    QString take(const Document &document);

private:
    QSet<QString> m_used; // lower case
};
// Creates the folders of path and writes the whole file; false with *error naming it.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

// A name for a document in warnings: its external id, else its number in the project.
QString documentName(qint64 id, const QString &externalId);
QString documentName(const Document &document);

// Ids for exported spans that files refer to: each annotation's imported id where no other
// has it, else "a<number>" (made unique).
QHash<qint64, QString> spanIds(const QList<Annotation> &annotations);
// The text an annotation covers (offsets: the document text's).
QString coveredText(const QString &text, const TextOffsets &offsets, const Annotation &annotation);
// Formats whose spans cannot overlap let the longer, then the earlier, claim the text first.
void sortLongestFirst(QList<const Annotation *> &spans);
// Spans of one layer ("entities"; all when no schema), each label and bounds once.
QList<const Annotation *> spansOfLayer(const QList<Annotation> &annotations, const LabelSchema *schema, const QString &layer);

} // namespace FormatSupport
} // namespace Copydesk
