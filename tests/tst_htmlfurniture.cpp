// The furniture engine on pages imported from HTML (pages written for these tests): the
// article's container found, navigation, header, footer, asides, share and comment widgets,
// related-story lists, captions, bylines and the headline marked; quotations kept; people's
// decisions respected; evidence that does not fit the text leaves the text rules in charge.
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "formats/htmlformat.h"
#include "html/htmlevidence.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QByteArray newsPage = R"(<!DOCTYPE html>
<html lang="en"><head><title>Council approves harbour plan | Riverside Times</title>
<meta property="og:title" content="Council approves harbour plan"></head>
<body>
<header class="site-header"><a href="/">Riverside Times</a>
 <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main><article>
 <h1>Council approves harbour plan</h1>
 <div class="byline">By <a rel="author" href="/a/jane">Jane Marsh</a></div>
 <time datetime="2024-05-02">2 May 2024</time>
 <div class="share-tools"><a href="#f">Share on Facebook</a> <a href="#x">Post on X</a></div>
 <div class="article-body">
  <p>The city council voted on Tuesday to approve a plan that will rebuild the old harbour, ending years of debate over the waterfront.</p>
  <figure><img src="dawn.jpg"><figcaption>The harbour at dawn, seen from the old lighthouse.</figcaption></figure>
  <p>Supporters said the plan would bring jobs, while opponents warned that the cost, estimated at 40 million, could still rise.</p>
  <h2>What happens next</h2>
  <p>Construction is expected to begin next spring, the council said, and should take about three years to complete.</p>
  <div class="social-embed"><blockquote class="post"><p>Finally, a harbour we can be proud of again.</p></blockquote></div>
  <aside class="related"><h3>Related stories</h3><ul><li><a href="/1">Harbour plan faces a new vote</a></li><li><a href="/2">Waterfront traders are worried</a></li></ul></aside>
 </div>
</article>
<section class="comments"><h3>Comments</h3><p>Great news for the town, I have waited years for this to happen, finally.</p></section>
</main>
<footer class="site-footer"><p>Copyright 2024 Riverside Times. All rights reserved.</p>
 <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>
</body></html>)";

const QStringList articleLines{
    u"The city council voted on Tuesday to approve a plan that will rebuild the old harbour, ending years of debate over the waterfront."_s,
    u"Supporters said the plan would bring jobs, while opponents warned that the cost, estimated at 40 million, could still rise."_s,
    u"What happens next"_s,
    u"Construction is expected to begin next spring, the council said, and should take about three years to complete."_s,
    u"Finally, a harbour we can be proud of again."_s,
};

EngineDocument engineDocument(const QByteArray &html)
{
    ImportedDocument imported;
    QString error;
    if (!HtmlReader::readBytes(html, &imported, &error))
        qFatal("cannot read the test page: %s", qPrintable(error));
    EngineDocument document;
    document.id = u"page"_s;
    document.text = imported.document.text;
    document.source = imported.document.source;
    document.meta = imported.document.meta;
    return document;
}

// The label of the span covering the line holding needle (empty: none).
QString labelOf(const EngineDocument &document, const EngineResult &result, const QString &needle)
{
    const qsizetype at = document.text.indexOf(needle);
    if (at < 0)
        qFatal("not in the text: %s", qPrintable(needle));
    for (const SuggestedSpan &span : result.spans) {
        if (span.start <= at && span.end >= at + needle.size()) {
            qInfo("%s: %s (%s)", qPrintable(needle), qPrintable(span.label), qPrintable(span.reason));
            return span.label;
        }
    }
    return {};
}

// The lines no span covers.
QStringList bodyLines(const EngineDocument &document, const EngineResult &result)
{
    QString text = document.text;
    for (const SuggestedSpan &span : result.spans) {
        for (qsizetype i = span.start; i < span.end; ++i) {
            if (text[i] != u'\n')
                text[i] = u' ';
        }
    }
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// A corpus of ten documents of one source in which one line recurs in nine.
class FakeCorpus final : public CorpusContext
{
public:
    explicit FakeCorpus(QString line)
        : m_line(std::move(line))
    {
    }
    int lineDocumentFrequency(QStringView, QStringView line) const override { return line == m_line ? 9 : 1; }
    int documentCount(QStringView) const override { return 10; }

private:
    QString m_line;
};

} // namespace

class TestHtmlFurniture final : public QObject
{
    Q_OBJECT

private slots:
    void articleFound();
    void labels_data();
    void labels();
    void reasons();
    void respectsPeople();
    void repeatedInSource();
    void fallsBackToText();
    void noArticle();
    void deepPage();
};

void TestHtmlFurniture::articleFound()
{
    const EngineDocument document = engineDocument(newsPage);
    const auto engine = createFurnitureEngine();
    const EngineResult result = engine->annotate(document, nullptr);
    QCOMPARE(bodyLines(document, result), articleLines);
}

void TestHtmlFurniture::labels_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("label");
    QTest::newRow("site name") << u"Riverside Times"_s << u"BOILERPLATE"_s;
    QTest::newRow("navigation") << u"Opinion"_s << u"BOILERPLATE"_s;
    QTest::newRow("headline") << u"Council approves harbour plan"_s << u"HEADLINE"_s;
    QTest::newRow("byline") << u"By Jane Marsh"_s << u"METADATA"_s;
    QTest::newRow("date") << u"2 May 2024"_s << u"METADATA"_s;
    QTest::newRow("share") << u"Share on Facebook"_s << u"BOILERPLATE"_s;
    QTest::newRow("caption") << u"The harbour at dawn"_s << u"METADATA"_s;
    QTest::newRow("related heading") << u"Related stories"_s << u"BOILERPLATE"_s;
    QTest::newRow("related link") << u"Waterfront traders are worried"_s << u"BOILERPLATE"_s;
    QTest::newRow("comment") << u"Great news for the town"_s << u"BOILERPLATE"_s;
    QTest::newRow("footer") << u"All rights reserved."_s << u"BOILERPLATE"_s;
    QTest::newRow("body") << u"Construction is expected"_s << QString();
    QTest::newRow("subheading") << u"What happens next"_s << QString();
    QTest::newRow("embedded post") << u"Finally, a harbour"_s << QString();
}

void TestHtmlFurniture::labels()
{
    QFETCH(QString, line);
    QFETCH(QString, label);
    const EngineDocument document = engineDocument(newsPage);
    const EngineResult result = createFurnitureEngine()->annotate(document, nullptr);
    QCOMPARE(labelOf(document, result, line), label);
}

void TestHtmlFurniture::reasons()
{
    const EngineDocument document = engineDocument(newsPage);
    const EngineResult result = createFurnitureEngine()->annotate(document, nullptr);
    QVERIFY(!result.spans.isEmpty());
    QSet<QString> keys;
    for (const SuggestedSpan &span : result.spans) {
        QVERIFY2(!span.reason.isEmpty(), qPrintable(span.label));
        QVERIFY(span.confidence > 0 && span.confidence <= 1);
        QVERIFY(span.start < span.end);
        keys.insert(span.key);
    }
    QCOMPARE(keys.size(), result.spans.size());
}

void TestHtmlFurniture::respectsPeople()
{
    EngineDocument document = engineDocument(newsPage);
    // a person marked a quote in the comments, and a paragraph of the article as boilerplate
    const QString comment = u"Great news for the town, I have waited years for this to happen, finally."_s;
    SuggestedSpan quote;
    quote.label = u"QUOTE"_s;
    quote.start = document.text.indexOf(comment);
    quote.end = quote.start + comment.size();
    SuggestedSpan boilerplate;
    boilerplate.label = u"BOILERPLATE"_s;
    boilerplate.start = document.text.indexOf(articleLines[1]);
    boilerplate.end = boilerplate.start + articleLines[1].size();
    document.existing = {quote, boilerplate};
    const EngineResult result = createFurnitureEngine()->annotate(document, nullptr);
    for (const SuggestedSpan &span : result.spans) {
        QVERIFY2(span.end <= quote.start || span.start >= quote.end, qPrintable(span.reason));
        QVERIFY2(span.end <= boilerplate.start || span.start >= boilerplate.end, qPrintable(span.reason));
    }
}

void TestHtmlFurniture::repeatedInSource()
{
    const EngineDocument document = engineDocument(newsPage);
    const FakeCorpus corpus(articleLines[1]);
    const EngineResult result = createFurnitureEngine()->annotate(document, &corpus);
    QCOMPARE(labelOf(document, result, articleLines[1]), u"BOILERPLATE"_s);
    const qsizetype at = document.text.indexOf(articleLines[1]);
    bool reasoned = false;
    for (const SuggestedSpan &span : result.spans)
        reasoned = reasoned || (span.start <= at && span.end > at && span.reason.contains(u"9 of 10"_s));
    QVERIFY(reasoned);
    QCOMPARE(labelOf(document, result, articleLines[0]), QString());
}

void TestHtmlFurniture::fallsBackToText()
{
    const EngineDocument page = engineDocument(newsPage);
    EngineDocument plain = page;
    plain.meta.remove(HtmlEvidence::metaKey());
    const auto engine = createFurnitureEngine();
    const EngineResult textRules = engine->annotate(plain, nullptr);
    // evidence with a line too few does not describe this text: the text rules decide
    EngineDocument mismatched = page;
    QJsonObject evidence = page.meta.value(HtmlEvidence::metaKey()).toObject();
    QJsonArray lines = evidence.value(u"lines").toArray();
    lines.removeLast();
    evidence.insert(u"lines"_s, lines);
    mismatched.meta.insert(HtmlEvidence::metaKey(), evidence);
    const EngineResult result = engine->annotate(mismatched, nullptr);
    QCOMPARE(result.spans.size(), textRules.spans.size());
    for (qsizetype i = 0; i < result.spans.size(); ++i) {
        QCOMPARE(result.spans[i].start, textRules.spans[i].start);
        QCOMPARE(result.spans[i].end, textRules.spans[i].end);
        QCOMPARE(result.spans[i].label, textRules.spans[i].label);
        QCOMPARE(result.spans[i].reason, textRules.spans[i].reason);
    }
    // and evidence of another version too
    mismatched.meta.insert(HtmlEvidence::metaKey(), QJsonObject{{u"version"_s, 99}});
    QCOMPARE(engine->annotate(mismatched, nullptr).spans.size(), textRules.spans.size());
}

void TestHtmlFurniture::noArticle()
{
    // nothing but links: no paragraph to build an article on; the text rules decide, no crash
    const EngineDocument document = engineDocument("<nav><a href=a>Home</a> <a href=b>News</a></nav><ul><li><a href=c>More</a></li></ul>");
    const EngineResult result = createFurnitureEngine()->annotate(document, nullptr);
    for (const SuggestedSpan &span : result.spans)
        QVERIFY(span.start >= 0 && span.end <= document.text.size());
}

void TestHtmlFurniture::deepPage()
{
    // 2,000 nested tables, each cell a line: the evidence stops nesting at 200 levels
    const EngineDocument document = engineDocument("<body>" + QByteArray("<table><tr><td>A cell of text that runs on, and on.").repeated(2000));
    const EngineResult result = createFurnitureEngine()->annotate(document, nullptr);
    for (const SuggestedSpan &span : result.spans)
        QVERIFY(span.start >= 0 && span.end <= document.text.size());
}

QTEST_GUILESS_MAIN(TestHtmlFurniture)
#include "tst_htmlfurniture.moc"
