#include <QTest>

#include "engines/builtinengines.h"
#include "engines/enginerunner.h"
#include "engines/stringmatchmodel.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

using LabelledTexts = QList<QPair<QString, QString>>;

namespace {

// Matches as "start-end:LABEL", in text order.
QString describe(const StringMatchModel &model, QStringView text)
{
    QStringList parts;
    for (const StringMatch &match : model.find(text))
        parts.append(u"%1-%2:%3"_s.arg(match.start).arg(match.end).arg(model.entries()[match.entry].label));
    return parts.join(u' ');
}

} // namespace

class TestStringMatch final : public QObject
{
    Q_OBJECT

private slots:
    void buildAndRead();
    void buildIgnoresOrder();
    void corruptBlobsRejected_data();
    void corruptBlobsRejected();
    void matching_data();
    void matching();
    void engineThroughRunner();
};

void TestStringMatch::buildAndRead()
{
    const QByteArray blob = StringMatchModel::build({
        {u"PERSON"_s, u"Ana Silva"_s},
        {u"PERSON"_s, u" Ana Silva "_s}, // trimmed: the same text
        {u"ORG"_s, u"Ana Silva"_s},
        {u"GPE"_s, u"Lisbon"_s},
        {u"ORG"_s, u"Acme"_s},
        {u"PERSON"_s, u"Acme"_s},   // a tie: alphabetical first wins
        {u"GPE"_s, u"   "_s},        // empty after trimming
        {QString(), u"Oslo"_s},      // no label
    });
    const std::optional<StringMatchModel> model = StringMatchModel::read(blob);
    QVERIFY(model.has_value());
    const QList<StringMatchEntry> &entries = model->entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].text, u"Acme"_s);
    QCOMPARE(entries[0].label, u"ORG"_s);
    QCOMPARE(entries[0].count, 1);
    QCOMPARE(entries[0].total, 2);
    QCOMPARE(entries[1].text, u"Ana Silva"_s);
    QCOMPARE(entries[1].label, u"PERSON"_s);
    QCOMPARE(entries[1].count, 2);
    QCOMPARE(entries[1].total, 3);
    QCOMPARE(entries[2].label, u"GPE"_s);
    // More consistent labelling, more confidence.
    QVERIFY(entries[1].confidence() > entries[0].confidence());
    QVERIFY(entries[2].confidence() > entries[0].confidence());
    QCOMPARE(entries[2].confidence(), 2.0 / 3.0);
}

void TestStringMatch::buildIgnoresOrder()
{
    LabelledTexts pairs = {{u"PERSON"_s, u"Ana"_s}, {u"GPE"_s, u"Oslo"_s}, {u"ORG"_s, u"Ana"_s}, {u"PERSON"_s, u"Ana"_s}};
    const QByteArray first = StringMatchModel::build(pairs);
    std::reverse(pairs.begin(), pairs.end());
    QCOMPARE(StringMatchModel::build(pairs), first);
}

void TestStringMatch::corruptBlobsRejected_data()
{
    QTest::addColumn<QByteArray>("blob");
    const QByteArray good = StringMatchModel::build({{u"PERSON"_s, u"Ana Silva"_s}, {u"GPE"_s, u"Oslo"_s}});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << "Ana Silva PERSON, Oslo GPE"_ba;
    QTest::newRow("truncated") << good.left(good.size() - 3);
    QTest::newRow("extended") << good + "\0\0"_ba;
    QByteArray flipped = good;
    flipped[good.size() - 5] = char(flipped[good.size() - 5] ^ 1);
    QTest::newRow("flipped byte") << flipped;
    QByteArray version = good;
    version[7] = char(version[7] + 1);
    QTest::newRow("other version") << version;
}

void TestStringMatch::corruptBlobsRejected()
{
    QFETCH(QByteArray, blob);
    QVERIFY(!StringMatchModel::read(blob).has_value());
    QVERIFY(!createStringMatchEngine(blob));
}

void TestStringMatch::matching_data()
{
    QTest::addColumn<LabelledTexts>("labelled");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const LabelledTexts places = {{u"GPE"_s, u"Lisbon"_s}, {u"PERSON"_s, u"Ann"_s}};
    QTest::newRow("whole words") << places << u"Lisbon, Lisbonite, Lisbon."_s << u"0-6:GPE 19-25:GPE"_s;
    QTest::newRow("not inside a word") << places << u"Anne, Joann and Ann's"_s << u"16-19:PERSON"_s;
    QTest::newRow("case-sensitive") << places << u"LISBON lisbon Lisbon"_s << u"14-20:GPE"_s;
    QTest::newRow("digits are word characters") << LabelledTexts{{u"ORG"_s, u"G7"_s}} << u"G7 G77 G7-led"_s
                                                << u"0-2:ORG 7-9:ORG"_s;
    const LabelledTexts newspapers = {
        {u"GPE"_s, u"New York"_s}, {u"ORG"_s, u"New York Times"_s}, {u"GPE"_s, u"York"_s}};
    QTest::newRow("longest first") << newspapers << u"The New York Times in New York, not York."_s
                                   << u"4-18:ORG 22-30:GPE 36-40:GPE"_s;
    QTest::newRow("no overlaps, leftmost of equal length")
        << LabelledTexts{{u"ORG"_s, u"Alpha Beta"_s}, {u"GPE"_s, u"Beta Gamma"_s}} << u"Alpha Beta Gamma"_s
        << u"0-10:ORG"_s;
    QTest::newRow("punctuation inside") << LabelledTexts{{u"ORG"_s, u"AT&T"_s}, {u"GPE"_s, u"U.S."_s}}
                                        << u"AT&T sued the U.S. government; AT&Tx"_s << u"0-4:ORG 14-18:GPE"_s;
    QTest::newRow("outside the BMP") << LabelledTexts{{u"ORG"_s, u"Café \U0001F600"_s}, {u"GPE"_s, u"Oslo"_s}}
                                     << u"\U0001F600 Café \U0001F600 in Oslo\U0001F600"_s << u"3-10:ORG 14-18:GPE"_s;
    QTest::newRow("combining mark is part of the word") << LabelledTexts{{u"GPE"_s, u"Sa"_s}}
                                                        << u"Sa\u0301 Sa"_s << u"4-6:GPE"_s;
    QTest::newRow("nothing") << LabelledTexts{} << u"Lisbon"_s << QString();
}

void TestStringMatch::matching()
{
    QFETCH(LabelledTexts, labelled);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<StringMatchModel> model = StringMatchModel::read(StringMatchModel::build(labelled));
    QVERIFY(model.has_value());
    QCOMPARE(describe(*model, text), expected);
}

void TestStringMatch::engineThroughRunner()
{
    const QByteArray blob = StringMatchModel::build({
        {u"PERSON"_s, u"Ana Silva"_s}, {u"PERSON"_s, u"Ana Silva"_s}, {u"PERSON"_s, u"Ana Silva"_s},
        {u"GPE"_s, u"Oslo"_s},
    });
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createStringMatchEngine(blob));
    QVERIFY(engines.back());
    QCOMPARE(engines.back()->name(), u"copydesk-string-match"_s);
    QCOMPARE(engines.back()->layers(), QStringList{u"entities"_s});
    QVERIFY(engines.back()->version().startsWith(u"1.0.0+"_s));
    QVERIFY(createStringMatchEngine(StringMatchModel::build({{u"GPE"_s, u"Oslo"_s}}))->version()
            != engines.back()->version());

    EngineDocument document;
    document.text = u"\U0001F4F0\U0001F4F0 Ana Silva flew to Oslo; Ana Silvas did not."_s;
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].spans.size(), 2);
    const EngineSpan &person = runs[0].spans[0];
    QCOMPARE(person.label, u"PERSON"_s);
    QCOMPARE(person.start, 3);
    QCOMPARE(person.end, 12);
    QCOMPARE(person.confidence, 4.0 / 5.0);
    QVERIFY2(person.reason.contains(u"PERSON"_s) && person.reason.contains(u"3 time"_s), qPrintable(person.reason));
    const EngineSpan &place = runs[0].spans[1];
    QCOMPARE(place.label, u"GPE"_s);
    QCOMPARE(place.start, 21);
    QCOMPARE(place.end, 25);

    // The same span with the same label already there: not suggested again.
    SuggestedSpan accepted;
    accepted.label = u"GPE"_s;
    accepted.start = 23; // UTF-16
    accepted.end = 27;
    document.existing.append(accepted);
    QCOMPARE(runEngines(engines, document, nullptr)[0].spans.size(), 1);
}

QTEST_GUILESS_MAIN(TestStringMatch)
#include "tst_stringmatch.moc"
