#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "projectstore.h"
#include "sqlite.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestProjectStore final : public QObject
{
    Q_OBJECT

private slots:
    void createAndReopen();
    void refuses_data();
    void refuses();
    void createRefusesExistingFile();
    void migratesVersion1();
    void applyAndInvert();
    void replaceSuggestionsKeepsDecisions();
    void fullTextSearch();
    void checkFindsBrokenSpans();
    void duplicateTextIsRefused();
    void modelsAndSettings();
    void renameLabelFollowsEverywhere();
    void textRoundTripsExactly_data();
    void textRoundTripsExactly();
    void loneSurrogateIsRefused();
    void refusedFileWithPendingLogIsUntouched_data();
    void refusedFileWithPendingLogIsUntouched();
    void readOnlyOpenNeverWrites();
    void checkSaysBusyNotBroken();
    void evidenceRoundTrips();
    void secondAnnotationSet();
    void layerSuggestionsRespectDecisions();
    void migrationKeepsIdsAndValues();

private:
    static qint64 addSample(ProjectStore &store, const QString &text = u"Anna Berg said the plan works."_s);
    QTemporaryDir m_dir;
};

qint64 TestProjectStore::addSample(ProjectStore &store, const QString &text)
{
    Document doc;
    doc.externalId = u"sample"_s;
    doc.text = text;
    const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"sample.jsonl"_s);
    NewAnnotation person{u"s1"_s, u"PERSON"_s, 0, 9, {}, AnnotationStatus::Accepted, file, -1, {}, {}};
    NewAnnotation cue{u"s2"_s, u"CUE"_s, 10, 14, {}, AnnotationStatus::Accepted, file, -1, {}, {}};
    NewAnnotation quote{u"s3"_s, u"QUOTE"_s, 15, 29, {{u"form"_s, u"indirect"_s}}, AnnotationStatus::Accepted, file, -1, {}, {}};
    NewAnnotation source{u"s4"_s, u"SOURCE"_s, 0, 9, {{u"kind"_s, u"named"_s}}, AnnotationStatus::Accepted, file, -1, {}, {}};
    if (!store.addDocument(doc, {person, cue, quote, source}, {{u"SPEAKER"_s, 2, 3, file}, {u"CUE"_s, 2, 1, file}}, u"test"_s))
        return 0;
    return doc.id;
}

void TestProjectStore::createAndReopen()
{
    const QString path = m_dir.filePath(u"create.copydesk"_s);
    qint64 id = 0;
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, ProjectStore::OpenMode::Create, &error), qPrintable(error));
        QVERIFY(store.schema().hasLabel(u"QUOTE"));
        QCOMPARE(store.schema().labels().size(), 15);
        QVERIFY(store.schema().relation(u"SPEAKER"));
        id = addSample(store);
        QVERIFY(id > 0);
    }
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
    const std::optional<Document> doc = store.document(id);
    QVERIFY(doc);
    QCOMPARE(doc->text, u"Anna Berg said the plan works."_s);
    QCOMPARE(doc->length, 30);
    QCOMPARE(store.annotations(id).size(), 4);
    QCOMPARE(store.relations(id).size(), 2);
    QVERIFY(store.check().isEmpty());
}

void TestProjectStore::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("other sqlite") << u"sqlite"_s;
    QTest::newRow("newer copydesk") << u"newer"_s;
}

void TestProjectStore::refuses()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(u"refuse-"_s + kind + u".copydesk"_s);
    if (kind == u"text" || kind == u"empty") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == u"text")
            file.write("This is not a project.\n");
    } else {
        Sql::Database db;
        QVERIFY(db.open(path, Sql::Database::Access::ReadWriteCreate));
        QVERIFY(db.exec("CREATE TABLE t (x)"));
        if (kind == u"newer") {
            QVERIFY(db.exec(u"PRAGMA application_id = %1"_s.arg(ProjectStore::applicationId).toUtf8()));
            QVERIFY(db.exec(u"PRAGMA user_version = %1"_s.arg(ProjectStore::schemaVersion + 1).toUtf8()));
        }
        db.close();
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::Existing, &error));
    QVERIFY(error.contains(path));
    if (kind == u"newer")
        QVERIFY(error.contains(u"newer"));
    else
        QVERIFY(error.contains(u"not a Copydesk project"));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestProjectStore::createRefusesExistingFile()
{
    const QString path = m_dir.filePath(u"exists.copydesk"_s);
    {
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::Create, nullptr));
    }
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::Create, &error));
    QVERIFY(error.contains(u"already exists"));
}

void TestProjectStore::migratesVersion1()
{
    // A project as version 1 wrote it: the base step only, with a document and an annotation.
    const QString path = m_dir.filePath(u"version1.copydesk"_s);
    {
        Sql::Database db;
        QVERIFY(db.open(path, Sql::Database::Access::ReadWriteCreate));
        const QStringList statements = ProjectStore::migrationStatements(1);
        QVERIFY(!statements.isEmpty());
        for (const QString &sql : statements)
            QVERIFY2(db.exec(sql.toUtf8()), qPrintable(sql));
        QVERIFY(db.exec("INSERT INTO documents (external_id, text, sha256, length, imported_at) VALUES ('old', 'Old text.', 'x', 9, '2025-01-01')"));
        QVERIFY(db.exec("INSERT INTO documents_fts (rowid, title, text) VALUES (1, '', 'Old text.')"));
        QVERIFY(db.exec("INSERT INTO annotators (kind, name) VALUES (0, 'Ada')"));
        QVERIFY(db.exec("INSERT INTO labels (layer, name) VALUES ('entities', 'PERSON')"));
        QVERIFY(db.exec("INSERT INTO annotations (document_id, annotator_id, label, start, end, status, created_at, modified_at) "
                        "VALUES (1, 1, 'PERSON', 0, 3, 3, '2025-01-01', '2025-01-01')"));
        QVERIFY(db.exec(u"PRAGMA application_id = %1"_s.arg(ProjectStore::applicationId).toUtf8()));
        QVERIFY(db.exec("PRAGMA user_version = 1"));
        db.close();
    }

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
    const QList<Annotation> annotations = store.annotations(1);
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().label, u"PERSON"_s);
    QCOMPARE(annotations.first().note, QString());
    QVERIFY(store.setModel(u"m"_s, u"1"_s, "data"));
    QCOMPARE(store.model(u"m"_s), QByteArray("data"));
    QCOMPARE(store.search(u"old"_s), QList<qint64>{1});
}

void TestProjectStore::applyAndInvert()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"apply.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 doc = addSample(store);
    const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, u"Ada"_s);
    QSignalSpy spy(&store, &ProjectStore::changed);

    Annotation created;
    created.label = u"DATE"_s;
    created.start = 15;
    created.end = 18;
    created.annotatorId = person;
    ChangeSet create{doc, u"create"_s, {{std::nullopt, created}}, {}};
    QVERIFY(store.apply(create, person));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ProjectChange>().kind, ProjectChange::AnnotationsChanged);
    QCOMPARE(store.annotations(doc).size(), 5);

    // Delete the quote with its relations, then undo: the same ids come back.
    const QList<Annotation> all = store.annotations(doc);
    const auto quote = std::find_if(all.cbegin(), all.cend(), [](const Annotation &a) { return a.label == u"QUOTE"; });
    QVERIFY(quote != all.cend());
    ChangeSet remove{doc, u"delete"_s, {{*quote, std::nullopt}}, {}};
    for (const Relation &r : store.relations(doc))
        remove.relations.append({r, std::nullopt});
    QVERIFY(store.apply(remove, person));
    QCOMPARE(store.annotations(doc).size(), 4);
    QCOMPARE(store.relations(doc).size(), 0);
    ChangeSet undo = remove.inverted();
    QVERIFY(store.apply(undo, person));
    QCOMPARE(store.annotations(doc).size(), 5);
    QCOMPARE(store.relations(doc).size(), 2);
    QVERIFY(store.annotation(quote->id));
    QCOMPARE(store.annotation(quote->id)->attrs.value(u"form").toString(), u"indirect"_s);

    // A change of relations alone announces both ends of each relation, so views that show links
    // (the panel, the sourcing card) refresh exactly those rows.
    const QList<Relation> relations = store.relations(doc);
    QVERIFY(!relations.isEmpty());
    spy.clear();
    ChangeSet unlink{doc, u"unlink"_s, {}, {{relations.first(), std::nullopt}}};
    QVERIFY(store.apply(unlink, person));
    QCOMPARE(spy.count(), 1);
    const ProjectChange unlinked = spy.first().first().value<ProjectChange>();
    QCOMPARE(unlinked.kind, ProjectChange::AnnotationsChanged);
    QList<qint64> ends{relations.first().headId, relations.first().childId};
    std::sort(ends.begin(), ends.end());
    QCOMPARE(unlinked.annotationIds, ends);
    for (const Relation &r : store.relationsTouching(ends))
        QVERIFY(r.id != relations.first().id);
    ChangeSet relink = unlink.inverted();
    QVERIFY(store.apply(relink, person));
    QCOMPARE(store.relationsTouching({relations.first().headId}).size(),
             int(std::count_if(relations.cbegin(), relations.cend(), [&](const Relation &r) {
                 return r.headId == relations.first().headId || r.childId == relations.first().headId;
             })));

    // Every change is in the history, newest first.
    const QList<AuditEntry> history = store.history(doc);
    QVERIFY(history.size() >= 7);
    QCOMPARE(history.first().annotatorId, person);
    QVERIFY(store.check().isEmpty());
}

void TestProjectStore::replaceSuggestionsKeepsDecisions()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"suggest.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 doc = addSample(store);
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"test-engine"_s, u"1"_s);
    const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, u"Ada"_s);

    QList<NewAnnotation> spans{
        {{}, u"PERSON"_s, 0, 9, {}, AnnotationStatus::Suggested, engine, 0.9, u"name"_s, {}},   // equals a decision
        {{}, u"ORG"_s, 19, 23, {}, AnnotationStatus::Suggested, engine, 0.4, u"guess"_s, {}},
        {{}, u"DATE"_s, 24, 29, {}, AnnotationStatus::Suggested, engine, 0.3, u"guess"_s, {}},
    };
    QCOMPARE(store.replaceSuggestions(doc, engine, spans, {}), 2);
    QCOMPARE(store.annotations(doc).size(), 6);

    // A person rejects the ORG suggestion.
    std::optional<Annotation> org;
    for (const Annotation &a : store.annotations(doc)) {
        if (a.label == u"ORG")
            org = a;
    }
    QVERIFY(org);
    Annotation rejected = *org;
    rejected.status = AnnotationStatus::Rejected;
    rejected.deciderId = person;
    ChangeSet reject{doc, u"reject"_s, {{*org, rejected}}, {}};
    QVERIFY(store.apply(reject, person));

    // Running again replaces the untouched DATE, keeps the rejection and does not suggest ORG again.
    QCOMPARE(store.replaceSuggestions(doc, engine, spans, {}), 1);
    int orgs = 0, dates = 0;
    for (const Annotation &a : store.annotations(doc)) {
        orgs += a.label == u"ORG";
        dates += a.label == u"DATE";
        if (a.label == u"ORG")
            QCOMPARE(a.status, AnnotationStatus::Rejected);
    }
    QCOMPARE(orgs, 1);
    QCOMPARE(dates, 1);

    // A new version of the engine replaces the old version's untouched suggestions.
    const qint64 newer = store.ensureAnnotator(AnnotatorKind::Engine, u"test-engine"_s, u"2"_s);
    QCOMPARE(store.replaceSuggestions(doc, newer, {spans.at(2)}, {}), 1);
    int suggestions = 0;
    for (const Annotation &a : store.annotations(doc)) {
        if (a.status == AnnotationStatus::Suggested) {
            ++suggestions;
            QCOMPARE(a.annotatorId, newer);
        }
    }
    QCOMPARE(suggestions, 1);
}

void TestProjectStore::fullTextSearch()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"fts.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 a = addSample(store, u"The harbour of Genoa reopened on Monday."_s);
    const qint64 b = addSample(store, u"Talks in Vienna stalled again."_s);
    QCOMPARE(store.search(u"genoa"_s), QList<qint64>{a});
    QCOMPARE(store.search(u"vienna stalled"_s), QList<qint64>{b});
    QVERIFY(store.search(u"madrid"_s).isEmpty());
    // Not FTS syntax: searched as a phrase, never an error.
    QString error;
    QCOMPARE(store.search(u"Vienna \"stalled"_s, &error), QList<qint64>{b});
}

void TestProjectStore::checkFindsBrokenSpans()
{
    const QString path = m_dir.filePath(u"broken.copydesk"_s);
    {
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::Create, nullptr));
        QVERIFY(addSample(store));
    }
    {
        Sql::Database db;
        QVERIFY(db.open(path, Sql::Database::Access::ReadWrite));
        QVERIFY(db.exec("UPDATE annotations SET end = 999 WHERE label_id = (SELECT id FROM strings WHERE text = 'CUE')"));
        QCOMPARE(db.changes(), 1);
        db.close();
    }
    ProjectStore store;
    QVERIFY(store.open(path, ProjectStore::OpenMode::Existing, nullptr));
    const QStringList problems = store.check();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"outside the text"));
}

void TestProjectStore::duplicateTextIsRefused()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"dup.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 first = addSample(store);
    Document again;
    again.text = u"Anna Berg said the plan works."_s;
    qint64 duplicateOf = 0;
    QVERIFY(!store.addDocument(again, {}, {}, u"test"_s, &duplicateOf));
    QCOMPARE(duplicateOf, first);
    QCOMPARE(store.documentCount(), 1);
}

void TestProjectStore::modelsAndSettings()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"models.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    QVERIFY(store.model(u"tagger"_s).isEmpty());
    QVERIFY(store.setModel(u"tagger"_s, u"2025-01-01"_s, QByteArray(1000, 'x')));
    QString version;
    QCOMPARE(store.model(u"tagger"_s, &version).size(), 1000);
    QCOMPARE(version, u"2025-01-01"_s);
    QCOMPARE(store.modelNames(), QStringList{u"tagger"_s});
    QVERIFY(store.setSetting(u"k"_s, u"v"_s));
    QCOMPARE(store.setting(u"k"_s), u"v"_s);
}

void TestProjectStore::renameLabelFollowsEverywhere()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"rename.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 doc = addSample(store);
    QVERIFY(store.renameLabel(u"SOURCE"_s, u"SPEAKER_SPAN"_s));
    QVERIFY(!store.schema().hasLabel(u"SOURCE"));
    QVERIFY(store.schema().relation(u"SPEAKER")->childLabels.contains(u"SPEAKER_SPAN"_s));
    int renamed = 0;
    for (const Annotation &a : store.annotations(doc))
        renamed += a.label == u"SPEAKER_SPAN";
    QCOMPARE(renamed, 1);
    QVERIFY(!store.renameLabel(u"PERSON"_s, u"QUOTE"_s)); // taken
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

void TestProjectStore::textRoundTripsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("noncharacters") << u"a\uFFFEb\uFFFFc and \uFDD0 too"_s;
    QTest::newRow("emoji and ZWJ") << u"Leader \U0001F468\u200D\U0001F469\u200D\U0001F467 spoke"_s;
    QTest::newRow("NUL inside") << QString(u"before"_s + QChar(0) + u"after"_s);
    QTest::newRow("replacement char") << u"already \uFFFD here"_s;
}

void TestProjectStore::textRoundTripsExactly()
{
    QFETCH(QString, text);
    const QString path = m_dir.filePath(u"exact-%1.copydesk"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    qint64 id = 0;
    {
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::Create, nullptr));
        Document doc;
        doc.externalId = u"x"_s;
        doc.text = text;
        QVERIFY2(store.addDocument(doc, {}, {}, u"test"_s), qPrintable(store.lastError()));
        id = doc.id;
    }
    ProjectStore store;
    QVERIFY(store.open(path, ProjectStore::OpenMode::Existing, nullptr));
    const std::optional<Document> doc = store.document(id);
    QVERIFY(doc);
    QCOMPARE(doc->text, text);
    QCOMPARE(doc->sha256, sha256Hex(text));
    QVERIFY2(store.check().isEmpty(), qPrintable(store.check().join(u'\n')));
}

void TestProjectStore::loneSurrogateIsRefused()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"surrogate.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"x"_s;
    doc.text = u"ab"_s + QChar(0xD800) + u"cd"_s;
    QVERIFY(!store.addDocument(doc, {}, {}, u"test"_s));
    QVERIFY(store.lastError().contains(u"surrogate"));
    QCOMPARE(store.documentCount(), 0);
}

void TestProjectStore::refusedFileWithPendingLogIsUntouched_data()
{
    QTest::addColumn<bool>("newer");
    QTest::newRow("another program's database") << false;
    QTest::newRow("a newer Copydesk's project") << true;
}

void TestProjectStore::refusedFileWithPendingLogIsUntouched()
{
    QFETCH(bool, newer);
    // A database whose last transaction is still in its write-ahead log: copy the files while
    // the writer holds them (as after a crash).
    const QString live = m_dir.filePath(u"live-%1.db"_s.arg(newer));
    const QString path = m_dir.filePath(u"pending-%1.copydesk"_s.arg(newer));
    Sql::Database writer;
    QVERIFY(writer.open(live, Sql::Database::Access::ReadWriteCreate));
    QVERIFY(writer.exec("PRAGMA journal_mode = WAL"));
    QVERIFY(writer.exec("PRAGMA wal_autocheckpoint = 0"));
    QVERIFY(writer.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
    if (newer) {
        QVERIFY(writer.exec(u"PRAGMA application_id = %1"_s.arg(ProjectStore::applicationId).toUtf8()));
        QVERIFY(writer.exec(u"PRAGMA user_version = %1"_s.arg(ProjectStore::schemaVersion + 1).toUtf8()));
    }
    QVERIFY(writer.exec("INSERT INTO t VALUES (2)"));
    QVERIFY(QFile::copy(live, path));
    QVERIFY(QFile::copy(live + u"-wal"_s, path + u"-wal"_s));
    writer.close();
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    const QByteArray main = fileBytes(path), log = fileBytes(path + u"-wal"_s);

    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::Existing, &error));
    QVERIFY2(error.contains(newer ? u"newer" : u"another program"), qPrintable(error));
    store.close();
    QCOMPARE(fileBytes(path), main);
    QCOMPARE(fileBytes(path + u"-wal"_s), log);
}

void TestProjectStore::readOnlyOpenNeverWrites()
{
    const QString path = m_dir.filePath(u"readonly.copydesk"_s);
    qint64 doc = 0;
    {
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::Create, nullptr));
        doc = addSample(store);
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QByteArray before = fileBytes(path);
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, ProjectStore::OpenMode::ReadOnly, &error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    QVERIFY(!store.readOnlyReason().isEmpty());
    QCOMPARE(store.annotations(doc).size(), 4);
    const ProjectStore::CheckReport report = store.checkProject();
    QVERIFY(report.problems.isEmpty());
    QVERIFY(report.incomplete.isEmpty());
    QVERIFY(!report.notChecked.isEmpty());
    QVERIFY(!store.setDocumentStatus(doc, DocumentStatus::Done, 0));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.ensureAnnotator(AnnotatorKind::Person, u"Nobody"_s), 0);
    store.close();
    QCOMPARE(fileBytes(path), before);
}

void TestProjectStore::checkSaysBusyNotBroken()
{
    const QString path = m_dir.filePath(u"busy.copydesk"_s);
    ProjectStore store;
    QVERIFY(store.open(path, ProjectStore::OpenMode::Create, nullptr));
    QVERIFY(addSample(store));
    // Another program holds the write lock.
    Sql::Database other;
    QVERIFY(other.open(path, Sql::Database::Access::ReadWrite));
    QVERIFY(other.exec("BEGIN IMMEDIATE"));
    const ProjectStore::CheckReport report = store.checkProject();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QVERIFY(report.incomplete.contains(u"busy"));
    QVERIFY(other.exec("ROLLBACK"));
    const ProjectStore::CheckReport again = store.checkProject();
    QVERIFY(again.problems.isEmpty());
    QVERIFY(again.incomplete.isEmpty());
}

void TestProjectStore::evidenceRoundTrips()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"evidence.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document plain;
    plain.externalId = u"plain"_s;
    plain.text = u"Election Day came early in Ohio."_s;
    QVERIFY(store.addDocument(plain, {}, {}, u"test"_s));
    const qint64 doc = plain.id;
    const qint64 rules = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1"_s);
    const qint64 tagger = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-tagger"_s, u"1"_s);
    NewAnnotation day{{}, u"EVENT"_s, 0, 12, {}, AnnotationStatus::Suggested, rules, 0.734, u"gazetteer: events"_s, {}};
    day.evidence = {{rules, u"EVENT"_s, 0, 12, 0.8, u"gazetteer: events"_s, {}},
                    {tagger, u"EVENT"_s, 0, 12, 0.6, u"learned"_s, {}},
                    {tagger, u"PERSON"_s, 0, 8, 0.3, u"learned"_s, {{u"kind"_s, u"x"_s}}}};
    QCOMPARE(store.replaceLayerSuggestions(doc, {u"EVENT"_s, u"PERSON"_s}, {day}, {}, {}), 1);
    std::optional<Annotation> stored;
    for (const Annotation &a : store.annotations(doc)) {
        if (a.label == u"EVENT")
            stored = a;
    }
    QVERIFY(stored);
    QCOMPARE(stored->confidence, 0.734);
    QCOMPARE(stored->evidence, day.evidence);
    QCOMPARE(stored->engineIds(), (QList<qint64>{rules, tagger}));
    QCOMPARE(stored->alternatives().size(), 1);
    QCOMPARE(stored->alternatives().first().label, u"PERSON"_s);
    QVERIFY(!stored->created.isValid()); // a suggestion's time is its run's audit entry
    QCOMPARE(stored->ownerId, 0);
}

void TestProjectStore::secondAnnotationSet()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"sets.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 doc = addSample(store);
    const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"sample.jsonl"_s);
    const qint64 anna = store.ensureAnnotator(AnnotatorKind::Person, u"anna"_s);
    const NewAnnotation person{u"a1"_s, u"PERSON"_s, 0, 4, {}, AnnotationStatus::Accepted, anna, -1, {}, {}};
    const NewAnnotation quote{u"a2"_s, u"QUOTE"_s, 15, 29, {{u"form"_s, u"indirect"_s}}, AnnotationStatus::Accepted, anna, -1, {}, {}};
    QVERIFY(store.addAnnotations(doc, {person, quote}, {{u"SPEAKER"_s, 1, 0, anna}}, u"student_anna.jsonl"_s));
    QVERIFY(!store.addAnnotations(doc, {{{}, u"PERSON"_s, 0, 99, {}, AnnotationStatus::Accepted, anna, -1, {}, {}}}, {}, u"bad"_s));
    QCOMPARE(store.documentCount(), 1);
    QCOMPARE(store.annotations(doc).size(), 6);
    QVERIFY(store.setDocumentStatus(doc, DocumentStatus::Done, anna));
    QCOMPARE(store.documentStatusFor(doc, anna), DocumentStatus::Done);
    QCOMPARE(store.documentStatusFor(doc, file), DocumentStatus::New);
    const QList<AnnotationSetSummary> sets = store.annotationSets(doc);
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).ownerId, file);
    QCOMPARE(sets.at(0).decisions, 4);
    QCOMPARE(sets.at(1).ownerId, anna);
    QCOMPARE(sets.at(1).decisions, 2);
    QCOMPARE(sets.at(1).status, DocumentStatus::Done);
}

void TestProjectStore::layerSuggestionsRespectDecisions()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"layer.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 doc = addSample(store); // PERSON 0-9 accepted, QUOTE, SOURCE, CUE
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1"_s);
    const QList<NewAnnotation> spans{
        {{}, u"ORG"_s, 5, 9, {}, AnnotationStatus::Suggested, engine, 0.9, {}, {}},   // overlaps the accepted PERSON
        {{}, u"GPE"_s, 19, 23, {}, AnnotationStatus::Suggested, engine, 0.9, {}, {}}, // free
    };
    const QStringList entities{u"PERSON"_s, u"ORG"_s, u"GPE"_s};
    QCOMPARE(store.replaceLayerSuggestions(doc, entities, spans, {}, {{u"engines"_s, u"test"_s}}), 1);
    // Running again replaces the untouched suggestion (no twin).
    QCOMPARE(store.replaceLayerSuggestions(doc, entities, spans, {}, {}), 1);
    int gpe = 0;
    for (const Annotation &a : store.annotations(doc))
        gpe += a.label == u"GPE";
    QCOMPARE(gpe, 1);
    // A relation to a person's annotation (-1 - id) is kept when it is still there.
    qint64 personId = 0;
    for (const Annotation &a : store.annotations(doc)) {
        if (a.label == u"PERSON")
            personId = a.id;
    }
    QCOMPARE(store.replaceLayerSuggestions(doc, entities, {spans.at(1)}, {{u"SPEAKER"_s, 0, -1 - personId, engine}}, {}), 1);
    QCOMPARE(store.relations(doc).size(), 3);
    QCOMPARE(store.replaceLayerSuggestions(doc, entities, {spans.at(1)}, {{u"SPEAKER"_s, 0, -1 - 999999, engine}}, {}), 1);
    QCOMPARE(store.relations(doc).size(), 2);
    QVERIFY(store.check().isEmpty());
}

void TestProjectStore::migrationKeepsIdsAndValues()
{
    // A project as format 2 wrote it, with a deleted annotation whose id must never come back.
    const QString path = m_dir.filePath(u"version2.copydesk"_s);
    {
        Sql::Database db;
        QVERIFY(db.open(path, Sql::Database::Access::ReadWriteCreate));
        for (int version = 1; version <= 2; ++version) {
            for (const QString &sql : ProjectStore::migrationStatements(version))
                QVERIFY2(db.exec(sql.toUtf8()), qPrintable(sql));
        }
        const QString text = u"Old text."_s;
        QVERIFY(db.exec(u"INSERT INTO documents (external_id, text, sha256, length, imported_at) VALUES ('old', '%1', '%2', 9, '2025-01-01')"_s
                            .arg(text, sha256Hex(text)).toUtf8()));
        QVERIFY(db.exec("INSERT INTO documents_fts (rowid, title, text) VALUES (1, '', 'Old text.')"));
        QVERIFY(db.exec("INSERT INTO annotators (kind, name) VALUES (1, 'copydesk-entities')"));
        QVERIFY(db.exec("INSERT INTO labels (layer, name) VALUES ('entities', 'PERSON')"));
        QVERIFY(db.exec("INSERT INTO annotations (id, document_id, annotator_id, label, start, end, status, confidence, reason, attrs, created_at, modified_at) "
                        "VALUES (7, 1, 1, 'PERSON', 0, 3, 0, 0.87, 'a rule', '{\"k\":1}', '2025-01-01T10:00:00.000Z', '2025-01-01T10:00:00.000Z')"));
        QVERIFY(db.exec("INSERT INTO annotations (id, document_id, annotator_id, label, start, end, status, confidence, note, created_at, modified_at) "
                        "VALUES (9, 1, 1, 'PERSON', 4, 8, 1, 0.123456, 'checked', '2025-01-02T11:00:00.500Z', '2025-01-03T12:00:00.000Z')"));
        QVERIFY(db.exec("DELETE FROM annotations WHERE id = 9"));
        QVERIFY(db.exec("INSERT INTO annotations (id, document_id, annotator_id, label, start, end, status, confidence, note, created_at, modified_at) "
                        "VALUES (8, 1, 1, 'PERSON', 4, 8, 1, 0.123456, 'checked', '2025-01-02T11:00:00.500Z', '2025-01-03T12:00:00.000Z')"));
        QVERIFY(db.exec(u"PRAGMA application_id = %1"_s.arg(ProjectStore::applicationId).toUtf8()));
        QVERIFY(db.exec("PRAGMA user_version = 2"));
    }
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
    const QList<Annotation> annotations = store.annotations(1);
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(annotations.at(0).id, 7);
    QCOMPARE(annotations.at(0).confidence, 0.87);
    QCOMPARE(annotations.at(0).reason, u"a rule"_s);
    QCOMPARE(annotations.at(0).attrs.value(u"k").toInt(), 1);
    QCOMPARE(annotations.at(0).ownerId, 0);
    QCOMPARE(annotations.at(1).id, 8);
    QCOMPARE(annotations.at(1).confidence, 0.123456);
    QCOMPARE(annotations.at(1).note, u"checked"_s);
    QCOMPARE(annotations.at(1).ownerId, 1);
    QCOMPARE(annotations.at(1).created, QDateTime(QDate(2025, 1, 2), QTime(11, 0, 0, 500), Qt::UTC));
    // Ids go on after the highest ever given (9), never reusing one.
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s);
    QCOMPARE(store.replaceSuggestions(1, engine, {{{}, u"PERSON"_s, 0, 3, {}, AnnotationStatus::Suggested, engine, 0.5, {}, {}}}, {}), 1);
    for (const Annotation &a : store.annotations(1))
        QVERIFY(a.id != 9);
    QCOMPARE(store.search(u"old"_s), QList<qint64>{1});
    QVERIFY2(store.check().isEmpty(), qPrintable(store.check().join(u'\n')));
}
