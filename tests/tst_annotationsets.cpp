#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "annotationsets.h"
#include "englishplurals.h"
#include "importer.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Several annotation sets on one document: a second annotator's file on the same text.
class TestAnnotationSets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init();
    void secondAnnotatorJoinsTheText();
    void sameSetTwiceChangesNothing();
    void differentSetOfTheSameOwnerIsLeftAlone();
    void annotatorOption();
    void suggestionsAndTextOnlyAreNotSets();
    void selection_data();
    void selection();
    void commandLine();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportReport import(const QString &path, ImportOptions options = {});
    QList<Annotation> ownedBy(const QString &name, AnnotatorKind kind = AnnotatorKind::File);

    EnglishPlurals m_plurals;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

// One article, its reference and a student's reading of it.
static const QByteArray gold = R"({"id": "a1", "text": "Anna Rossi said it rained in Rome.", "meta": {"annotator": "teacher"}, )"
                               R"("spans": [{"id": "q", "start": 0, "end": 10, "label": "SOURCE"}, {"id": "c", "start": 11, "end": 15, "label": "CUE"}, )"
                               R"({"id": "t", "start": 16, "end": 33, "label": "QUOTE"}, {"id": "g", "start": 29, "end": 33, "label": "GPE"}], )"
                               R"("relations": [{"label": "SPEAKER", "head": "t", "child": "q"}, {"label": "CUE", "head": "t", "child": "c"}]})"
                               "\n";
static const QByteArray anna = R"({"id": "anna-1", "text": "Anna Rossi said it rained in Rome.", "meta": {"annotator": "anna"}, )"
                               R"("spans": [{"id": "s", "start": 5, "end": 10, "label": "SOURCE"}, {"id": "t", "start": 16, "end": 33, "label": "QUOTE"}], )"
                               R"("relations": [{"label": "SPEAKER", "head": "t", "child": "s"}]})"
                               "\n";

void TestAnnotationSets::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
}

QString TestAnnotationSets::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    file.write(bytes);
    return path;
}

ImportReport TestAnnotationSets::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_store, options);
    return importer.run({path});
}

QList<Annotation> TestAnnotationSets::ownedBy(const QString &name, AnnotatorKind kind)
{
    QList<Annotation> result;
    const qint64 id = m_store->ensureAnnotator(kind, name);
    for (qint64 doc : m_store->documentIds()) {
        for (const Annotation &a : m_store->annotations(doc)) {
            if (a.ownerId == id)
                result.append(a);
        }
    }
    return result;
}

void TestAnnotationSets::secondAnnotatorJoinsTheText()
{
    ImportReport report = import(write(u"gold.jsonl"_s, gold));
    QCOMPARE(report.documents, 1);
    const qint64 doc = report.documentIds.first();
    report = import(write(u"student_anna.jsonl"_s, anna));
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.documents, 0);           // no second copy of the text
    QCOMPARE(m_store->documentCount(), 1);
    QCOMPARE(report.annotations, 2);
    QCOMPARE(report.relations, 1);
    QCOMPARE(report.notes.size(), 1);
    QCOMPARE(report.notes.first().message, u"added anna's 2 annotations to document %1"_s.arg(doc));
    QCOMPARE(report.notes.first().line, 1);

    // Two sets, each with its own annotations and links; the teacher's untouched.
    const QList<AnnotationSetSummary> sets = m_store->annotationSets(doc);
    QCOMPARE(sets.size(), 2);
    QCOMPARE(ownedBy(u"teacher"_s).size(), 4);
    const QList<Annotation> annas = ownedBy(u"anna"_s);
    QCOMPARE(annas.size(), 2);
    int speakers = 0;
    for (const Relation &r : m_store->relations(doc)) {
        const std::optional<Annotation> head = m_store->annotation(r.headId);
        const std::optional<Annotation> child = m_store->annotation(r.childId);
        QVERIFY(head && child);
        QCOMPARE(head->ownerId, child->ownerId); // a link never crosses sets
        speakers += r.label == u"SPEAKER";
    }
    QCOMPARE(speakers, 2);
    QCOMPARE(m_store->check(), QStringList());
}

void TestAnnotationSets::sameSetTwiceChangesNothing()
{
    import(write(u"gold.jsonl"_s, gold));
    import(write(u"anna.jsonl"_s, anna));
    const int before = m_store->statistics().annotations;
    const ImportReport again = import(m_dir->filePath(u"anna.jsonl"_s));
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.annotations, 0);
    QCOMPARE(m_store->statistics().annotations, before);
    QCOMPARE(again.notes.first().message, u"the same text is already in the project (document 1), with anna's 2 annotations: nothing changed"_s);
    // The gold file again: its text is the document, its set is there.
    const ImportReport goldAgain = import(m_dir->filePath(u"gold.jsonl"_s));
    QCOMPARE(goldAgain.notes.first().message, u"the same text is already in the project (document 1), with teacher's 4 annotations: nothing changed"_s);
    QCOMPARE(m_store->statistics().annotations, before);
}

void TestAnnotationSets::differentSetOfTheSameOwnerIsLeftAlone()
{
    import(write(u"gold.jsonl"_s, gold));
    import(write(u"anna.jsonl"_s, anna));
    QByteArray changed = anna;
    changed.replace(R"("start": 5, "end": 10)", R"("start": 0, "end": 10)");
    const ImportReport report = import(write(u"anna2.jsonl"_s, changed));
    QVERIFY(report.problems.isEmpty());
    QVERIFY2(report.notes.first().message.contains(u"with a different set of anna's annotations: left as it is"_s),
             qPrintable(report.notes.first().message));
    const QList<Annotation> annas = ownedBy(u"anna"_s);
    QCOMPARE(annas.size(), 2);
    QCOMPARE(annas.first().start, 5); // never replaced or merged
}

void TestAnnotationSets::annotatorOption()
{
    import(write(u"gold.jsonl"_s, gold));
    // The file names no annotator: --annotator says whose reading it is (a person).
    QByteArray plain = anna;
    plain.replace(R"("meta": {"annotator": "anna"}, )", "");
    ImportOptions options;
    options.annotator = u"Bea"_s;
    const ImportReport report = import(write(u"reading.jsonl"_s, plain), options);
    QCOMPARE(report.notes.first().message, u"added Bea's 2 annotations to document 1"_s);
    const QList<Annotation> beas = ownedBy(u"Bea"_s, AnnotatorKind::Person);
    QCOMPARE(beas.size(), 2);
    // Who made them stays the file; the set is Bea's.
    const std::optional<Annotator> maker = m_store->annotator(beas.first().annotatorId);
    QVERIFY(maker);
    QCOMPARE(maker->name, u"reading.jsonl"_s);
    // A new text under --annotator: the set is Bea's too.
    QByteArray other = plain;
    other.replace("in Rome", "in Oslo");
    const ImportReport second = import(write(u"other.jsonl"_s, other), options);
    QCOMPARE(second.documents, 1);
    QCOMPARE(ownedBy(u"Bea"_s, AnnotatorKind::Person).size(), 4);
}

void TestAnnotationSets::suggestionsAndTextOnlyAreNotSets()
{
    import(write(u"gold.jsonl"_s, gold));
    ImportOptions options;
    options.asSuggestions = true;
    ImportReport report = import(write(u"anna.jsonl"_s, anna), options);
    QCOMPARE(report.notes.first().message,
             u"skipped: the same text is already in the project (document 1); the file's 2 suggestions left out"_s);
    QCOMPARE(m_store->statistics().annotations, 4);
    options = {};
    options.textOnly = true;
    report = import(m_dir->filePath(u"anna.jsonl"_s), options);
    QCOMPARE(report.notes.first().message, u"skipped: the same text is already in the project (document 1)"_s);
}

void TestAnnotationSets::selection_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("hideSuggestions");
    QTest::addColumn<QList<qint64>>("hidden");
    QTest::addColumn<QList<qint64>>("shown"); // annotation ids
    // Annotations: 1 suggestion; 2 mine (owner 10); 3 anna's (owner 11); 4 curated (owner 12).
    QTest::newRow("all") << int(SetSelection::All) << false << QList<qint64>{} << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("mine") << int(SetSelection::Mine) << false << QList<qint64>{} << QList<qint64>{1, 2};
    QTest::newRow("mine, no suggestions") << int(SetSelection::Mine) << true << QList<qint64>{} << QList<qint64>{2};
    QTest::newRow("another annotator") << int(SetSelection::Annotator) << false << QList<qint64>{} << QList<qint64>{3};
    QTest::newRow("curated") << int(SetSelection::Curated) << false << QList<qint64>{} << QList<qint64>{4};
    QTest::newRow("all but a hidden set") << int(SetSelection::All) << true << QList<qint64>{11} << QList<qint64>{2, 4};
}

void TestAnnotationSets::selection()
{
    QFETCH(int, mode);
    QFETCH(bool, hideSuggestions);
    QFETCH(QList<qint64>, hidden);
    QFETCH(QList<qint64>, shown);
    QList<Annotation> annotations;
    const QList<std::pair<qint64, qint64>> owners{{1, 0}, {2, 10}, {3, 11}, {4, 12}};
    for (const auto &[id, owner] : owners) {
        Annotation a;
        a.id = id;
        a.ownerId = owner;
        a.status = owner ? AnnotationStatus::Accepted : AnnotationStatus::Suggested;
        annotations.append(a);
    }
    SetSelection selection;
    selection.mode = SetSelection::Mode(mode);
    selection.ownerId = mode == SetSelection::Mine ? 10 : mode == SetSelection::Annotator ? 11 : 12;
    selection.hideSuggestions = hideSuggestions;
    selection.hiddenOwners = hidden;
    QList<qint64> ids;
    for (const Annotation &a : selectAnnotations(annotations, selection))
        ids.append(a.id);
    QCOMPARE(ids, shown);
    QCOMPARE(selection.readOnly(), mode == SetSelection::Annotator);
    // A relation shows when both its ends do.
    const QList<Relation> relations{{1, 0, 0, u"SPEAKER"_s, 2, 4}, {2, 0, 0, u"SPEAKER"_s, 3, 3}};
    const QList<Relation> kept = selectRelations(relations, selectAnnotations(annotations, selection));
    QCOMPARE(kept.size(), int(ids.contains(2) && ids.contains(4)) + int(ids.contains(3)));
}

void TestAnnotationSets::commandLine()
{
    const QString project = m_dir->filePath(u"cli.copydesk"_s);
    const QString goldPath = write(u"gold.jsonl"_s, gold);
    QByteArray plain = anna;
    plain.replace(R"("meta": {"annotator": "anna"}, )", "");
    const QString readingPath = write(u"reading.jsonl"_s, plain);
    QProcess cli;
    auto run = [&](const QStringList &arguments) {
        cli.start(QStringLiteral(COPYDESK_CLI), arguments);
        cli.waitForFinished(60000);
        return cli.exitCode();
    };
    QCOMPARE(run({u"new"_s, project}), 0);
    QCOMPARE(run({u"import"_s, project, goldPath}), 0);
    QCOMPARE(run({u"import"_s, project, readingPath, u"--annotator"_s, u"anna"_s}), 0);
    QString err = QString::fromUtf8(cli.readAllStandardError());
    // (The command's English plurals come with the translations update.)
    QVERIFY2(err.contains(u"added anna's 2 annotation"_s) && err.contains(u"to document 1"_s), qPrintable(err));
    QCOMPARE(run({u"import"_s, project, readingPath, u"--annotator"_s, u"anna"_s}), 0);
    err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(u"nothing changed"_s), qPrintable(err));
    QCOMPARE(run({u"agreement"_s, project, u"--annotators"_s, u"teacher,anna"_s, u"--layers"_s, u"sourcing"_s}), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.contains(u"anna against teacher"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestAnnotationSets)
#include "tst_annotationsets.moc"
