// Tests of the furniture engine's tokenizer and phrase lexicon: the shipped lexicon files
// read without errors and each kind of phrase matches as documented.
#include <QFile>
#include <QTest>

#include "engines/furniturelexicon.h"
#include "engines/furnituretokenizer.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestFurnitureLexicon : public QObject
{
    Q_OBJECT

private slots:
    void tokenizer();
    void shippedFilesRead_data();
    void shippedFilesRead();
    void matching_data();
    void matching();
    void lengthLimits();
    void badLines();
};

void TestFurnitureLexicon::tokenizer()
{
    const QString text = u"Editor’s note: SEE @jane_doe © 2031 \U0001D400bc"_s;
    std::vector<FurnitureToken> tokens;
    FurnitureTokenizer::tokenize(text, 0, text.size(), tokens);
    QCOMPARE(tokens.size(), size_t(7));
    // the curly apostrophe hashes as a straight one, case does not matter
    QCOMPARE(tokens[0].hash, FurnitureTokenizer::hashWord(u"editor's"));
    QVERIFY(tokens[0].has(FurnitureToken::Capitalized));
    QCOMPARE(text.mid(tokens[1].start, tokens[1].end - tokens[1].start), u"note"_s);
    QVERIFY(tokens[2].has(FurnitureToken::AllCaps));
    QVERIFY(tokens[3].has(FurnitureToken::Handle));
    QVERIFY(tokens[4].has(FurnitureToken::Symbol));
    QVERIFY(tokens[5].has(FurnitureToken::AllDigits));
    QCOMPARE(tokens[5].digits, quint16(4));
    // a letter outside the BMP stays inside its word
    QCOMPARE(tokens[6].end, text.size());
    QCOMPARE(tokens[6].end - tokens[6].start, qsizetype(4));
}

void TestFurnitureLexicon::shippedFilesRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("label");
    QTest::newRow("disclaimer") << u"furniture-disclaimer.txt"_s << int(FurnitureLexicon::Disclaimer);
    QTest::newRow("boilerplate") << u"furniture-boilerplate.txt"_s << int(FurnitureLexicon::Boilerplate);
    QTest::newRow("metadata") << u"furniture-metadata.txt"_s << int(FurnitureLexicon::Metadata);
}

void TestFurnitureLexicon::shippedFilesRead()
{
    QFETCH(QString, file);
    QFETCH(int, label);
    QFile resource(u":/copydesk/lexicons/"_s + file);
    QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(file));
    FurnitureLexicon lexicon;
    QString error;
    QVERIFY2(lexicon.addPhrases(FurnitureLexicon::Label(label), QString::fromUtf8(resource.readAll()), &error),
             qPrintable(error));
    QVERIFY(lexicon.phraseCount() > 20);
    QVERIFY(FurnitureLexicon::builtin().phraseCount() > lexicon.phraseCount());
}

void TestFurnitureLexicon::matching_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("words");

    QTest::newRow("whole line") << u"Sign up"_s << true << u"widget"_s << u"Sign up"_s;
    QTest::newRow("whole line with a count") << u"Comments (12)"_s << true << u"widget"_s << u"Comments"_s;
    QTest::newRow("whole line, more words") << u"Sign up today for the sale"_s << false << u""_s << u""_s;
    QTest::newRow("start") << u"Read more: harbour news"_s << true << u"widget"_s << u"Read more"_s;
    QTest::newRow("start elsewhere") << u"Please read more about it"_s << false << u""_s << u""_s;
    QTest::newRow("end") << u"The pier at dusk. Jane Doe/Picture Desk"_s << true << u"credit"_s << u"Picture Desk"_s;
    QTest::newRow("any with wildcard") << u"Please follow the Courier on Twitter now"_s << true << u"social"_s
                                       << u"follow the Courier on Twitter"_s;
    QTest::newRow("wildcard too wide") << u"Follow one two three four five on Twitter"_s << false << u""_s << u""_s;
    QTest::newRow("number") << u"Copyright 2031 Meridian Courier"_s << true << u"legal"_s << u"Copyright 2031"_s;
    QTest::newRow("number missing") << u"Copyright law is changing"_s << false << u""_s << u""_s;
    QTest::newRow("colon") << u"Correction: the pier is older"_s << true << u"legal"_s << u"Correction"_s;
    QTest::newRow("colon missing") << u"Correction officers arrived"_s << false << u""_s << u""_s;
}

void TestFurnitureLexicon::matching()
{
    QFETCH(QString, line);
    QFETCH(bool, found);
    QFETCH(QString, group);
    QFETCH(QString, words);
    FurnitureLexicon lexicon;
    QVERIFY(lexicon.addPhrases(FurnitureLexicon::Boilerplate,
                               u"[widget]\nline: sign up\nline: comments\nstart: read more\n"
                               u"[social +long]\nany: follow * on twitter\n"
                               u"[legal]\nstart: copyright #\nstart: correction:\n"
                               u"[credit]\nend: picture desk\n"));
    std::vector<FurnitureToken> tokens;
    FurnitureTokenizer::tokenize(line, 0, line.size(), tokens);
    const FurnitureLexicon::Hits hits = lexicon.match(line, tokens.data(), int(tokens.size()), int(tokens.size()));
    const FurnitureLexicon::Hit &hit = hits[FurnitureLexicon::Boilerplate];
    QCOMPARE(hit.found, found);
    QVERIFY(!hits[FurnitureLexicon::Disclaimer].found && !hits[FurnitureLexicon::Metadata].found);
    if (!found)
        return;
    QCOMPARE(lexicon.group(hit.group).id, group);
    const qsizetype start = tokens[size_t(hit.firstToken)].start;
    QCOMPARE(line.mid(start, tokens[size_t(hit.endToken - 1)].end - start), words);
}

void TestFurnitureLexicon::lengthLimits()
{
    FurnitureLexicon lexicon;
    QVERIFY(lexicon.addPhrases(FurnitureLexicon::Metadata,
                               u"[short]\nany: staff writer\n[long +long]\nany: wire desk\n[closing +end]\nany: columnist\n"));
    const auto found = [&](const QString &line, bool closing) {
        std::vector<FurnitureToken> tokens;
        FurnitureTokenizer::tokenize(line, 0, line.size(), tokens);
        const int count = int(tokens.size());
        return lexicon.match(line, tokens.data(), count, count, closing)[FurnitureLexicon::Metadata].found;
    };
    QVERIFY(found(u"Jane Doe, staff writer"_s, false));
    const QString longLine = u"a b c d e f g h i j k l m n o p q staff writer"_s;
    QVERIFY(!found(longLine, false)); // more than maxShortWords(Metadata) words
    QVERIFY(found(u"a b c d e f g h i j k l m n o p q wire desk"_s, false));
    QVERIFY(!found(u"Jane Doe is a columnist"_s, false));
    QVERIFY(found(u"Jane Doe is a columnist"_s, true));
}

void TestFurnitureLexicon::badLines()
{
    FurnitureLexicon lexicon;
    QString error;
    QVERIFY(!lexicon.addPhrases(FurnitureLexicon::Boilerplate, u"[g]\nline: ok\nsomething: else\nany: * first\n", &error));
    QVERIFY2(error.contains(u"line 3"_s), qPrintable(error));
    QCOMPARE(lexicon.phraseCount(), 1);
    // a phrase before any group has no group to name it
    FurnitureLexicon orphan;
    QVERIFY(!orphan.addPhrases(FurnitureLexicon::Boilerplate, u"line: lonely\n"));
}

QTEST_GUILESS_MAIN(TestFurnitureLexicon)
#include "tst_furniturelexicon.moc"
