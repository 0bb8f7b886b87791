#include "formatregistry.h"

#include <algorithm>

#include <QFileInfo>

#include "bratformat.h"
#include "conllformat.h"
#include "csvformat.h"
#include "doccanoformat.h"
#include "htmlformat.h"
#include "htmlreport.h"
#include "documentreader.h"
#include "documentwriter.h"
#include "jsonlformat.h"
#include "labelstudioformat.h"
#include "prodigyformat.h"
#include "spacyformat.h"
#include "textformat.h"
#include "webannoformat.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

template<class Reader>
std::unique_ptr<DocumentReader> makeReader()
{
    return std::make_unique<Reader>();
}

template<class Writer>
std::unique_ptr<DocumentWriter> makeWriter()
{
    return std::make_unique<Writer>();
}

constexpr Holdings everything = Holding::Spans | Holding::OverlappingSpans | Holding::Relations | Holding::Attributes
                                | Holding::Notes | Holding::Statuses | Holding::Confidences;

} // namespace

// The format table: every format Copydesk reads or writes, once.
const QList<Format> &formats()
{
    static const QList<Format> table{
        {u"jsonl"_s, u"Copydesk JSONL"_s, {u"jsonl"_s, u"ndjson"_s}, {}, u"jsonl"_s, makeReader<JsonlReader>, makeWriter<JsonlWriter>,
         everything, {}, QT_TRANSLATE_N_NOOP("Formats", "%Ln span(s)"),
         QT_TRANSLATE_NOOP("Formats", "nothing: it holds all of a project's annotations")},
        {u"txt"_s, u"plain text"_s, {u"txt"_s, u"text"_s}, {}, u"txt"_s, makeReader<TextReader>, makeWriter<TextWriter>,
         {}, {}, QT_TRANSLATE_N_NOOP("Formats", "%Ln text(s)"),
         QT_TRANSLATE_NOOP("Formats", "annotations: it holds the texts only")},
        {u"conll"_s, u"CoNLL"_s, {u"conll"_s, u"iob"_s}, {}, u"conll"_s, makeReader<ConllReader>, makeWriter<ConllWriter>,
         Holding::Spans, {u"entities"_s},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln entity(ies)"),
         QT_TRANSLATE_NOOP("Formats", "layers other than entities, spans that overlap or are not on token boundaries, "
                                      "relations, attributes, notes, statuses")},
        {u"brat"_s, u"brat"_s, {u"ann"_s}, {u"annotation.conf"_s, u"visual.conf"_s, u"tools.conf"_s, u"kb_shortcuts.conf"_s}, u"ann"_s, makeReader<BratReader>, makeWriter<BratWriter>,
         Holding::Spans | Holding::OverlappingSpans | Holding::Relations | Holding::Attributes | Holding::Notes, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln text-bound annotation(s)"),
         QT_TRANSLATE_NOOP("Formats", "statuses, confidences, empty spans, attributes that are lists, objects or false")},
        {u"doccano"_s, u"doccano"_s, {}, {}, u"jsonl"_s, makeReader<DoccanoReader>, makeWriter<DoccanoWriter>,
         Holding::Spans | Holding::OverlappingSpans, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln label(s)"),
         QT_TRANSLATE_NOOP("Formats", "relations (on export), attributes, notes, statuses")},
        {u"label-studio"_s, u"Label Studio"_s, {}, {}, u"json"_s, makeReader<LabelStudioReader>, makeWriter<LabelStudioWriter>, everything, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln region(s)"),
         QT_TRANSLATE_NOOP("Formats", "rejected annotations, relations between a decision and a suggestion, "
                                      "attributes that are not text or numbers")},
        {u"prodigy"_s, u"Prodigy"_s, {}, {}, u"jsonl"_s, makeReader<ProdigyReader>, makeWriter<ProdigyWriter>,
         Holding::Spans | Holding::OverlappingSpans | Holding::Relations, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln span(s)"),
         QT_TRANSLATE_NOOP("Formats", "statuses (a task has one answer), attributes, notes, spans that start or end in whitespace")},
        {u"spacy"_s, u"spaCy"_s, {}, {}, u"jsonl"_s, nullptr, makeWriter<SpacyWriter>,
         Holding::Spans | Holding::OverlappingSpans | Holding::Relations, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln span(s)"),
         QT_TRANSLATE_NOOP("Formats", "attributes, notes, statuses, spans that start or end in whitespace; "
                                      "overlapping entities stay out of \"ents\"")},
        {u"webanno"_s, u"WebAnno TSV"_s, {}, {}, u"tsv"_s, makeReader<WebAnnoReader>, makeWriter<WebAnnoWriter>,
         Holding::Spans | Holding::OverlappingSpans | Holding::Relations, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln span(s)"),
         QT_TRANSLATE_NOOP("Formats", "statuses, attributes, notes, whitespace at a span's edges or before the first word")},
        {u"html"_s, u"HTML"_s, {u"html"_s, u"htm"_s, u"xhtml"_s, u"html.gz"_s, u"htm.gz"_s, u"xhtml.gz"_s}, {}, u"html"_s,
         makeReader<HtmlReader>, makeWriter<HtmlReportWriter>,
         Holding::Spans | Holding::OverlappingSpans | Holding::Relations | Holding::Notes, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln highlighted span(s)"),
         QT_TRANSLATE_NOOP("Formats", "on import, annotations (a page is read as text); on export, a report to read, not to re-import")},
        {u"csv"_s, u"CSV"_s, {}, {}, u"csv"_s, nullptr, makeWriter<CsvWriter>, everything, {},
         QT_TRANSLATE_N_NOOP("Formats", "%Ln row(s)"),
         QT_TRANSLATE_NOOP("Formats", "nothing: a row per annotation with all its fields")},
    };
    return table;
}

const Format *findFormat(const QString &formatName)
{
    for (const Format &format : formats()) {
        if (format.name == formatName)
            return &format;
    }
    return nullptr;
}

const Format *formatForPath(const QString &path)
{
    // Extensions may have several parts ("html.gz").
    const QString fileName = QFileInfo(path).fileName();
    for (const Format &format : formats()) {
        if (!format.makeReader)
            continue;
        for (const QString &extension : format.extensions) {
            if (fileName.size() > extension.size() + 1 && fileName.endsWith(u'.' + extension, Qt::CaseInsensitive))
                return &format;
        }
    }
    return nullptr;
}

bool isCompanionFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    return std::any_of(formats().cbegin(), formats().cend(), [&](const Format &format) { return format.companions.contains(fileName); });
}

std::unique_ptr<DocumentReader> createReader(const QString &formatName)
{
    const Format *format = findFormat(formatName);
    return format && format->makeReader ? format->makeReader() : nullptr;
}

std::unique_ptr<DocumentReader> createReaderForPath(const QString &path)
{
    const Format *format = formatForPath(path);
    return format ? format->makeReader() : nullptr;
}

std::unique_ptr<DocumentWriter> createWriter(const QString &formatName)
{
    const Format *format = findFormat(formatName);
    if (!format || !format->makeWriter)
        return nullptr;
    std::unique_ptr<DocumentWriter> writer = format->makeWriter();
    writer->m_format = format;
    return writer;
}

namespace {
template<class Maker>
QStringList namesOfFormatsWith(Maker Format::*maker)
{
    QStringList names;
    for (const Format &format : formats()) {
        if (format.*maker)
            names.append(format.name);
    }
    return names;
}
} // namespace

QStringList readerNames()
{
    return namesOfFormatsWith(&Format::makeReader);
}

QStringList writerNames()
{
    return namesOfFormatsWith(&Format::makeWriter);
}

} // namespace Copydesk
