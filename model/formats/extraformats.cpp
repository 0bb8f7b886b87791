// Formats beyond txt and jsonl. Each further format adds its reader and writer here.
#include <memory>

#include <QStringList>

#include "bratformat.h"
#include "conllformat.h"
#include "csvformat.h"
#include "doccanoformat.h"
#include "documentreader.h"
#include "documentwriter.h"
#include "htmlformat.h"
#include "htmlreport.h"
#include "labelstudioformat.h"
#include "spacyformat.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

std::unique_ptr<DocumentReader> createExtraReader(const QString &formatName)
{
    if (formatName == u"conll")
        return std::make_unique<ConllReader>();
    if (formatName == u"brat")
        return std::make_unique<BratReader>();
    if (formatName == u"doccano")
        return std::make_unique<DoccanoReader>();
    if (formatName == u"label-studio")
        return std::make_unique<LabelStudioReader>();
    // HTML pages (html/, htmlformat.h)
    if (formatName == u"html")
        return std::make_unique<HtmlReader>();
    return nullptr;
}

std::unique_ptr<DocumentWriter> createExtraWriter(const QString &formatName)
{
    if (formatName == u"conll")
        return std::make_unique<ConllWriter>();
    if (formatName == u"brat")
        return std::make_unique<BratWriter>();
    if (formatName == u"doccano")
        return std::make_unique<DoccanoWriter>();
    if (formatName == u"label-studio")
        return std::make_unique<LabelStudioWriter>();
    if (formatName == u"spacy")
        return std::make_unique<SpacyWriter>();
    if (formatName == u"csv")
        return std::make_unique<CsvWriter>();
    // the HTML report (htmlreport.h)
    if (formatName == u"html")
        return std::make_unique<HtmlReportWriter>();
    return nullptr;
}

QStringList extraReaderNames()
{
    return {u"conll"_s, u"brat"_s, u"doccano"_s, u"label-studio"_s, u"html"_s};
}

QStringList extraWriterNames()
{
    return {u"conll"_s, u"brat"_s, u"doccano"_s, u"label-studio"_s, u"spacy"_s, u"csv"_s, u"html"_s};
}

} // namespace Copydesk
