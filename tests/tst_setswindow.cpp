#include <memory>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "annotationpanel.h"
#include "annotationsetfilter.h"
#include "annotationsets.h"
#include "articleview.h"
#include "classscoresview.h"
#include "comparisonview.h"
#include "englishplurals.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "teaching.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The window with several annotators, by keyboard: a student in teaching mode, a curator, a
// read-only set, the teacher's scores.
class TestSetsWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init();
    void cleanup();
    void studentSeesTheReferenceOnlyWhenDone();
    void curateByKeys();
    void anotherAnnotatorsSetIsReadOnly();
    void teacherSeesTheClass();

private:
    void createProject(bool teaching);
    void openWindow(const QString &person);
    qint64 addSet(ProjectStore &store, const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans);
    QStringList viewSpans() const; // "LABEL start-end" in code points, rejected ones left out
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    EnglishPlurals m_plurals;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_doc = 0;
    std::unique_ptr<MainWindow> m_window;
};

static const QString text = u"Anna Rossi said it rained in Rome."_s;

void TestSetsWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"class.copydesk"_s);
}

void TestSetsWindow::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

qint64 TestSetsWindow::addSet(ProjectStore &store, const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans)
{
    const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, name);
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
    return store.addAnnotations(m_doc, annotations, {}, u"test"_s) ? person : 0;
}

void TestSetsWindow::createProject(bool teaching)
{
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_path, ProjectStore::OpenMode::Create, &error), qPrintable(error));
    Document doc;
    doc.externalId = u"rain"_s;
    doc.title = u"Rain"_s;
    doc.text = text;
    QVERIFY(store.addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    // The engines suggest the city.
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1.0"_s);
    NewAnnotation suggestion;
    suggestion.label = u"GPE"_s;
    suggestion.start = 29;
    suggestion.end = 33;
    suggestion.status = AnnotationStatus::Suggested;
    suggestion.annotatorId = engine;
    QCOMPARE(store.replaceSuggestions(m_doc, engine, {suggestion}, {}), 1);
    if (teaching) {
        // Ms Rossi's reference: the source, the cue, the quote.
        QVERIFY(addSet(store, u"Ms Rossi"_s, {{0, 10, u"SOURCE"_s}, {11, 15, u"CUE"_s}, {16, 33, u"QUOTE"_s}}));
        TeachingSettings settings;
        settings.reference = u"person:Ms Rossi"_s;
        settings.teacher = u"Ms Rossi"_s;
        QVERIFY(settings.write(store));
    } else {
        QVERIFY(addSet(store, u"anna"_s, {{0, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}}));
        QVERIFY(addSet(store, u"bob"_s, {{5, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}, {11, 15, u"CUE"_s}}));
    }
}

void TestSetsWindow::openWindow(const QString &person)
{
    QSettings().setValue(u"annotator/name"_s, person);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QString error;
    QVERIFY2(m_window->openProject(m_path, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->selectDocument(m_doc));
}

QStringList TestSetsWindow::viewSpans() const
{
    const TextOffsets offsets(text);
    QStringList result;
    for (const ViewSpan &s : m_window->articleView()->spans()) {
        if (s.status == ViewSpan::Status::Rejected) // the curated set's "no"
            continue;
        result.append(u"%1 %2-%3"_s.arg(s.label).arg(offsets.toCodePoint(s.start)).arg(offsets.toCodePoint(s.end)));
    }
    result.sort();
    return result;
}

void TestSetsWindow::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestSetsWindow::studentSeesTheReferenceOnlyWhenDone()
{
    createProject(true);
    openWindow(u"anna"_s);
    // Nothing of the reference, no suggestion: an empty article to read.
    QCOMPARE(viewSpans(), QStringList());
    QCOMPARE(m_window->annotationPanel()->listModel()->annotations().size(), 0);
    QVERIFY(m_window->findChild<QDockWidget *>(u"ComparisonDock"_s)->isVisible());
    QVERIFY(m_window->comparisonView()->summary().startsWith(u"Mark the article done"_s));
    QCOMPARE(m_window->setFilter()->chooser()->count(), 1); // only her own set
    QVERIFY(!m_window->action(u"curate"_s)->isEnabled());

    // She marks the quote (select, Q) and the city (G), then marks the article done (Ctrl+3).
    ArticleView *view = m_window->articleView();
    view->setFocus();
    view->setSelection(16, 33);
    QTest::keyClick(view, Qt::Key_Q);
    view->setSelection(29, 33);
    QTest::keyClick(view, Qt::Key_G);
    QCOMPARE(viewSpans(), (QStringList{u"GPE 29-33"_s, u"QUOTE 16-33"_s}));
    QVERIFY(!m_window->showsTeachingComparison());
    press(Qt::Key_3, Qt::ControlModifier);
    // The comparison: her quote matches, her GPE is extra, the source and the cue are missed.
    QVERIFY(m_window->showsTeachingComparison());
    QCOMPARE(viewSpans(), (QStringList{u"CUE 11-15"_s, u"GPE 29-33"_s, u"QUOTE 16-33"_s, u"SOURCE 0-10"_s}));
    QColor missed;
    for (const ViewSpan &s : view->spans()) {
        if (s.label == u"CUE")
            missed = s.color;
    }
    QCOMPARE(missed, teachingColor(TeachingItem::Miss));
    ComparisonView *comparison = m_window->comparisonView();
    QCOMPARE(comparison->model()->rowCount(), 3); // source and cue missed, GPE extra
    QVERIFY2(comparison->summary().contains(u"sourcing 0.50"_s), qPrintable(comparison->summary()));
    QVERIFY(comparison->guidelineText().contains(u"Counts:"_s));
    // Her own reading again (Ctrl+Shift+T), and back.
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(viewSpans(), (QStringList{u"GPE 29-33"_s, u"QUOTE 16-33"_s}));
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->showsTeachingComparison());
    // Undo "done": the reference hides again.
    view->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_window->showsTeachingComparison());
    QCOMPARE(viewSpans(), (QStringList{u"GPE 29-33"_s, u"QUOTE 16-33"_s}));
}

void TestSetsWindow::curateByKeys()
{
    createProject(false);
    openWindow(u"Carla"_s);
    QCOMPARE(m_window->setFilter()->othersText(), u"Also annotated by: anna (decisions: 2), bob (decisions: 3)"_s);
    // Ctrl+Shift+K: curation; the window shows the curated set, the comparison list has the keys.
    press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->setFilter()->selection().mode, SetSelection::Curated);
    ComparisonView *comparison = m_window->comparisonView();
    QCOMPARE(comparison->mode(), ComparisonView::Mode::Curation);
    QCOMPARE(QApplication::focusWidget(), comparison->list());
    QCOMPARE(comparison->model()->rowCount(), 2); // the source's bounds, Bob's cue
    QCOMPARE(comparison->list()->currentIndex().row(), 0);
    press(Qt::Key_1); // Anna's source
    press(Qt::Key_0); // no cue
    QCOMPARE(comparison->summary(), u"Curated: no difference left."_s);

    // The article shows the curated set: the agreed quote and Anna's source.
    QCOMPARE(viewSpans(), (QStringList{u"QUOTE 16-33"_s, u"SOURCE 0-10"_s}));
    // An edit in the curated view goes into the curated set (the city, by key).
    ArticleView *view = m_window->articleView();
    view->setFocus();
    view->setSelection(29, 33);
    QTest::keyClick(view, Qt::Key_G);
    const qint64 curated = findAnnotator(m_window->store()->annotators(), u"curated"_s, nullptr);
    int inCurated = 0;
    for (const Annotation &a : m_window->store()->annotations(m_doc))
        inCurated += a.ownerId == curated && a.status != AnnotationStatus::Rejected ? 1 : 0;
    QCOMPARE(inCurated, 3);
    // Undo twice: the city, then "no cue".
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(comparison->summary().startsWith(u"Differences to settle: 1."_s));
    // Curation off: all annotations again.
    press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->setFilter()->selection().mode, SetSelection::All);
    QCOMPARE(comparison->mode(), ComparisonView::Mode::Comparison);
}

void TestSetsWindow::anotherAnnotatorsSetIsReadOnly()
{
    createProject(false);
    openWindow(u"Carla"_s);
    const qint64 bob = findAnnotator(m_window->store()->annotators(), u"bob"_s, nullptr);
    QVERIFY(m_window->setFilter()->choose(SetSelection::Annotator, bob));
    QCOMPARE(viewSpans(), (QStringList{u"CUE 11-15"_s, u"QUOTE 16-33"_s, u"SOURCE 5-10"_s}));
    QCOMPARE(m_window->annotationPanel()->listModel()->annotations().size(), 3);
    QVERIFY(!m_window->action(u"reject"_s)->isEnabled());
    const int before = int(m_window->store()->annotations(m_doc).size());
    ArticleView *view = m_window->articleView();
    view->setFocus();
    view->setSelection(29, 33);
    QTest::keyClick(view, Qt::Key_G);
    QCOMPARE(int(m_window->store()->annotations(m_doc).size()), before);
    // Mine again: editing works.
    QVERIFY(m_window->setFilter()->choose(SetSelection::Mine));
    QCOMPARE(viewSpans(), (QStringList{u"GPE 29-33"_s})); // the suggestion
    view->setFocus();
    view->setSelection(0, 4);
    QTest::keyClick(view, Qt::Key_P);
    QCOMPARE(int(m_window->store()->annotations(m_doc).size()), before + 1);
}

void TestSetsWindow::teacherSeesTheClass()
{
    createProject(true);
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_path, ProjectStore::OpenMode::Existing, &error));
        const qint64 anna = addSet(store, u"anna"_s, {{16, 33, u"QUOTE"_s}});
        QVERIFY(store.setDocumentStatus(m_doc, DocumentStatus::Done, anna));
    }
    openWindow(u"Ms Rossi"_s);
    // The teacher sees everything, and the class.
    QCOMPARE(m_window->setFilter()->selection().mode, SetSelection::All);
    QVERIFY(m_window->findChild<QDockWidget *>(u"ClassDock"_s)->isVisible());
    ClassScoresView *scores = m_window->classScoresView();
    QCOMPARE(scores->model()->rowCount(), 1);
    QCOMPARE(scores->model()->index(0, 0).data().toString(), u"anna"_s);
    // Enter on a row opens the article.
    scores->table()->setFocus();
    scores->table()->setCurrentIndex(scores->model()->index(0, 1));
    QTest::keyClick(scores->table(), Qt::Key_Return);
    QCOMPARE(m_window->currentDocument(), m_doc);
    // Compare (Ctrl+Shift+D): the reference and Anna's reading.
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->comparisonView()->list());
    QCOMPARE(m_window->comparisonView()->model()->rowCount(), 2); // source and cue: only Ms Rossi's
}

QTEST_MAIN(TestSetsWindow)
#include "tst_setswindow.moc"
