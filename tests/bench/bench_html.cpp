// Throughput of the HTML import and of the furniture engine on imported pages, one thread:
// reads the article-extraction pages from ../shared/eval (or generates news-like pages when
// they are absent), reads every page (gunzip, encoding, parse, text and evidence, metadata)
// ROUNDS times, runs the furniture engine on the results, and prints pages per second and
// MB/s of HTML. Then the pathological pages: 100,000 nested elements and a 50 MB page.
//
// Usage: bench_html [ROUNDS] [FOLDER]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "formats/htmlformat.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

QList<QByteArray> loadPages(const QString &folder)
{
    QList<QByteArray> pages;
    const QStringList names = QDir(folder).entryList({u"*.html"_s, u"*.htm"_s, u"*.html.gz"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            pages.append(file.readAll());
    }
    return pages;
}

QList<QByteArray> generatePages()
{
    QList<QByteArray> pages;
    for (int p = 0; p < 50; ++p) {
        QByteArray html = "<!DOCTYPE html><html><head><title>Story " + QByteArray::number(p) + "</title></head><body>"
                          "<header><nav><ul>";
        for (int i = 0; i < 40; ++i)
            html += "<li><a href=\"/s" + QByteArray::number(i) + "\">Section " + QByteArray::number(i) + "</a></li>";
        html += "</ul></nav></header><main><article><h1>Council weighs the budget</h1><div class=\"byline\">By Ana Ruiz</div>"
                "<div class=\"article-body\">";
        for (int i = 0; i < 25; ++i)
            html += "<p>The council met on Tuesday, and members said the plan, which was drafted in spring, would be put "
                    "to a vote <a href=\"/x\">next month</a> after a round of public hearings across the city.</p>";
        html += "</div></article><aside class=\"related\"><ul>";
        for (int i = 0; i < 10; ++i)
            html += "<li><a href=\"/r\">Another story worth reading</a></li>";
        html += "</ul></aside></main><footer><p>Copyright The Example Times</p></footer></body></html>";
        pages.append(html);
    }
    return pages;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const int rounds = arguments.size() > 1 ? qMax(1, arguments.at(1).toInt()) : 3;
    const QString folder = arguments.size() > 2 ? arguments.at(2) : QStringLiteral(COPYDESK_SHARED_DIR "/eval/article-extraction/html");
    QList<QByteArray> pages = loadPages(folder);
    const bool generated = pages.isEmpty();
    if (generated)
        pages = generatePages();
    qint64 bytes = 0;
    for (const QByteArray &page : std::as_const(pages))
        bytes += page.size();
    out << (generated ? u"generated pages"_s : folder) << u": "_s << pages.size() << u" pages, "_s
        << QString::number(bytes / 1e6, 'f', 1) << u" MB as stored\n"_s;

    QList<EngineDocument> documents;
    QElapsedTimer timer;
    timer.start();
    int read = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &page : std::as_const(pages)) {
            ImportedDocument imported;
            QString error;
            if (!HtmlReader::readBytes(page, &imported, &error)) {
                out << u"cannot read a page: "_s << error << u'\n';
                continue;
            }
            ++read;
            if (round == 0) {
                EngineDocument document;
                document.text = imported.document.text;
                document.meta = imported.document.meta;
                documents.append(document);
            }
        }
    }
    const double readSeconds = timer.elapsed() / 1000.0;
    out << u"import (read, parse, text, evidence, metadata): "_s << QString::number(read / readSeconds, 'f', 1) << u" pages/s, "_s
        << QString::number(bytes * rounds / 1e6 / readSeconds, 'f', 1) << u" MB/s\n"_s;

    const auto engine = createFurnitureEngine();
    timer.restart();
    int annotated = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const EngineDocument &document : std::as_const(documents)) {
            const EngineResult result = engine->annotate(document, nullptr);
            annotated += result.spans.isEmpty() ? 0 : 1;
        }
    }
    const double engineSeconds = timer.elapsed() / 1000.0;
    out << u"furniture engine on the imported pages: "_s << QString::number(documents.size() * rounds / engineSeconds, 'f', 1)
        << u" pages/s ("_s << annotated / rounds << u" of "_s << documents.size() << u" pages with furniture)\n"_s;
    out << u"together, one core: "_s
        << QString::number(documents.size() * rounds / (readSeconds + engineSeconds), 'f', 1) << u" pages/s\n"_s;

    const auto pathological = [&](const QString &what, const QByteArray &page) {
        QElapsedTimer clock;
        clock.start();
        ImportedDocument imported;
        QString error;
        const bool ok = HtmlReader::readBytes(page, &imported, &error);
        out << what << u": "_s << (ok ? u"read"_s : u"refused ("_s + error + u')') << u" in "_s << clock.elapsed() << u" ms\n"_s;
        out.flush();
    };
    pathological(u"100,000 nested <div>"_s, "<body>" + QByteArray("<div>x").repeated(100000));
    pathological(u"100,000 nested <span>"_s, "<body>" + QByteArray("<span>x").repeated(100000));
    pathological(u"100,000 nested tables"_s, "<body>" + QByteArray("<table><tr><td>x").repeated(100000));
    const QByteArray paragraph = "<div class=\"story\"><p>A paragraph of the long page, with <a href=\"/x\">a link</a>.</p></div>\n";
    pathological(u"50 MB page"_s, "<body>" + paragraph.repeated(50 * 1024 * 1024 / paragraph.size()));
    pathological(u"50 MB of <br>"_s, "<body>" + QByteArray("<br>").repeated(50 * 1024 * 1024 / 4));
    return 0;
}
