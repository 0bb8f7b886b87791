#include <QTemporaryDir>
#include <QTest>

#include "annotationeditor.h"
#include "projectstore.h"
#include "sqlite.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The store's queries for 100,000 documents (corpus browser, automatic training): the same
// answers as reading everything would give.
class TestStoreQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void documentIdsWithAndWithoutGaps();
    void summariesOfAPage();
    void filtersAndKeys();
    void countsAndDecisions();

private:
    qint64 add(const QString &externalId, const QString &title, const QString &text, const QString &source = {});
    // Two engine suggestions and, by the person, one accepted, one rejected, one made.
    void annotate(qint64 documentId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

qint64 TestStoreQueries::add(const QString &externalId, const QString &title, const QString &text, const QString &source)
{
    Document doc;
    doc.externalId = externalId;
    doc.title = title;
    doc.source = source;
    doc.text = text;
    return m_store->addDocument(doc, {}, {}, u"test"_s) ? doc.id : 0;
}

void TestStoreQueries::annotate(qint64 documentId)
{
    const qint64 engine = m_store->ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1"_s);
    QList<NewAnnotation> spans;
    for (int i = 0; i < 5; ++i)
        spans.append({{}, i < 3 ? u"PERSON"_s : u"GPE"_s, i * 2, i * 2 + 1, {}, AnnotationStatus::Suggested, engine, 0.5, {}, {}});
    QCOMPARE(m_store->replaceSuggestions(documentId, engine, spans, {}), 5);
    QList<qint64> ids;
    for (const Annotation &a : m_store->annotations(documentId))
        ids.append(a.id);
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"Ada"_s);
    QVERIFY(editor.accept({ids.at(0)}));   // PERSON, accepted
    QVERIFY(editor.reject({ids.at(1)}));   // PERSON, rejected
    QVERIFY(editor.createAnnotation(documentId, u"PERSON"_s, 12, 13)); // manual
}

void TestStoreQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"q.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
}

void TestStoreQueries::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreQueries::documentIdsWithAndWithoutGaps()
{
    QCOMPARE(m_store->documentIds(), QList<qint64>());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(add(u"d%1"_s.arg(i), {}, u"Text %1."_s.arg(i)));
    QCOMPARE(m_store->documentIds(), ids);
    // A gap (a file another tool edited): the ids are read, in order.
    const QString path = m_store->path();
    m_store->close();
    {
        Sql::Database db;
        QVERIFY(db.open(path, Sql::Database::Access::ReadWrite));
        QVERIFY(db.exec("DELETE FROM documents WHERE id = 2"));
    }
    QVERIFY(m_store->open(path, ProjectStore::OpenMode::Existing, nullptr));
    ids.removeAt(1);
    QCOMPARE(m_store->documentIds(), ids);
}

void TestStoreQueries::summariesOfAPage()
{
    const qint64 a = add(u"a"_s, u"Tides"_s, u"Ada Lind and Oslo and Kelmar."_s, u"Harbour News"_s);
    const qint64 b = add(u"b"_s, u"Ferries"_s, u"Ferries run late."_s);
    annotate(a);
    const QList<DocumentSummary> page = m_store->documentSummaries(QList<qint64>{b, 999, a});
    QCOMPARE(page.size(), 2); // an unknown id is left out
    QCOMPARE(page.at(0).id, b);
    QCOMPARE(page.at(1).id, a);
    QCOMPARE(page.at(1).source, u"Harbour News"_s);
    QCOMPARE(page.at(1).annotationCount, 2); // accepted and manual
    QCOMPARE(page.at(1).suggestionCount, 3);
    QCOMPARE(page.at(1).annotationCount, m_store->documentSummary(a)->annotationCount);
}

void TestStoreQueries::filtersAndKeys()
{
    const qint64 a = add(u"a"_s, u"Tides"_s, u"Gulls and Ada Lind at the pier."_s, u"Harbour News"_s);
    const qint64 b = add(u"b"_s, QString(), u"Rain on the pier."_s);
    const qint64 c = add(u"c"_s, u"gulls"_s, u"Nothing here."_s, u"Coast Post"_s);
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::Done, 0));
    QCOMPARE(m_store->documentIdsWithStatus(DocumentStatus::Done), QList<qint64>{b});
    QCOMPARE(m_store->documentIdsWithStatus(DocumentStatus::New), (QList<qint64>{a, c}));
    QCOMPARE(m_store->searchIds(u"gulls"_s), (QList<qint64>{a, c})); // titles too, in id order
    QCOMPARE(m_store->searchIds(u"pier"_s), (QList<qint64>{a, b}));
    QCOMPARE(m_store->searchIds(u"Ada's"_s), QList<qint64>()); // not FTS syntax: a phrase
    QVERIFY(m_store->searchMatches(a, u"gulls"_s));
    QVERIFY(!m_store->searchMatches(b, u"gulls"_s));
    QVERIFY(m_store->searchMatches(b, u"\"on the pier"_s)); // unbalanced quote: as a phrase
    QCOMPARE(m_store->documentTitles(), (QList<std::pair<qint64, QString>>{{a, u"Tides"_s}, {b, u"b"_s}, {c, u"gulls"_s}}));
    QCOMPARE(m_store->documentSources(), (QList<std::pair<qint64, QString>>{{a, u"Harbour News"_s}, {b, QString()}, {c, u"Coast Post"_s}}));
    QCOMPARE(m_store->documentStatuses(), (QList<std::pair<qint64, int>>{{a, 0}, {b, 2}, {c, 0}}));

    annotate(a);
    QVERIFY(m_store->documentHasLabel(a, u"PERSON"_s));
    QVERIFY(m_store->documentHasLabel(a, u"GPE"_s));
    QVERIFY(!m_store->documentHasLabel(b, u"PERSON"_s));
    QVERIFY(!m_store->documentHasLabel(a, u"ORG"_s));
}

void TestStoreQueries::countsAndDecisions()
{
    const qint64 a = add(u"a"_s, {}, u"Ada Lind met Oslo officials in Kelmar."_s);
    add(u"b"_s, {}, u"Nothing to see."_s);
    const qint64 c = add(u"c"_s, {}, u"Ines Ro and Quito and Hanoi met."_s);
    annotate(a);
    annotate(c);
    const QList<ProjectStore::AnnotationCounts> counts = m_store->annotationCountsByDocument();
    QCOMPARE(counts.size(), 2); // b has none
    QCOMPARE(counts.at(0).documentId, a);
    QCOMPARE(counts.at(0).decided, 2);
    QCOMPARE(counts.at(0).suggested, 3);
    QCOMPARE(counts.at(1).documentId, c);
    std::atomic_bool cancel = true;
    QVERIFY(m_store->annotationCountsByDocument(&cancel).isEmpty());
    // Decisions of a label: accepted and manual, not rejected, not suggested.
    QCOMPARE(m_store->decisionCount({u"PERSON"_s}), 4);
    QCOMPARE(m_store->decisionCount({u"GPE"_s}), 0);
    QCOMPARE(m_store->decisionCount({u"PERSON"_s, u"GPE"_s}), 4);
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"Ada"_s);
    qint64 gpe = 0;
    for (const Annotation &x : m_store->annotations(a)) {
        if (x.label == u"GPE" && x.status == AnnotationStatus::Suggested)
            gpe = x.id;
    }
    QVERIFY(editor.accept({gpe}));
    QCOMPARE(m_store->decisionCount({u"PERSON"_s, u"GPE"_s}), 5);
    QVERIFY(editor.reject({gpe}));
    QCOMPARE(m_store->decisionCount({u"PERSON"_s, u"GPE"_s}), 4);
}

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_storequeries.moc"
