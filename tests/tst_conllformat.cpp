// CoNLL import and export: IOB1 and IOB2, documents, columns, problems, label maps, exact
// token round trips, and what IOB cannot hold.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "exporter.h"
#include "formats/conllformat.h"
#include "formats/formatregistry.h"
#include "importer.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// Two documents in CoNLL-2003 layout, IOB2, the CoNLL classes.
constexpr char kTwoDocuments[] =
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Mira NNP B-NP B-PER\n"
    "Kovac NNP I-NP I-PER\n"
    "visited VBD B-VP O\n"
    "Brenton NNP B-NP B-LOC\n"
    ". . O O\n"
    "\n"
    "The DT B-NP O\n"
    "Harbour NNP I-NP B-ORG\n"
    "Board NNP I-NP I-ORG\n"
    "welcomed VBD B-VP O\n"
    "Kelmish JJ B-NP B-MISC\n"
    "traders NNS I-NP O\n"
    "\n"
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Rain NN B-NP O\n"
    "fell VBD B-VP O\n"
    "in IN B-PP O\n"
    "Ostrava NNP B-NP B-LOC\n"
    "\n";

} // namespace

class TestConllFormat final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registered();
    void importDocuments();
    void iobVariants_data();
    void iobVariants();
    void malformed_data();
    void malformed();
    void textOnly();
    void labelMap();
    void asSuggestions();
    void exactRoundTrip_data();
    void exactRoundTrip();
    void iob1ExportsAsIob2();
    void exportTokenizedDocument();
    void exportLeavesOutWhatIobCannotHold();
    void codePointOffsets();
    void emptyFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportReport import(const QString &path, ImportOptions options = {});
    QByteArray exportConll(ExportReport *report = nullptr, ExportOptions options = {});
    QString spanText(qint64 documentId, const Annotation &annotation) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

void TestConllFormat::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
}

QString TestConllFormat::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    file.write(bytes);
    return path;
}

ImportReport TestConllFormat::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_store, options);
    return importer.run({path});
}

QByteArray TestConllFormat::exportConll(ExportReport *report, ExportOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ownedWriter = createWriter(u"conll"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport local;
    QString error;
    if (!exportProject(*m_store, writer, &buffer, options, report ? report : &local, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

QString TestConllFormat::spanText(qint64 documentId, const Annotation &annotation) const
{
    const QString text = m_store->document(documentId)->text;
    const TextOffsets offsets(text);
    const qsizetype from = offsets.toUtf16(annotation.start);
    return text.mid(from, offsets.toUtf16(annotation.end) - from);
}

void TestConllFormat::registered()
{
    QVERIFY(readerNames().contains(u"conll"_s));
    QVERIFY(writerNames().contains(u"conll"_s));
    for (const QString &name : {u"news.conll"_s, u"news.iob"_s, u"NEWS.IOB"_s}) {
        QVERIFY2(createReaderForPath(name), qPrintable(name));
        QCOMPARE(formatForPath(name)->name, u"conll"_s);
    }
}

void TestConllFormat::importDocuments()
{
    const ImportReport report = import(write(u"wire.conll"_s, kTwoDocuments));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).toString()));
    QCOMPARE(report.documents, 2);
    const qint64 first = m_store->documentIdByExternalId(u"wire-1"_s);
    const qint64 second = m_store->documentIdByExternalId(u"wire-2"_s);
    QVERIFY(first && second);
    const Document doc = *m_store->document(first);
    QCOMPARE(doc.text, u"Mira Kovac visited Brenton .\nThe Harbour Board welcomed Kelmish traders"_s);
    QCOMPARE(doc.title, u"Mira Kovac visited Brenton ."_s);
    QCOMPARE(m_store->document(second)->text, u"Rain fell in Ostrava"_s);

    // Default label map; spans cover exactly their tokens.
    QStringList spans;
    for (const Annotation &a : m_store->annotations(first)) {
        spans.append(a.label + u'=' + spanText(first, a));
        QCOMPARE(a.status, AnnotationStatus::Accepted);
        QCOMPARE(m_store->annotator(a.annotatorId)->name, u"wire.conll"_s);
    }
    spans.sort();
    QCOMPARE(spans, (QStringList{u"GPE=Brenton"_s, u"NORP=Kelmish"_s, u"ORG=Harbour Board"_s, u"PERSON=Mira Kovac"_s}));
    QVERIFY(m_store->check().isEmpty());
}

void TestConllFormat::iobVariants_data()
{
    QTest::addColumn<QByteArray>("tags");
    QTest::addColumn<QStringList>("spans");
    // Tokens: Ana Ruiz Pau Vidal met in Girona Lleida
    QTest::newRow("iob2") << QByteArray("B-PER I-PER B-PER I-PER O O B-LOC B-LOC")
                          << QStringList{u"PERSON:0-8"_s, u"PERSON:9-18"_s, u"GPE:26-32"_s, u"GPE:33-39"_s};
    QTest::newRow("iob1") << QByteArray("I-PER I-PER B-PER I-PER O O I-LOC B-LOC")
                          << QStringList{u"PERSON:0-8"_s, u"PERSON:9-18"_s, u"GPE:26-32"_s, u"GPE:33-39"_s};
    QTest::newRow("iob2 type change") << QByteArray("B-PER I-PER I-ORG I-ORG O O O O")
                                      << QStringList{u"PERSON:0-8"_s, u"ORG:9-18"_s};
    QTest::newRow("stray I after O") << QByteArray("O O O I-PER O O O O") << QStringList{u"PERSON:13-18"_s};
}

void TestConllFormat::iobVariants()
{
    QFETCH(QByteArray, tags);
    QFETCH(QStringList, spans);
    const QList<QByteArray> tokens{"Ana", "Ruiz", "Pau", "Vidal", "met", "in", "Girona", "Lleida"};
    const QList<QByteArray> tagList = tags.split(' ');
    QByteArray file;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        file += tokens[i] + ' ' + tagList[i] + '\n';
    const ImportReport report = import(write(u"v.iob"_s, file));
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.documents, 1);
    QStringList found;
    for (const Annotation &a : m_store->annotations(report.documentIds.first()))
        found.append(u"%1:%2-%3"_s.arg(a.label).arg(a.start).arg(a.end));
    found.sort();
    spans.sort();
    QCOMPARE(found, spans);
}

void TestConllFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("badDocument");
    QTest::addColumn<int>("badLine");      // in the whole file
    QTest::addColumn<QString>("message");  // part of the problem's text
    // The bad document is the second of three; each starts with -DOCSTART- and a blank line.
    QTest::newRow("unknown prefix") << QByteArray("Lena NNP B-NP B-PER\nsang VBD B-VP X-PER\n") << 8 << u"X-PER"_s;
    QTest::newRow("empty type") << QByteArray("Lena NNP B-NP B-\n") << 7 << u"\"B-\""_s;
    QTest::newRow("bioes") << QByteArray("Lena NNP B-NP S-PER\n") << 7 << u"S-PER"_s;
    QTest::newRow("lower case") << QByteArray("Lena NNP B-NP b-per\n") << 7 << u"b-per"_s;
    QTest::newRow("fewer columns") << QByteArray("Lena NNP B-NP B-PER\n\nsang O\n") << 9 << u"2 columns"_s;
    QTest::newRow("more columns") << QByteArray("Lena NNP B-NP B-PER\nsang VBD B-VP x O\n") << 8 << u"5 columns"_s;
}

void TestConllFormat::malformed()
{
    QFETCH(QByteArray, badDocument);
    QFETCH(int, badLine);
    QFETCH(QString, message);
    const QByteArray file = "-DOCSTART- -X- -X- O\n\nOne CD B-NP O\n\n-DOCSTART- -X- -X- O\n\n" + badDocument
                            + "\n-DOCSTART- -X- -X- O\n\nThree CD B-NP O\n";
    const QString path = write(u"bad.conll"_s, file);
    const ImportReport report = import(path);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().file, path);
    QCOMPARE(report.problems.first().line, qint64(badLine));
    QVERIFY2(report.problems.first().message.contains(message), qPrintable(report.problems.first().message));
    // The other documents are in, under their own numbers.
    QCOMPARE(report.documents, 2);
    QVERIFY(m_store->documentIdByExternalId(u"bad-1"_s));
    QVERIFY(!m_store->documentIdByExternalId(u"bad-2"_s));
    QVERIFY(m_store->documentIdByExternalId(u"bad-3"_s));
}

void TestConllFormat::textOnly()
{
    // Tags are neither read nor checked: a BIOES file imports as text.
    const QByteArray file = QByteArray(kTwoDocuments) + "-DOCSTART- -X- -X- O\n\nLena NNP B-NP S-PER\n";
    ImportOptions options;
    options.textOnly = true;
    const ImportReport report = import(write(u"plain.conll"_s, file), options);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.documents, 3);
    QCOMPARE(report.annotations, 0);
    QCOMPARE(m_store->statistics().annotations, 0);
    // The columns are kept all the same: the export has every token line, all O.
    QByteArray expected;
    for (const QByteArray &line : file.split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        expected += (line.startsWith("-DOCSTART-") || space < 0 ? line : line.left(space) + " O") + '\n';
    }
    QCOMPARE(exportConll(), expected);
}

void TestConllFormat::labelMap()
{
    // A map that is given replaces the default one: PER is mapped, LOC stays LOC (a label of
    // the default schema too), MISC is unknown and the document is refused.
    const QString path = write(u"m.conll"_s, "Ana B-PER\nin O\nGirona B-LOC\n\n-DOCSTART- O\n\nEuro B-MISC\n");
    ImportOptions options;
    options.labelMap.insert(u"PER"_s, u"PERSON"_s);
    const ImportReport report = import(path, options);
    QCOMPARE(report.documents, 1);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.first().message.contains(u"MISC"_s));
    QCOMPARE(report.problems.first().line, qint64(5));
    QStringList labels;
    for (const Annotation &a : m_store->annotations(report.documentIds.first()))
        labels.append(a.label);
    labels.sort();
    QCOMPARE(labels, (QStringList{u"LOC"_s, u"PERSON"_s}));
}

void TestConllFormat::asSuggestions()
{
    ImportOptions options;
    options.asSuggestions = true;
    const ImportReport report = import(write(u"s.conll"_s, kTwoDocuments), options);
    QCOMPARE(report.annotations, 5);
    for (const qint64 id : report.documentIds) {
        for (const Annotation &a : m_store->annotations(id))
            QCOMPARE(a.status, AnnotationStatus::Suggested);
    }
}

void TestConllFormat::exactRoundTrip_data()
{
    // Files written in the project's labels and IOB2 come back byte for byte.
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("four columns") << QByteArray("-DOCSTART- -X- -X- O\n\nMira NNP B-NP B-PERSON\nKovac NNP I-NP I-PERSON\n"
                                                "spoke VBD B-VP O\n\nIn IN B-PP O\nBrenton NNP B-NP B-GPE\n\n"
                                                "-DOCSTART- -X- -X- O\n\nQuiet JJ B-NP O\n\n");
    QTest::newRow("tabs and runs of spaces") << QByteArray("-DOCSTART-\t-X-\tO\n\nMira\tNNP\tB-PERSON\nsaid  VBD\tO\n"
                                                           "\"\t\"   O\n\n");
    QTest::newRow("no docstart, two columns") << QByteArray("Ada B-PERSON\nLind I-PERSON\nwaved O\n\nBye O\n\n");
    QTest::newRow("one column") << QByteArray("-DOCSTART- O\n\nJust\nwords\n\n");
    QTest::newRow("odd tokens") << QByteArray("-DOCSTART- -X- -X- O\n\n( ( O O\n-DOCSTART-x NN O O\n"
                                              "U.S.-based JJ B-NP O\n\xC3\x89lodie NNP B-NP B-PERSON\n"
                                              "\xF0\x9F\x99\x82 SYM O O\n\n");
}

void TestConllFormat::exactRoundTrip()
{
    QFETCH(QByteArray, file);
    const ImportReport report = import(write(u"round.conll"_s, file));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).toString()));
    QByteArray expected = file;
    // A document with one column gets its tag column on export.
    if (QTest::currentDataTag() == QByteArrayView("one column"))
        expected = "-DOCSTART- O\n\nJust O\nwords O\n\n";
    ExportReport exportReport;
    QCOMPARE(exportConll(&exportReport), expected);
    QVERIFY(exportReport.warnings.isEmpty());
}

void TestConllFormat::iob1ExportsAsIob2()
{
    const ImportReport report = import(write(u"old.conll"_s, "-DOCSTART- -X- O\n\nAna NNP I-PER\nPau NNP B-PER\n"
                                                              "and CC O\nGirona NNP I-LOC\nFC NNP I-ORG\n\n"));
    QCOMPARE(report.documents, 1);
    QCOMPARE(exportConll(), QByteArray("-DOCSTART- -X- O\n\nAna NNP B-PERSON\nPau NNP B-PERSON\nand CC O\n"
                                       "Girona NNP B-GPE\nFC NNP B-ORG\n\n"));
}

void TestConllFormat::exportTokenizedDocument()
{
    // A document from elsewhere is tokenized; people's entity spans become tags, other
    // layers are left out without a word.
    Document doc;
    doc.externalId = u"note"_s;
    doc.text = u"Ada Lind flew to Oslo.\nShe left."_s;
    const qint64 person = m_store->ensureAnnotator(AnnotatorKind::Person, u"Anna"_s);
    QList<NewAnnotation> spans{
        {QString(), u"PERSON"_s, 0, 8, {}, AnnotationStatus::Manual, person, -1, QString(), QString()},
        {QString(), u"GPE"_s, 17, 21, {}, AnnotationStatus::Accepted, person, -1, QString(), QString()},
        {QString(), u"QUOTE"_s, 0, 21, {}, AnnotationStatus::Manual, person, -1, QString(), QString()},
    };
    QVERIFY(m_store->addDocument(doc, spans, {}, u"test"_s));
    ExportReport report;
    const QByteArray out = exportConll(&report);
    QCOMPARE(out, QByteArray("-DOCSTART- -X- -X- O\n\nAda B-PERSON\nLind I-PERSON\nflew O\nto O\nOslo B-GPE\n. O\n\n"
                             "She O\nleft O\n. O\n\n"));
    QVERIFY(report.warnings.isEmpty());

    // And the export reads back as the same entities.
    init();
    const ImportReport back = import(write(u"back.conll"_s, out));
    QCOMPARE(back.documents, 1);
    QStringList labels;
    for (const Annotation &a : m_store->annotations(back.documentIds.first()))
        labels.append(a.label + u'=' + spanText(back.documentIds.first(), a));
    labels.sort();
    QCOMPARE(labels, (QStringList{u"GPE=Oslo"_s, u"PERSON=Ada Lind"_s}));
}

void TestConllFormat::exportLeavesOutWhatIobCannotHold()
{
    Document doc;
    doc.externalId = u"tangle"_s;
    //           0         1         2         3
    //           0123456789012345678901234567890123456
    doc.text = u"Port Kelmar Authority met.\nIt rained."_s;
    const qint64 person = m_store->ensureAnnotator(AnnotatorKind::Person, u"Anna"_s);
    auto span = [person](const QString &label, qint64 start, qint64 end) {
        return NewAnnotation{QString(), label, start, end, {}, AnnotationStatus::Manual, person, -1, QString(), QString()};
    };
    const QList<NewAnnotation> spans{
        span(u"ORG"_s, 0, 21),        // kept: the longest
        span(u"GPE"_s, 5, 11),        // nested in it
        span(u"ORG"_s, 0, 21),        // the same again: written once, no warning
        span(u"PERSON"_s, 0, 11),     // overlaps it
        span(u"PERSON"_s, 23, 25),    // "et" of "met": not on token boundaries
        span(u"DATE"_s, 22, 29),      // "met.\nIt": across sentences
        span(u"DATE"_s, 26, 30),      // "\nIt " : whitespace at the edges is fine
    };
    QVERIFY(m_store->addDocument(doc, spans, {}, u"test"_s));
    ExportReport report;
    const QByteArray out = exportConll(&report);
    QCOMPARE(out, QByteArray("-DOCSTART- -X- -X- O\n\nPort B-ORG\nKelmar I-ORG\nAuthority I-ORG\nmet O\n. O\n\n"
                             "It B-DATE\nrained O\n. O\n\n"));
    // Each kind counted once per document (the words are translated, so only their gist).
    QCOMPARE(report.warnings.size(), 3);
    QVERIFY2(report.warnings[0].startsWith(u"document tangle: 2 overlapping"_s), qPrintable(report.warnings[0]));
    QVERIFY2(report.warnings[1].startsWith(u"document tangle: 1 span"_s), qPrintable(report.warnings[1]));
    QVERIFY2(report.warnings[1].contains(u"token boundaries"_s), qPrintable(report.warnings[1]));
    QVERIFY2(report.warnings[2].startsWith(u"document tangle: 1 span"_s), qPrintable(report.warnings[2]));
    QVERIFY2(report.warnings[2].contains(u"across sentences"_s), qPrintable(report.warnings[2]));
}

void TestConllFormat::codePointOffsets()
{
    // Offsets count code points: the emoji before the name is one.
    const ImportReport report = import(write(u"u.conll"_s, "\xF0\x9F\x99\x82 O\nZo\xC3\xAB B-PER\n"));
    QCOMPARE(report.documents, 1);
    const QList<Annotation> annotations = m_store->annotations(report.documentIds.first());
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().start, qint64(2));
    QCOMPARE(annotations.first().end, qint64(5));
    QCOMPARE(spanText(report.documentIds.first(), annotations.first()), u"Zoë"_s);
}

void TestConllFormat::emptyFile()
{
    const QString path = write(u"none.conll"_s, "-DOCSTART- -X- -X- O\n\n\n");
    const ImportReport report = import(path);
    QCOMPARE(report.documents, 0);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().file, path);
}

QTEST_GUILESS_MAIN(TestConllFormat)
#include "tst_conllformat.moc"
