// doccano JSONL: both of doccano's forms in, UTF-16 offsets both ways (an emoji counts two),
// line ends, bad lines reported by line while the others import, label maps, what the export
// cannot hold, round trips.
#include "formats/doccanoformat.h"
#include "formats/formatregistry.h"
#include "formattestsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using namespace FormatTest;

namespace {

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// doccano's offsets: UTF-16 units, what QString::indexOf gives.
QJsonArray triple(const QString &text, const QString &needle, const QString &label)
{
    const qsizetype at = text.indexOf(needle);
    return QJsonArray{at, at + needle.size(), label};
}

ImportOptions doccano()
{
    ImportOptions options;
    options.format = u"doccano"_s;
    return options;
}

} // namespace

class TestDoccanoFormat final : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void sequenceLabelling();
    void relationForm();
    void textClassification();
    void lineEnds();
    void malformed_data();
    void malformed();
    void labelMap();
    void exportUtf16();
    void roundTrip();
};

void TestDoccanoFormat::registered()
{
    QVERIFY(readerNames().contains(u"doccano"_s));
    QVERIFY(writerNames().contains(u"doccano"_s));
    QVERIFY(findFormat(u"doccano"_s)->extensions.isEmpty());
    QCOMPARE(formatForPath(u"export.jsonl"_s)->name, u"jsonl"_s);
}

void TestDoccanoFormat::sequenceLabelling()
{
    Project project;
    const QString t = fixtureText();
    const QString quote = u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s;
    const QJsonObject doc{{u"id"_s, 7}, {u"text"_s, t}, {u"Comments"_s, QJsonArray{u"fine"_s}},
                          {u"label"_s, QJsonArray{triple(t, u"Kelmar Port Authority"_s, u"ORG"_s), triple(t, quote, u"QUOTE"_s),
                                                  triple(t, u"Zoe\u0308 Brandt"_s, u"PERSON"_s)}}};
    const ImportReport report = project.import({project.write(u"d.jsonl"_s, line(doc))}, doccano());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    const Document stored = *project.store().document(id);
    QCOMPARE(stored.externalId, u"7"_s);
    QCOMPARE(stored.text, t);
    QCOMPARE(stored.meta.value(u"Comments"_s).toArray().first().toString(), u"fine"_s);
    const QList<Annotation> annotations = project.store().annotations(id);
    QCOMPARE(annotations.size(), 3);
    QCOMPARE(project.covered(*project.find(annotations, u"ORG"_s)), u"Kelmar Port Authority"_s);
    QCOMPARE(project.find(annotations, u"ORG"_s)->start, codePointOf(t, u"Kelmar Port Authority"_s));
    QCOMPARE(project.covered(*project.find(annotations, u"QUOTE"_s)), quote);
    QCOMPARE(project.covered(*project.find(annotations, u"PERSON"_s)), u"Zoe\u0308 Brandt"_s);
    QCOMPARE(project.store().annotator(annotations.first().annotatorId)->name, u"d.jsonl"_s);
}

void TestDoccanoFormat::relationForm()
{
    Project project;
    const QString t = u"\U0001F6A2 \u201CWe sail,\u201D said Zoe\u0308 Brandt.\n"_s;
    auto entity = [&](int id, const QString &needle, const QString &label) {
        const qsizetype at = t.indexOf(needle);
        return QJsonObject{{u"id"_s, id}, {u"start_offset"_s, at}, {u"end_offset"_s, at + needle.size()}, {u"label"_s, label}};
    };
    const QJsonObject doc{{u"text"_s, t},
                          {u"entities"_s, QJsonArray{entity(11, u"We sail,"_s, u"QUOTE"_s), entity(12, u"said"_s, u"CUE"_s),
                                                     entity(13, u"Zoe\u0308 Brandt"_s, u"SOURCE"_s)}},
                          {u"relations"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"from_id"_s, 11}, {u"to_id"_s, 13},
                                                                  {u"type"_s, u"SPEAKER"_s}},
                                                      QJsonObject{{u"id"_s, 2}, {u"from_id"_s, 11}, {u"to_id"_s, 12},
                                                                  {u"type"_s, u"CUE"_s}}}}};
    const ImportReport report = project.import({project.write(u"rel.jsonl"_s, line(doc))}, doccano());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    QCOMPARE(project.store().document(id)->externalId, u"rel:1"_s);
    const auto relations = relationKeys(project.store(), id);
    const SpanKey quote{u"QUOTE"_s, codePointOf(t, u"We sail,"_s), codePointOf(t, u"We sail,"_s) + 8};
    const SpanKey source{u"SOURCE"_s, codePointOf(t, u"Zoe\u0308"_s), codePointOf(t, u"Zoe\u0308"_s) + 11};
    const SpanKey cue{u"CUE"_s, codePointOf(t, u"said"_s), codePointOf(t, u"said"_s) + 4};
    QCOMPARE(relations, (QList<std::tuple<QString, SpanKey, SpanKey>>{{u"CUE"_s, quote, cue}, {u"SPEAKER"_s, quote, source}}));
}

void TestDoccanoFormat::textClassification()
{
    Project project;
    const QJsonObject doc{{u"text"_s, u"The match ended level."_s}, {u"label"_s, QJsonArray{u"sports"_s}}};
    const ImportReport report = project.import({project.write(u"cls.jsonl"_s, line(doc))}, doccano());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    QVERIFY(project.store().annotations(id).isEmpty());
    QCOMPARE(project.store().document(id)->meta.value(u"categories"_s).toArray(), QJsonArray{u"sports"_s});
}

// doccano counts a CR of CRLF; the text keeps LF and the offsets move.
void TestDoccanoFormat::lineEnds()
{
    Project project;
    const QString raw = u"Headline \U0001F6A2\r\n\r\nMira Lind spoke.\r\n"_s;
    const QJsonObject doc{{u"text"_s, raw}, {u"label"_s, QJsonArray{QJsonValue(triple(raw, u"Mira Lind"_s, u"PERSON"_s))}}};
    const ImportReport report = project.import({project.write(u"crlf.jsonl"_s, line(doc))}, doccano());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    QCOMPARE(project.store().document(id)->text, u"Headline \U0001F6A2\n\nMira Lind spoke.\n"_s);
    QCOMPARE(project.covered(project.store().annotations(id).first()), u"Mira Lind"_s);
}

void TestDoccanoFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("{\"text\": \"x\", ") << u"not valid JSON"_s;
    QTest::newRow("no text") << QByteArray(R"({"label": []})") << u"\"text\""_s;
    QTest::newRow("inside an emoji") << QByteArray(R"({"text": "a\ud83d\udea2b", "label": [[0, 2, "GPE"]]})") << u"inside"_s;
    QTest::newRow("outside the text") << QByteArray(R"({"text": "abc", "label": [[1, 9, "GPE"]]})") << u"outside"_s;
    QTest::newRow("reversed") << QByteArray(R"({"text": "abc", "label": [[2, 1, "GPE"]]})") << u"outside"_s;
    QTest::newRow("not a triple") << QByteArray(R"({"text": "abc", "label": [[1, "GPE"]]})") << u"entry 1"_s;
    QTest::newRow("relation to nothing")
        << QByteArray(R"({"text": "abc", "entities": [{"id": 1, "start_offset": 0, "end_offset": 1, "label": "GPE"}],)"
                      R"( "relations": [{"from_id": 1, "to_id": 5, "type": "VIA"}]})")
        << u"(5)"_s;
    QTest::newRow("id an object") << QByteArray(R"({"text": "abc", "id": {"n": 1}})") << u"\"id\""_s;
}

void TestDoccanoFormat::malformed()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, says);
    Project project;
    const QByteArray file = line({{u"text"_s, u"First."_s}}) + bad + '\n' + line({{u"text"_s, u"Third."_s}});
    const ImportReport report = project.import({project.write(u"bad.jsonl"_s, file)}, doccano());
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 2);
    QVERIFY2(report.problems.first().message.contains(says), qPrintable(report.problems.first().toString()));
    QCOMPARE(report.documents, 2);
    for (const qint64 id : project.store().documentIds())
        QVERIFY(project.store().annotations(id).isEmpty());
}

void TestDoccanoFormat::labelMap()
{
    Project project;
    const QString t = u"Mira Lind spoke in Tartu."_s;
    const QJsonObject doc{{u"text"_s, t}, {u"label"_s, QJsonArray{triple(t, u"Mira Lind"_s, u"PER"_s), triple(t, u"Tartu"_s, u"X"_s)}}};
    ImportOptions options = doccano();
    options.labelMap = {{u"PER"_s, u"PERSON"_s}, {u"X"_s, QString()}};
    const ImportReport report = project.import({project.write(u"m.jsonl"_s, line(doc))}, options);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    QCOMPARE(spanKeys(project.store(), project.onlyDocument()), (QList<SpanKey>{{u"PERSON"_s, 0, 9}}));
}

void TestDoccanoFormat::exportUtf16()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const auto ownedWriter = createWriter(u"doccano"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    const QByteArray out = project.exportWith(writer, &report);
    QVERIFY(out.endsWith('\n'));
    QCOMPARE(out.count('\n'), 1);
    QVERIFY2(out.startsWith("{\"id\":\"wire/harbour talks\",\"text\":"), out.constData());
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    const QString text = object.value(u"text"_s).toString();
    QCOMPARE(text, fixtureText());
    QCOMPARE(object.value(u"meta"_s).toObject().value(u"source"_s).toString(), u"Test Wire"_s);
    QHash<QString, QString> covered;
    for (const QJsonValue &v : object.value(u"label"_s).toArray()) {
        const QJsonArray t = v.toArray();
        covered.insert(t[2].toString(), text.mid(t[0].toInt(), t[1].toInt() - t[0].toInt()));
    }
    QCOMPARE(covered.size(), 7); // the rejected DATE is not exported
    QCOMPARE(covered.value(u"QUOTE"_s), u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s);
    QCOMPARE(covered.value(u"ORG"_s), u"Kelmar Port Authority"_s);
    QCOMPARE(covered.value(u"PERSON"_s), u"Zoe\u0308 Brandt"_s);
    const QString warnings = report.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"2 relation(s) left out"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"attributes of 2 annotation(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"notes of 1 annotation(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"2 suggestion(s)"_s), qPrintable(warnings));
}

void TestDoccanoFormat::roundTrip()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const auto ownedWriter = createWriter(u"doccano"_s);
    DocumentWriter &writer = *ownedWriter;
    const QByteArray out = project.exportWith(writer);
    Project again;
    const ImportReport report = again.import({again.write(u"back.jsonl"_s, out)}, doccano());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 copy = again.onlyDocument();
    const Document doc = *again.store().document(copy);
    QCOMPARE(doc.externalId, u"wire/harbour talks"_s);
    QCOMPARE(doc.text, fixtureText());
    QCOMPARE(doc.source, u"Test Wire"_s);
    QList<SpanKey> original = spanKeys(project.store(), project.onlyDocument());
    original.removeIf([](const SpanKey &k) { return std::get<0>(k) == u"DATE"; });
    QCOMPARE(spanKeys(again.store(), copy), original);
}

QTEST_GUILESS_MAIN(TestDoccanoFormat)
#include "tst_doccanoformat.moc"
