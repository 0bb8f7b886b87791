// spaCy JSONL (code point offsets as Python slices them, non-overlapping "ents", every span in
// "spans"/"sc") and CSV (RFC 4180 quoting, one row per annotation).
#include "formats/csvformat.h"
#include <QSet>

#include "formats/formatregistry.h"
#include "formats/spacyformat.h"
#include "formattestsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using namespace FormatTest;


class TestSpacyCsvFormat final : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void spacyOffsetsAndSpans();
    void spacyIdenticalEntitiesOnce();
    void csvQuoting_data();
    void csvQuoting();
    void csvRows();
};

void TestSpacyCsvFormat::registered()
{
    QVERIFY(writerNames().contains(u"spacy"_s));
    QVERIFY(writerNames().contains(u"csv"_s));
    QCOMPARE(createWriter(u"spacy"_s)->extension(), u"jsonl"_s);
    QCOMPARE(createWriter(u"csv"_s)->extension(), u"csv"_s);
}

// What spacy.util.get_words_and_spaces() (called by Doc.from_json) makes of the tokens' words and
// the text: the words, with the gaps it keeps as whitespace tokens; from_json asserts that it
// gives back the same words.
QStringList spacyWords(const QString &text, const QStringList &words)
{
    QStringList rebuilt;
    qsizetype position = 0;
    for (const QString &word : words) {
        if (word.trimmed().isEmpty())
            continue;
        const qsizetype at = text.indexOf(word, position);
        if (at < 0)
            return {};
        if (at > position)
            rebuilt.append(text.mid(position, at - position));
        rebuilt.append(word);
        position = at + word.size();
        if (position < text.size() && text[position] == u' ')
            ++position;
    }
    if (position < text.size())
        rebuilt.append(text.mid(position));
    return rebuilt;
}

// The keys spaCy documents for Doc.to_json(), and what Doc.from_json() needs of them: tokens
// that rebuild the text, entities and spans on token boundaries (char_span), "kb_id" on spans.
void TestSpacyCsvFormat::spacyOffsetsAndSpans()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const auto ownedWriter = createWriter(u"spacy"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    const QByteArray out = project.exportWith(writer, &report);
    QCOMPARE(out.count('\n'), 1);
    const QJsonObject line = QJsonDocument::fromJson(out).object();
    const QStringList documented{u"text"_s, u"ents"_s, u"sents"_s, u"cats"_s, u"tokens"_s, u"spans"_s, u"_"_s,
                                 u"underscore_token"_s, u"underscore_span"_s};
    for (const QString &key : line.keys())
        QVERIFY2(documented.contains(key), qPrintable(key));
    const QString text = line.value(u"text"_s).toString();
    QCOMPARE(text, fixtureText());

    // Tokens: ids in order, offsets in code points, rebuilding the text as spaCy does.
    QStringList words;
    QSet<qint64> starts, ends;
    const QJsonArray tokens = line.value(u"tokens"_s).toArray();
    for (int i = 0; i < tokens.size(); ++i) {
        const QJsonObject t = tokens[i].toObject();
        QCOMPARE(t.keys(), (QStringList{u"end"_s, u"id"_s, u"start"_s}));
        QCOMPARE(t.value(u"id"_s).toInt(), i);
        words.append(pythonSlice(text, t.value(u"start"_s).toInteger(), t.value(u"end"_s).toInteger()));
        starts.insert(t.value(u"start"_s).toInteger());
        ends.insert(t.value(u"end"_s).toInteger());
    }
    QCOMPARE(spacyWords(text, words), words);
    auto onTokens = [&](const QJsonObject &span) {
        return starts.contains(span.value(u"start"_s).toInteger()) && ends.contains(span.value(u"end"_s).toInteger());
    };

    // Entities: PERSON and ORG; GPE lies inside ORG and is left out of "ents".
    const QJsonArray ents = line.value(u"ents"_s).toArray();
    QCOMPARE(ents.size(), 2);
    QCOMPARE(ents[0].toObject().keys(), (QStringList{u"end"_s, u"label"_s, u"start"_s}));
    QCOMPARE(ents[0].toObject().value(u"label"_s).toString(), u"PERSON"_s);
    QCOMPARE(pythonSlice(text, ents[0].toObject().value(u"start"_s).toInteger(), ents[0].toObject().value(u"end"_s).toInteger()),
             u"Zoe\u0308 Brandt"_s);
    QCOMPARE(ents[1].toObject().value(u"label"_s).toString(), u"ORG"_s);
    QCOMPARE(ents[1].toObject().value(u"start"_s).toInteger(), codePointOf(text, u"Kelmar Port Authority"_s));
    QVERIFY(ents[1].toObject().value(u"start"_s).toInteger() != text.indexOf(u"Kelmar Port Authority"_s)); // not UTF-16
    for (const QJsonValue &e : ents)
        QVERIFY(onTokens(e.toObject()));
    QVERIFY(!line.value(u"sents"_s).toArray().isEmpty());

    const QJsonArray spans = line.value(u"spans"_s).toObject().value(u"sc"_s).toArray();
    QCOMPARE(spans.size(), 7); // every exported span; the rejected DATE is not exported
    qint64 previous = -1;
    QHash<QString, int> index;
    for (int i = 0; i < spans.size(); ++i) {
        const QJsonObject s = spans[i].toObject();
        QCOMPARE(s.keys(), (QStringList{u"end"_s, u"kb_id"_s, u"label"_s, u"start"_s}));
        QVERIFY(onTokens(s));
        QVERIFY(s.value(u"start"_s).toInteger() >= previous);
        previous = s.value(u"start"_s).toInteger();
        index.insert(s.value(u"label"_s).toString(), i);
    }
    const QJsonObject quote = spans[index.value(u"QUOTE"_s)].toObject();
    QCOMPARE(pythonSlice(text, quote.value(u"start"_s).toInteger(), quote.value(u"end"_s).toInteger()),
             u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s);
    // Copydesk's own data under "_", which from_json keeps in doc.user_data (doc._.copydesk).
    const QJsonObject copydesk = line.value(u"_"_s).toObject().value(u"copydesk"_s).toObject();
    QCOMPARE(copydesk.value(u"id"_s).toString(), u"wire/harbour talks"_s);
    QCOMPARE(copydesk.value(u"meta"_s).toObject().value(u"source"_s).toString(), u"Test Wire"_s);
    const QJsonArray relations = copydesk.value(u"relations"_s).toArray();
    QCOMPARE(relations.size(), 2);
    for (const QJsonValue &v : relations) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value(u"head"_s).toInt(), index.value(u"QUOTE"_s));
        QCOMPARE(r.value(u"child"_s).toInt(), index.value(r.value(u"label"_s).toString() == u"SPEAKER" ? u"SOURCE"_s : u"CUE"_s));
    }
    const QString warnings = report.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"1 overlapping entity span(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"attributes of 2 annotation(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"notes of 1 annotation(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"2 suggestion(s)"_s), qPrintable(warnings));
}

// The same entity from two annotators is one entity, not an overlap; a span that starts in
// whitespace cannot be a char_span and is left out with a warning.
void TestSpacyCsvFormat::spacyIdenticalEntitiesOnce()
{
    Project project;
    const QJsonObject doc{{u"text"_s, u"Mira Lind  spoke\n\nagain."_s},
                          {u"spans"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s}},
                                                  QJsonObject{{u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s},
                                                              {u"annotator"_s, u"Anna"_s}},
                                                  QJsonObject{{u"start"_s, 9}, {u"end"_s, 16}, {u"label"_s, u"CUE"_s}}}}};
    QVERIFY(project.import({project.write(u"two.jsonl"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact))}).problems.isEmpty());
    const auto ownedWriter = createWriter(u"spacy"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    const QJsonObject line = QJsonDocument::fromJson(project.exportWith(writer, &report)).object();
    QCOMPARE(line.value(u"ents"_s).toArray(),
             (QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s}}}));
    QCOMPARE(line.value(u"spans"_s).toObject().value(u"sc"_s).toArray().size(), 2);
    QStringList words;
    for (const QJsonValue &t : line.value(u"tokens"_s).toArray())
        words.append(pythonSlice(line.value(u"text"_s).toString(), t.toObject().value(u"start"_s).toInteger(),
                                 t.toObject().value(u"end"_s).toInteger()));
    QCOMPARE(words, (QStringList{u"Mira"_s, u"Lind"_s, u" "_s, u"spoke"_s, u"\n\n"_s, u"again"_s, u"."_s}));
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.first().contains(u"start or end in whitespace"_s), qPrintable(report.warnings.first()));
}

void TestSpacyCsvFormat::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"Kelmar"_s << u"Kelmar"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Lind, Mira"_s << u"\"Lind, Mira\""_s;
    QTest::newRow("quote") << u"say \"no\""_s << u"\"say \"\"no\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("emoji") << u"\U0001F6A2 ok"_s << u"\U0001F6A2 ok"_s;
}

void TestSpacyCsvFormat::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoted(field), written);
}

void TestSpacyCsvFormat::csvRows()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const auto ownedWriter = createWriter(u"csv"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    const QByteArray out = project.exportWith(writer, &report);
    QVERIFY(!out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(report.warnings.isEmpty());
    bool wellFormed = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(out), &wellFormed);
    QVERIFY2(wellFormed, out.constData());
    QCOMPARE(records.first(), (QStringList{u"document"_s, u"annotation"_s, u"label"_s, u"layer"_s, u"start"_s, u"end"_s,
                                           u"text"_s, u"status"_s, u"annotator"_s, u"decided_by"_s, u"confidence"_s,
                                           u"attrs"_s, u"note"_s, u"relations"_s}));
    QCOMPARE(records.size(), 1 + 7);
    QHash<QString, QStringList> byLabel;
    QHash<QString, QString> labelOfId;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].size(), 14);
        QCOMPARE(records[i][0], u"wire/harbour talks"_s);
        byLabel.insert(records[i][2], records[i]);
        labelOfId.insert(records[i][1], records[i][2]);
        QCOMPARE(pythonSlice(fixtureText(), records[i][4].toLongLong(), records[i][5].toLongLong()), records[i][6]);
    }
    const QStringList quote = byLabel.value(u"QUOTE"_s);
    QCOMPARE(quote[3], u"sourcing"_s);
    QCOMPARE(quote[6], u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s);
    QCOMPARE(quote[7], u"manual"_s);
    QCOMPARE(quote[8], u"fixture.jsonl"_s);
    QCOMPARE(quote[10], QString());
    QCOMPARE(QJsonDocument::fromJson(quote[11].toUtf8()).object().value(u"form"_s).toString(), u"direct"_s);
    QCOMPARE(quote[12], u"checked, against \"the\" audio\nsecond line"_s);
    const QJsonArray relations = QJsonDocument::fromJson(quote[13].toUtf8()).array();
    QCOMPARE(relations.size(), 2);
    for (const QJsonValue &v : relations) {
        const QJsonObject r = v.toObject();
        QCOMPARE(labelOfId.value(QString::number(r.value(u"child"_s).toInteger())),
                 r.value(u"label"_s).toString() == u"SPEAKER" ? u"SOURCE"_s : u"CUE"_s);
    }
    const QStringList org = byLabel.value(u"ORG"_s);
    QCOMPARE(org[3], u"entities"_s);
    QCOMPARE(org[7], u"suggested"_s);
    QCOMPARE(org[8], u"entity-engine"_s);
    QCOMPARE(org[10], u"0.75"_s);
    QCOMPARE(byLabel.value(u"HEADLINE"_s)[6], u"Harbour talks \U0001F6A2 resume"_s);
    QCOMPARE(byLabel.value(u"HEADLINE"_s)[5].toLongLong(), codePointLength(u"Harbour talks \U0001F6A2 resume"_s));
}

QTEST_GUILESS_MAIN(TestSpacyCsvFormat)
#include "tst_spacycsvformat.moc"
