// Hostile input to the readers and writers: nothing lost or corrupted silently, nothing that
// grows with the square of a tiny file, nothing that holds a whole file in memory or hangs,
// nothing a spreadsheet runs. Each case is one a tester found; each failed before its fix.

#include <sys/stat.h>

#include <QDirIterator>
#include <QRegularExpression>

#include "formats/csvformat.h"
#include "formats/formatregistry.h"
#include "formats/formatsupport.h"
#include "formattestsupport.h"

using namespace FormatTest;

class TestHostileInput final : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void exactIds_data();
    void exactIds();
    void relationsStayLinear_data();
    void relationsStayLinear();
    void relationLimit();
    void documentLimit_data();
    void documentLimit();
    void specialFilesRefused_data();
    void specialFilesRefused();
    void bratLongIds();
    void csvCells_data();
    void csvCells();
    void messagesStayOnOneLine();
};

namespace {

// Label Studio tasks, one region each, the value given as JSON text.
// A Label Studio task on lines 2 to 6: its text on line 3, its region on line 5.
QByteArray labelStudioTask(const QByteArray &text, const QByteArray &value)
{
    return "[\n{\n\"data\": {\"text\": \"" + text + "\"},\n \"annotations\": [{\"result\": [\n"
           "  {\"id\": \"r1\", \"from_name\": \"label\", \"to_name\": \"text\", \"type\": \"labels\",\n"
           "   \"value\": " + value + "}]}]}\n]\n";
}

// One document with many spans of one id, related to each other once: the shape that grew to
// a million relations from a 19 KB file.
QByteArray doccanoRepeatedIds(int count)
{
    QByteArray entities;
    for (int i = 0; i < count; ++i)
        entities += (i ? "," : "") + QByteArray(R"({"id": 1, "start_offset": 0, "end_offset": 1, "label": "PERSON"})");
    return R"({"text": "x y", "entities": [)" + entities + R"(], "relations": [{"from_id": 1, "to_id": 1, "type": "SPEAKER"}]})" + '\n';
}

QByteArray bratFragments(int count, QByteArray *text)
{
    *text = QByteArray(count * 2, 'a');
    for (int i = 1; i < count * 2; i += 2)
        (*text)[i] = ' ';
    QByteArray first, second;
    for (int i = 0; i < count; ++i) {
        first += (i ? ";" : "") + QByteArray::number(i * 2) + ' ' + QByteArray::number(i * 2 + 1);
        second += (i ? ";" : "") + QByteArray::number(i * 2) + ' ' + QByteArray::number(i * 2 + 1);
    }
    return "T1\tQUOTE " + first + "\nT2\tSOURCE " + second + "\nR1\tSPEAKER Arg1:T1 Arg2:T2\n";
}

QByteArray labelStudioManyLabels(int count)
{
    QByteArray labels;
    for (int i = 0; i < count; ++i)
        labels += (i ? ",\"" : "\"") + QByteArray("L") + QByteArray::number(i) + '"';
    auto region = [&](const char *id) {
        return "{\"id\": \"" + QByteArray(id) + "\", \"from_name\": \"label\", \"to_name\": \"text\", \"type\": \"labels\", "
               "\"value\": {\"start\": 0, \"end\": 1, \"labels\": [" + labels + "]}}";
    };
    return "[{\"data\": {\"text\": \"x\"}, \"annotations\": [{\"result\": [" + region("a") + ", " + region("b")
           + ", {\"type\": \"relation\", \"from_id\": \"a\", \"to_id\": \"b\", \"labels\": [\"SPEAKER\"]}]}]}]\n";
}

} // namespace

void TestHostileInput::refused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    const QByteArray good = R"({"id": "good", "text": "A good line."})" "\n";
    QTest::newRow("jsonl: lone high surrogate")
        << u"jsonl"_s << good + R"({"id": "b", "text": "ab\ud800cd"})" "\n" << 2 << u"lone surrogate (\\ud800) at character 24"_s;
    QTest::newRow("jsonl: lone low surrogate")
        << u"jsonl"_s << good + R"({"id": "b", "text": "ab\uDC00cd"})" "\n" << 2 << u"lone surrogate (\\udc00)"_s;
    QTest::newRow("jsonl: pair the wrong way round")
        << u"jsonl"_s << good + R"({"id": "b", "text": "\ude00\ud83d"})" "\n" << 2 << u"lone surrogate (\\ude00)"_s;
    QTest::newRow("jsonl: surrogate in an id")
        << u"jsonl"_s << good + R"({"id": "\ud800", "text": "x"})" "\n" << 2 << u"lone surrogate"_s;
    QTest::newRow("jsonl: empty label")
        << u"jsonl"_s << good + R"({"id": "b", "text": "Mary spoke.", "spans": [{"start": 0, "end": 4, "label": ""}]})" "\n"
        << 2 << u"span 1 has an empty \"label\""_s;
    QTest::newRow("jsonl: offset out of range")
        << u"jsonl"_s << good + R"({"id": "b", "text": "Mary spoke.", "spans": [{"start": 1e30, "end": 4, "label": "PERSON"}]})" "\n"
        << 2 << u"whole-number \"start\""_s;
    QTest::newRow("jsonl: NUL in the id")
        << u"jsonl"_s << good + R"({"id": "a\u0000b", "text": "x"})" "\n" << 2 << u"NUL"_s;
    QTest::newRow("doccano: lone surrogate")
        << u"doccano"_s << good + R"({"text": "ab\ud800cd", "label": []})" "\n" << 2 << u"lone surrogate (\\ud800)"_s;
    QTest::newRow("doccano: two entities with one id")
        << u"doccano"_s << good + doccanoRepeatedIds(2) << 2 << u"two entities have the id 1"_s;
    QTest::newRow("doccano: offset out of range")
        << u"doccano"_s << good + R"({"text": "Mary", "label": [[0, 1e30, "PERSON"]]})" "\n" << 2 << u"is not [start, end"_s;
    QTest::newRow("label-studio: lone surrogate, its own line")
        << u"label-studio"_s << labelStudioTask("ab\\ud800cd", R"({"start": 0, "end": 1, "labels": ["PERSON"]})") << 3
        << u"lone surrogate (\\ud800) at character 21"_s;
    QTest::newRow("label-studio: start a string")
        << u"label-studio"_s << labelStudioTask("Mary spoke.", R"({"start": "0", "end": 4, "labels": ["PERSON"]})") << 2
        << u"region r1 has \"start\": \"0\" and \"end\": 4"_s;
    QTest::newRow("label-studio: start 1e30")
        << u"label-studio"_s << labelStudioTask("Mary spoke.", R"({"start": 1e30, "end": 4, "labels": ["PERSON"]})") << 2
        << u"region r1 has \"start\": 1e+30"_s;
    QTest::newRow("label-studio: start 0.5")
        << u"label-studio"_s << labelStudioTask("Mary spoke.", R"({"start": 0.5, "end": 4, "labels": ["PERSON"]})") << 2
        << u"region r1 has \"start\": 0.5"_s;
}

// Each is an error naming the file, the line and what is wrong; nothing of that document is
// imported (and the file's good documents are).
void TestHostileInput::refused()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, says);
    Project project;
    ImportOptions options;
    options.format = format;
    const QString path = project.write(u"input"_s, bytes);
    const ImportReport report = project.import({path}, options);
    QCOMPARE(report.problems.size(), 1);
    const ImportProblem &problem = report.problems.first();
    QCOMPARE(problem.file, path);
    QCOMPARE(problem.line, qint64(line));
    QVERIFY2(problem.message.contains(says), qPrintable(problem.toString()));
    QVERIFY2(problem.message.contains(u"not imported"_s), qPrintable(problem.toString()));
    const int good = bytes.contains("\"good\"") ? 1 : 0;
    QCOMPARE(report.documents, good);
    QCOMPARE(project.store().documentCount(), good);
}

void TestHostileInput::exactIds_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("id");
    QTest::newRow("jsonl: above 2^53") << u"jsonl"_s << QByteArray(R"({"id": 9007199254740993, "text": "x"})") << u"9007199254740993"_s;
    QTest::newRow("jsonl: the largest qint64") << u"jsonl"_s << QByteArray(R"({"id": 9223372036854775807, "text": "x"})")
                                               << u"9223372036854775807"_s;
    QTest::newRow("jsonl: beyond 64 bits") << u"jsonl"_s << QByteArray(R"({"id": 123456789012345678901234567890, "text": "x"})")
                                           << u"123456789012345678901234567890"_s;
    QTest::newRow("jsonl: negative, beyond 64 bits") << u"jsonl"_s << QByteArray(R"({"id": -9223372036854775809, "text": "x"})")
                                                     << u"-9223372036854775809"_s;
    QTest::newRow("doccano") << u"doccano"_s << QByteArray(R"({"id": 9007199254740993, "text": "x"})") << u"9007199254740993"_s;
    QTest::newRow("label-studio") << u"label-studio"_s << QByteArray(R"([{"data": {"id": 9007199254740993, "text": "x"}}])")
                                  << u"9007199254740993"_s;
}

// Ids keep the JSON number's digits, not a double's.
void TestHostileInput::exactIds()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, id);
    Project project;
    ImportOptions options;
    options.format = format;
    const ImportReport report = project.import({project.write(u"ids"_s, bytes + '\n')}, options);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    QCOMPARE(project.store().document(project.onlyDocument())->externalId, id);
}

void TestHostileInput::relationsStayLinear_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");   // brat's .txt
    QTest::addColumn<int>("relations");     // -1: the document is refused
    QTest::newRow("doccano: 400 entities of one id") << u"doccano"_s << doccanoRepeatedIds(400) << QByteArray() << -1;
    QByteArray text;
    const QByteArray ann = bratFragments(400, &text);
    QTest::newRow("brat: 400 fragments to 400") << u"brat"_s << ann << text << 799;
    QTest::newRow("label-studio: 400 labels to 400") << u"label-studio"_s << labelStudioManyLabels(400) << QByteArray() << 799;
}

// Relations between things many spans share are expanded linearly: the first span of each to
// every span of the other, never every pair (which made 19 KB a million relations).
void TestHostileInput::relationsStayLinear()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QFETCH(int, relations);
    Project project;
    ImportOptions options;
    options.format = format;
    options.addLabels = true;
    QString path = project.write(u"doc.ann"_s, bytes);
    if (!text.isEmpty())
        project.write(u"doc.txt"_s, text);
    const ImportReport report = project.import({path}, options);
    if (relations < 0) {
        QCOMPARE(report.documents, 0);
        QCOMPARE(report.problems.size(), 1);
        return;
    }
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    QCOMPARE(report.relations, relations);
}

// Past the limit of relations in one document: a clear error, not the import of millions.
void TestHostileInput::relationLimit()
{
    Project project;
    ImportOptions options;
    options.format = u"brat"_s;
    options.addLabels = true;
    options.limits.relations = 50;
    QByteArray text;
    const QString path = project.write(u"doc.ann"_s, bratFragments(60, &text));
    project.write(u"doc.txt"_s, text);
    const ImportReport report = project.import({path}, options);
    QCOMPARE(report.documents, 0);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().message.contains(u"more than 50 relations"_s), qPrintable(problems(report)));
    QCOMPARE(report.problems.first().line, 3);
}

void TestHostileInput::documentLimit_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");          // of the problem
    QTest::addColumn<int>("documents");     // imported anyway
    const QByteArray big(3000, 'a');
    QTest::newRow("txt") << u"txt"_s << u"big.txt"_s << QByteArray(big + " end") << 0 << 0;
    QTest::newRow("jsonl: one line too long")
        << u"jsonl"_s << u"big.jsonl"_s << QByteArray("{\"text\": \"" + big + "\"}\n{\"text\": \"small\"}\n") << 1 << 1;
    QByteArray conll = "-DOCSTART- -X- -X- O\n\nsmall O\n\n-DOCSTART- -X- -X- O\n\n";
    for (int i = 0; i < 400; ++i)
        conll += "word O\n";
    conll += "\n-DOCSTART- -X- -X- O\n\nlast O\n";
    // "word O" is 6 bytes: the 334th of them (line 340) passes 2000.
    QTest::newRow("conll: one document too large") << u"conll"_s << u"big.conll"_s << conll << 340 << 2;
    QTest::newRow("conll: one line too long") << u"conll"_s << u"long.conll"_s << QByteArray("small O\n\n" + big + " O\n") << 3 << 0;
    QTest::newRow("label-studio: one task too large")
        << u"label-studio"_s << u"big.json"_s
        << QByteArray("[\n{\"data\": {\"text\": \"small\"}},\n{\"data\": {\"text\": \"" + big + "\"}},\n{\"data\": {\"text\": \"last\"}}\n]\n")
        << 3 << 2;
}

// A document larger than the limit is refused with a message; the file's others are read.
void TestHostileInput::documentLimit()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, documents);
    Project project;
    ImportOptions options;
    options.format = format;
    options.limits.documentBytes = 2000;
    const QString path = project.write(name, bytes);
    const ImportReport report = project.import({path}, options);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().message.contains(u"larger than"_s), qPrintable(problems(report)));
    QCOMPARE(report.problems.first().line, qint64(line));
    QCOMPARE(report.documents, documents);
}

void TestHostileInput::specialFilesRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("path");      // empty: a FIFO made for the test
    QTest::addColumn<QString>("says");
    QTest::newRow("/dev/zero as text") << u"txt"_s << u"/dev/zero"_s << u"character device"_s;
    QTest::newRow("/dev/zero as conll") << u"conll"_s << u"/dev/zero"_s << u"character device"_s;
    QTest::newRow("/dev/zero as Label Studio") << u"label-studio"_s << u"/dev/zero"_s << u"character device"_s;
    QTest::newRow("a FIFO") << u"jsonl"_s << QString() << u"FIFO"_s;
    QTest::newRow("a FIFO as brat") << u"brat"_s << QString() << u"FIFO"_s;
}

// Files that never end, or that block until someone writes, are refused (not read until
// memory runs out, not waited on).
void TestHostileInput::specialFilesRefused()
{
    QFETCH(QString, format);
    QFETCH(QString, path);
    QFETCH(QString, says);
    Project project;
    if (path.isEmpty()) {
        path = project.path(format == u"brat" ? u"fifo.ann"_s : u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        if (format == u"brat")
            project.write(u"fifo.txt"_s, "text");
    }
    if (!QFileInfo::exists(path))
        QSKIP("no such device here");
    ImportOptions options;
    options.format = format;
    const ImportReport report = project.import({path}, options);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().message.contains(says), qPrintable(problems(report)));
    QCOMPARE(report.documents, 0);
}

// Ids longer than a file name may be (255 bytes) still export, to bounded, distinct names.
void TestHostileInput::bratLongIds()
{
    Project project;
    const QString longId = QString(300, u'x');
    QByteArray lines;
    for (const QString &id : {longId + u'1', longId + u'2', u"deep/"_s.repeated(40) + u"leaf"_s})
        lines += QJsonDocument(QJsonObject{{u"id"_s, id}, {u"text"_s, u"Text of "_s + id.right(4)}}).toJson(QJsonDocument::Compact) + '\n';
    QVERIFY(project.import({project.write(u"long.jsonl"_s, lines)}).problems.isEmpty());
    auto writer = createWriter(u"brat"_s);
    ExportReport report;
    QString error;
    QVERIFY2(exportToPath(project.store(), *writer, project.path(u"out"_s), {}, &report, &error), qPrintable(error));
    QCOMPARE(report.documents, 3);
    QStringList texts;
    QDirIterator it(project.path(u"out"_s), {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QVERIFY2(info.fileName().toUtf8().size() <= 255, qPrintable(info.fileName()));
        QVERIFY(QFileInfo::exists(info.path() + u'/' + info.completeBaseName() + u".ann"_s));
        texts.append(info.fileName());
    }
    QCOMPARE(texts.size(), 3);
}

void TestHostileInput::csvCells_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<bool>("formula");      // the text cell starts as a formula would
    QTest::newRow("equals") << u"=HYPERLINK(\"http://evil.test\",\"x\")"_s << u"=1+2 is text"_s
                            << u"'=HYPERLINK(\"http://evil.test\",\"x\")"_s << true;
    QTest::newRow("plus") << u"+cmd"_s << u"+49 is a prefix"_s << u"'+cmd"_s << true;
    QTest::newRow("minus") << u"-2+3"_s << u"-5 degrees"_s << u"'-2+3"_s << true;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"@handle wrote"_s << u"'@SUM(A1)"_s << true;
    // In a name a tab or CR is escaped (which makes it harmless); in the text it stays.
    QTest::newRow("tab") << u"\tid"_s << u"\tindented"_s << u"\\u0009id"_s << true;
    QTest::newRow("carriage return") << u"\rid"_s << u"\rreturn"_s << u"\\u000did"_s << true;
    QTest::newRow("control characters in the id") << u"a\u001B[31mred\u0007"_s << u"plain text"_s
                                                   << u"a\\u001b[31mred\\u0007"_s << false;
    QTest::newRow("line break in the id") << u"two\nlines"_s << u"plain text"_s << u"two\\u000alines"_s << false;
    QTest::newRow("harmless") << u"story-1"_s << u"Plain words"_s << u"story-1"_s << false;
}

// Cells a spreadsheet would run as formulas are made text (OWASP's advice); control characters
// in ids are escaped, never written raw.
void TestHostileInput::csvCells()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(QString, expectedId);
    QFETCH(bool, formula);
    Project project;
    const QJsonObject doc{{u"id"_s, id}, {u"text"_s, text},
                          {u"spans"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 5}, {u"label"_s, u"PERSON"_s}}}}};
    const ImportReport imported = project.import({project.write(u"in.jsonl"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n')});
    QVERIFY2(imported.problems.isEmpty(), qPrintable(problems(imported)));
    auto writer = createWriter(u"csv"_s);
    const QString csv = QString::fromUtf8(project.exportWith(*writer));
    QVERIFY(!csv.contains(QChar(0x1B)));
    bool wellFormed = false;
    const QList<QStringList> rows = parseCsv(csv, &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].size(), 14);
    QCOMPARE(rows[1][0], expectedId);
    QCOMPARE(rows[1][6], (formula ? u"'"_s : QString()) + text.left(5));
    for (const QString &cell : rows[1])
        QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
}

// File names and ids in messages cannot start lines of their own.
void TestHostileInput::messagesStayOnOneLine()
{
    const ImportProblem problem{u"evil\nerror: forged.txt"_s, 3, u"label \"A\u2028B\" unknown\r"_s};
    const QString line = problem.toString();
    QVERIFY2(!line.contains(u'\n') && !line.contains(u'\r') && !line.contains(QChar(0x2028)), qPrintable(line));
    QCOMPARE(line, u"evil\\nerror: forged.txt:3: label \"A\\u2028B\" unknown\\r"_s);
    QCOMPARE(FormatSupport::printable(u"emoji \U0001F600 stays, \u202Ereversed"_s), u"emoji \U0001F600 stays, \\u202ereversed"_s);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
