#include <memory>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include "corpusdashboard.h"
#include "projectstore.h"
#include "sourcekind.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The corpus dashboard's numbers (model/corpusdashboard.h) on a small invented project.
class TestCorpusDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeCorpus();
    void filters_data();
    void filters();
    void annotatorAndScope();
    void csvQuotingAndInjection();
    void models();
    void cancel();

private:
    struct Quote
    {
        QString words;
        QString speaker;
        QString kind;
        bool suggested = false;
    };
    qint64 addArticle(const QString &source, const QString &published, DocumentStatus status, const QList<Quote> &quotes);
    static QVariantList row(const DashboardTableData &table, const QString &first);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_anna = 0;
    qint64 m_engine = 0;
};

// An article of sentences like `"Taxes will fall," Lena Park said.`, each quote linked to its speaker.
qint64 TestCorpusDashboard::addArticle(const QString &source, const QString &published, DocumentStatus status,
                                       const QList<Quote> &quotes)
{
    QString text = u"A report from the city.\n"_s;
    QList<NewAnnotation> spans;
    QList<NewRelation> relations;
    for (const Quote &q : quotes) {
        const qint64 quoteStart = text.size() + 1;
        text += u'"' + q.words + u",\" "_s;
        const qint64 speakerStart = text.size();
        text += q.speaker + u" said.\n"_s;
        const qint64 who = q.suggested ? m_engine : m_anna;
        const AnnotationStatus st = q.suggested ? AnnotationStatus::Suggested : AnnotationStatus::Manual;
        NewAnnotation quote;
        quote.label = u"QUOTE"_s;
        quote.start = quoteStart;
        quote.end = quoteStart + q.words.size();
        quote.attrs = {{u"form"_s, u"direct"_s}};
        quote.status = st;
        quote.annotatorId = who;
        NewAnnotation speaker = quote;
        speaker.label = u"SOURCE"_s;
        speaker.start = speakerStart;
        speaker.end = speakerStart + q.speaker.size();
        speaker.attrs = {{u"kind"_s, q.kind}};
        spans.append(quote);
        spans.append(speaker);
        relations.append({u"SPEAKER"_s, spans.size() - 2, spans.size() - 1, who});
    }
    Document document;
    document.externalId = u"article-%1"_s.arg(m_store->documentCount() + 1);
    document.title = u"Article %1"_s.arg(m_store->documentCount() + 1);
    document.text = text + document.title + u'\n';
    document.source = source;
    document.published = published;
    if (!m_store->addDocument(document, spans, relations, u"test"_s))
        return 0;
    m_store->setDocumentStatus(document.id, status, m_anna);
    return document.id;
}

QVariantList TestCorpusDashboard::row(const DashboardTableData &table, const QString &first)
{
    for (const QVariantList &r : table.rows) {
        if (r.value(0).toString() == first)
            return r;
    }
    return {};
}

void TestCorpusDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir.filePath(u"d.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    m_anna = m_store->ensureAnnotator(AnnotatorKind::Person, u"Anna"_s);
    m_engine = m_store->ensureAnnotator(AnnotatorKind::Engine, u"copydesk-sourcing"_s, u"1"_s);
    QVERIFY(addArticle(u"Daily Planet"_s, u"2024-03-05"_s, DocumentStatus::Done,
                       {{u"Taxes will fall next year"_s, u"Lena Park"_s, u"person"_s},
                        {u"The bridge is not safe"_s, u"an official"_s, u"anonymous"_s}}));
    QVERIFY(addArticle(u"Daily Planet"_s, u"2024-03-20T10:00:00Z"_s, DocumentStatus::InProgress,
                       {{u"Schools reopen in May"_s, u"Lena Park"_s, u"person"_s},
                        {u"Rents keep rising"_s, u"a source"_s, u"anonymous"_s, true}}));
    QVERIFY(addArticle(u"=HYPERLINK(\"http://x\")"_s, u"2024-04-02"_s, DocumentStatus::New,
                       {{u"Trains run late"_s, u"officials"_s, u"anonymous"_s}}));
    // Nobody annotated this one, and it has neither source nor date.
    Document plain;
    plain.externalId = u"plain"_s;
    plain.text = u"Nothing quoted here.\n"_s;
    QVERIFY(m_store->addDocument(plain, {}, {}, u"test"_s));
}

void TestCorpusDashboard::wholeCorpus()
{
    const CorpusDashboard d = computeCorpusDashboard(*m_store, {});
    QCOMPARE(d.documentsSeen, 4);
    QCOMPARE(d.documentsCounted, 4);

    const DashboardTableData &speakers = d.table(DashboardTable::Speakers);
    QVERIFY(!speakers.rows.isEmpty());
    QCOMPARE(speakers.rows.first().value(0).toString(), u"Lena Park"_s); // most quotes first
    QCOMPARE(speakers.rows.first().value(1).toString(), u"person"_s);
    QCOMPARE(speakers.rows.first().value(2).toLongLong(), 2);
    QCOMPARE(speakers.rows.first().value(7).toLongLong(), 2); // documents
    QCOMPARE(speakers.columns.size(), speakers.rows.first().size());

    const QVariantList planet = row(d.table(DashboardTable::Publications), u"Daily Planet"_s);
    QCOMPARE(planet.value(1).toLongLong(), 2); // documents
    QCOMPARE(planet.value(2).toLongLong(), 4); // quotes, the suggestion too
    QCOMPARE(planet.value(3).toLongLong(), 2); // anonymous
    QVERIFY(planet.value(6).toDouble() > 0 && planet.value(6).toDouble() < 100);
    const QVariantList unnamed = row(d.table(DashboardTable::Publications), QString());
    QCOMPARE(unnamed.value(2).toLongLong(), 0);
    QVERIFY(unnamed.value(6).isNull()); // no quoted words: no share
    QCOMPARE(row(d.table(DashboardTable::Publications), u"=HYPERLINK(\"http://x\")"_s).value(6).toDouble(), 100.0);

    const DashboardTableData &months = d.table(DashboardTable::Months);
    QCOMPARE(months.rows.size(), 3);
    QCOMPARE(months.rows.at(0).value(0).toString(), u"2024-03"_s);
    QCOMPARE(months.rows.at(0).value(1).toLongLong(), 2);
    QCOMPARE(months.rows.at(1).value(0).toString(), u"2024-04"_s);
    QCOMPARE(months.rows.at(2).value(0).toString(), QString()); // undated last

    const DashboardTableData &articles = d.table(DashboardTable::Articles);
    QCOMPARE(articles.rows.size(), 4);
    QCOMPARE(articles.rows.at(0).value(5).toLongLong(), 2);
    QCOMPARE(articles.rows.at(0).value(4).toString(), u"2024-03-05"_s);
    QCOMPARE(articles.rows.at(3).value(5).toLongLong(), 0);

    const QVariantList progress = row(d.table(DashboardTable::Progress), u"Daily Planet"_s);
    QCOMPARE(progress.value(1).toLongLong(), 2);
    QCOMPARE(progress.value(2).toLongLong(), 0); // new
    QCOMPARE(progress.value(3).toLongLong(), 1); // in progress
    QCOMPARE(progress.value(4).toLongLong(), 1); // done
    QCOMPARE(progress.value(5).toLongLong(), 2); // the suggested quote and its speaker
    QCOMPARE(progress.value(6).toLongLong(), 6);
}

void TestCorpusDashboard::filters_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<int>("documents");

    QTest::newRow("all") << QString() << false << QString() << QString() << -1 << 4;
    QTest::newRow("source part") << u"planet"_s << false << QString() << QString() << -1 << 2;
    QTest::newRow("source exact") << u"Daily"_s << true << QString() << QString() << -1 << 0;
    QTest::newRow("source exact whole") << u"daily planet"_s << true << QString() << QString() << -1 << 2;
    QTest::newRow("from") << QString() << false << u"2024-03-10"_s << QString() << -1 << 2;
    QTest::newRow("to") << QString() << false << QString() << u"2024-03-31"_s << -1 << 2;
    QTest::newRow("one day") << QString() << false << u"2024-03-20"_s << u"2024-03-20"_s << -1 << 1;
    QTest::newRow("done") << QString() << false << QString() << QString() << int(DocumentStatus::Done) << 1;
    QTest::newRow("new") << QString() << false << QString() << QString() << int(DocumentStatus::New) << 2;
    QTest::newRow("planet in progress") << u"Planet"_s << false << QString() << QString() << int(DocumentStatus::InProgress) << 1;
}

void TestCorpusDashboard::filters()
{
    QFETCH(QString, source);
    QFETCH(bool, exact);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, status);
    QFETCH(int, documents);
    DashboardFilter filter;
    filter.source = source;
    filter.exactSource = exact;
    filter.from = QDate::fromString(from, Qt::ISODate);
    filter.to = QDate::fromString(to, Qt::ISODate);
    if (status >= 0)
        filter.status = DocumentStatus(status);
    const CorpusDashboard d = computeCorpusDashboard(*m_store, filter);
    QCOMPARE(d.documentsCounted, documents);
    QCOMPARE(d.table(DashboardTable::Articles).rows.size(), documents);
    qint64 progressDocuments = 0;
    for (const QVariantList &r : d.table(DashboardTable::Progress).rows)
        progressDocuments += r.value(1).toLongLong();
    QCOMPARE(progressDocuments, documents);
}

void TestCorpusDashboard::annotatorAndScope()
{
    DashboardFilter filter;
    filter.annotator = u"anna"_s;
    CorpusDashboard d = computeCorpusDashboard(*m_store, filter);
    QCOMPARE(d.documentsCounted, 3); // not the document nobody annotated
    QCOMPARE(row(d.table(DashboardTable::Publications), u"Daily Planet"_s).value(2).toLongLong(), 4);

    filter.scope = SourcingScope::DecisionsOnly;
    d = computeCorpusDashboard(*m_store, filter);
    QCOMPARE(row(d.table(DashboardTable::Publications), u"Daily Planet"_s).value(2).toLongLong(), 3);
    QCOMPARE(row(d.table(DashboardTable::Publications), u"Daily Planet"_s).value(3).toLongLong(), 1);

    filter.status = DocumentStatus::Done; // Anna's own status
    QCOMPARE(computeCorpusDashboard(*m_store, filter).documentsCounted, 1);

    filter = {};
    filter.annotator = u"Nobody"_s;
    d = computeCorpusDashboard(*m_store, filter);
    QCOMPARE(d.documentsCounted, 0);
    QVERIFY(d.table(DashboardTable::Speakers).rows.isEmpty());
    QVERIFY(!d.table(DashboardTable::Speakers).columns.isEmpty()); // the header still there
}

void TestCorpusDashboard::csvQuotingAndInjection()
{
    const CorpusDashboard d = computeCorpusDashboard(*m_store, {});
    const QString csv = dashboardCsv(d.table(DashboardTable::Publications));
    QVERIFY(csv.startsWith(u"source,documents,quotes,anonymous_quotes,quoted_words,anonymous_words,anonymous_percent\r\n"_s));
    QVERIFY2(csv.contains(u"\r\nDaily Planet,2,4,2,"_s), qPrintable(csv));
    // A source that reads as a formula is text: a leading quote, inside double quotes, quotes doubled.
    QVERIFY2(csv.contains(u"\r\n\"'=HYPERLINK(\"\"http://x\"\")\",1,1,1,"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"\r\n,1,0,0,0,0,\r\n"_s), qPrintable(csv)); // no source, no share
    QVERIFY(csv.endsWith(u"\r\n"_s));

    DashboardTableData table;
    table.columns = {u"name"_s, u"count"_s};
    table.rows = {{u"a, b"_s, qint64(1)}, {u"-1+1"_s, qint64(2)}, {u"@home\nnext"_s, qint64(3)}, {u"plain"_s, 2.5}};
    QCOMPARE(dashboardCsv(table), u"name,count\r\n\"a, b\",1\r\n\"'-1+1\",2\r\n\"'@home\\u000anext\",3\r\nplain,2.5\r\n"_s);
}

void TestCorpusDashboard::models()
{
    const CorpusDashboard d = computeCorpusDashboard(*m_store, {});
    for (const DashboardTableData &table : d.tables) {
        DashboardTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QCOMPARE(model.rowCount(), table.rows.size());
        QCOMPARE(model.columnCount(), table.columns.size());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), table.headers.first());
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
        model.setTable(table);
    }
    DashboardTableModel publications;
    QAbstractItemModelTester tester(&publications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    publications.setTable(d.table(DashboardTable::Publications));
    const int last = publications.rowCount() - 1;
    QCOMPARE(publications.index(last, 0).data().toString(), u"(no source)"_s);
    QCOMPARE(publications.index(last, 0).data(Qt::UserRole).toString(), QString());
    QCOMPARE(publications.index(0, 6).data().toString().endsWith(u'%'), true);
    QVERIFY(publications.index(0, 6).data(Qt::UserRole).typeId() == QMetaType::Double);
    DashboardTableModel speakers;
    speakers.setTable(d.table(DashboardTable::Speakers));
    QCOMPARE(speakers.index(0, 1).data().toString(), sourceKindDisplayName(SourceKind::Person));
}

void TestCorpusDashboard::cancel()
{
    std::atomic_bool cancelled = true;
    const CorpusDashboard d = computeCorpusDashboard(*m_store, {}, &cancelled);
    QVERIFY(d.cancelled);
    QCOMPARE(d.documentsCounted, 0);
}

QTEST_GUILESS_MAIN(TestCorpusDashboard)
#include "tst_corpusdashboard.moc"
