// The format table: every format once, found by name and by extension, its reader and writer
// made from its row.

#include <QSet>
#include <QTest>

#include "formats/documentreader.h"
#include "formats/documentwriter.h"
#include "formats/formatregistry.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestFormatTable final : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatOnce();
    void rows_data();
    void rows();
    void byExtension_data();
    void byExtension();
};

void TestFormatTable::everyFormatOnce()
{
    QSet<QString> names, extensions;
    for (const Format &format : formats()) {
        QVERIFY2(!names.contains(format.name), qPrintable(format.name));
        names.insert(format.name);
        QVERIFY2(format.makeReader || format.makeWriter, qPrintable(format.name));
        for (const QString &extension : format.extensions) {
            QVERIFY2(!extensions.contains(extension), qPrintable(extension));
            QCOMPARE(extension, extension.toLower());
            extensions.insert(extension);
        }
    }
    QCOMPARE(writerNames().constFirst(), u"jsonl"_s); // the default export
    QVERIFY(!findFormat(u"nonsense"_s));
    QVERIFY(!createReader(u"nonsense"_s));
    QVERIFY(!createWriter(u"nonsense"_s));
}

void TestFormatTable::rows_data()
{
    QTest::addColumn<QString>("name");
    for (const Format &format : formats())
        QTest::newRow(qPrintable(format.name)) << format.name;
}

void TestFormatTable::rows()
{
    QFETCH(QString, name);
    const Format *format = findFormat(name);
    QVERIFY(format);
    QCOMPARE(readerNames().contains(name), format->makeReader != nullptr);
    QCOMPARE(writerNames().contains(name), format->makeWriter != nullptr);
    QCOMPARE(createReader(name) != nullptr, format->makeReader != nullptr);
    if (const auto writer = createWriter(name)) {
        QCOMPARE(writer->format(), format);
        QCOMPARE(writer->name(), name);
        QCOMPARE(writer->extension(), format->exportExtension);
        QVERIFY(!writer->extension().isEmpty());
    }
    // What a format holds of the layers and what it says it cannot hold agree.
    QVERIFY(QString::fromUtf8(format->cannotHold).size() > 0);
    if (!format->layers.isEmpty())
        QVERIFY(format->holds.testFlag(Holding::Spans));
}

void TestFormatTable::byExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("txt") << u"a/story.txt"_s << u"txt"_s;
    QTest::newRow("upper case") << u"STORY.TXT"_s << u"txt"_s;
    QTest::newRow("jsonl") << u"corpus.jsonl"_s << u"jsonl"_s;
    QTest::newRow("ndjson") << u"corpus.ndjson"_s << u"jsonl"_s;
    QTest::newRow("conll") << u"train.conll"_s << u"conll"_s;
    QTest::newRow("iob") << u"train.iob"_s << u"conll"_s;
    QTest::newRow("brat") << u"news/story.ann"_s << u"brat"_s;
    QTest::newRow("json: only with --format") << u"export.json"_s << QString();
    QTest::newRow("csv: export only") << u"table.csv"_s << QString();
    QTest::newRow("no extension") << u"README"_s << QString();
}

void TestFormatTable::byExtension()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    const Format *format = formatForPath(path);
    QCOMPARE(format ? format->name : QString(), name);
    QCOMPARE(createReaderForPath(path) != nullptr, !name.isEmpty());
}

QTEST_GUILESS_MAIN(TestFormatTable)
#include "tst_formattable.moc"
