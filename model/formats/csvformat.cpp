#include "csvformat.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "../labelschema.h"
#include "../textoffsets.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QString CsvWriter::quoted(const QString &field, Cell cell)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        // Control characters a spreadsheet would take as they are (a NUL ends the cell) are
        // written as escapes; names hold none, not even line breaks.
        const bool control = u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0);
        const bool kept = cell == Cell::Text && (u == u'\n' || u == u'\r' || u == u'\t');
        if (control && !kept)
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    // OWASP's advice on CSV injection: a cell that starts with = + - @, a tab or a CR is a
    // formula to a spreadsheet; a quote before it, inside double quotes, makes it text.
    const bool formula = !out.isEmpty() && QStringView(u"=+-@\t\r").contains(out.front());
    if (formula)
        out.prepend(u'\'');
    if (!formula && !out.contains(u',') && !out.contains(u'"') && !out.contains(u'\n') && !out.contains(u'\r'))
        return out;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

bool CsvWriter::writeRecord(const QStringList &fields, QString *error)
{
    // The text, the note and the JSON columns may hold line breaks; the others are names.
    static const QList<int> textColumns{6, 11, 12, 13};
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += u',';
        record += quoted(fields[i], textColumns.contains(int(i)) ? Cell::Text : Cell::Name);
    }
    record += u"\r\n"_s;
    return writeBytes(record.toUtf8(), error);
}

bool CsvWriter::begin(QIODevice *device, const ExportContext &context, QString *error)
{
    if (!DocumentWriter::begin(device, context, error))
        return false;
    return writeRecord({u"document"_s, u"annotation"_s, u"label"_s, u"layer"_s, u"start"_s, u"end"_s, u"text"_s,
                                  u"status"_s, u"annotator"_s, u"decided_by"_s, u"confidence"_s, u"attrs"_s, u"note"_s,
                                  u"relations"_s},
                       error);
}

bool CsvWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    const TextOffsets offsets(doc.text);
    const QString documentId = FormatSupport::documentName(doc);
    QHash<qint64, QJsonArray> headed;
    for (const Relation &r : exported.relations)
        headed[r.headId].append(QJsonObject{{u"label"_s, r.label}, {u"child"_s, r.childId}});
    auto annotatorName = [&](qint64 id) {
        const auto it = m_context.annotators.constFind(id);
        return it == m_context.annotators.constEnd() ? QString() : it->displayName();
    };
    for (const Annotation &a : exported.annotations) {
        const QJsonArray relations = headed.value(a.id);
        const QStringList fields{
            documentId,
            QString::number(a.id),
            a.label,
            m_context.schema ? m_context.schema->layerOf(a.label) : QString(),
            QString::number(a.start),
            QString::number(a.end),
            FormatSupport::coveredText(doc.text, offsets, a),
            annotationStatusName(a.status),
            annotatorName(a.annotatorId),
            a.deciderId ? annotatorName(a.deciderId) : QString(),
            a.confidence >= 0 ? QString::number(a.confidence) : QString(),
            a.attrs.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a.attrs).toJson(QJsonDocument::Compact)),
            a.note,
            relations.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(relations).toJson(QJsonDocument::Compact)),
        };
        if (!writeRecord(fields, error))
            return false;
        ++m_written;
    }
    return true;
}

} // namespace Copydesk
