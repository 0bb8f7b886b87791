// HTML import on pages written for these tests: visible text and blocks, what is left out
// (scripts, styles, templates, comments, hidden elements), entities, encodings (BOM,
// <meta charset>, http-equiv, windows-1252, invalid bytes), metadata (JSON-LD, Open Graph,
// meta names, <time>, canonical link), nested tables, malformed markup, gzip, and pages made
// to hurt (deep nesting, a 50 MB page, a gzip bomb) which must end in a result or an error.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include "formats/formatregistry.h"
#include "formats/htmlformat.h"
#include "html/htmldecoding.h"
#include "html/htmlevidence.h"
#include "html/htmltree.h"
#include "importer.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

struct Read
{
    bool ok = false;
    ImportedDocument document;
    QString error;
    const QString &text() const { return document.document.text; }
};

Read readPage(const QByteArray &bytes)
{
    Read read;
    read.ok = HtmlReader::readBytes(bytes, &read.document, &read.error);
    return read;
}

QByteArray page(const QByteArray &body, const QByteArray &head = {})
{
    return "<!DOCTYPE html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
}

} // namespace

class TestHtmlImport final : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void visibleText_data();
    void visibleText();
    void evidence();
    void encodings_data();
    void encodings();
    void badBytes_data();
    void badBytes();
    void jsonLd();
    void metaFallbacks();
    void nestedTables();
    void malformed_data();
    void malformed();
    void gzipFiles();
    void importFolder();
    void deepNesting_data();
    void deepNesting();
    void hugePage();
    void limits();
};

void TestHtmlImport::registered()
{
    QVERIFY(readerNames().contains(u"html"_s));
    for (const QString &name : {u"a.html"_s, u"a.HTM"_s, u"a.xhtml"_s, u"a.html.gz"_s, u"dir/a.htm.gz"_s})
        QCOMPARE(formatForPath(name)->name, u"html"_s);
    QVERIFY(!createReaderForPath(u"notes.gz"_s));
    QCOMPARE(formatForPath(u"a.txt"_s)->name, u"txt"_s);
}

void TestHtmlImport::visibleText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("blocks") << QByteArray("<h1>Title</h1><p>One <b>bold</b> word.</p><ul><li>first</li><li>second</li></ul><div>tail</div>")
                            << u"Title\n\nOne bold word.\n\nfirst\nsecond\n\ntail"_s;
    QTest::newRow("white space") << QByteArray("<p>  spread\n\t over   lines  </p><pre>  kept\n    as is</pre>")
                                 << u"spread over lines\n\n  kept\n    as is"_s;
    QTest::newRow("line breaks") << QByteArray("<p>first line<br>second<br/>third</p>") << u"first line\nsecond\nthird"_s;
    QTest::newRow("entities") << QByteArray("<p>Caf&eacute; &amp; &lt;bar&gt; &#8220;q&#x201D; it&rsquo;s&nbsp;ok</p>")
                              << u"Caf\u00e9 & <bar> \u201cq\u201d it\u2019s\u00a0ok"_s;
    QTest::newRow("scripts and styles") << QByteArray("<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style>"
                                                      "<template><p>no</p></template><noscript><p>Enable JavaScript</p></noscript><p>b</p>")
                                        << u"a\n\nb"_s;
    QTest::newRow("comments") << QByteArray("<p>a<!-- hidden <p>no</p> --> b</p>") << u"a b"_s;
    QTest::newRow("hidden") << QByteArray("<p>shown</p><p hidden>attribute</p><div aria-hidden=\"true\">aria</div>"
                                          "<div style=\"color:red; DISPLAY : none !important\">style</div>"
                                          "<span style=\"visibility:hidden\">invisible</span><input type=\"hidden\" value=\"x\">"
                                          "<dialog>closed</dialog><dialog open>open dialog</dialog><p>end</p>")
                            << u"shown\n\nopen dialog\n\nend"_s;
    QTest::newRow("embedded and controls") << QByteArray("<p>a<img alt=\"picture\"></p><iframe>frame</iframe><svg><text>drawn</text></svg>"
                                                         "<select><option>choice</option></select><textarea>typed</textarea><p>b</p>")
                                           << u"a\n\nb"_s;
    QTest::newRow("table cells") << QByteArray("<table><tr><td>one</td><td>two</td></tr><tr><th>three</th></tr></table>")
                                 << u"one\ntwo\nthree"_s;
    QTest::newRow("no text") << QByteArray("<p>   </p><div><br></div><p>x</p>") << u"x"_s;
}

void TestHtmlImport::visibleText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    const Read read = readPage(page(body));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text(), text);
    QCOMPARE(read.document.document.meta.value(u"format").toString(), u"html"_s);
}

void TestHtmlImport::evidence()
{
    const Read read = readPage(page("<nav class=\"site-menu\"><ul><li><a href=\"/\">Home</a></li></ul></nav>"
                                    "<article><h1>Headline</h1><div class=\"share-bar\">Share</div>"
                                    "<p>Body with <a href=\"x\">a link</a> in it.</p></article>"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text(), u"Home\n\nHeadline\n\nShare\n\nBody with a link in it."_s);
    const auto evidence = HtmlEvidence::fromJson(read.document.document.meta.value(HtmlEvidence::metaKey()));
    QVERIFY(evidence);
    QCOMPARE(evidence->lines.size(), 4);
    const auto tagsAbove = [&](int line) {
        QStringList tags;
        for (int n = evidence->lines[line].node; n >= 0; n = evidence->nodes[n].parent)
            tags.prepend(evidence->nodes[n].tag);
        return tags.join(u'/');
    };
    QCOMPARE(tagsAbove(0), u"html/body/nav/ul/li"_s);
    QVERIFY(evidence->nodes[evidence->nodes[evidence->lines[0].node].parent].parent >= 0);
    QCOMPARE(evidence->lines[0].linkCharacters, 4);
    QCOMPARE(tagsAbove(1), u"html/body/article/h1"_s);
    QVERIFY(evidence->nodes[evidence->lines[2].node].hints & HtmlHint::Share);
    QCOMPARE(evidence->lines[3].linkCharacters, 6);
    // the nav's class names say navigation too
    bool navigation = false;
    for (int n = evidence->lines[0].node; n >= 0; n = evidence->nodes[n].parent)
        navigation = navigation || (evidence->nodes[n].hints & HtmlHint::Navigation);
    QVERIFY(navigation);
    // the evidence survives a JSON round trip
    QCOMPARE(HtmlEvidence::fromJson(evidence->toJson())->toJson(), evidence->toJson());
    QVERIFY(!HtmlEvidence::fromJson(QJsonObject{{u"version"_s, 2}}));
    QVERIFY(!HtmlEvidence::fromJson(QJsonObject{{u"version"_s, 1}, {u"nodes"_s, QJsonArray{u"5 div"_s}}}));
}

void TestHtmlImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("windows-1252 meta charset")
        << QByteArray("<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>\x93" "Caf\xe9\x94 \x80" "5</p></body></html>")
        << u"\u201cCaf\u00e9\u201d \u20ac5"_s << u"windows-1252"_s;
    QTest::newRow("latin1 label means windows-1252")
        << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>\x93" "na\xefve\x94</p></body></html>")
        << u"\u201cna\u00efve\u201d"_s << u"windows-1252"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<p>d\xC3\xA9j\xC3\xA0 vu</p>") << u"d\u00e9j\u00e0 vu"_s << u"UTF-8"_s;
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray utf16Page = "\xFF\xFE" + QByteArray(utf16.encode(u"<p>\u65e5\u672c\u8a9e \U0001F600</p>"_s));
    QTest::newRow("utf-16 bom") << utf16Page << u"\u65e5\u672c\u8a9e \U0001F600"_s << u"UTF-16LE"_s;
    QTest::newRow("no declaration") << QByteArray("<p>plain \xE2\x80\x94 dash</p>") << u"plain \u2014 dash"_s << u"UTF-8"_s;
    QTest::newRow("bom beats meta") << QByteArray("\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>\xC3\xA9</p>") << u"\u00e9"_s << u"UTF-8"_s;
    QTest::newRow("shift_jis") << QByteArray("<meta charset=\"shift_jis\"><p>\x93\xfa\x96\x7b</p>") << u"\u65e5\u672c"_s << u"Shift_JIS"_s;
}

void TestHtmlImport::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const Read read = readPage(bytes);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text(), text);
    QCOMPARE(read.document.document.meta.value(u"encoding").toString(), encoding);
}

void TestHtmlImport::badBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid utf-8") << QByteArray("<p>fine</p><p>caf\xe9</p>") << u"invalid UTF-8 at byte 17"_s;
    QTest::newRow("declared utf-8, latin bytes") << QByteArray("<meta charset=utf-8><p>\xe9t\xe9</p>") << u"declares UTF-8"_s;
    QTest::newRow("unknown encoding") << QByteArray("<meta charset=\"x-no-such\"><p>a</p>") << u"x-no-such"_s;
    QTest::newRow("invalid shift_jis") << QByteArray("<meta charset=\"shift_jis\"><p>\x81\x20</p>") << u"byte 30 are not valid Shift_JIS"_s;
    QTest::newRow("empty") << QByteArray("  \n ") << u"empty"_s;
    QTest::newRow("nothing visible") << QByteArray("<script>x()</script><p hidden>no</p>") << u"no visible text"_s;
    QTest::newRow("damaged gzip") << QByteArray("\x1f\x8b\x08\x00garbage") << u"gzip"_s;
}

void TestHtmlImport::badBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Read read = readPage(bytes);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
}

void TestHtmlImport::jsonLd()
{
    const QByteArray head = R"(<title>Harbour reopens | The Gazette</title>
<meta property="og:title" content="Open Graph title">
<link rel="canonical" href="https://example.org/harbour">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Gazette"},
  {"@type": ["NewsArticle"], "headline": "Harbour reopens after storm",
   "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Lee"}],
   "publisher": {"@type": "Organization", "name": "The Gazette"},
   "datePublished": "2024-03-05T08:00:00Z", "url": "https://example.org/ignored",
   "keywords": ["harbour", "storm"]}]}</script>)";
    const Read read = readPage(page("<h1>Harbour reopens after storm</h1><p>Text.</p>", head));
    QVERIFY2(read.ok, qPrintable(read.error));
    const Document &doc = read.document.document;
    QCOMPARE(doc.title, u"Harbour reopens after storm"_s);
    QCOMPARE(doc.byline, u"Ana Ruiz, Tom Lee"_s);
    QCOMPARE(doc.source, u"The Gazette"_s);
    QCOMPARE(doc.published, u"2024-03-05T08:00:00Z"_s);
    QCOMPARE(doc.url, u"https://example.org/harbour"_s);
    QCOMPARE(doc.language, u"en"_s);
    QCOMPARE(doc.meta.value(u"page_title").toString(), u"Harbour reopens | The Gazette"_s);
    QCOMPARE(doc.meta.value(u"keywords").toArray().size(), 2);
    // the JSON-LD is a script: not text
    QCOMPARE(read.text(), u"Harbour reopens after storm\n\nText."_s);
}

void TestHtmlImport::metaFallbacks()
{
    const QByteArray head = R"(<title>Fallback title</title>
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Jo Park">
<meta name="description" content="A short summary.">
<meta property="og:url" content="https://example.com/a">
<script type="application/ld+json">{ not json</script>)";
    const Read read = readPage(page("<p>By Jo Park, <time datetime=\"2023-11-02\">November 2</time></p><p>Body.</p>"
                                    "<aside><time datetime=\"2020-01-01\">older story</time></aside>", head));
    QVERIFY2(read.ok, qPrintable(read.error));
    const Document &doc = read.document.document;
    QCOMPARE(doc.title, u"Fallback title"_s);
    QCOMPARE(doc.source, u"Daily Example"_s);
    QCOMPARE(doc.byline, u"Jo Park"_s);
    QCOMPARE(doc.published, u"2023-11-02"_s);
    const Read marked = readPage(page("<time datetime=\"2020-01-01\">1 Jan</time><p>Body.</p><time itemprop=\"datePublished\" "
                                      "datetime=\"2023-11-03\">3 Nov</time>"));
    QCOMPARE(marked.document.document.published, u"2023-11-03"_s);
    QCOMPARE(doc.url, u"https://example.com/a"_s);
    QCOMPARE(doc.meta.value(u"description").toString(), u"A short summary."_s);
    // no title at all: the first line
    const Read bare = readPage("<p>First words</p><p>more</p>");
    QCOMPARE(bare.document.document.title, u"First words"_s);
}

void TestHtmlImport::nestedTables()
{
    const Read read = readPage(page("<table><tr><td>menu</td><td><table><tr><td><p>Story paragraph.</p>"
                                    "<table><tr><td>deep cell</td><td>next</td></tr></table></td></tr></table></td></tr></table>"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text(), u"menu\n\nStory paragraph.\n\ndeep cell\nnext"_s);
    const auto evidence = HtmlEvidence::fromJson(read.document.document.meta.value(HtmlEvidence::metaKey()));
    QVERIFY(evidence);
    int tables = 0;
    for (int n = evidence->lines[2].node; n >= 0; n = evidence->nodes[n].parent)
        tables += evidence->nodes[n].tag == u"table";
    QCOMPARE(tables, 3);
}

void TestHtmlImport::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("unclosed") << QByteArray("<p>one<p>two<div>three") << u"one\n\ntwo\n\nthree"_s;
    QTest::newRow("misnested") << QByteArray("<p><b>bold <i>both</b> italic</i> end</p>") << u"bold both italic end"_s;
    QTest::newRow("stray end tags") << QByteArray("</div></p>text</span> more</table>") << u"text more"_s;
    QTest::newRow("no html or body") << QByteArray("<title>T</title>just text") << u"just text"_s;
    QTest::newRow("broken attributes") << QByteArray("<p class=a\"b>kept</p><p =x>y</p>") << u"kept\n\ny"_s;
    QTest::newRow("unterminated comment") << QByteArray("<p>before</p><!-- never ends <p>after</p>") << u"before"_s;
    QTest::newRow("nul bytes") << QByteArray("<p>a\0b</p>", 10) << u"ab"_s;
}

void TestHtmlImport::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const Read read = readPage(bytes);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text(), text);
}

void TestHtmlImport::gzipFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"story.html.gz"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(gzip(page("<p>Compressed story.</p>")));
    file.close();
    auto reader = createReaderForPath(path);
    QVERIFY(reader);
    QList<ImportedDocument> documents;
    QList<ImportProblem> problems;
    ReadOptions options;
    options.rootDirectory = dir.path();
    QVERIFY(reader->read(path, options, [&](ImportedDocument &&d) { documents.append(std::move(d)); return true; }, &problems));
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().document.text, u"Compressed story."_s);
    QCOMPARE(documents.first().document.externalId, u"story"_s);
    QCOMPARE(documents.first().document.meta.value(u"file").toString(), u"story.html.gz"_s);
    // a small file that unpacks to far more than allowed is refused, not unpacked
    QByteArray out;
    QString error;
    QVERIFY(!gunzip(gzip(QByteArray(20 * 1024 * 1024, ' ')), &out, &error, 1024 * 1024));
    QVERIFY2(error.contains(u"more than 1 MB"_s), qPrintable(error));
    QVERIFY(out.isEmpty());
    // several gzip members one after another are one stream
    QVERIFY(gunzip(gzip("<p>a") + gzip("b</p>"), &out, &error));
    QCOMPARE(out, QByteArray("<p>ab</p>"));
}

void TestHtmlImport::importFolder()
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"good.html"_s, page("<p>A good page.</p>"));
    write(u"bad.htm"_s, "<p>caf\xe9</p>");
    write(u"also.xhtml"_s, page("<p>Another one.</p>"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    Importer importer(store, {});
    const ImportReport report = importer.run({dir.path()});
    QCOMPARE(report.documents, 2);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.first().file.endsWith(u"bad.htm"_s));
    QVERIFY(report.problems.first().message.contains(u"invalid UTF-8 at byte 6"_s));
    for (qint64 id : store.documentIds())
        QVERIFY(store.document(id)->meta.contains(u"html"_s));
}

void TestHtmlImport::deepNesting_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::newRow("divs") << QByteArray("<div>x") << QByteArray("</div>");
    QTest::newRow("spans") << QByteArray("<span>x") << QByteArray("</span>");
    QTest::newRow("bold") << QByteArray("<b>x") << QByteArray();
    QTest::newRow("tables") << QByteArray("<table><tr><td>x") << QByteArray("</td></tr></table>");
    QTest::newRow("lists") << QByteArray("<ul><li>x") << QByteArray();
}

// 100,000 nested elements: a result or an error, never a crash or a hang (gumbo takes
// quadratic time on some of these; the parse limits end it).
void TestHtmlImport::deepNesting()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    const QByteArray bytes = "<html><body>" + open.repeated(100000) + close.repeated(100000);
    QElapsedTimer timer;
    timer.start();
    const Read read = readPage(bytes);
    qInfo("%s: %s in %lld ms", QTest::currentDataTag(), read.ok ? "read" : qPrintable(read.error), timer.elapsed());
    if (read.ok) {
        QVERIFY(!read.text().isEmpty());
        QVERIFY(HtmlEvidence::fromJson(read.document.document.meta.value(HtmlEvidence::metaKey())));
    } else {
        QVERIFY2(read.error.contains(u"parse"_s), qPrintable(read.error));
    }
}

// 50 MB of ordinary page: read, within the limits.
void TestHtmlImport::hugePage()
{
    const QByteArray paragraph = "<div class=\"story\"><p>A paragraph of the long page, with <a href=\"/x\">a link</a> and "
                                 "<b>some</b> words.</p></div>\n";
    const QByteArray bytes = page(paragraph.repeated(50 * 1024 * 1024 / paragraph.size()));
    QVERIFY(bytes.size() > 50 * 1000 * 1000);
    QElapsedTimer timer;
    timer.start();
    const Read read = readPage(bytes);
    qInfo("50 MB page: %s in %lld ms", read.ok ? "read" : qPrintable(read.error), timer.elapsed());
    QVERIFY2(read.ok, qPrintable(read.error));
    QVERIFY(read.text().startsWith(u"A paragraph of the long page, with a link and some words.\n\n"_s));
}

void TestHtmlImport::limits()
{
    QString error;
    HtmlParseLimits tight;
    tight.memoryBytes = 256 * 1024;
    QVERIFY(!HtmlTree::parse(QByteArray("<p>word</p>").repeated(20000), tight, &error));
    QVERIFY2(error.contains(u"memory"_s), qPrintable(error));
    HtmlParseLimits quick;
    quick.milliseconds = 1;
    error.clear();
    QVERIFY(!HtmlTree::parse(QByteArray("<div>x").repeated(20000), quick, &error));
    QVERIFY2(error.contains(u"took more than"_s), qPrintable(error));
    // within limits the same page parses, and a failed parse left nothing behind to trip on
    error.clear();
    QVERIFY(HtmlTree::parse(QByteArray("<p>word</p>").repeated(20000), {}, &error));
}

QTEST_GUILESS_MAIN(TestHtmlImport)
#include "tst_htmlimport.moc"
