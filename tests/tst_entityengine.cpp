// Unit tests of the rule-and-gazetteer entity engine on sentences written for these tests.
#include <memory>
#include <thread>
#include <vector>

#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// "LABEL:text" or "LABEL:text@N" for the N-th occurrence (0-based) of the text.
struct Expected
{
    QString label;
    QString text;
    int occurrence = 0;
};

Expected parseExpected(const QString &spec)
{
    Expected e;
    const qsizetype colon = spec.indexOf(u':');
    e.label = spec.left(colon);
    e.text = spec.mid(colon + 1);
    const qsizetype at = e.text.lastIndexOf(u'@');
    if (at > 0) {
        e.occurrence = e.text.mid(at + 1).toInt();
        e.text = e.text.left(at);
    }
    return e;
}

qsizetype nthIndexOf(const QString &text, const QString &needle, int n)
{
    qsizetype from = 0;
    for (int i = 0;; ++i) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0 || i == n)
            return at;
        from = at + 1;
    }
}

EngineRun annotateText(const QString &text)
{
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createEntityEngine());
    EngineDocument document;
    document.id = u"test"_s;
    document.text = text;
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    return runs.isEmpty() ? EngineRun{} : runs.first();
}

// Spans as "LABEL:text" strings, for readable failure messages.
QStringList describe(const QString &text, const EngineRun &run)
{
    QStringList out;
    for (const EngineSpan &span : run.spans)
        out.append(u"%1:%2"_s.arg(span.label, text.mid(span.start, span.end - span.start)));
    return out;
}

} // namespace

class TestEntityEngine final : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void finds_data();
    void finds();
    void ignores_data();
    void ignores();
    void reasonsAndConfidence();
    void aliasReason();
    void nonBmpOffsets();
    void respectsPeopleDecisions();
    void deterministicAcrossThreads();
};

void TestEntityEngine::identity()
{
    const auto engine = createEntityEngine();
    QCOMPARE(engine->name(), u"copydesk-entities"_s);
    QVERIFY(!engine->version().isEmpty());
    QCOMPARE(engine->layers(), QStringList{u"entities"_s});
}

void TestEntityEngine::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title before name")
        << u"Prime Minister Maria Kowalczyk arrived in Lisbon on Tuesday."_s
        << QStringList{u"PERSON:Maria Kowalczyk"_s, u"GPE:Lisbon"_s, u"DATE:Tuesday"_s};
    QTest::newRow("lower-case role")
        << u"The plan was criticised, said spokesman Oleg Baranov."_s << QStringList{u"PERSON:Oleg Baranov"_s};
    QTest::newRow("country, title, nationality")
        << u"U.S. President Lena Hartmann met Russian President Ivan Petrov in Kiev."_s
        << QStringList{u"GPE:U.S."_s, u"PERSON:Lena Hartmann"_s, u"NORP:Russian"_s, u"PERSON:Ivan Petrov"_s,
                       u"GPE:Kiev"_s};
    QTest::newRow("organisation heads")
        << u"The Ministry of Fisheries and the Baltic Shipping Commission disagreed."_s
        << QStringList{u"ORG:Ministry of Fisheries"_s, u"ORG:Baltic Shipping Commission"_s};
    QTest::newRow("company suffix and newspaper")
        << u"Shares of Norwood Holdings Inc. rose, according to the Harbour Times."_s
        << QStringList{u"ORG:Norwood Holdings Inc."_s, u"ORG:Harbour Times"_s};
    QTest::newRow("gazetteer organisations")
        << u"Officials of the European Commission, NATO and the Kremlin met."_s
        << QStringList{u"ORG:European Commission"_s, u"ORG:NATO"_s, u"ORG:Kremlin"_s};
    QTest::newRow("unknown capitals") << u"The report by the QXBF watchdog was leaked."_s
                                      << QStringList{u"ORG:QXBF"_s};
    QTest::newRow("nationalities")
        << u"Canadian and Brazilian officials flew from Nairobi to Asia."_s
        << QStringList{u"NORP:Canadian"_s, u"NORP:Brazilian"_s, u"GPE:Nairobi"_s, u"LOC:Asia"_s};
    QTest::newRow("region and sea") << u"Storms crossed Europe and the Black Sea."_s
                                    << QStringList{u"LOC:Europe"_s, u"LOC:Black Sea"_s};
    QTest::newRow("facility and event")
        << u"The jet landed at Ostrava Airport during the Lakeside Summit."_s
        << QStringList{u"FAC:Ostrava Airport"_s, u"EVENT:Lakeside Summit"_s};
    QTest::newRow("known event") << u"Her grandfather fought in the Second World War."_s
                                 << QStringList{u"EVENT:Second World War"_s};
    QTest::newRow("dates")
        << u"Last week the talks stalled. A 30-day truce began in January and ended on Monday."_s
        << QStringList{u"DATE:Last week"_s, u"DATE:30-day"_s, u"DATE:January"_s, u"DATE:Monday"_s};
    QTest::newRow("full dates") << u"The deal was signed on 12 March 2024 and reviewed two years ago."_s
                                << QStringList{u"DATE:12 March 2024"_s, u"DATE:two years ago"_s};
    QTest::newRow("family name alias")
        << u"Carla Baker won the vote. Baker said she was pleased."_s
        << QStringList{u"PERSON:Carla Baker"_s, u"PERSON:Baker@1"_s};
    QTest::newRow("alias at sentence start")
        << u"The minister, Tomas Fisher, resigned. Fisher denied wrongdoing."_s
        << QStringList{u"PERSON:Tomas Fisher"_s, u"PERSON:Fisher@1"_s};
    QTest::newRow("head alias")
        << u"The Baltic Shipping Commission met. Later the Commission said no."_s
        << QStringList{u"ORG:Baltic Shipping Commission"_s, u"ORG:Commission@1"_s};
    QTest::newRow("acronym in brackets")
        << u"The Northern Fisheries Authority (NFA) objected. The NFA later agreed."_s
        << QStringList{u"ORG:Northern Fisheries Authority"_s, u"ORG:NFA@1"_s};
    QTest::newRow("all-caps line")
        << u"MINISTERS FROM PORTUGAL AND NORWAY MEET IN OSLO\nThe meeting was short."_s
        << QStringList{u"GPE:PORTUGAL"_s, u"GPE:NORWAY"_s, u"GPE:OSLO"_s};
    QTest::newRow("title-case headline")
        << u"Portugal Signs New Trade Deal With Norway\nThe deal was signed in Oslo."_s
        << QStringList{u"GPE:Portugal"_s, u"GPE:Norway"_s, u"GPE:Oslo"_s};
    QTest::newRow("name in an all-caps headline after the body")
        << u"KOWALCZYK WINS AGAIN\nMaria Kowalczyk won the race in Lisbon."_s
        << QStringList{u"PERSON:KOWALCZYK"_s, u"PERSON:Maria Kowalczyk"_s};
    QTest::newRow("given name that is a place")
        << u"The striker Victoria Hansen scored twice."_s << QStringList{u"PERSON:Victoria Hansen"_s};
    QTest::newRow("particles inside a name")
        << u"The prize went to Pieter van der Merwe of Durban."_s << QStringList{u"PERSON:Pieter van der Merwe"_s};
    QTest::newRow("nationality and group") << u"Iraqi Kurds marched in Arbil."_s
                                           << QStringList{u"NORP:Iraqi Kurds"_s};
    QTest::newRow("firm with ampersand") << u"The lawyers of Hollis & Vane filed the papers."_s
                                         << QStringList{u"ORG:Hollis & Vane"_s};
    QTest::newRow("given name before a title word") << u"The former leader John Major spoke."_s
                                                     << QStringList{u"PERSON:John Major"_s};
    QTest::newRow("compass nationality") << u"The South Korean delegation arrived."_s
                                         << QStringList{u"NORP:South Korean"_s};
    QTest::newRow("place context") << u"Protests spread to the province of Valdoria."_s
                                   << QStringList{u"GPE:Valdoria"_s};
    QTest::newRow("sports team named after its town")
        << u"SOCCER - LEAGUE RESULTS\nLeeds beat Bristol 2-1 in the league match on Saturday. The coach "
           "praised the striker and the goalkeeper.\nLeeds 2 Bristol 1"_s
        << QStringList{u"ORG:Leeds"_s, u"ORG:Bristol"_s};
}

void TestEntityEngine::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const EngineRun run = annotateText(text);
    const QStringList found = describe(text, run);
    for (const QString &spec : std::as_const(expected)) {
        const Expected e = parseExpected(spec);
        const qsizetype start = nthIndexOf(text, e.text, e.occurrence);
        QVERIFY2(start >= 0, qPrintable(u"bad test: %1 not in text"_s.arg(e.text)));
        bool ok = false;
        for (const EngineSpan &span : run.spans) {
            if (span.start == start && span.end == start + e.text.size() && span.label == e.label)
                ok = true;
        }
        QVERIFY2(ok, qPrintable(u"missing %1; found %2"_s.arg(spec, found.join(u", "))));
    }
}

void TestEntityEngine::ignores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("sentence-initial common words")
        << u"Leaders met in Oslo. Sources said nothing. However, Yesterday's plan held."_s
        << QStringList{u"Leaders"_s, u"Sources"_s, u"However"_s};
    QTest::newRow("titles are not names")
        << u"Prime Minister Maria Kowalczyk spoke. The President was absent."_s
        << QStringList{u"Prime"_s, u"Minister"_s, u"President"_s};
    QTest::newRow("page furniture") << u"Legal Notice:\nShare this\nNo Thanks\nagree to our Terms of Service"_s
                                    << QStringList{u"Legal"_s, u"Notice"_s, u"Share"_s, u"Thanks"_s, u"Terms"_s,
                                                   u"Service"_s};
    QTest::newRow("all-caps banner") << u"SIGN UP FOR FREE TODAY\nREAD MORE NEWS"_s
                                     << QStringList{u"SIGN"_s, u"TODAY"_s, u"NEWS"_s};
    QTest::newRow("headline words") << u"Portugal Signs New Trade Deal With Norway"_s
                                    << QStringList{u"Signs"_s, u"New"_s, u"Trade"_s, u"Deal"_s};
    QTest::newRow("adjectives from names and table abbreviations")
        << u"The Boston-based group said Shr rose."_s << QStringList{u"Boston-based"_s, u"Shr"_s};
    QTest::newRow("hyphenated ordinary words") << u"Quarter-final tickets sold out. Re-education camps closed."_s
                                               << QStringList{u"Quarter-final"_s, u"Re-education"_s};
    QTest::newRow("ambiguous month") << u"Ministers may agree, and the march went on. May we go?"_s
                                     << QStringList{u"May"_s, u"march"_s};
}

void TestEntityEngine::ignores()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    const EngineRun run = annotateText(text);
    for (const QString &word : std::as_const(words)) {
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = text.indexOf(word, from);
            if (at < 0)
                break;
            for (const EngineSpan &span : run.spans) {
                const bool overlaps = span.start < at + word.size() && at < span.end;
                QVERIFY2(!overlaps, qPrintable(u"'%1' is inside %2:%3"_s.arg(
                                        word, span.label, text.mid(span.start, span.end - span.start))));
            }
            from = at + 1;
        }
    }
}

void TestEntityEngine::reasonsAndConfidence()
{
    const QString text = u"U.S. President Lena Hartmann told the Harbour Times on Monday that Canadian "
                         "officials in Lisbon and the Kremlin disagreed. Hartmann left for Asia."_s;
    const EngineRun run = annotateText(text);
    const QStringList labels{u"PERSON"_s, u"ORG"_s, u"GPE"_s, u"LOC"_s, u"NORP"_s, u"FAC"_s, u"EVENT"_s, u"DATE"_s};
    QVERIFY(run.spans.size() >= 8);
    for (const EngineSpan &span : run.spans) {
        QVERIFY2(labels.contains(span.label), qPrintable(span.label));
        QVERIFY(!span.reason.isEmpty());
        QVERIFY(span.confidence > 0.0 && span.confidence <= 1.0);
        QVERIFY(!span.key.isEmpty());
    }
}

void TestEntityEngine::aliasReason()
{
    const QString text = u"Carla Baker won. Later Baker said she was pleased."_s;
    const EngineRun run = annotateText(text);
    const qsizetype second = text.lastIndexOf(u"Baker"_s);
    bool found = false;
    for (const EngineSpan &span : run.spans) {
        if (span.start == second) {
            found = true;
            QCOMPARE(span.label, u"PERSON"_s);
            QVERIFY2(span.reason.contains(u"Carla Baker"_s), qPrintable(span.reason));
        }
    }
    QVERIFY(found);
}

void TestEntityEngine::nonBmpOffsets()
{
    // Two emoji (two UTF-16 units each) and a combining mark before the names: stored offsets
    // count code points.
    const QString text = u"😀😀 Cafe\u0301 news: Maria Kowalczyk visited Oslo."_s;
    const EngineRun run = annotateText(text);
    QStringList found;
    for (const EngineSpan &span : run.spans)
        found.append(u"%1 %2 %3"_s.arg(span.label).arg(span.start).arg(span.end));
    // Code points: 😀(0) 😀(1) ' '(2) C a f e ◌́ (3..7) ' '(8) n e w s :(9..13) ' '(14) Maria(15)
    QVERIFY2(found.contains(u"PERSON 15 30"_s), qPrintable(found.join(u"; ")));
    QVERIFY2(found.contains(u"GPE 39 43"_s), qPrintable(found.join(u"; ")));
}

void TestEntityEngine::respectsPeopleDecisions()
{
    // A person marked "Zorbin" as a person: the engine labels its other mentions the same way.
    const QString text = u"Zorbin arrived. The talks with Zorbin went well."_s;
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createEntityEngine());
    EngineDocument document;
    document.text = text;
    SuggestedSpan marked;
    marked.label = u"ORG"_s;
    marked.start = 0;
    marked.end = 6;
    document.existing.append(marked);
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    QCOMPARE(runs.size(), 1);
    bool found = false;
    for (const EngineSpan &span : runs.first().spans) {
        if (span.start == text.lastIndexOf(u"Zorbin"_s)) {
            found = true;
            QCOMPARE(span.label, u"ORG"_s);
        }
    }
    QVERIFY(found);
}

void TestEntityEngine::deterministicAcrossThreads()
{
    const QString text = u"U.S. President Lena Hartmann met Russian President Ivan Petrov in Kiev on Monday. "
                         "Hartmann and Petrov then flew to the Black Sea with officials of the European "
                         "Commission.\nLATER THE COMMISSION MET IN OSLO\n"_s.repeated(20);
    const QStringList reference = describe(text, annotateText(text));
    QVERIFY(!reference.isEmpty());
    std::vector<QStringList> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] { results[i] = describe(text, annotateText(text)); });
    for (std::thread &thread : threads)
        thread.join();
    for (const QStringList &result : results)
        QCOMPARE(result, reference);
}

QTEST_GUILESS_MAIN(TestEntityEngine)
#include "tst_entityengine.moc"
