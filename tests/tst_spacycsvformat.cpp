// spaCy JSONL (code point offsets as Python slices them, non-overlapping "ents", every span in
// "spans"/"sc") and CSV (RFC 4180 quoting, one row per annotation).
#include "formats/csvformat.h"
#include "formats/formatregistry.h"
#include "formats/spacyformat.h"
#include "formattestsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using namespace FormatTest;

namespace {

// text[start:end] as Python takes it: code points.
QString pythonSlice(const QString &text, qint64 start, qint64 end)
{
    const TextOffsets offsets(text);
    const qsizetype from = offsets.toUtf16(start);
    return text.mid(from, offsets.toUtf16(end) - from);
}

// RFC 4180 records.
QList<QStringList> parseCsv(const QString &data, bool *wellFormed)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == u'"' && i + 1 < data.size() && data[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < data.size() && data[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r' || c == u'"') {
            *wellFormed = false; // a bare line break or quote outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // the last record must end with CRLF
    return records;
}

} // namespace

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

void TestSpacyCsvFormat::spacyOffsetsAndSpans()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    SpacyWriter writer;
    ExportReport report;
    const QByteArray out = project.exportWith(writer, &report);
    QCOMPARE(out.count('\n'), 1);
    const QJsonObject line = QJsonDocument::fromJson(out).object();
    const QString text = line.value(u"text"_s).toString();
    QCOMPARE(text, fixtureText());
    QCOMPARE(line.value(u"id"_s).toString(), u"wire/harbour talks"_s);

    // Entities: PERSON and ORG; GPE lies inside ORG and is left out of "ents".
    const QJsonArray ents = line.value(u"ents"_s).toArray();
    QCOMPARE(ents.size(), 2);
    QCOMPARE(ents[0].toArray()[2].toString(), u"PERSON"_s);
    QCOMPARE(pythonSlice(text, ents[0].toArray()[0].toInteger(), ents[0].toArray()[1].toInteger()), u"Zoe\u0308 Brandt"_s);
    QCOMPARE(ents[1].toArray()[2].toString(), u"ORG"_s);
    QCOMPARE(ents[1].toArray()[0].toInteger(), codePointOf(text, u"Kelmar Port Authority"_s));
    QVERIFY(ents[1].toArray()[0].toInteger() != text.indexOf(u"Kelmar Port Authority"_s)); // not UTF-16

    const QJsonArray spans = line.value(u"spans"_s).toObject().value(u"sc"_s).toArray();
    QCOMPARE(spans.size(), 7); // every exported span; the rejected DATE is not exported
    qint64 previous = -1;
    QHash<QString, int> index;
    for (int i = 0; i < spans.size(); ++i) {
        const QJsonArray s = spans[i].toArray();
        QVERIFY(s[0].toInteger() >= previous);
        previous = s[0].toInteger();
        index.insert(s[2].toString(), i);
    }
    QCOMPARE(pythonSlice(text, spans[index.value(u"QUOTE"_s)].toArray()[0].toInteger(),
                         spans[index.value(u"QUOTE"_s)].toArray()[1].toInteger()),
             u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s);
    const QJsonArray relations = line.value(u"relations"_s).toArray();
    QCOMPARE(relations.size(), 2);
    for (const QJsonValue &v : relations) {
        const QJsonArray r = v.toArray();
        QCOMPARE(r[0].toInt(), index.value(u"QUOTE"_s));
        QCOMPARE(r[1].toInt(), index.value(r[2].toString() == u"SPEAKER" ? u"SOURCE"_s : u"CUE"_s));
    }
    QCOMPARE(line.value(u"meta"_s).toObject().value(u"source"_s).toString(), u"Test Wire"_s);
    const QString warnings = report.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"1 overlapping entity span(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"attributes of 2 span(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"notes of 1 span(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"2 suggestion(s)"_s), qPrintable(warnings));
}

// The same entity from two annotators is one entity, not an overlap.
void TestSpacyCsvFormat::spacyIdenticalEntitiesOnce()
{
    Project project;
    const QJsonObject doc{{u"text"_s, u"Mira Lind spoke."_s},
                          {u"spans"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s}},
                                                  QJsonObject{{u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s},
                                                              {u"annotator"_s, u"Anna"_s}}}}};
    QVERIFY(project.import({project.write(u"two.jsonl"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact))}).problems.isEmpty());
    SpacyWriter writer;
    ExportReport report;
    const QJsonObject line = QJsonDocument::fromJson(project.exportWith(writer, &report)).object();
    QCOMPARE(line.value(u"ents"_s).toArray(), (QJsonArray{QJsonValue(QJsonArray{0, 9, u"PERSON"_s})}));
    QCOMPARE(line.value(u"spans"_s).toObject().value(u"sc"_s).toArray().size(), 2);
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));
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
    CsvWriter writer;
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
