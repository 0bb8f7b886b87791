// Label Studio JSON: code point offsets out and in (an emoji counts one), files of older
// versions in UTF-16 units, decisions as annotations and suggestions as predictions, relations,
// notes and per-region choices, tasks reported by the line they start on, round trips.
#include "formats/formatregistry.h"
#include "formats/labelstudioformat.h"
#include "formattestsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using namespace FormatTest;

namespace {

ImportOptions labelStudio()
{
    ImportOptions options;
    options.format = u"label-studio"_s;
    return options;
}

QJsonObject region(const QString &id, qint64 start, qint64 end, const QString &text, const QStringList &labels)
{
    return QJsonObject{{u"id"_s, id}, {u"from_name"_s, u"label"_s}, {u"to_name"_s, u"text"_s}, {u"type"_s, u"labels"_s},
                       {u"value"_s, QJsonObject{{u"start"_s, start}, {u"end"_s, end}, {u"text"_s, text},
                                                {u"labels"_s, QJsonArray::fromStringList(labels)}}}};
}

// A region of the fixture text, offsets in code points.
QJsonObject regionOf(const QString &text, const QString &id, const QString &needle, const QStringList &labels)
{
    const qint64 start = codePointOf(text, needle);
    return region(id, start, start + codePointLength(needle), needle, labels);
}

QByteArray tasks(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

class TestLabelStudioFormat final : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void exportCodePoints();
    void exportRejected();
    void roundTrip();
    void olderUtf16Files();
    void resultsOfEveryKind();
    void badTasks_data();
    void badTasks();
    void badFiles_data();
    void badFiles();
};

void TestLabelStudioFormat::registered()
{
    QVERIFY(readerNames().contains(u"label-studio"_s));
    QVERIFY(writerNames().contains(u"label-studio"_s));
    QCOMPARE(createWriter(u"label-studio"_s)->extension(), u"json"_s);
    QVERIFY(!createReaderForPath(u"export.json"_s) || createReaderForPath(u"export.json"_s)->name() != u"jsonl");
}

void TestLabelStudioFormat::exportCodePoints()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    LabelStudioWriter writer;
    ExportReport report;
    const QByteArray out = project.exportWith(writer, &report);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(array.size(), 1);
    const QJsonObject task = array.first().toObject();
    const QString t = fixtureText();
    QCOMPARE(task.value(u"data"_s).toObject().value(u"text"_s).toString(), t);
    QCOMPARE(task.value(u"data"_s).toObject().value(u"id"_s).toString(), u"wire/harbour talks"_s);
    QCOMPARE(task.value(u"data"_s).toObject().value(u"meta"_s).toObject().value(u"source"_s).toString(), u"Test Wire"_s);

    const QJsonArray annotations = task.value(u"annotations"_s).toArray();
    QCOMPARE(annotations.size(), 1);
    QHash<QString, QJsonObject> labels;
    QList<QJsonObject> choices, relations;
    for (const QJsonValue &v : annotations.first().toObject().value(u"result"_s).toArray()) {
        const QJsonObject r = v.toObject();
        const QString type = r.value(u"type"_s).toString();
        if (type == u"labels")
            labels.insert(r.value(u"value"_s).toObject().value(u"labels"_s).toArray().first().toString(), r);
        else if (type == u"choices")
            choices.append(r);
        else if (type == u"relation")
            relations.append(r);
    }
    QCOMPARE(labels.size(), 5); // HEADLINE, PERSON, SOURCE, CUE, QUOTE; suggestions are predictions
    const QString quoteText = u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s;
    const QJsonObject quote = labels.value(u"QUOTE"_s);
    const QJsonObject value = quote.value(u"value"_s).toObject();
    QCOMPARE(value.value(u"start"_s).toInteger(), codePointOf(t, quoteText));
    QVERIFY(value.value(u"start"_s).toInteger() != t.indexOf(quoteText)); // a ship before it: UTF-16 differs
    QCOMPARE(value.value(u"end"_s).toInteger(), codePointOf(t, quoteText) + codePointLength(quoteText));
    QCOMPARE(value.value(u"text"_s).toString(), quoteText);
    QCOMPARE(quote.value(u"from_name"_s).toString(), u"label"_s);
    QCOMPARE(quote.value(u"to_name"_s).toString(), u"text"_s);
    QCOMPARE(quote.value(u"meta"_s).toObject().value(u"text"_s).toArray().first().toString(),
             u"checked, against \"the\" audio\nsecond line"_s);
    QCOMPARE(choices.size(), 3); // form, rank; kind of the source; not the list "tags"
    for (const QJsonObject &c : std::as_const(choices)) {
        if (c.value(u"from_name"_s).toString() == u"form")
            QCOMPARE(c.value(u"id"_s), quote.value(u"id"_s));
    }
    QCOMPARE(relations.size(), 2);
    for (const QJsonObject &r : std::as_const(relations)) {
        QCOMPARE(r.value(u"from_id"_s), quote.value(u"id"_s));
        QCOMPARE(r.value(u"direction"_s).toString(), u"right"_s);
    }

    const QJsonArray predictions = task.value(u"predictions"_s).toArray();
    QCOMPARE(predictions.size(), 1);
    const QJsonObject prediction = predictions.first().toObject();
    QCOMPARE(prediction.value(u"model_version"_s).toString(), u"entity-engine"_s);
    QCOMPARE(prediction.value(u"score"_s).toDouble(), 0.75);
    QCOMPARE(prediction.value(u"result"_s).toArray().size(), 2);
    QVERIFY2(report.warnings.join(u'\n').contains(u"1 attribute(s) left out"_s), qPrintable(report.warnings.join(u'\n')));
}

void TestLabelStudioFormat::exportRejected()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    LabelStudioWriter writer;
    ExportReport report;
    ExportOptions options;
    options.statuses = {AnnotationStatus::Rejected, AnnotationStatus::Manual, AnnotationStatus::Suggested};
    const QJsonArray array = QJsonDocument::fromJson(project.exportWith(writer, &report, options)).array();
    const QString warnings = report.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"1 rejected annotation(s)"_s), qPrintable(warnings));
    // Without the accepted SOURCE and CUE, the quote's relations have nothing to link.
    QVERIFY(!warnings.contains(u"relation(s) left out"_s));
    QCOMPARE(array.first().toObject().value(u"annotations"_s).toArray().first().toObject().value(u"result"_s).toArray().size(),
             3); // QUOTE and its two choices
}

void TestLabelStudioFormat::roundTrip()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    LabelStudioWriter writer;
    const QByteArray out = project.exportWith(writer);
    Project again;
    const ImportReport report = again.import({again.write(u"back.json"_s, out)}, labelStudio());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 original = project.onlyDocument(), copy = again.onlyDocument();
    const Document doc = *again.store().document(copy);
    QCOMPARE(doc.text, fixtureText());
    QCOMPARE(doc.externalId, u"wire/harbour talks"_s);
    QCOMPARE(doc.source, u"Test Wire"_s);
    QList<SpanKey> expected = spanKeys(project.store(), original);
    expected.removeIf([](const SpanKey &k) { return std::get<0>(k) == u"DATE"; });
    QCOMPARE(spanKeys(again.store(), copy), expected);
    QCOMPARE(relationKeys(again.store(), copy), relationKeys(project.store(), original));
    const QList<Annotation> annotations = again.store().annotations(copy);
    const Annotation *org = again.find(annotations, u"ORG"_s);
    const Annotation *gpe = again.find(annotations, u"GPE"_s);
    const Annotation *quote = again.find(annotations, u"QUOTE"_s);
    QCOMPARE(org->status, AnnotationStatus::Suggested);
    QCOMPARE(org->confidence, 0.75);
    QCOMPARE(gpe->status, AnnotationStatus::Suggested);
    QCOMPARE(gpe->confidence, -1.0);
    QCOMPARE(again.store().annotator(org->annotatorId)->name, u"entity-engine"_s);
    QCOMPARE(quote->status, AnnotationStatus::Accepted);
    QCOMPARE(again.store().annotator(quote->annotatorId)->name, u"back.json"_s);
    QCOMPARE(quote->note, u"checked, against \"the\" audio\nsecond line"_s);
    QCOMPARE(quote->attrs.value(u"form"_s).toString(), u"direct"_s);
    QCOMPARE(quote->attrs.value(u"rank"_s).toString(), u"2"_s);
    QCOMPARE(again.find(annotations, u"SOURCE"_s)->attrs.value(u"kind"_s).toString(), u"named"_s);
}

// Label Studio before 2022 counted UTF-16 units; the regions' texts tell.
void TestLabelStudioFormat::olderUtf16Files()
{
    Project project;
    const QString t = u"\U0001F6A2\U0001F6A2 Kelmar port reopens; Mira Lind cheers.\r\nMore."_s;
    auto utf16Region = [&](const QString &id, const QString &needle, const QString &label) {
        const qsizetype at = t.indexOf(needle);
        return region(id, at, at + needle.size(), needle, {label});
    };
    const QJsonArray array{QJsonObject{
        {u"data"_s, QJsonObject{{u"text"_s, t}}},
        {u"annotations"_s, QJsonArray{QJsonObject{{u"result"_s, QJsonArray{utf16Region(u"r1"_s, u"Kelmar"_s, u"GPE"_s),
                                                                            utf16Region(u"r2"_s, u"Mira Lind"_s, u"PERSON"_s),
                                                                            utf16Region(u"r3"_s, u"More"_s, u"DATE"_s)}}}}}}};
    const ImportReport report = project.import({project.write(u"old.json"_s, tasks(array))}, labelStudio());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    QCOMPARE(project.store().document(id)->text, u"\U0001F6A2\U0001F6A2 Kelmar port reopens; Mira Lind cheers.\nMore."_s);
    const QList<Annotation> annotations = project.store().annotations(id);
    QCOMPARE(project.find(annotations, u"GPE"_s)->start, 3);
    QCOMPARE(project.covered(*project.find(annotations, u"PERSON"_s)), u"Mira Lind"_s);
    QCOMPARE(project.covered(*project.find(annotations, u"DATE"_s)), u"More"_s);
    QCOMPARE(project.store().document(id)->externalId, u"old:1"_s);
}

void TestLabelStudioFormat::resultsOfEveryKind()
{
    Project project;
    const QString t = u"\u201CWe sail,\u201D said Zoe\u0308 Brandt \U0001F6A2."_s;
    QJsonObject choice{{u"id"_s, u"q"_s}, {u"from_name"_s, u"form"_s}, {u"to_name"_s, u"text"_s}, {u"type"_s, u"choices"_s},
                       {u"value"_s, QJsonObject{{u"start"_s, 1}, {u"end"_s, 9}, {u"choices"_s, QJsonArray{u"direct"_s}}}}};
    QJsonObject textarea{{u"id"_s, u"q"_s}, {u"from_name"_s, u"comment"_s}, {u"to_name"_s, u"text"_s}, {u"type"_s, u"textarea"_s},
                         {u"value"_s, QJsonObject{{u"text"_s, QJsonArray{u"heard it"_s}}}}};
    QJsonObject whole{{u"id"_s, u"w"_s}, {u"from_name"_s, u"topic"_s}, {u"to_name"_s, u"text"_s}, {u"type"_s, u"choices"_s},
                      {u"value"_s, QJsonObject{{u"choices"_s, QJsonArray{u"shipping"_s}}}}};
    QJsonObject left{{u"type"_s, u"relation"_s}, {u"from_id"_s, u"z"_s}, {u"to_id"_s, u"q"_s}, {u"direction"_s, u"left"_s},
                     {u"labels"_s, QJsonArray{u"SPEAKER"_s}}};
    const QJsonArray result{regionOf(t, u"q"_s, u"We sail,"_s, {u"QUOTE"_s}),
                            regionOf(t, u"z"_s, u"Zoe\u0308 Brandt"_s, {u"PERSON"_s, u"SOURCE"_s}),
                            choice, textarea, whole, left};
    const QJsonArray array{QJsonObject{
        {u"id"_s, 41},
        {u"data"_s, QJsonObject{{u"article"_s, t}, {u"rank"_s, 3}}},
        {u"annotations"_s, QJsonArray{QJsonObject{{u"completed_by"_s, 3}, {u"result"_s, result}},
                                      QJsonObject{{u"was_cancelled"_s, true},
                                                  {u"result"_s, QJsonArray{regionOf(t, u"x"_s, u"said"_s, {u"CUE"_s})}}}}}}};
    const ImportReport report = project.import({project.write(u"all.json"_s, tasks(array))}, labelStudio());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    const Document doc = *project.store().document(id);
    QCOMPARE(doc.externalId, u"all:41"_s);
    QCOMPARE(doc.meta.value(u"rank"_s).toInt(), 3);
    QCOMPARE(doc.meta.value(u"label_studio_results"_s).toArray().size(), 1);
    const QList<Annotation> annotations = project.store().annotations(id);
    QCOMPARE(annotations.size(), 3); // QUOTE, and PERSON and SOURCE of one region; not the cancelled CUE
    const Annotation *quote = project.find(annotations, u"QUOTE"_s);
    QCOMPARE(quote->attrs.value(u"form"_s).toString(), u"direct"_s);
    QCOMPARE(quote->note, u"heard it"_s);
    QCOMPARE(project.store().annotator(quote->annotatorId)->name, u"all.json user 3"_s);
    const auto relations = relationKeys(project.store(), id);
    QCOMPARE(relations.size(), 2); // the region's two labels, each the child of the quote
    for (const auto &[label, head, child] : relations) {
        QCOMPARE(label, u"SPEAKER"_s);
        QCOMPARE(std::get<0>(head), u"QUOTE"_s);
    }
}

void TestLabelStudioFormat::badTasks_data()
{
    QTest::addColumn<QJsonObject>("bad");
    QTest::addColumn<QString>("says");
    const QString t = u"Mira Lind spoke in Tartu."_s;
    auto withResult = [&](const QJsonArray &result) {
        return QJsonObject{{u"data"_s, QJsonObject{{u"text"_s, t}}},
                           {u"annotations"_s, QJsonArray{QJsonObject{{u"result"_s, result}}}}};
    };
    QTest::newRow("no data") << QJsonObject{{u"text"_s, t}} << u"\"data\""_s;
    QTest::newRow("no text") << QJsonObject{{u"data"_s, QJsonObject{{u"a"_s, u"x"_s}, {u"b"_s, u"y"_s}}}} << u"\"text\""_s;
    QTest::newRow("text differs") << withResult({region(u"r"_s, 0, 4, u"Lind"_s, {u"PERSON"_s})}) << u"differs"_s;
    QTest::newRow("outside the text") << withResult({region(u"r"_s, 20, 40, u"Tartu."_s, {u"GPE"_s})}) << u"outside"_s;
    QTest::newRow("no label") << withResult({region(u"r"_s, 0, 4, u"Mira"_s, {})}) << u"no label"_s;
    QTest::newRow("relation without label")
        << withResult({region(u"a"_s, 0, 4, u"Mira"_s, {u"PERSON"_s}), region(u"b"_s, 19, 24, u"Tartu"_s, {u"GPE"_s}),
                       QJsonObject{{u"type"_s, u"relation"_s}, {u"from_id"_s, u"a"_s}, {u"to_id"_s, u"b"_s}}})
        << u"no label"_s;
    QTest::newRow("relation to nothing")
        << withResult({region(u"a"_s, 0, 4, u"Mira"_s, {u"PERSON"_s}),
                       QJsonObject{{u"type"_s, u"relation"_s}, {u"from_id"_s, u"a"_s}, {u"to_id"_s, u"zz"_s},
                                   {u"labels"_s, QJsonArray{u"VIA"_s}}}})
        << u"(zz)"_s;
}

// A bad task is reported by the line it starts on; the others import.
void TestLabelStudioFormat::badTasks()
{
    QFETCH(QJsonObject, bad);
    QFETCH(QString, says);
    Project project;
    const QJsonObject good1{{u"data"_s, QJsonObject{{u"text"_s, u"First."_s}}}};
    const QJsonObject good2{{u"data"_s, QJsonObject{{u"text"_s, u"Third."_s}}}};
    const QByteArray file = tasks({good1, bad, good2});
    const qint64 line = file.left(file.indexOf("\n    {", file.indexOf("First."))).count('\n') + 2;
    const ImportReport report = project.import({project.write(u"bad.json"_s, file)}, labelStudio());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().message.contains(says), qPrintable(report.problems.first().toString()));
    QCOMPARE(report.problems.first().line, line);
    QCOMPARE(report.documents, 2);
}

void TestLabelStudioFormat::badFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray("  \n") << 0;
    QTest::newRow("not an array") << QByteArray("\n\"tasks\"") << 2;
    QTest::newRow("array not closed") << QByteArray("[\n{\"data\": {\"text\": \"a\"}},\n") << 3;
    QTest::newRow("text after the array") << QByteArray("[]\n[]") << 2;
}

void TestLabelStudioFormat::badFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    Project project;
    const ImportReport report = project.import({project.write(u"f.json"_s, file)}, labelStudio());
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, qint64(line));
    QCOMPARE(project.store().documentCount(), 0);
}

QTEST_GUILESS_MAIN(TestLabelStudioFormat)
#include "tst_labelstudioformat.moc"
