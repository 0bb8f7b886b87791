#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "exporter.h"
#include "formats/formatregistry.h"
#include "formats/jsonlformat.h"
#include "importer.h"
#include "projectstore.h"
#include "testsupport.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void plainText_data();
    void plainText();
    void badTextFiles_data();
    void badTextFiles();
    void badJsonlLines_data();
    void badJsonlLines();
    void addLabels();
    void labelMapAndSuggestions();
    void foldersAndDuplicates();
    void textOnly();
    void labelMapDrops();
    void roundTrip_data();
    void roundTrip();
    void unicodeOffsets();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportReport import(const QStringList &paths, ImportOptions options = {});
    QByteArray exportJsonl(ExportOptions options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

void TestImport::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
}

QString TestImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    file.write(bytes);
    return path;
}

ImportReport TestImport::import(const QStringList &paths, ImportOptions options)
{
    Importer importer(*m_store, options);
    return importer.run(paths);
}

QByteArray TestImport::exportJsonl(ExportOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ownedWriter = createWriter(u"jsonl"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    QString error;
    if (!exportProject(*m_store, writer, &buffer, options, &report, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

void TestImport::plainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("Headline\n\nBody text.\n") << u"Headline\n\nBody text.\n"_s;
    QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBFHello") << u"Hello"_s;
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << u"a\nb\n"_s;
    QTest::newRow("lone cr") << QByteArray("a\rb\r\rc") << u"a\nb\n\nc"_s;
    QTest::newRow("nbsp, tab, line separator kept") << QByteArray("a\xC2\xA0" "b\tc\xE2\x80\xA8" "d") << u"a\u00A0b\tc\u2028d"_s;
    QTest::newRow("emoji and zwj") << QByteArray("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 ok") << u"👩‍👧 ok"_s;
    QTest::newRow("combining marks") << QByteArray("Jose\xCC\x81") << u"Jose\u0301"_s;
}

void TestImport::plainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const QString path = write(u"article.txt"_s, bytes);
    const ImportReport report = import({path});
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.documents, 1);
    const std::optional<Document> doc = m_store->document(report.documentIds.first());
    QVERIFY(doc);
    QCOMPARE(doc->text, text);
    QCOMPARE(doc->externalId, u"article"_s);
    QCOMPARE(doc->length, TextOffsets::countCodePoints(text));
}

void TestImport::badTextFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid utf-8") << QByteArray("Caf\xE9 au lait") << u"invalid UTF-8 at byte 3"_s;
    QTest::newRow("truncated sequence") << QByteArray("ok \xE2\x82") << u"invalid UTF-8 at byte 3"_s;
    QTest::newRow("overlong") << QByteArray("x\xC0\xAF") << u"invalid UTF-8 at byte 1"_s;
    QTest::newRow("surrogate encoded") << QByteArray("x\xED\xA0\x80") << u"invalid UTF-8 at byte 1"_s;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x01", 7) << u"binary"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << u"empty"_s;
    QTest::newRow("whitespace only") << QByteArray(" \n\n ") << u"empty"_s;
}

void TestImport::badTextFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString bad = write(u"bad.txt"_s, bytes);
    const QString good = write(u"good.txt"_s, "A good article.");
    const ImportReport report = import({bad, good});
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().file, bad);
    QVERIFY2(report.problems.first().message.contains(message), qPrintable(report.problems.first().message));
    QCOMPARE(report.documents, 1);
    QCOMPARE(m_store->documentCount(), 1);
}

void TestImport::badJsonlLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QByteArray(R"({"id": "x", "text": "abc")") << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray(R"(["text"])") << u"one JSON object"_s;
    QTest::newRow("no text") << QByteArray(R"({"id": "x"})") << u"no \"text\""_s;
    QTest::newRow("span past end") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": 1, "end": 4, "label": "ORG"}]})")
                                   << u"outside the text"_s;
    QTest::newRow("negative start") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": -1, "end": 2, "label": "ORG"}]})")
                                    << u"outside the text"_s;
    QTest::newRow("utf-16 offsets") << QByteArray(R"({"id": "x", "text": "😀 Rome", "spans": [{"id": "a", "start": 3, "end": 7, "label": "GPE"}]})")
                                    << u"outside the text"_s;
    QTest::newRow("fractional offset") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": 0.5, "end": 2, "label": "ORG"}]})")
                                       << u"whole-number"_s;
    QTest::newRow("relation to unknown span") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": 0, "end": 1, "label": "QUOTE"}], "relations": [{"label": "SPEAKER", "head": "a", "child": "zz"}]})")
                                              << u"not in the document (\"zz\")"_s;
    QTest::newRow("unknown label") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": 0, "end": 1, "label": "WEAPON"}]})")
                                   << u"unknown label WEAPON; add --add-labels"_s;
    QTest::newRow("duplicate span id") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": 0, "end": 1, "label": "ORG"}, {"id": "a", "start": 1, "end": 2, "label": "ORG"}]})")
                                       << u"two spans have the id"_s;
    QTest::newRow("bad status") << QByteArray(R"({"id": "x", "text": "abc", "spans": [{"id": "a", "start": 0, "end": 1, "label": "ORG", "status": "maybe"}]})")
                                << u"unknown status"_s;
}

void TestImport::badJsonlLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    const QByteArray good1 = R"({"id": "one", "text": "Rome is big.", "spans": [{"id": "a", "start": 0, "end": 4, "label": "GPE"}]})";
    const QByteArray good2 = R"({"id": "two", "text": "Oslo is cold.", "spans": [{"id": "b", "start": 0, "end": 4, "label": "GPE"}]})";
    const QString path = write(u"docs.jsonl"_s, good1 + "\n" + line + "\n\n" + good2 + "\n");
    const ImportReport report = import({path});
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().file, path);
    QCOMPARE(report.problems.first().line, 2);
    QVERIFY2(report.problems.first().message.contains(message), qPrintable(report.problems.first().message));
    QVERIFY(report.problems.first().toString().startsWith(path + u":2: "_s));
    // The good documents are in, nothing of the bad one.
    QCOMPARE(report.documents, 2);
    QCOMPARE(m_store->documentCount(), 2);
    QCOMPARE(m_store->statistics().annotations, 2);
    QVERIFY(m_store->check().isEmpty());
}

void TestImport::addLabels()
{
    const QString path = write(u"custom.jsonl"_s, R"({"id": "x", "text": "a knife", "spans": [{"id": "a", "start": 2, "end": 7, "label": "WEAPON"}]})");
    ImportOptions options;
    options.addLabels = true;
    const ImportReport report = import({path}, options);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.labelsAdded, QStringList{u"WEAPON"_s});
    QVERIFY(m_store->schema().hasLabel(u"WEAPON"));
    QCOMPARE(m_store->statistics().annotations, 1);
}

void TestImport::labelMapAndSuggestions()
{
    const QString path = write(u"mapped.jsonl"_s, R"({"id": "x", "text": "Rome", "spans": [{"id": "a", "start": 0, "end": 4, "label": "LOCATION"}]})");
    ImportOptions options;
    options.labelMap.insert(u"LOCATION"_s, u"GPE"_s);
    options.asSuggestions = true;
    const ImportReport report = import({path}, options);
    QVERIFY(report.problems.isEmpty());
    const QList<Annotation> annotations = m_store->annotations(report.documentIds.first());
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().label, u"GPE"_s);
    QCOMPARE(annotations.first().status, AnnotationStatus::Suggested);
}

void TestImport::foldersAndDuplicates()
{
    write(u"corpus/a.txt"_s, "First article.");
    write(u"corpus/sub/b.txt"_s, "Second article.");
    write(u"corpus/sub/copy.txt"_s, "First article.");
    write(u"corpus/notes.docx"_s, "PK");
    const ImportReport report = import({m_dir->filePath(u"corpus"_s)});
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.documents, 2);
    QCOMPARE(report.notes.size(), 2); // the duplicate and the .docx
    QVERIFY(m_store->documentIdByExternalId(u"sub/b"_s));
    QVERIFY(m_store->documentIdByExternalId(u"a"_s));
}

void TestImport::textOnly()
{
    const QString path = write(u"t.jsonl"_s, R"({"id": "x", "text": "Rome", "spans": [{"id": "a", "start": 0, "end": 4, "label": "NOPE"}]})");
    ImportOptions options;
    options.textOnly = true;
    const ImportReport report = import({path}, options);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.documents, 1);
    QCOMPARE(m_store->statistics().annotations, 0);
}

void TestImport::labelMapDrops()
{
    const QString path = write(u"drop.jsonl"_s, R"({"id": "x", "text": "Rome said so", "spans": [{"id": "a", "start": 0, "end": 4, "label": "GPE"}, {"id": "b", "start": 5, "end": 9, "label": "TALK"}], "relations": [{"label": "SAYS", "head": "a", "child": "b"}]})");
    ImportOptions options;
    options.labelMap.insert(u"TALK"_s, QString());
    options.labelMap.insert(u"SAYS"_s, QString());
    const ImportReport report = import({path}, options);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.annotations, 1);
    QCOMPARE(report.relations, 0);
}

void TestImport::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("seed") << u"gold/seed.jsonl"_s;
    QTest::newRow("unicode") << u"gold/unicode.jsonl"_s;
    QTest::newRow("polnear dev") << u"polnear/dev.jsonl"_s;
}

static QJsonObject spanKey(const QJsonObject &span)
{
    return {{u"id"_s, span.value(u"id")}, {u"start"_s, span.value(u"start")}, {u"end"_s, span.value(u"end")},
            {u"label"_s, span.value(u"label")}, {u"attrs"_s, span.value(u"attrs").toObject()}};
}

void TestImport::roundTrip()
{
    QFETCH(QString, file);
    COPYDESK_EVAL_FILE(path, file);
    const ImportReport report = import({path});
    QVERIFY(report.problems.isEmpty());
    COPYDESK_READ_JSONL(inputLines, path);
    const QList<QByteArray> outputLines = exportJsonl().split('\n');
    QVERIFY(outputLines.size() >= inputLines.size());
    int compared = 0;
    for (const CopydeskTest::JsonlLine &line : std::as_const(inputLines)) {
        const QJsonObject &gold = line.object;
        const QJsonObject out = QJsonDocument::fromJson(outputLines.at(compared)).object();
        ++compared;
        QCOMPARE(out.value(u"id"), gold.value(u"id"));
        // Texts byte-identical.
        QCOMPARE(out.value(u"text").toString().toUtf8(), gold.value(u"text").toString().toUtf8());
        QCOMPARE(out.value(u"meta"), gold.value(u"meta"));
        QJsonArray goldSpans, outSpans;
        for (const QJsonValue &s : gold.value(u"spans").toArray())
            goldSpans.append(spanKey(s.toObject()));
        for (const QJsonValue &s : out.value(u"spans").toArray())
            outSpans.append(spanKey(s.toObject()));
        auto sorted = [](QJsonArray array) {
            QList<QByteArray> list;
            for (const QJsonValue &v : array)
                list.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            std::sort(list.begin(), list.end());
            return list;
        };
        QCOMPARE(sorted(outSpans), sorted(goldSpans));
        QJsonArray goldRelations = gold.value(u"relations").toArray();
        QJsonArray outRelations = out.value(u"relations").toArray();
        QCOMPARE(sorted(outRelations), sorted(goldRelations));
        // The covered text written with each span is the gold's.
        for (const QJsonValue &s : gold.value(u"spans").toArray()) {
            if (!s.toObject().contains(u"text"))
                continue;
            bool found = false;
            for (const QJsonValue &o : out.value(u"spans").toArray())
                found |= o.toObject().value(u"id") == s.toObject().value(u"id") && o.toObject().value(u"text") == s.toObject().value(u"text");
            QVERIFY2(found, qPrintable(s.toObject().value(u"id").toString()));
        }
    }
    QCOMPARE(compared, report.documents);
}

void TestImport::unicodeOffsets()
{
    // Written for this test: emoji outside the BMP, a ZWJ sequence, combining marks and NBSP
    // before the spans, so UTF-16 or byte offsets would land elsewhere.
    const QString text = u"👩‍👩‍👧 Zoë\u00A0Ångström met Jose\u0301 in 東京 🙂."_s;
    const QString zoe = u"Zoë\u00A0Ångström"_s;
    const qint64 start = TextOffsets::countCodePoints(text.left(text.indexOf(zoe)));
    const qint64 end = start + TextOffsets::countCodePoints(zoe);
    QJsonObject doc{{u"id"_s, u"u"_s}, {u"text"_s, text},
                    {u"spans"_s, QJsonArray{QJsonObject{{u"id"_s, u"p"_s}, {u"start"_s, start}, {u"end"_s, end}, {u"label"_s, u"PERSON"_s}}}}};
    const QString path = write(u"u.jsonl"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact));
    QVERIFY(import({path}).problems.isEmpty());
    const QJsonObject out = QJsonDocument::fromJson(exportJsonl().split('\n').first()).object();
    const QJsonObject span = out.value(u"spans").toArray().first().toObject();
    QCOMPARE(span.value(u"start").toInteger(), start);
    QCOMPARE(span.value(u"text").toString(), zoe);
    QCOMPARE(start, 6); // 👩 ZWJ 👩 ZWJ 👧 space: six code points
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
