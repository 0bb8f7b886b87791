#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationsetfilter.h"
#include "annotationsets.h"
#include "classscoresview.h"
#include "comparisonpresenter.h"
#include "comparisonview.h"
#include "englishplurals.h"
#include "schemaeditordialog.h"
#include "labelschema.h"
#include "projectstore.h"
#include "teaching.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The window's parts for several annotators, standalone: whose annotations to show, the
// comparison and curation view (keys), teaching mode, the teacher's scores.
class TestSetsViews final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init();
    void cleanup();
    void setModelFollowsTheStore();
    void filterByKeyboard();
    void curationByKeys();
    void comparisonIsReadOnly();
    void teachingHidesThenReveals();
    void comparisonColours();
    void classScores();
    void defaultGuidelines();
    void schemaEditorGuideline();

private:
    qint64 addSet(const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans, const QList<std::tuple<int, int>> &speakers);

    EnglishPlurals m_plurals;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0, m_anna = 0, m_bob = 0;
};

static const QString text = u"Anna Rossi said it rained in Rome."_s;

void TestSetsViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    Document doc;
    doc.externalId = u"rain"_s;
    doc.title = u"Rain"_s;
    doc.text = text;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    // Anna: SOURCE "Anna Rossi", QUOTE, GPE "Rome", SPEAKER. Bob: SOURCE "Rossi", QUOTE, CUE "said".
    m_anna = addSet(u"anna"_s, {{0, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}, {29, 33, u"GPE"_s}}, {{1, 0}});
    m_bob = addSet(u"bob"_s, {{5, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}, {11, 15, u"CUE"_s}}, {{1, 0}});
    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Carla"_s);
}

void TestSetsViews::cleanup()
{
    m_editor.reset();
    m_store.reset();
}

qint64 TestSetsViews::addSet(const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans,
                             const QList<std::tuple<int, int>> &speakers)
{
    const qint64 person = m_store->ensureAnnotator(AnnotatorKind::Person, name);
    QList<NewAnnotation> annotations;
    for (const auto &[start, end, label] : spans) {
        NewAnnotation n;
        n.label = label;
        n.start = start;
        n.end = end;
        n.status = AnnotationStatus::Manual;
        n.annotatorId = person;
        annotations.append(n);
    }
    QList<NewRelation> relations;
    for (const auto &[head, child] : speakers)
        relations.append({u"SPEAKER"_s, head, child, person});
    return m_store->addAnnotations(m_doc, annotations, relations, u"test"_s) ? person : 0;
}

void TestSetsViews::setModelFollowsTheStore()
{
    AnnotationSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(m_doc);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"anna (decisions: 3)"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_editor->setDocumentStatus(m_doc, DocumentStatus::Done)); // Carla's set: a status, no decision
    QCOMPARE(model.rowCount(), 3);
    AnnotationEditor bobs(m_store.get());
    bobs.setPersonName(u"bob"_s);
    QVERIFY(bobs.setDocumentStatus(m_doc, DocumentStatus::Done));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(1).data().toString(), u"bob (decisions: 3, done)"_s);
    model.setDocument(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestSetsViews::filterByKeyboard()
{
    AnnotationSetFilter filter;
    filter.setStore(m_store.get());
    filter.setPersonId(m_store->ensureAnnotator(AnnotatorKind::Person, u"anna"_s));
    filter.setDocument(m_doc);
    filter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&filter));
    QComboBox *chooser = filter.chooser();
    QStringList items;
    for (int i = 0; i < chooser->count(); ++i)
        items.append(chooser->itemText(i));
    QCOMPARE(items, (QStringList{u"All annotations"_s, u"Mine"_s, u"bob (read-only)"_s}));
    QCOMPARE(filter.othersText(), u"Also annotated by: bob (decisions: 3)"_s);
    QSignalSpy spy(&filter, &AnnotationSetFilter::selectionChanged);
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Down); // Mine
    QCOMPARE(spy.size(), 1);
    QCOMPARE(filter.selection().mode, SetSelection::Mine);
    QTest::keyClick(chooser, Qt::Key_Down); // bob's, read-only
    QCOMPARE(filter.selection().mode, SetSelection::Annotator);
    QCOMPARE(filter.selection().ownerId, m_bob);
    QVERIFY(filter.selection().readOnly());
    QCOMPARE(selectAnnotations(m_store->annotations(m_doc), filter.selection()).size(), 3);
    // The curated set appears once there is one.
    curationAnnotator(*m_store);
    QVERIFY(filter.choose(SetSelection::Curated));
    QCOMPARE(filter.selection().mode, SetSelection::Curated);
    // A student sees only their own set.
    filter.setStudentMode(m_bob);
    QCOMPARE(chooser->count(), 1);
    QCOMPARE(filter.selection().mode, SetSelection::Mine);
    QVERIFY(filter.selection().hideSuggestions);
    QCOMPARE(filter.selection().hiddenOwners, QList<qint64>{m_bob});
}

void TestSetsViews::curationByKeys()
{
    ComparisonView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setStore(m_store.get());
    view.setEditor(m_editor.get());
    view.setAnnotators({m_anna, m_bob});
    view.setMode(ComparisonView::Mode::Curation);
    view.setDocument(m_doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 3); // SOURCE bounds, Bob's CUE, Anna's GPE
    QCOMPARE(view.model()->headerData(2, Qt::Horizontal).toString(), u"1 anna"_s);
    QCOMPARE(view.model()->headerData(4, Qt::Horizontal).toString(), u"Curated"_s);
    QVERIFY2(view.summary().startsWith(u"Differences to settle: 3."_s), qPrintable(view.summary()));
    // The guideline beside the current difference.
    QVERIFY2(view.guidelineText().contains(u"SOURCE"_s) && view.guidelineText().contains(u"Counts:"_s), qPrintable(view.guidelineText()));
    QSignalSpy places(&view, &ComparisonView::placeActivated);
    view.list()->setFocus();
    QTest::keyClick(view.list(), Qt::Key_Return);
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.first().at(0).toLongLong(), 0);
    QCOMPARE(places.first().at(1).toLongLong(), 10);

    QTest::keyClick(view.list(), Qt::Key_2); // Bob's SOURCE; on to the next open difference
    QCOMPARE(view.model()->index(0, 4).data().toString(), u"bob's"_s);
    QCOMPARE(view.list()->currentIndex().row(), 1);
    QTest::keyClick(view.list(), Qt::Key_0); // none of the CUEs
    QCOMPARE(view.model()->index(1, 4).data().toString(), u"settled"_s);
    QTest::keyClick(view.list(), Qt::Key_1); // Anna's GPE
    QCOMPARE(view.summary(), u"Curated: no difference left."_s);
    QVERIFY(!view.nextOpen());
    Curator curator(m_editor.get(), {m_anna, m_bob});
    QVERIFY(curator.isCurated(m_doc));
    // Ctrl+Z in the window undoes the last step; the view follows.
    m_editor->undoStack()->undo();
    QVERIFY(view.summary().startsWith(u"Differences to settle: 1."_s));
    // Keys out of range do nothing.
    view.list()->setCurrentIndex(view.model()->index(2, 0));
    const int steps = m_editor->undoStack()->count();
    QTest::keyClick(view.list(), Qt::Key_7);
    QCOMPARE(m_editor->undoStack()->count(), steps);
    // E keeps the curated set as it is (the curator's own edit): nothing there, both rejected.
    QTest::keyClick(view.list(), Qt::Key_E);
    QCOMPARE(view.summary(), u"Curated: no difference left."_s);
}

void TestSetsViews::comparisonIsReadOnly()
{
    ComparisonView view;
    view.setStore(m_store.get());
    view.setEditor(m_editor.get());
    view.setAnnotators({m_anna, m_bob});
    view.setDocument(m_doc);
    view.show();
    QCOMPARE(view.mode(), ComparisonView::Mode::Comparison);
    QCOMPARE(view.model()->columnCount(), 4); // no curated column
    QCOMPARE(view.summary(), u"Differences between anna, bob: 3."_s);
    const int steps = m_editor->undoStack()->count();
    view.list()->setFocus();
    QTest::keyClick(view.list(), Qt::Key_1);
    QCOMPARE(m_editor->undoStack()->count(), steps);
    QTest::keyClick(view.list(), Qt::Key_N);
    QCOMPARE(view.list()->currentIndex().row(), 1);
}

void TestSetsViews::teachingHidesThenReveals()
{
    // Anna's set is the reference; Bob is the student.
    TeachingSettings settings;
    settings.reference = u"person:anna"_s;
    QVERIFY(settings.write(*m_store));
    ComparisonView view;
    view.setStore(m_store.get());
    view.setMode(ComparisonView::Mode::Teaching);
    view.setTeaching(m_bob, m_anna);
    view.setDocument(m_doc);
    QVERIFY(!view.isRevealed());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.summary().startsWith(u"Mark the article done"_s));
    QSignalSpy changed(&view, &ComparisonView::comparisonChanged);
    AnnotationEditor bobs(m_store.get());
    bobs.setPersonName(u"bob"_s);
    QVERIFY(bobs.setDocumentStatus(m_doc, DocumentStatus::Done));
    QVERIFY(!changed.isEmpty());
    QVERIFY(view.isRevealed());
    // Rossi (other bounds), said (extra), Rome (missed); the quote matches.
    QStringList kinds;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        kinds.append(view.model()->index(row, 1).data().toString());
    QCOMPARE(kinds, (QStringList{u"Other bounds"_s, u"Extra"_s, u"Missed"_s}));
    QCOMPARE(view.model()->index(2, 1).data(Qt::DecorationRole).value<QColor>(), teachingColor(TeachingItem::Miss));
    QVERIFY2(view.summary().contains(u"sourcing 0.40"_s) && view.summary().contains(u"speakers 1 of 1"_s), qPrintable(view.summary()));
    view.list()->setCurrentIndex(view.model()->index(2, 0));
    QVERIFY(view.guidelineText().contains(u"GPE"_s));
    // Undoing "done" hides the reference again.
    bobs.undoStack()->undo();
    QVERIFY(!view.isRevealed());
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestSetsViews::comparisonColours()
{
    const TeachingComparison c = compareWithReference(m_store->annotations(m_doc), m_store->relations(m_doc), m_bob, m_anna, m_store->schema());
    const QList<ViewSpan> spans = comparisonSpans(c, TextOffsets(text), m_store->schema());
    QStringList seen;
    for (const ViewSpan &s : spans) {
        seen.append(u"%1 %2-%3 %4"_s.arg(s.label).arg(s.start).arg(s.end).arg(s.status == ViewSpan::Status::Suggested ? u"reference"_s : u"yours"_s));
        QVERIFY2(s.tooltip.contains(u"Counts:"_s), qPrintable(s.tooltip));
    }
    QCOMPARE(seen, (QStringList{u"SOURCE 5-10 yours"_s, u"CUE 11-15 yours"_s, u"QUOTE 16-33 yours"_s, u"GPE 29-33 reference"_s}));
    QCOMPARE(spans.at(2).color, teachingColor(TeachingItem::Match));
    QCOMPARE(spans.at(3).color, teachingColor(TeachingItem::Miss));
}

void TestSetsViews::classScores()
{
    TeachingSettings settings;
    settings.reference = u"person:anna"_s;
    QVERIFY(settings.write(*m_store));
    ClassScoresView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setStore(m_store.get());
    view.show(); // hidden, it waits to be shown before it reads the project again
    QCOMPARE(view.model()->rowCount(), 1); // the students with a set: Bob
    QCOMPARE(view.model()->index(0, 0).data().toString(), u"bob"_s);
    QCOMPARE(view.model()->index(0, 2).data().toString(), u"not done yet"_s);
    AnnotationEditor bobs(m_store.get());
    bobs.setPersonName(u"bob"_s);
    QVERIFY(bobs.setDocumentStatus(m_doc, DocumentStatus::Done));
    const int sourcing = 2 + int(m_store->schema().layers().indexOf(u"sourcing"_s));
    QCOMPARE(view.model()->index(0, sourcing).data().toString(), u"0.40"_s);
    QSignalSpy activated(&view, &ClassScoresView::documentActivated);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), m_doc);
}

void TestSetsViews::defaultGuidelines()
{
    // Every label and relation ships a guideline: what counts, what does not, an example.
    const LabelSchema schema = LabelSchema::defaultSchema();
    QVERIFY(!schema.labels().isEmpty());
    for (const LabelDefinition &label : schema.labels()) {
        for (const QString &part : {u"Counts:"_s, u"Does not count:"_s, u"Example:"_s})
            QVERIFY2(label.guideline.contains(part), qPrintable(label.name + u": "_s + label.guideline));
    }
    for (const RelationDefinition &relation : schema.relations()) {
        for (const QString &part : {u"Counts:"_s, u"Does not count:"_s, u"Example:"_s})
            QVERIFY2(relation.guideline.contains(part), qPrintable(relation.name));
    }
    // A new project has them.
    QVERIFY(m_store->schema().label(u"QUOTE")->guideline.startsWith(u"Counts:"_s));
}

void TestSetsViews::schemaEditorGuideline()
{
    AnnotationEditor editor(m_store.get());
    SchemaEditorDialog dialog(&editor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectLabel(u"ORG"_s);
    auto *guideline = dialog.findChild<QPlainTextEdit *>(u"guidelineEdit"_s);
    QVERIFY(guideline);
    QVERIFY(guideline->toPlainText().startsWith(u"Counts: a named organisation"_s));
    guideline->setFocus();
    guideline->selectAll();
    QTest::keyClicks(guideline, u"Counts: companies. Does not count: brands. Example: [Acme]ORG hired."_s);
    QTest::keyClick(guideline, Qt::Key_Tab); // leaving the field saves it
    QCOMPARE(m_store->schema().label(u"ORG")->guideline, u"Counts: companies. Does not count: brands. Example: [Acme]ORG hired."_s);
    QCOMPARE(m_store->schema().label(u"ORG")->description, LabelSchema::defaultSchema().label(u"ORG")->description);
}

QTEST_MAIN(TestSetsViews)
#include "tst_setsviews.moc"
