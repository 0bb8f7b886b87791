#include <memory>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "annotationeditor.h"
#include "corpusmodel.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestCorpusModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertsFollowTheStore();
    void changesUpdateOneRow();
    void resetsReload();
    void data_data();
    void data();
    void headers();
    void statusFilter_data();
    void statusFilter();
    void searchAndLabel();
    void sortsNumbersAndStatusesByValue();
    void sortsTitlesIgnoringCase_data();
    void sortsTitlesIgnoringCase();
    void pagesManyRows();
    void largeProjectsQueryOnAWorker();
    void staleWorkerResultsAreDropped();

private:
    qint64 add(const QString &externalId, const QString &title, const QString &text, const QString &source = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QStringList shownExternalIds() const;

    std::unique_ptr<CorpusModel> m_model;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

qint64 TestCorpusModel::add(const QString &externalId, const QString &title, const QString &text, const QString &source)
{
    Document doc;
    doc.externalId = externalId;
    doc.title = title;
    doc.source = source;
    doc.text = text;
    return m_store->addDocument(doc, {}, {}, u"test"_s) ? doc.id : 0;
}

void TestCorpusModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"c.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    m_model = std::make_unique<CorpusModel>();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    m_model->setStore(m_store.get());
}

QStringList TestCorpusModel::shownExternalIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(CorpusModel::ExternalIdRole).toString();
    return ids;
}

void TestCorpusModel::cleanup()
{
    m_testers.clear();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCorpusModel::insertsFollowTheStore()
{
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 a = add(u"a"_s, u"Tide tables"_s, u"High tide comes at noon."_s);
    const qint64 b = add(u"b"_s, u"Market day"_s, u"The market opens at dawn."_s);
    QVERIFY(a && b);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(b), 1);
    QCOMPARE(m_model->documentIdAt(1), b);
    QCOMPARE(m_model->documentIdAt(2), 0);
    QCOMPARE(m_model->rowOf(12345), -1);

    // The same text again is refused and inserts nothing; an announcement of a known document
    // is ignored.
    Document duplicate;
    duplicate.externalId = u"c"_s;
    duplicate.text = u"High tide comes at noon."_s;
    QVERIFY(!m_store->addDocument(duplicate, {}, {}, u"test"_s));
    emit m_store->changed({ProjectChange::DocumentsAdded, a, {}});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
}

void TestCorpusModel::changesUpdateOneRow()
{
    const qint64 a = add(u"a"_s, u"Tide tables"_s, u"High tide comes at noon on Sunday."_s);
    const qint64 b = add(u"b"_s, u"Market day"_s, u"The market opens at dawn."_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::Done, 0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, CorpusModel::StatusColumn).data().toString(), CorpusModel::statusText(DocumentStatus::Done));
    QCOMPARE(m_model->index(1, 0).data(CorpusModel::StatusRole).toInt(), int(DocumentStatus::Done));

    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"Ada"_s);
    changed.clear();
    QVERIFY(editor.createAnnotation(a, u"DATE"_s, 27, 33)); // "Sunday"
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(m_model->index(0, CorpusModel::AnnotationsColumn).data().toInt(), 1);
    QCOMPARE(m_model->summary(a)->annotationCount, 1);
    QVERIFY(editor.setDocumentStatus(a, DocumentStatus::InProgress));
    QCOMPARE(m_model->summary(a)->status, DocumentStatus::InProgress);
}

void TestCorpusModel::resetsReload()
{
    add(u"a"_s, u"Tide tables"_s, u"High tide comes at noon."_s);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_store->announceReset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);

    // Another connection (a background job) adds a document; the reset brings it in.
    ProjectStore other;
    QVERIFY(other.open(m_store->path(), ProjectStore::OpenMode::Existing, nullptr));
    Document doc;
    doc.externalId = u"b"_s;
    doc.text = u"Ferries run late in fog."_s;
    QVERIFY(other.addDocument(doc, {}, {}, u"test"_s));
    QCOMPARE(m_model->rowCount(), 1);
    m_store->announceReset();
    QCOMPARE(m_model->rowCount(), 2);

    m_model->setStore(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setStore(m_store.get());
    QCOMPARE(m_model->rowCount(), 2);
    m_store->close();
    m_store->announceReset();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCorpusModel::data_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("shown");

    QTest::newRow("title") << u"Tide tables"_s << u"Harbour News"_s << u"Tide tables"_s;
    QTest::newRow("no title: the external id") << QString() << QString() << u"doc-7"_s;
}

void TestCorpusModel::data()
{
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QString, shown);
    const qint64 id = add(u"doc-7"_s, title, u"High tide comes at noon."_s, source);
    QCOMPARE(m_model->index(0, CorpusModel::TitleColumn).data().toString(), shown);
    QCOMPARE(m_model->index(0, CorpusModel::SourceColumn).data().toString(), source);
    QCOMPARE(m_model->index(0, CorpusModel::TitleColumn).data(CorpusModel::DocumentIdRole).toLongLong(), id);
    QCOMPARE(m_model->index(0, CorpusModel::TitleColumn).data(CorpusModel::ExternalIdRole).toString(), u"doc-7"_s);
    QCOMPARE(m_model->index(0, CorpusModel::StatusColumn).data().toString(), CorpusModel::statusText(DocumentStatus::New));
    QCOMPARE(m_model->index(0, CorpusModel::SuggestionsColumn).data().toInt(), 0);
    // New documents are bold, so a list of many shows at a glance what is left.
    QVERIFY(m_model->index(0, CorpusModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    const QString tip = m_model->index(0, CorpusModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(shown) && tip.contains(u"doc-7"_s), qPrintable(tip));
    if (!source.isEmpty())
        QVERIFY(tip.contains(source));
}

void TestCorpusModel::headers()
{
    for (int column = 0; column < CorpusModel::ColumnCount; ++column) {
        const QString shown = m_model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() <= 6); // fits a narrow dock
        QVERIFY(!CorpusModel::columnName(column).isEmpty());
        QVERIFY(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().size() > shown.size());
    }
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
    QVERIFY(!m_model->headerData(CorpusModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestCorpusModel::statusFilter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("shownAfter"); // after c goes back to new

    QTest::newRow("any") << -1 << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("new") << int(DocumentStatus::New) << QStringList{u"a"_s} << QStringList{u"a"_s, u"c"_s};
    QTest::newRow("in progress") << int(DocumentStatus::InProgress) << QStringList{u"c"_s} << QStringList{};
    QTest::newRow("done") << int(DocumentStatus::Done) << QStringList{u"b"_s} << QStringList{u"b"_s};
}

void TestCorpusModel::statusFilter()
{
    QFETCH(int, status);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, shownAfter);
    add(u"a"_s, u"A"_s, u"First text."_s);
    const qint64 b = add(u"b"_s, u"B"_s, u"Second text."_s);
    const qint64 c = add(u"c"_s, u"C"_s, u"Third text."_s);
    CorpusQuery query;
    query.status = status < 0 ? std::nullopt : std::optional(DocumentStatus(status));
    m_model->setQuery(query);
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::Done, 0));
    QVERIFY(m_store->setDocumentStatus(c, DocumentStatus::InProgress, 0));
    QCOMPARE(shownExternalIds(), shown);
    // A status change moves a document in or out of the filtered list at once.
    QVERIFY(m_store->setDocumentStatus(c, DocumentStatus::New, 0));
    QCOMPARE(shownExternalIds(), shownAfter);
}

void TestCorpusModel::searchAndLabel()
{
    const qint64 a = add(u"a"_s, u"A"_s, u"Gulls circle the pier."_s);
    add(u"b"_s, u"B"_s, u"Rain falls on the pier."_s);
    const qint64 c = add(u"c"_s, u"C"_s, u"Gulls nest on the cliffs."_s);
    CorpusQuery query;
    query.search = u"gulls"_s;
    m_model->setQuery(query);
    QCOMPARE(shownExternalIds(), (QStringList{u"a"_s, u"c"_s}));
    QCOMPARE(m_model->rowOf(c), 1);
    query.status = DocumentStatus::Done;
    m_model->setQuery(query);
    QCOMPARE(m_model->rowCount(), 0);
    // Done under the filter: in the list at once, when it matches the search.
    QVERIFY(m_store->setDocumentStatus(c, DocumentStatus::Done, 0));
    QCOMPARE(shownExternalIds(), QStringList{u"c"_s});
    query.status.reset();
    query.search = u"Fishers' Guild"_s; // not FTS syntax: a phrase
    m_model->setQuery(query);
    QCOMPARE(m_model->rowCount(), 0);

    // By label: an annotation that is not rejected.
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"Ada"_s);
    QVERIFY(editor.createAnnotation(a, u"LOC"_s, 18, 22)); // "pier"
    query = {};
    query.label = u"LOC"_s;
    m_model->setQuery(query);
    QCOMPARE(shownExternalIds(), QStringList{u"a"_s});
    query.label = u"PERSON"_s;
    m_model->setQuery(query);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setQuery({});
    QCOMPARE(m_model->rowCount(), 3);
}

void TestCorpusModel::sortsNumbersAndStatusesByValue()
{
    const qint64 a = add(u"a"_s, u"A"_s, u"one two three four five six seven eight nine ten eleven twelve"_s);
    const qint64 b = add(u"b"_s, u"B"_s, u"alpha beta gamma delta"_s);
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"Ada"_s);
    // Ten annotations in a, two in b: as text "10" < "2"; as numbers 2 < 10.
    for (int i = 0; i < 10; ++i)
        QVERIFY(editor.createAnnotation(a, u"DATE"_s, i, i + 1));
    QVERIFY(editor.createAnnotation(b, u"DATE"_s, 0, 1));
    QVERIFY(editor.createAnnotation(b, u"DATE"_s, 1, 2));
    m_model->sort(CorpusModel::AnnotationsColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), b);
    QCOMPARE(m_model->index(1, 0).data(CorpusModel::DocumentIdRole).toLongLong(), a);
    // More annotations in b: it moves down.
    for (int i = 2; i < 13; ++i)
        QVERIFY(editor.createAnnotation(b, u"DATE"_s, i, i + 1));
    QCOMPARE(m_model->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), a);
    QCOMPARE(m_model->rowOf(b), 1);

    // Statuses sort in their order (new, in progress, done), not alphabetically.
    QVERIFY(m_store->setDocumentStatus(a, DocumentStatus::InProgress, 0));
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::Done, 0));
    m_model->sort(CorpusModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), a);
    QCOMPARE(m_model->index(1, 0).data(CorpusModel::DocumentIdRole).toLongLong(), b);
    // Dynamic sorting follows a change.
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::New, 0));
    QCOMPARE(m_model->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), b);
    QCOMPARE(m_model->rowOf(a), 1);
}

void TestCorpusModel::sortsTitlesIgnoringCase_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    // Case does not count; equal titles keep the order of import in both directions; a document
    // without a title sorts by its id, as the column shows it.
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << QStringList{u"d"_s, u"b"_s, u"a"_s, u"f"_s, u"e"_s, u"c"_s};
    QTest::newRow("descending") << int(Qt::DescendingOrder) << QStringList{u"c"_s, u"e"_s, u"a"_s, u"f"_s, u"b"_s, u"d"_s};
}

void TestCorpusModel::sortsTitlesIgnoringCase()
{
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    add(u"a"_s, u"harbour"_s, u"First."_s);
    add(u"b"_s, u"Ferry"_s, u"Second."_s);
    add(u"c"_s, u"Zebra crossing"_s, u"Third."_s);
    add(u"d"_s, QString(), u"Fourth."_s); // shown as its id, "d"
    add(u"e"_s, u"Island"_s, u"Fifth."_s);
    add(u"f"_s, u"Harbour"_s, u"Sixth."_s);
    m_model->sort(CorpusModel::TitleColumn, Qt::SortOrder(order));
    QCOMPARE(shownExternalIds(), expected);
}

void TestCorpusModel::pagesManyRows()
{
    // More rows than a page: every row reads its own summary, wherever the view looks first.
    QList<qint64> ids;
    for (int i = 0; i < 300; ++i)
        ids.append(add(u"doc-%1"_s.arg(i), u"Title %1"_s.arg(i), u"Text number %1."_s.arg(i)));
    QCOMPARE(m_model->rowCount(), 300);
    for (int row : {250, 3, 299, 64, 63, 128, 0}) {
        QCOMPARE(m_model->index(row, CorpusModel::TitleColumn).data().toString(), u"Title %1"_s.arg(row));
        QCOMPARE(m_model->index(row, 0).data(CorpusModel::DocumentIdRole).toLongLong(), ids.at(row));
        QCOMPARE(m_model->rowOf(ids.at(row)), row);
    }
    m_model->sort(CorpusModel::TitleColumn, Qt::DescendingOrder);
    // "Title 99" > "Title 299" > ... as text.
    QCOMPARE(m_model->index(0, CorpusModel::TitleColumn).data().toString(), u"Title 99"_s);
    QCOMPARE(m_model->rowOf(ids.at(99)), 0);
    QCOMPARE(m_model->index(299, CorpusModel::TitleColumn).data().toString(), u"Title 0"_s);
}

void TestCorpusModel::largeProjectsQueryOnAWorker()
{
    for (int i = 0; i < 40; ++i)
        add(u"doc-%1"_s.arg(i), u"Title %1"_s.arg(i), i % 4 ? u"Boats in harbour %1."_s.arg(i) : u"Gulls on a roof %1."_s.arg(i));
    m_model->setSynchronousLimit(10);
    QSignalSpy finished(m_model.get(), &CorpusModel::queryFinished);
    CorpusQuery query;
    query.search = u"gulls"_s;
    m_model->setQuery(query);
    QVERIFY(m_model->isPending());
    QCOMPARE(m_model->rowCount(), 40); // the old rows until the new ones come
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_model->isPending());
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->index(1, 0).data(CorpusModel::ExternalIdRole).toString(), u"doc-4"_s);

    query.sortColumn = CorpusModel::TitleColumn;
    query.order = Qt::DescendingOrder;
    m_model->setQuery(query);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->index(0, 0).data(CorpusModel::ExternalIdRole).toString(), u"doc-8"_s);
    QCOMPARE(m_model->rowCount(), 10);

    // The plain list answers at once, whatever the size (it is what a project opens with).
    finished.clear();
    m_model->setQuery({});
    QVERIFY(!m_model->isPending());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 40);
}

void TestCorpusModel::staleWorkerResultsAreDropped()
{
    for (int i = 0; i < 20; ++i)
        add(u"doc-%1"_s.arg(i), u"Title %1"_s.arg(i), i % 2 ? u"Boats %1."_s.arg(i) : u"Gulls %1."_s.arg(i));
    m_model->setSynchronousLimit(5);
    QSignalSpy finished(m_model.get(), &CorpusModel::queryFinished);
    CorpusQuery gulls;
    gulls.search = u"gulls"_s;
    CorpusQuery boats;
    boats.search = u"boats"_s;
    m_model->setQuery(gulls);
    m_model->setQuery(boats); // before the first answered
    QVERIFY(finished.wait(10000));
    QTest::qWait(100); // the first worker's answer, if it came, must change nothing
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->index(0, 0).data(CorpusModel::ExternalIdRole).toString(), u"doc-1"_s);
    // A status change while a query runs: the query runs again.
    m_model->setQuery(gulls);
    QVERIFY(m_store->setDocumentStatus(m_model->documentIdAt(0), DocumentStatus::Done, 0));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->index(0, CorpusModel::TitleColumn).data().toString(), u"Title 0"_s);
}

QTEST_MAIN(TestCorpusModel)

#include "tst_corpusmodel.moc"
