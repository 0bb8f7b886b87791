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
    void allowedIds();
    void sortsNumbersAndStatusesByValue();

private:
    qint64 add(const QString &externalId, const QString &title, const QString &text, const QString &source = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<CorpusModel> m_model;
    std::unique_ptr<CorpusFilterModel> m_filter;
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
    m_filter = std::make_unique<CorpusFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_filter->sort(-1);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    m_model->setStore(m_store.get());
}

void TestCorpusModel::cleanup()
{
    m_testers.clear();
    m_filter.reset();
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
    QCOMPARE(m_filter->rowCount(), 2);
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
    QCOMPARE(m_filter->rowCount(), 0);
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
    m_filter->setStatusFilter(status < 0 ? std::nullopt : std::optional(DocumentStatus(status)));
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::Done, 0));
    QVERIFY(m_store->setDocumentStatus(c, DocumentStatus::InProgress, 0));
    auto shownIds = [this] {
        QStringList ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids << m_filter->index(row, 0).data(CorpusModel::ExternalIdRole).toString();
        return ids;
    };
    QCOMPARE(shownIds(), shown);
    // A status change moves a document in or out of the filtered list at once.
    QVERIFY(m_store->setDocumentStatus(c, DocumentStatus::New, 0));
    QCOMPARE(shownIds(), shownAfter);
}

void TestCorpusModel::allowedIds()
{
    const qint64 a = add(u"a"_s, u"A"_s, u"Gulls circle the pier."_s);
    add(u"b"_s, u"B"_s, u"Rain falls on the pier."_s);
    const qint64 c = add(u"c"_s, u"C"_s, u"Gulls nest on the cliffs."_s);
    const QList<qint64> found = m_store->search(u"gulls"_s);
    m_filter->setAllowedIds(QSet<qint64>(found.cbegin(), found.cend()));
    QCOMPARE(m_filter->rowCount(), 2);
    QCOMPARE(m_filter->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), a);
    QCOMPARE(m_filter->index(1, 0).data(CorpusModel::DocumentIdRole).toLongLong(), c);
    m_filter->setStatusFilter(DocumentStatus::Done);
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setStatusFilter(std::nullopt);
    m_filter->setAllowedIds(QSet<qint64>());
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setAllowedIds(std::nullopt);
    QCOMPARE(m_filter->rowCount(), 3);
}

void TestCorpusModel::sortsNumbersAndStatusesByValue()
{
    const qint64 a = add(u"a"_s, u"A"_s, u"one two three four five six seven eight nine ten eleven twelve"_s);
    const qint64 b = add(u"b"_s, u"B"_s, u"alpha beta"_s);
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"Ada"_s);
    // Ten annotations in a, two in b: as text "10" < "2"; as numbers 2 < 10.
    for (int i = 0; i < 10; ++i)
        QVERIFY(editor.createAnnotation(a, u"DATE"_s, i, i + 1));
    QVERIFY(editor.createAnnotation(b, u"DATE"_s, 0, 1));
    QVERIFY(editor.createAnnotation(b, u"DATE"_s, 1, 2));
    m_filter->sort(CorpusModel::AnnotationsColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), b);
    QCOMPARE(m_filter->index(1, 0).data(CorpusModel::DocumentIdRole).toLongLong(), a);

    // Statuses sort in their order (new, in progress, done), not alphabetically.
    QVERIFY(m_store->setDocumentStatus(a, DocumentStatus::InProgress, 0));
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::Done, 0));
    m_filter->sort(CorpusModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), a);
    QCOMPARE(m_filter->index(1, 0).data(CorpusModel::DocumentIdRole).toLongLong(), b);
    // Dynamic sorting follows a change.
    QVERIFY(m_store->setDocumentStatus(b, DocumentStatus::New, 0));
    QCOMPARE(m_filter->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), b);
}

QTEST_MAIN(TestCorpusModel)

#include "tst_corpusmodel.moc"
