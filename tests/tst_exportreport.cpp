// What an export says it wrote, in each format's own terms, and what it could not hold; the
// preview an export dialog shows; decisions by default, suggestions only when asked for.

#include <QRegularExpression>

#include "formats/formatregistry.h"
#include "formattestsupport.h"

using namespace FormatTest;

class TestExportReport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void decisionsByDefault_data();
    void decisionsByDefault();
    void suggestionsWrittenAsDecided_data();
    void suggestionsWrittenAsDecided();
    void preview_data();
    void preview();

private:
    std::unique_ptr<Project> m_project;
    ExportReport exportAs(const QString &format, const ExportOptions &options = {});
};

void TestExportReport::init()
{
    // The fixture: five decisions (HEADLINE, PERSON, SOURCE, CUE, QUOTE; the QUOTE with
    // attributes and a note, the SOURCE with attributes, two relations), two suggestions (ORG,
    // GPE) and a rejected DATE.
    m_project = std::make_unique<Project>();
    const ImportReport report = m_project->import({m_project->write(u"fixture.jsonl"_s, fixtureJsonl())});
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
}

ExportReport TestExportReport::exportAs(const QString &format, const ExportOptions &options)
{
    ExportReport report;
    const auto writer = createWriter(format);
    QString error;
    if (writer->writesDirectory()) {
        QTemporaryDir dir;
        if (!exportProjectToDirectory(m_project->store(), *writer, dir.filePath(u"out"_s), options, &report, &error))
            qWarning("export failed: %s", qPrintable(error));
    } else {
        m_project->exportWith(*writer, &report, options);
    }
    return report;
}

void TestExportReport::decisionsByDefault_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("written");
    QTest::addColumn<QString>("summary");       // a pattern
    QTest::addColumn<QStringList>("warnings");  // each a pattern, in order
    QTest::newRow("jsonl") << u"jsonl"_s << 5 << u"^5 span.* in 1 document"_s << QStringList();
    QTest::newRow("txt") << u"txt"_s << 1 << u"^1 text.*; 1 entities annotation.* not representable in plain text; "
                                               "1 furniture annotation.*; 3 sourcing annotation.*"_s << QStringList();
    QTest::newRow("conll") << u"conll"_s << 1 << u"^1 entit.* in 1 document.*; 1 furniture annotation.* not representable in CoNLL; "
                                                 "3 sourcing annotation.* not representable in CoNLL$"_s << QStringList();
    QTest::newRow("brat") << u"brat"_s << 5 << u"^5 text-bound annotation.* in 1 document"_s << QStringList{u"^1 attribute"_s};
    QTest::newRow("doccano") << u"doccano"_s << 5 << u"^5 label.* in 1 document"_s
                             << QStringList{u"^2 relation.* left out: doccano has no relations"_s,
                                            u"^attributes of 2 annotation.* left out: doccano has no attributes"_s,
                                            u"^notes of 1 annotation.* left out: doccano has no notes"_s};
    QTest::newRow("label-studio") << u"label-studio"_s << 5 << u"^5 region.* in 1 document"_s << QStringList{u"attribute"_s};
    QTest::newRow("spacy") << u"spacy"_s << 5 << u"^5 span.* in 1 document"_s
                           << QStringList{u"^attributes of 2 annotation"_s, u"^notes of 1 annotation"_s};
    QTest::newRow("csv") << u"csv"_s << 5 << u"^5 row.* in 1 document"_s << QStringList();
}

// The default export holds the decisions only; every format counts them in its own terms and
// says what it could not hold.
void TestExportReport::decisionsByDefault()
{
    QFETCH(QString, format);
    QFETCH(int, written);
    QFETCH(QString, summary);
    QFETCH(QStringList, warnings);
    const ExportReport report = exportAs(format);
    QCOMPARE(report.documents, 1);
    QCOMPARE(report.chosen.decisions, 5);
    QCOMPARE(report.chosen.suggestions, 0);
    QCOMPARE(report.chosen.rejected, 0);
    QCOMPARE(report.written, written);
    QVERIFY2(QRegularExpression(summary).match(report.summary).hasMatch(), qPrintable(report.summary));
    QCOMPARE(report.warnings.size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(QRegularExpression(warnings[i]).match(report.warnings[i]).hasMatch(), qPrintable(report.warnings[i]));
    for (const QString &warning : report.warnings)
        QVERIFY2(!warning.contains(u"suggestion"_s), qPrintable(warning));
}

void TestExportReport::suggestionsWrittenAsDecided_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("asDecided");         // suggestions written as if decided; 0: none
    QTest::newRow("conll") << u"conll"_s << 2;  // ORG and GPE are entities
    QTest::newRow("brat") << u"brat"_s << 2;
    QTest::newRow("doccano") << u"doccano"_s << 2;
    QTest::newRow("spacy") << u"spacy"_s << 2;
    QTest::newRow("jsonl: has statuses") << u"jsonl"_s << 0;
    QTest::newRow("csv: has statuses") << u"csv"_s << 0;
    QTest::newRow("label-studio: predictions") << u"label-studio"_s << 0;
}

// Suggestions are written only when asked for; a format without statuses says it writes them
// as if decided (CoNLL did not).
void TestExportReport::suggestionsWrittenAsDecided()
{
    QFETCH(QString, format);
    QFETCH(int, asDecided);
    const ExportReport report = exportAs(format, withSuggestions());
    QCOMPARE(report.chosen.suggestions, 2);
    const QString warning = report.warnings.filter(u"written as if decided"_s).join(u'\n');
    if (asDecided == 0) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        return;
    }
    QVERIFY2(warning.startsWith(u"%1 suggestion"_s.arg(asDecided)), qPrintable(report.warnings.join(u'\n')));
    QVERIFY2(warning.contains(findFormat(format)->title), qPrintable(warning));
}

void TestExportReport::preview_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("annotators");
    QTest::addColumn<QList<int>>("chosen");     // decisions, suggestions, rejected
    QTest::addColumn<QList<int>>("held");
    QTest::newRow("jsonl") << u"jsonl"_s << QStringList() << QList<int>{5, 2, 1} << QList<int>{5, 2, 1};
    QTest::newRow("conll: entities only") << u"conll"_s << QStringList() << QList<int>{5, 2, 1} << QList<int>{1, 2, 1};
    QTest::newRow("txt: no annotations") << u"txt"_s << QStringList() << QList<int>{5, 2, 1} << QList<int>{0, 0, 0};
    QTest::newRow("the engine's only") << u"jsonl"_s << QStringList{u"entity-engine"_s} << QList<int>{0, 2, 1} << QList<int>{0, 2, 1};
}

// What the export dialog shows before an export: how many decisions and suggestions there are,
// and how many the format can hold.
void TestExportReport::preview()
{
    QFETCH(QString, format);
    QFETCH(QStringList, annotators);
    QFETCH(QList<int>, chosen);
    QFETCH(QList<int>, held);
    ExportOptions options;
    options.annotators = annotators;
    ExportPreview preview;
    QString error;
    QVERIFY2(previewExport(m_project->store(), *findFormat(format), options, &preview, &error), qPrintable(error));
    QCOMPARE(preview.documents, 1);
    QCOMPARE((QList<int>{preview.chosen.decisions, preview.chosen.suggestions, preview.chosen.rejected}), chosen);
    QCOMPARE((QList<int>{preview.held.decisions, preview.held.suggestions, preview.held.rejected}), held);
    options.annotators = {u"nobody"_s};
    QVERIFY(!previewExport(m_project->store(), *findFormat(format), options, &preview, &error));
    QVERIFY(error.contains(u"nobody"_s));
}

QTEST_GUILESS_MAIN(TestExportReport)
#include "tst_exportreport.moc"
