#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "annotationeditor.h"
#include "englishplurals.h"
#include "labelschema.h"
#include "projectmerge.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Merging project files: documents by text, every annotator's set apart, history kept,
// idempotent, schema conflicts refused.
class TestMerge final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init();
    void keepsEverySetAndMatchesByText();
    void idempotent();
    void differingSetIsReported();
    void schemaConflictWritesNothing();
    void outputIsNewUnlessForced();
    void commandLine();

private:
    // What a project holds, as comparable text: per document (by text), its annotations.
    static QStringList contents(const QString &path, int *auditEntries = nullptr);

    EnglishPlurals m_plurals;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_a, m_b;
};

static const QString textOne = u"Anna Rossi said it rained in Rome."_s;
static const QString textTwo = u"\"We will win,\" the minister said."_s;

static qint64 addText(ProjectStore &store, const QString &id, const QString &text)
{
    Document doc;
    doc.externalId = id;
    doc.text = text;
    return store.addDocument(doc, {}, {}, u"test"_s) ? doc.id : 0;
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = m_dir->filePath(u"anna.copydesk"_s);
    m_b = m_dir->filePath(u"bob.copydesk"_s);
    QString error;
    // Anna's project: text one (id 1) and two (id 2); she annotates text one, links a quote,
    // and an engine suggests on text two.
    {
        ProjectStore store;
        QVERIFY2(store.open(m_a, ProjectStore::OpenMode::Create, &error), qPrintable(error));
        const qint64 one = addText(store, u"one"_s, textOne);
        const qint64 two = addText(store, u"two"_s, textTwo);
        QVERIFY(one && two);
        AnnotationEditor editor(&store);
        editor.setPersonName(u"anna"_s);
        const auto source = editor.createAnnotation(one, u"SOURCE"_s, 0, 10);
        const auto quote = editor.createAnnotation(one, u"QUOTE"_s, 16, 33);
        QVERIFY(source && quote);
        QVERIFY(editor.setRelation(*quote, u"SPEAKER"_s, *source));
        QVERIFY(editor.setDocumentStatus(one, DocumentStatus::Done));
        const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-sourcing"_s, u"1.0"_s);
        NewAnnotation suggestion;
        suggestion.label = u"CUE"_s;
        suggestion.start = 28;
        suggestion.end = 32;
        suggestion.status = AnnotationStatus::Suggested;
        suggestion.annotatorId = engine;
        QCOMPARE(store.replaceSuggestions(two, engine, {suggestion}, {}), 1);
    }
    // Bob's project: the same texts the other way round (text two is id 1); he annotates both.
    {
        ProjectStore store;
        QVERIFY(store.open(m_b, ProjectStore::OpenMode::Create, &error));
        const qint64 two = addText(store, u"two"_s, textTwo);
        const qint64 one = addText(store, u"one"_s, textOne);
        AnnotationEditor editor(&store);
        editor.setPersonName(u"bob"_s);
        QVERIFY(editor.createAnnotation(one, u"SOURCE"_s, 5, 10));
        QVERIFY(editor.createAnnotation(one, u"GPE"_s, 29, 33));
        QVERIFY(editor.createAnnotation(two, u"QUOTE"_s, 0, 14));
        QVERIFY(editor.setDocumentStatus(two, DocumentStatus::InProgress));
        // The same engine suggestion as in Anna's project: one suggestion after the merge.
        const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-sourcing"_s, u"1.0"_s);
        NewAnnotation suggestion;
        suggestion.label = u"CUE"_s;
        suggestion.start = 28;
        suggestion.end = 32;
        suggestion.status = AnnotationStatus::Suggested;
        suggestion.annotatorId = engine;
        QCOMPARE(store.replaceSuggestions(two, engine, {suggestion}, {}), 1);
    }
}

QStringList TestMerge::contents(const QString &path, int *auditEntries)
{
    QStringList lines;
    ProjectStore store;
    QString error;
    if (!store.open(path, ProjectStore::OpenMode::ReadOnly, &error))
        return {u"cannot open: "_s + error};
    QHash<qint64, QString> names;
    for (const Annotator &a : store.annotators())
        names.insert(a.id, annotatorKindName(a.kind) + u':' + a.displayName());
    for (qint64 id : store.documentIds()) {
        const std::optional<Document> doc = store.document(id);
        const QString text = doc->text.left(12);
        lines.append(u"%1 status %2"_s.arg(text, documentStatusName(doc->status)));
        for (const AnnotationSetSummary &set : store.annotationSets(id))
            lines.append(u"%1 set %2 %3 %4"_s.arg(text, names.value(set.ownerId)).arg(set.decisions).arg(documentStatusName(set.status)));
        QHash<qint64, QString> spans;
        for (const Annotation &a : store.annotations(id)) {
            spans.insert(a.id, u"%1 %2-%3"_s.arg(a.label).arg(a.start).arg(a.end));
            lines.append(u"%1 %2 %3 by %4 owner %5 decider %6"_s.arg(text, spans.value(a.id), annotationStatusName(a.status),
                                                                 names.value(a.annotatorId), names.value(a.ownerId), names.value(a.deciderId)));
        }
        for (const Relation &r : store.relations(id))
            lines.append(u"%1 %2 %3 -> %4"_s.arg(text, r.label, spans.value(r.headId), spans.value(r.childId)));
    }
    lines.sort();
    if (auditEntries)
        *auditEntries = int(store.auditEntries(0, 1000000).size());
    return lines;
}

void TestMerge::keepsEverySetAndMatchesByText()
{
    const QString out = m_dir->filePath(u"team.copydesk"_s);
    const MergeReport report = mergeProjectFiles({m_a, m_b}, out, false);
    QVERIFY2(report.ok(), qPrintable(report.error + report.conflicts.join(u"; ")));
    QCOMPARE(report.documentsAdded, 2);
    QCOMPARE(report.documentsMatched, 2);
    QCOMPARE(report.annotationsAdded, 6);  // anna 2, bob 3, one suggestion
    QCOMPARE(report.annotationsThere, 1);  // bob's copy of the suggestion
    QCOMPARE(report.relationsAdded, 1);
    QVERIFY(report.warnings.isEmpty());

    int audit = 0, auditA = 0, auditB = 0;
    const QStringList merged = contents(out, &audit);
    contents(m_a, &auditA);
    contents(m_b, &auditB);
    // Every decision is there, on the document with its text, in its owner's set.
    const QStringList expected{
        u"\"We will win status in progress"_s,
        u"\"We will win CUE 28-32 suggested by engine:copydesk-sourcing 1.0 owner  decider "_s,
        u"\"We will win QUOTE 0-14 manual by person:bob owner person:bob decider "_s,
        u"\"We will win set person:bob 1 in progress"_s,
        u"Anna Rossi s QUOTE 16-33 manual by person:anna owner person:anna decider "_s,
        u"Anna Rossi s SOURCE 0-10 manual by person:anna owner person:anna decider "_s,
        u"Anna Rossi s GPE 29-33 manual by person:bob owner person:bob decider "_s,
        u"Anna Rossi s SOURCE 5-10 manual by person:bob owner person:bob decider "_s,
        u"Anna Rossi s SPEAKER QUOTE 16-33 -> SOURCE 0-10"_s,
        u"Anna Rossi s set person:anna 2 done"_s,
        u"Anna Rossi s set person:bob 2 new"_s,
        u"Anna Rossi s status done"_s,
    };
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(merged, sorted);
    // The whole history of both.
    QCOMPARE(audit, auditA + auditB);
    ProjectStore store;
    QString error;
    QVERIFY(store.open(out, ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(store.check(), QStringList());
    // The history names the output's documents.
    const qint64 one = store.documentIdBySha256(sha256Hex(textOne));
    int ofOne = 0;
    for (const AuditEntry &e : store.auditEntries(0, 100000))
        ofOne += e.documentId == one && e.target == u"annotation";
    QCOMPARE(ofOne, 4); // anna's two, bob's two
}

void TestMerge::idempotent()
{
    const QString out = m_dir->filePath(u"team.copydesk"_s);
    QVERIFY(mergeProjectFiles({m_a, m_b}, out, false).ok());
    int audit = 0;
    const QStringList team = contents(out, &audit);

    // The same file twice is the file once.
    const QString twice = m_dir->filePath(u"twice.copydesk"_s);
    MergeReport report = mergeProjectFiles({m_a, m_a}, twice, false);
    QVERIFY(report.ok());
    QCOMPARE(report.annotationsThere, 3);
    int auditTwice = 0, auditA = 0;
    QCOMPARE(contents(twice, &auditTwice), contents(m_a, &auditA));
    QCOMPARE(auditTwice, auditA);

    // A merged file merged again with one of its inputs: nothing changes.
    const QString again = m_dir->filePath(u"again.copydesk"_s);
    report = mergeProjectFiles({out, m_a, m_b}, again, false);
    QVERIFY(report.ok());
    QCOMPARE(report.annotationsAdded, 6);
    QCOMPARE(report.documentsAdded, 2);
    int auditAgain = 0;
    QCOMPARE(contents(again, &auditAgain), team);
    QCOMPARE(auditAgain, audit);
    // And in the other order.
    QVERIFY(mergeProjectFiles({m_b, out}, m_dir->filePath(u"other.copydesk"_s), false).ok());
    QCOMPARE(contents(m_dir->filePath(u"other.copydesk"_s)).size(), team.size());
}

void TestMerge::differingSetIsReported()
{
    // A copy of Anna's project where she moved a boundary: her set on text one differs.
    const QString changed = m_dir->filePath(u"anna2.copydesk"_s);
    QVERIFY(QFile::copy(m_a, changed));
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(changed, ProjectStore::OpenMode::Existing, &error));
        AnnotationEditor editor(&store);
        editor.setPersonName(u"anna"_s);
        const qint64 one = store.documentIdBySha256(sha256Hex(textOne));
        qint64 source = 0;
        for (const Annotation &a : store.annotations(one))
            source = a.label == u"SOURCE" ? a.id : source;
        QVERIFY(editor.setBounds(source, 5, 10));
    }
    const QString out = m_dir->filePath(u"team.copydesk"_s);
    const MergeReport report = mergeProjectFiles({m_a, changed}, out, false);
    QVERIFY(report.ok());
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.first().contains(u"anna's annotations on document \"one\" differ"_s), qPrintable(report.warnings.first()));
    QCOMPARE(report.annotationsAdded, 3); // the first file's: never both, never a mix
    bool kept = false;
    for (const QString &line : contents(out))
        kept = kept || line.contains(u"SOURCE 0-10 manual by person:anna"_s);
    QVERIFY(kept);
}

void TestMerge::schemaConflictWritesNothing()
{
    QString error;
    for (const auto &[path, layer] : {std::pair{m_a, u"entities"_s}, std::pair{m_b, u"sourcing"_s}}) {
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::Existing, &error));
        LabelSchema schema = store.schema();
        schema.addLabel({layer, u"CLAIM"_s, u"#777777"_s, QString(), QString(), {}});
        QVERIFY(store.setSchema(schema));
    }
    const QString out = m_dir->filePath(u"team.copydesk"_s);
    const MergeReport report = mergeProjectFiles({m_a, m_b}, out, false);
    QVERIFY(!report.ok());
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts.first(),
             u"the label CLAIM is in the layer \"entities\" in anna.copydesk and in the layer \"sourcing\" in bob.copydesk"_s);
    QVERIFY(!QFile::exists(out));
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.contains(u"team"_s), qPrintable(left.join(u", "))); // no partial file left
}

void TestMerge::outputIsNewUnlessForced()
{
    const QString out = m_dir->filePath(u"team.copydesk"_s);
    QVERIFY(mergeProjectFiles({m_a}, out, false).ok());
    MergeReport report = mergeProjectFiles({m_a, m_b}, out, false);
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(u"exists"_s));
    // With overwrite the output may be an input: merged into a new file, renamed over it.
    report = mergeProjectFiles({out, m_b}, out, true);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.annotationsAdded, 6);
    QVERIFY(contents(out).contains(u"Anna Rossi s set person:bob 2 new"_s));
    // A file that is no project: a clear error, nothing written.
    const QString junk = m_dir->filePath(u"junk.copydesk"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a project");
    file.close();
    report = mergeProjectFiles({m_a, junk}, m_dir->filePath(u"x.copydesk"_s), false);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.startsWith(junk), qPrintable(report.error));
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.copydesk"_s)));
}

void TestMerge::commandLine()
{
    QProcess cli;
    auto run = [&](const QStringList &arguments) {
        cli.start(QStringLiteral(COPYDESK_CLI), arguments);
        cli.waitForFinished(60000);
        return cli.exitCode();
    };
    const QString out = m_dir->filePath(u"team.copydesk"_s);
    QCOMPARE(run({u"merge"_s, m_a, m_b, u"-o"_s, out}), 0);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(u"Merged 2 project"_s), qPrintable(err));
    QCOMPARE(run({u"merge"_s, m_a, m_b, u"-o"_s, out}), 1);
    QCOMPARE(run({u"merge"_s, m_a, m_b, u"-o"_s, out, u"--force"_s}), 0);
    QCOMPARE(run({u"merge"_s, m_a, m_b}), 2);
    QCOMPARE(run({u"check"_s, out}), 0);
    QCOMPARE(run({u"agreement"_s, out, u"--annotators"_s, u"anna,bob"_s, u"--json"_s}), 0);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
