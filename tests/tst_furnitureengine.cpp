// Unit tests of the page-furniture engine and the line-frequency index, on texts written for
// these tests.
#include <thread>

#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "engines/linefrequencyindex.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// Body paragraphs of an invented article; each is long running prose.
const QString paragraphOne = u"The harbour authority of Port Meridian said on Tuesday that it would close the old "
                             u"grain pier for two years while engineers replace the timber piles that have rotted "
                             u"beneath the waterline."_s;
const QString paragraphTwo = u"Officials told a meeting of the town council that the work would cost about 40 "
                             u"million crowns and that fishing boats would be moved to the eastern basin until the "
                             u"repairs are finished."_s;
const QString paragraphThree = u"Several council members asked whether the closure could be shortened, but the "
                               u"harbour master said the tides left only a few hours of dry work on most days, and "
                               u"that safety had to come first."_s;

QString body()
{
    return paragraphOne + u"\n\n"_s + paragraphTwo + u"\n\n"_s + paragraphThree;
}

struct Found
{
    QString label;
    QString text;
    double confidence = 0;
    QString reason;
};

// Runs the furniture engine through the runner (code-point offsets) and returns its spans
// with the text they cover.
QList<Found> annotate(const QString &text, const CorpusContext *corpus = nullptr, const QString &source = {},
                      const QList<SuggestedSpan> &existing = {}, const QJsonObject &meta = {})
{
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createFurnitureEngine());
    EngineDocument document;
    document.id = u"test"_s;
    document.text = text;
    document.source = source;
    document.meta = meta;
    document.existing = existing;
    const QList<EngineRun> runs = runEngines(engines, document, corpus);
    QList<Found> found;
    const QList<uint> codePoints = text.toUcs4();
    for (const EngineSpan &span : runs.value(0).spans) {
        const QList<uint> slice = codePoints.mid(span.start, span.end - span.start);
        found.append({span.label, QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()),
                      span.confidence, span.reason});
    }
    return found;
}

QStringList texts(const QList<Found> &found, const QString &label)
{
    QStringList list;
    for (const Found &span : found) {
        if (span.label == label)
            list.append(span.text);
    }
    return list;
}

// Whether any span of the furniture layer touches the text of a paragraph.
bool touches(const QList<Found> &found, const QString &paragraph)
{
    for (const Found &span : found) {
        if (span.text.contains(paragraph.left(40)) || paragraph.contains(span.text))
            return true;
    }
    return false;
}

} // namespace

class TestFurnitureEngine : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void disclaimers_data();
    void disclaimers();
    void widgetTail_data();
    void widgetTail();
    void idLine();
    void wireCredit_data();
    void wireCredit();
    void headline();
    void headlineFromTitle();
    void bylineAndDate();
    void proseNotMarked_data();
    void proseNotMarked();
    void smoothing();
    void shortLineInBodyStays();
    void lineFrequency();
    void copiesAreNotTemplates();
    void releaseBoilerplate();
    void lineFrequencyIndex();
    void lineEnds();
    void nonBmpBeforeSpans();
    void reasonsAndConfidence();
    void respectsPeople();
    void deterministicAcrossThreads();
};

void TestFurnitureEngine::identity()
{
    const auto engine = createFurnitureEngine();
    QCOMPARE(engine->name(), u"copydesk-furniture"_s);
    QVERIFY(!engine->version().isEmpty());
    QCOMPARE(engine->layers(), QStringList{u"furniture"_s});
    QVERIFY(engine->annotate(EngineDocument(), nullptr).spans.isEmpty());
}

void TestFurnitureEngine::disclaimers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString legal = u"Harbour Wire supplies this report \"as is\" without warranty of any kind and accepts no "
                          u"responsibility for errors in it. Questions about copyright go to the original publisher."_s;
    QTest::newRow("heading, blank line, paragraph")
        << body() + u"\n\nLegal Disclaimer:\n\n"_s + legal << QStringList{u"Legal Disclaimer:\n\n"_s + legal};
    QTest::newRow("heading, paragraph on the next line")
        << body() + u"\n\nDisclaimer:\n"_s + legal << QStringList{u"Disclaimer:\n"_s + legal};
    QTest::newRow("two disclaimers stay apart")
        << body() + u"\n\nLegal Disclaimer:\n"_s + legal + u"\n\nLegal Disclaimer:\n\n"_s + legal
        << QStringList{u"Legal Disclaimer:\n"_s + legal, u"Legal Disclaimer:\n\n"_s + legal};
    const QString views = u"The views expressed in this column are the writer's own and do not necessarily reflect "
                          u"the views of the Meridian Courier."_s;
    QTest::newRow("opinion note without heading") << body() + u"\n\n"_s + views << QStringList{views};
    const QString note = u"Correction: An earlier version of this article gave the wrong year for the pier's "
                         u"construction."_s;
    QTest::newRow("correction notice") << body() + u"\n\n"_s + note << QStringList{note};
}

void TestFurnitureEngine::disclaimers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Found> found = annotate(text);
    QCOMPARE(texts(found, u"DISCLAIMER"_s), expected);
    QVERIFY(!touches(found, paragraphTwo));
}

void TestFurnitureEngine::widgetTail_data()
{
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("reasonWord");

    QTest::newRow("share widget") << u"Share this article\n\nFacebook\n\nTwitter\n\nEmail\n\nPrint"_s << u"share"_s;
    QTest::newRow("sign-up widget with an odd word")
        << u"Get the latest harbour news in your inbox.\n\nZORVEX\n\nSIGN UP FOR FREE\n\nNo thanks\n\nBy "
           u"subscribing you\nagree to our Terms of Service"_s
        << u"sign-up"_s;
    QTest::newRow("follow and copyright")
        << u"Follow us on Instagram\n\nMeridian Courier\n\n© 2031 Meridian Courier Ltd. All rights reserved."_s
        << u"follow"_s;
}

void TestFurnitureEngine::widgetTail()
{
    QFETCH(QString, tail);
    QFETCH(QString, reasonWord);
    const QList<Found> found = annotate(body() + u"\n\n"_s + tail);
    // consecutive boilerplate lines are one span, from the first line to the last
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{tail});
    QVERIFY(found.constLast().reason.contains(reasonWord));
    QVERIFY2(found.constLast().reason.startsWith(u"tail cluster"_s), qPrintable(found.constLast().reason));
    QVERIFY(!touches(found, paragraphThree));
}

void TestFurnitureEngine::idLine()
{
    const QString id = u"HWIRE07112031000012345678ID4455667788"_s;
    const QList<Found> found = annotate(body() + u"\n\n"_s + id + u"\n"_s);
    QCOMPARE(texts(found, u"METADATA"_s), QStringList{id});
    QCOMPARE(found.constFirst().reason, u"syndication ID"_s);
    // a handle with many digits is no ID
    QVERIFY(texts(annotate(body() + u"\n\n@reader20310711\n"_s), u"METADATA"_s) != QStringList{id});
}

void TestFurnitureEngine::wireCredit_data()
{
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("credit");

    QTest::newRow("agency in capitals") << u"(HWIRE) "_s << u"(HWIRE)"_s;
    QTest::newRow("known agency") << u"(Reuters) - "_s << u"(Reuters)"_s;
    QTest::newRow("dateline with agency") << u"PORT MERIDIAN, July 11 (AP) — "_s << u"PORT MERIDIAN, July 11 (AP) —"_s;
    QTest::newRow("dateline alone") << u"OSLOBY — "_s << u"OSLOBY —"_s;
    QTest::newRow("no credit") << u""_s << u""_s;
    QTest::newRow("capitalised subject, no dateline") << u"HARBOUR Director Ines Vale — "_s << u""_s;
}

void TestFurnitureEngine::wireCredit()
{
    QFETCH(QString, lead);
    QFETCH(QString, credit);
    const QList<Found> found = annotate(u"Pier to close for two years\n\n"_s + lead + body());
    QCOMPARE(texts(found, u"METADATA"_s), credit.isEmpty() ? QStringList() : QStringList{credit});
    QCOMPARE(texts(found, u"HEADLINE"_s), QStringList{u"Pier to close for two years"_s});
}

void TestFurnitureEngine::headline()
{
    const QString text = u"The Meridian Courier\n\nSubscribe\n\nOld grain pier to close as rotten piles are "
                         u"replaced\n\n"_s
                         + body();
    const QList<Found> found = annotate(text);
    QCOMPARE(texts(found, u"HEADLINE"_s), QStringList{u"Old grain pier to close as rotten piles are replaced"_s});
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{u"The Meridian Courier\n\nSubscribe"_s});
    // a feed that ends its headline with a full stop
    const QList<Found> stop = annotate(u"Harbour Pier Will Close For Two Years.\n\n"_s + body());
    QCOMPARE(texts(stop, u"HEADLINE"_s), QStringList{u"Harbour Pier Will Close For Two Years."_s});
    // an article without a headline gets none
    QVERIFY(texts(annotate(body()), u"HEADLINE"_s).isEmpty());
}

void TestFurnitureEngine::headlineFromTitle()
{
    const QString title = u"Council weighs shorter pier closure"_s;
    const QString text = u"Local\n\nWeather\n\n"_s + title + u"\n\nA deck line that also sits above the body\n\n"_s + body();
    const QList<Found> found = annotate(text, nullptr, {}, {}, QJsonObject{{u"title"_s, title}});
    QCOMPARE(texts(found, u"HEADLINE"_s), QStringList{title});
    QVERIFY(found.size() >= 1);
}

void TestFurnitureEngine::bylineAndDate()
{
    const QString text = u"Pier to close for two years\n\nBy Ingrid Haldorsen and Tomas Pell\n\nJuly 11, 2031, "
                         u"9:40 AM\n\n"_s
                         + body();
    const QList<Found> found = annotate(text);
    QCOMPARE(texts(found, u"METADATA"_s),
             QStringList{u"By Ingrid Haldorsen and Tomas Pell\n\nJuly 11, 2031, 9:40 AM"_s});
    // "By then" opens a sentence, not a byline
    const QString sentence = u"By then, the boats had already left the basin and the pier stood empty."_s;
    QVERIFY(!touches(annotate(body() + u"\n\n"_s + sentence + u"\n\n"_s + paragraphOne), sentence));
}

void TestFurnitureEngine::proseNotMarked_data()
{
    QTest::addColumn<QString>("sentence");

    // sentences of an article that use the words of widgets and notices
    QTest::newRow("newsletter") << u"The fishermen's association said in its newsletter that members would lose "
                                   u"about a third of their income while the pier is closed."_s;
    QTest::newRow("sign up") << u"Sign up for the volunteer clean-up was brisk, and by noon more than 200 people "
                                u"had put their names on the list at the harbour office."_s;
    QTest::newRow("share") << u"Share prices of the two local shipping firms fell by more than 4 percent after "
                              u"the announcement, traders said."_s;
    QTest::newRow("cookies") << u"A bakery on the quay, famous for its cardamom cookies, said it feared losing "
                                u"the morning trade from the fish market."_s;
    QTest::newRow("follow") << u"Follow-up inspections will take place every six months, and the results will be "
                               u"published on the council's website, the harbour master said."_s;
    QTest::newRow("terms") << u"Under the terms of the contract, the builder must pay a penalty for every week "
                              u"the work runs late."_s;
    QTest::newRow("short quote") << u"\"We will manage,\" she said."_s;
    QTest::newRow("correction officers") << u"Correction officers from the county jail helped to move the "
                                            u"heaviest equipment on Sunday."_s;
    QTest::newRow("date in a sentence") << u"On July 11, 2031, the first boats left the old pier."_s;
    QTest::newRow("capitalised names") << u"Ingrid Haldorsen, Tomas Pell and Mara Oskarsdottir Voted Against "
                                          u"The Plan."_s;
}

void TestFurnitureEngine::proseNotMarked()
{
    QFETCH(QString, sentence);
    const QString text = u"Pier to close for two years\n\n"_s + paragraphOne + u"\n\n"_s + sentence + u"\n\n"_s
                         + paragraphTwo + u"\n\n"_s + paragraphThree;
    const QList<Found> found = annotate(text);
    for (const Found &span : found)
        QVERIFY2(span.label == u"HEADLINE" || !sentence.contains(span.text.left(20)),
                 qPrintable(span.label + u": "_s + span.text));
    QVERIFY(!touches(found, sentence));
    QCOMPARE(texts(found, u"HEADLINE"_s), QStringList{u"Pier to close for two years"_s});
}

void TestFurnitureEngine::smoothing()
{
    // "Plugh Xyzzy" matches no phrase; it sits between two boilerplate lines after the body
    const QString tail = u"Follow us\n\nPlugh Xyzzy\n\nNewsletter"_s;
    const QList<Found> found = annotate(body() + u"\n\n"_s + tail);
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{tail});
    // inside the body, a short line between two widget lines goes with them
    const QString widget = u"Advertisement\n\nPlugh Xyzzy\n\nStory continues below advertisement"_s;
    const QList<Found> inside = annotate(paragraphOne + u"\n\n"_s + widget + u"\n\n"_s + paragraphTwo + u"\n\n"_s
                                         + paragraphThree);
    QCOMPARE(texts(inside, u"BOILERPLATE"_s), QStringList{widget});
}

void TestFurnitureEngine::shortLineInBodyStays()
{
    // a subheading between paragraphs and a short last line have no furniture around them
    const QString text = paragraphOne + u"\n\nWhat comes next\n\n"_s + paragraphTwo + u"\n\n"_s + paragraphThree
                         + u"\n\nThe council meets again in August."_s;
    QVERIFY(annotate(text).isEmpty());
}

void TestFurnitureEngine::lineFrequency()
{
    const QString source = u"Meridian Courier"_s;
    const QString promo = u"Brought to you by the Courier harbour desk"_s;
    const QString tip = u"Seen something on the quay? Tell the Courier"_s;
    QList<std::pair<QString, QString>> documents;
    const QStringList stories = {paragraphOne, paragraphTwo, paragraphThree,
                                 u"The ferry to Osloby will run twice a day from next week, the operator said."_s};
    for (const QString &story : stories)
        documents.append({source, story + u"\n\n"_s + promo + u"\n\n"_s + tip});
    documents.append({u"Other Paper"_s, paragraphOne + u"\n\n"_s + promo});
    const LineFrequencyIndex index(documents);

    const QString text = body() + u"\n\n"_s + promo + u"\n\n"_s + tip;
    const QList<Found> found = annotate(text, &index, source);
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{promo + u"\n\n"_s + tip});
    QVERIFY2(found.constLast().reason.contains(u"repeated"_s), qPrintable(found.constLast().reason));
    // without the corpus, or from a source where the lines do not recur, they stay
    QVERIFY(annotate(text).isEmpty());
    QVERIFY(annotate(text, &index, u"Third Paper"_s).isEmpty());
    // the article's sentences recur in this corpus too, but not in most documents
    QVERIFY(!touches(found, paragraphTwo));
}

void TestFurnitureEngine::copiesAreNotTemplates()
{
    // the same story filed three times by one source: its sentences recur, yet are the story
    const QString source = u"Meridian Courier"_s;
    const QString story = body() + u"\n\nShare this"_s;
    const LineFrequencyIndex index({{source, story}, {source, story}, {source, story}});
    const QList<Found> found = annotate(story, &index, source);
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{u"Share this"_s});
}

void TestFurnitureEngine::releaseBoilerplate()
{
    const QString about = u"About Northfield Harbour Works\nNorthfield Harbour Works builds and repairs piers, "
                          u"quays and slipways along the northern coast and employs 140 people."_s;
    const QString contact = u"Media contact:\nIda Lind\npress@example.org"_s;
    const QList<Found> found = annotate(u"Harbour firm wins pier contract\n\n"_s + body() + u"\n\n"_s + about
                                        + u"\n\n"_s + contact);
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{about + u"\n\n"_s + contact});
    // an "About" heading early in a story is a subheading
    const QString early = u"Harbour firm wins pier contract\n\nAbout the contract\n\n"_s + body();
    QVERIFY(texts(annotate(early), u"BOILERPLATE"_s).isEmpty());
}

void TestFurnitureEngine::lineFrequencyIndex()
{
    LineFrequencyIndex index;
    index.addDocument(u"A", u"one\n  two  \ntwo\n\nthree");
    index.addDocument(u"A", u"two\nfour");
    index.addDocument(u"B", u"two\n");
    index.addDocument(u"", u"two");
    QCOMPARE(index.documentCount(u"A"), 2);
    QCOMPARE(index.documentCount(u"B"), 1);
    QCOMPARE(index.documentCount(u"C"), 0);
    QCOMPARE(index.documentCount(u""), 4);
    // each document counts a line once; lines are trimmed
    QCOMPARE(index.lineDocumentFrequency(u"A", u"two"), 2);
    QCOMPARE(index.lineDocumentFrequency(u"A", u" two "), 2);
    QCOMPARE(index.lineDocumentFrequency(u"", u"two"), 4);
    QCOMPARE(index.lineDocumentFrequency(u"B", u"one"), 0);
    QCOMPARE(index.lineDocumentFrequency(u"A", u"five"), 0);
    QCOMPARE(index.lineDocumentFrequency(u"A", u""), 0);
}

void TestFurnitureEngine::lineEnds()
{
    // LF text: spans end at the last character of a line, never on the line break
    const QString text = u"Pier to close for two years\n"_s + paragraphOne + u"\n"_s + paragraphTwo
                         + u"\nShare this\nTweet\nEmail\n"_s;
    const QList<Found> found = annotate(text);
    QCOMPARE(texts(found, u"HEADLINE"_s), QStringList{u"Pier to close for two years"_s});
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{u"Share this\nTweet\nEmail"_s});
    for (const Found &span : found)
        QVERIFY(!span.text.startsWith(u'\n') && !span.text.endsWith(u'\n'));
}

void TestFurnitureEngine::nonBmpBeforeSpans()
{
    // characters outside the BMP (two UTF-16 units, one code point) before every span
    const QString text = u"\U0001F6A2 Harbour Pier Closes For Two Years \U0001F30A\n\n(HWIRE) \U0001F4F0 "_s + body()
                         + u"\n\nHWIRE07112031000012345678ID4455667788\n\nShare this \U0001F517\n\nNo thanks"_s;
    const QList<Found> found = annotate(text);
    QCOMPARE(texts(found, u"HEADLINE"_s), QStringList{u"\U0001F6A2 Harbour Pier Closes For Two Years \U0001F30A"_s});
    QCOMPARE(texts(found, u"METADATA"_s),
             (QStringList{u"(HWIRE)"_s, u"HWIRE07112031000012345678ID4455667788"_s}));
    QCOMPARE(texts(found, u"BOILERPLATE"_s), QStringList{u"Share this \U0001F517\n\nNo thanks"_s});
}

void TestFurnitureEngine::reasonsAndConfidence()
{
    const QString text = u"The Meridian Courier\n\nSEE OTHER BRANDS\n\nPier to close for two years\n\n(HWIRE) "_s
                         + body()
                         + u"\n\nHWIRE07112031000012345678ID4455667788\n\nLegal Disclaimer:\nHarbour Wire provides "
                           u"this content as is, without warranty of any kind.\n\nShare us\n\nSign up"_s;
    const QList<Found> found = annotate(text);
    QCOMPARE(found.size(), 6);
    for (const Found &span : found) {
        QVERIFY2(!span.reason.isEmpty(), qPrintable(span.label));
        QVERIFY(span.confidence > 0.0 && span.confidence <= 1.0);
    }
    QCOMPARE(found.at(4).label, u"DISCLAIMER"_s);
    QCOMPARE(found.at(4).reason, u"disclaimer phrase: 'Legal Disclaimer'"_s);
    QCOMPARE(found.at(0).reason, u"head cluster: site name or tagline"_s);
}

void TestFurnitureEngine::respectsPeople()
{
    const QString tail = u"Share this\n\nTweet"_s;
    const QString text = body() + u"\n\n"_s + tail;
    const qsizetype at = text.indexOf(tail);
    // a person already marked the tail: no second suggestion
    SuggestedSpan marked;
    marked.label = u"BOILERPLATE"_s;
    marked.start = at;
    marked.end = text.size();
    QVERIFY(texts(annotate(text, nullptr, {}, {marked}), u"BOILERPLATE"_s).isEmpty());
    // a person marked the line a quote: it is article text
    SuggestedSpan quote;
    quote.label = u"QUOTE"_s;
    quote.start = at;
    quote.end = at + 10;
    QCOMPARE(texts(annotate(text, nullptr, {}, {quote}), u"BOILERPLATE"_s), QStringList{u"Tweet"_s});
}

void TestFurnitureEngine::deterministicAcrossThreads()
{
    const auto engine = createFurnitureEngine();
    EngineDocument document;
    document.text = u"Site\n\nSubscribe\n\nPier to close for two years\n\nBy Ingrid Haldorsen\n\n"_s + body()
                    + u"\n\nShare this\n\nDisclaimer: the views expressed are the author's own."_s;
    const EngineResult reference = engine->annotate(document, nullptr);
    QVERIFY(!reference.spans.isEmpty());
    std::vector<EngineResult> results(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            for (int round = 0; round < 50; ++round)
                results[i] = engine->annotate(document, nullptr);
        });
    for (std::thread &thread : threads)
        thread.join();
    for (const EngineResult &result : results) {
        QCOMPARE(result.spans.size(), reference.spans.size());
        for (qsizetype i = 0; i < result.spans.size(); ++i) {
            QCOMPARE(result.spans[i].start, reference.spans[i].start);
            QCOMPARE(result.spans[i].end, reference.spans[i].end);
            QCOMPARE(result.spans[i].label, reference.spans[i].label);
            QCOMPARE(result.spans[i].reason, reference.spans[i].reason);
        }
    }
}

QTEST_GUILESS_MAIN(TestFurnitureEngine)
#include "tst_furnitureengine.moc"
