#pragma once

// What the tests of the import and export formats share: a project in a temporary folder, a
// document of our own with emoji (outside the BMP, a ZWJ sequence) and a combining mark, and
// ways to look at what was imported.

#include <algorithm>
#include <memory>
#include <tuple>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "exporter.h"
#include "formats/documentwriter.h"
#include "importer.h"
#include "projectstore.h"
#include "textoffsets.h"

namespace FormatTest {

using namespace Qt::StringLiterals;
using namespace Copydesk;

// A headline with a ship, a name with a combining diaeresis (e + U+0308), a quote holding the
// woman-scientist ZWJ sequence.
inline QString fixtureText()
{
    return u"Harbour talks \U0001F6A2 resume\n\nZoe\u0308 Brandt said: \u201CWe\u2019re ready "
           u"\U0001F469\u200D\U0001F52C, truly.\u201D\nThe Kelmar Port Authority, she added, will decide on Monday.\n"_s;
}

// Code point offset of the n-th (0-based) occurrence of needle.
inline qint64 codePointOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    if (at < 0)
        qFatal("fixture: needle not found");
    return TextOffsets::countCodePoints(QStringView(text).left(at));
}

inline qint64 codePointLength(const QString &text)
{
    return TextOffsets::countCodePoints(text);
}

inline QJsonObject spanJson(const QString &text, const QString &id, const QString &needle, const QString &label,
                            const QJsonObject &extra = {}, int occurrence = 0)
{
    QJsonObject span = extra;
    const qint64 start = codePointOf(text, needle, occurrence);
    span.insert(u"id"_s, id);
    span.insert(u"start"_s, start);
    span.insert(u"end"_s, start + codePointLength(needle));
    span.insert(u"label"_s, label);
    return span;
}

// The fixture as Copydesk JSONL: decisions, suggestions by an engine (one with a confidence), a
// rejected suggestion, attributes (text, number, list), a note and relations.
inline QByteArray fixtureJsonl()
{
    const QString t = fixtureText();
    const QJsonObject engine{{u"status"_s, u"suggested"_s}, {u"annotator"_s, u"entity-engine"_s}};
    QJsonObject org = engine;
    org.insert(u"confidence"_s, 0.75);
    QJsonObject rejected = engine;
    rejected.insert(u"status"_s, u"rejected"_s);
    const QJsonArray spans{
        spanJson(t, u"h"_s, u"Harbour talks \U0001F6A2 resume"_s, u"HEADLINE"_s),
        spanJson(t, u"p"_s, u"Zoe\u0308 Brandt"_s, u"PERSON"_s),
        spanJson(t, u"s"_s, u"Zoe\u0308 Brandt"_s, u"SOURCE"_s, {{u"attrs"_s, QJsonObject{{u"kind"_s, u"named"_s}}}}),
        spanJson(t, u"c"_s, u"said"_s, u"CUE"_s),
        spanJson(t, u"q"_s, u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s, u"QUOTE"_s,
                 {{u"attrs"_s, QJsonObject{{u"form"_s, u"direct"_s}, {u"rank"_s, 2}, {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}}}},
                  {u"note"_s, u"checked, against \"the\" audio\nsecond line"_s},
                  {u"status"_s, u"manual"_s}}),
        spanJson(t, u"o"_s, u"Kelmar Port Authority"_s, u"ORG"_s, org),
        spanJson(t, u"g"_s, u"Kelmar"_s, u"GPE"_s, engine),
        spanJson(t, u"d"_s, u"Monday"_s, u"DATE"_s, rejected),
    };
    const QJsonArray relations{
        QJsonObject{{u"label"_s, u"SPEAKER"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"s"_s}},
        QJsonObject{{u"label"_s, u"CUE"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"c"_s}},
    };
    const QJsonObject doc{{u"id"_s, u"wire/harbour talks"_s}, {u"text"_s, t},
                          {u"meta"_s, QJsonObject{{u"source"_s, u"Test Wire"_s}}}, {u"spans"_s, spans},
                          {u"relations"_s, relations}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
}

// Decisions and suggestions: what the format tests export.
inline ExportOptions withSuggestions()
{
    ExportOptions options;
    options.statuses = {AnnotationStatus::Suggested, AnnotationStatus::Accepted, AnnotationStatus::Manual};
    return options;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A project in a temporary folder.
class Project
{
public:
    Project()
    {
        QString error;
        if (!m_store.open(m_dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error))
            qFatal("cannot create the project: %s", qPrintable(error));
    }
    ProjectStore &store() { return m_store; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        if (!writeFile(path(name), bytes))
            qFatal("cannot write the fixture %s", qPrintable(name));
        return path(name);
    }
    ImportReport import(const QStringList &paths, ImportOptions options = {})
    {
        Importer importer(m_store, options);
        return importer.run(paths);
    }
    // Exports to a byte array; the warnings in *report. These tests look at what a format makes
    // of every status, so they export suggestions too (the default is decisions only).
    QByteArray exportWith(DocumentWriter &writer, ExportReport *report = nullptr, ExportOptions options = withSuggestions())
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportReport local;
        QString error;
        if (!exportProject(m_store, writer, &buffer, options, report ? report : &local, &error))
            qWarning("export failed: %s", qPrintable(error));
        return buffer.data();
    }
    // The only document's id (0 when there is not exactly one).
    qint64 onlyDocument()
    {
        const QList<qint64> ids = m_store.documentIds();
        return ids.size() == 1 ? ids.first() : 0;
    }
    QString covered(const Annotation &a)
    {
        const QString text = m_store.document(a.documentId)->text;
        const TextOffsets offsets(text);
        const qsizetype from = offsets.toUtf16(a.start);
        return text.mid(from, offsets.toUtf16(a.end) - from);
    }
    const Annotation *find(const QList<Annotation> &list, const QString &label)
    {
        for (const Annotation &a : list) {
            if (a.label == label)
                return &a;
        }
        return nullptr;
    }

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;
};

using SpanKey = std::tuple<QString, qint64, qint64>;

// A document's spans as (label, start, end), sorted.
inline QList<SpanKey> spanKeys(ProjectStore &store, qint64 documentId)
{
    QList<SpanKey> keys;
    const QList<Annotation> annotations = store.annotations(documentId);
    for (const Annotation &a : annotations)
        keys.append({a.label, a.start, a.end});
    std::sort(keys.begin(), keys.end());
    return keys;
}

// A document's relations as (label, head span, child span), sorted.
inline QList<std::tuple<QString, SpanKey, SpanKey>> relationKeys(ProjectStore &store, qint64 documentId)
{
    QHash<qint64, SpanKey> byId;
    const QList<Annotation> annotations = store.annotations(documentId);
    for (const Annotation &a : annotations)
        byId.insert(a.id, {a.label, a.start, a.end});
    QList<std::tuple<QString, SpanKey, SpanKey>> keys;
    const QList<Relation> relations = store.relations(documentId);
    for (const Relation &r : relations)
        keys.append({r.label, byId.value(r.headId), byId.value(r.childId)});
    std::sort(keys.begin(), keys.end());
    return keys;
}

// text[start:end] as Python takes it: code points.
inline QString pythonSlice(const QString &text, qint64 start, qint64 end)
{
    const TextOffsets offsets(text);
    const qsizetype from = offsets.toUtf16(start);
    return text.mid(from, offsets.toUtf16(end) - from);
}

// RFC 4180 records.
inline QList<QStringList> parseCsv(const QString &data, bool *wellFormed)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == u'"' && i + 1 < data.size() && data[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < data.size() && data[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r' || c == u'"') {
            *wellFormed = false; // a bare line break or quote outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // the last record must end with CRLF
    return records;
}

inline QString problems(const ImportReport &report)
{
    QStringList lines;
    for (const ImportProblem &p : report.problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace FormatTest
