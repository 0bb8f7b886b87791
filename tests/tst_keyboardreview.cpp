// The window reviewed by keyboard only, as an annotator works: decisions that move on, label
// keys on a selected annotation, linking a quote's speaker and cue, a new quote's form, hidden
// layers left alone, marking a document done with suggestions pending, and honest errors.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "annotationeditor.h"
#include "guitestsupport.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// Invented: a council report with 20 entity suggestions, a quote with two possible speakers
// and a cue, and a headline.
const QString reportText =
    u"Council votes on the harbour plan\n"
    u"Mayor Lena Duarte met Tomas Keller, Ines Varga, Rui Costa and Ana Silva in Orvell on Monday. "
    u"The Fishers Guild, the Port Authority and the Valley Post sent Marta Lopes, Joao Reis and Eva Lind. "
    u"Delegates from Marrow Point, Kelmar and Brast came on Tuesday, Wednesday and Thursday.\n"
    u"“The quay is crumbling,” said Paulo Mendes, the engineer, after Sara Nunes spoke."_s;

const QList<QPair<QString, QString>> entitySuggestions{
    {u"PERSON"_s, u"Lena Duarte"_s}, {u"PERSON"_s, u"Tomas Keller"_s}, {u"PERSON"_s, u"Ines Varga"_s},
    {u"PERSON"_s, u"Rui Costa"_s},   {u"PERSON"_s, u"Ana Silva"_s},    {u"GPE"_s, u"Orvell"_s},
    {u"DATE"_s, u"Monday"_s},        {u"ORG"_s, u"Fishers Guild"_s},    {u"ORG"_s, u"Port Authority"_s},
    {u"ORG"_s, u"Valley Post"_s},    {u"PERSON"_s, u"Marta Lopes"_s},  {u"PERSON"_s, u"Joao Reis"_s},
    {u"PERSON"_s, u"Eva Lind"_s},    {u"LOC"_s, u"Marrow Point"_s},    {u"GPE"_s, u"Kelmar"_s},
    {u"GPE"_s, u"Brast"_s},          {u"DATE"_s, u"Tuesday"_s},        {u"DATE"_s, u"Wednesday"_s},
    {u"DATE"_s, u"Thursday"_s},      {u"PERSON"_s, u"Paulo Mendes"_s},
};

const QList<QPair<QString, QString>> sourcingSuggestions{
    {u"QUOTE"_s, u"“The quay is crumbling,”"_s}, {u"CUE"_s, u"said"_s},
    {u"SOURCE"_s, u"Paulo Mendes"_s},           {u"SOURCE"_s, u"Sara Nunes"_s},
    {u"HEADLINE"_s, u"Council votes on the harbour plan"_s},
};

} // namespace

class TestKeyboardReview final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reviewTwentySuggestionsWithTwentyKeys();
    void firstDecisionStartsWork();
    void relabelByKeyWithinALayer();
    void relabelAcrossLayersAsksFirst();
    void linkSpeakerAndCueByKey();
    void linkCreatesASourceFromTheSelection();
    void newQuoteAsksForItsForm();
    void hiddenLayersUntouchedByNavigationAndBulk();
    void doneWithPendingSuggestionsAsks();
    void keysShowInMenusAndHelp();
    void unopenableFileSaysWhyAndOffersRecent();
    void readOnlyBanner();

private:
    void openWindow();
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    qint64 idOf(const QString &label, const QString &needle) const;
    int countWithStatus(AnnotationStatus status, const QString &layer = {}) const;
    // Answers the next modal message box by clicking the button with objectName, or by text.
    void answerNextBox(const QString &button);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_doc = 0;
    qint64 m_second = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardReview::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"review.copydesk"_s);
    ProjectStore store;
    QVERIFY(store.open(m_path, ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"council"_s;
    doc.title = u"Council votes on the harbour plan"_s;
    doc.text = reportText;
    QVERIFY(store.addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    Document second;
    second.externalId = u"bakery"_s;
    second.text = u"A bakery in Orvell won the bread prize."_s;
    QVERIFY(store.addDocument(second, {}, {}, u"test"_s));
    m_second = second.id;
    // Each layer's suggestions from an engine of its own, as engine runs store them.
    auto suggest = [&](const QString &engineName, const QList<QPair<QString, QString>> &labelled) {
        const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, engineName, u"1"_s);
        const TextOffsets offsets(reportText);
        QList<NewAnnotation> spans;
        for (const auto &[label, needle] : labelled) {
            const qsizetype at = label == u"SOURCE" && needle == u"Paulo Mendes" ? reportText.lastIndexOf(needle)
                                                                                : reportText.indexOf(needle);
            QVERIFY2(at >= 0, qPrintable(needle));
            spans.append({{}, label, offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size()), {},
                          AnnotationStatus::Suggested, engine, 0.8, u"test"_s, {}});
        }
        QCOMPARE(store.replaceSuggestions(m_doc, engine, spans, {}), spans.size());
    };
    suggest(u"entities"_s, entitySuggestions);
    suggest(u"sourcing"_s, sourcingSuggestions);
    openWindow();
}

void TestKeyboardReview::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestKeyboardReview::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1300, 850);
    QString error;
    QVERIFY2(m_window->openProject(m_path, &error), qPrintable(error));
    QVERIFY(m_window->selectDocument(m_doc));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->articleView()->setFocus();
}

void TestKeyboardReview::press(int key, Qt::KeyboardModifiers modifiers)
{
    // After a dialog the window is active again, as for a person (shortcuts need it).
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    if (!QApplication::focusWidget())
        m_window->articleView()->setFocus();
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

qint64 TestKeyboardReview::idOf(const QString &label, const QString &needle) const
{
    const TextOffsets offsets(reportText);
    for (const Annotation &a : m_window->store()->annotations(m_doc)) {
        const QString covered = reportText.mid(offsets.toUtf16(a.start), offsets.toUtf16(a.end) - offsets.toUtf16(a.start));
        if (a.label == label && covered == needle)
            return a.id;
    }
    return 0;
}

int TestKeyboardReview::countWithStatus(AnnotationStatus status, const QString &layer) const
{
    const LabelSchema schema = m_window->store()->schema();
    int count = 0;
    for (const Annotation &a : m_window->store()->annotations(m_doc))
        count += a.status == status && (layer.isEmpty() || schema.layerOf(a.label) == layer);
    return count;
}

void TestKeyboardReview::answerNextBox(const QString &button)
{
    CopydeskTest::answerNextMessageBox(this, button);
}

void TestKeyboardReview::reviewTwentySuggestionsWithTwentyKeys()
{
    // Sourcing and furniture hidden: the twenty entity suggestions are the review.
    m_window->action(u"layer-sourcing"_s)->trigger();
    m_window->action(u"layer-furniture"_s)->trigger();
    QVERIFY(m_window->selectAnnotation(idOf(u"PERSON"_s, u"Lena Duarte"_s)));
    m_window->articleView()->setFocus();
    for (int i = 0; i < 20; ++i)
        press(i % 5 == 4 ? Qt::Key_R : Qt::Key_A); // each key decides and moves on
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"entities"_s), 0);
    QCOMPARE(countWithStatus(AnnotationStatus::Accepted, u"entities"_s), 16);
    QCOMPARE(countWithStatus(AnnotationStatus::Rejected, u"entities"_s), 4);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"sourcing"_s), 4); // hidden: untouched
}

void TestKeyboardReview::firstDecisionStartsWork()
{
    QCOMPARE(m_window->store()->document(m_doc)->status, DocumentStatus::New);
    QVERIFY(m_window->selectAnnotation(idOf(u"GPE"_s, u"Orvell"_s)));
    press(Qt::Key_A);
    QCOMPARE(m_window->store()->document(m_doc)->status, DocumentStatus::InProgress);
    press(Qt::Key_Z, Qt::ControlModifier); // one step: both go back
    QCOMPARE(m_window->store()->document(m_doc)->status, DocumentStatus::New);
    QCOMPARE(m_window->store()->annotation(idOf(u"GPE"_s, u"Orvell"_s))->status, AnnotationStatus::Suggested);
}

void TestKeyboardReview::relabelByKeyWithinALayer()
{
    const qint64 id = idOf(u"PERSON"_s, u"Tomas Keller"_s);
    QVERIFY(m_window->selectAnnotation(id));
    m_window->articleView()->setFocus();
    press(Qt::Key_O); // ORG: same layer, at once
    QCOMPARE(m_window->store()->annotation(id)->label, u"ORG"_s);
    QCOMPARE(m_window->store()->annotation(id)->status, AnnotationStatus::Manual);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->annotation(id)->label, u"PERSON"_s);
}

void TestKeyboardReview::relabelAcrossLayersAsksFirst()
{
    const qint64 id = idOf(u"PERSON"_s, u"Tomas Keller"_s);
    QVERIFY(m_window->selectAnnotation(id));
    m_window->articleView()->setFocus();
    answerNextBox(u"Keep"_s);
    press(Qt::Key_H); // HEADLINE is furniture
    QCOMPARE(m_window->store()->annotation(id)->label, u"PERSON"_s);
    answerNextBox(u"Relabel"_s);
    press(Qt::Key_H);
    QCOMPARE(m_window->store()->annotation(id)->label, u"HEADLINE"_s);
}

void TestKeyboardReview::linkSpeakerAndCueByKey()
{
    const qint64 quote = idOf(u"QUOTE"_s, u"“The quay is crumbling,”"_s);
    const qint64 paulo = idOf(u"SOURCE"_s, u"Paulo Mendes"_s);
    const qint64 sara = idOf(u"SOURCE"_s, u"Sara Nunes"_s);
    const qint64 said = idOf(u"CUE"_s, u"said"_s);
    QVERIFY(quote && paulo && sara && said);
    QVERIFY(m_window->selectAnnotation(quote));
    m_window->articleView()->setFocus();
    // Speaker: the nearest source first; Right goes to the next (Sara Nunes), Left back.
    press(Qt::Key_S, Qt::ShiftModifier);
    press(Qt::Key_Right);
    press(Qt::Key_Left);
    press(Qt::Key_Return);
    // Cue: the only one, at once.
    press(Qt::Key_C, Qt::ShiftModifier);
    press(Qt::Key_Return);
    QHash<QString, qint64> links;
    for (const Relation &r : m_window->store()->relations(m_doc)) {
        if (r.headId == quote)
            links.insert(r.label, r.childId);
    }
    QCOMPARE(links.value(u"SPEAKER"_s), paulo);
    QCOMPARE(links.value(u"CUE"_s), said);
    // Again, choosing the other speaker: the link is replaced.
    press(Qt::Key_S, Qt::ShiftModifier);
    press(Qt::Key_Right);
    press(Qt::Key_Return);
    for (const Relation &r : m_window->store()->relations(m_doc)) {
        if (r.headId == quote && r.label == u"SPEAKER")
            QCOMPARE(r.childId, sara);
    }
    // Esc leaves everything as it is.
    press(Qt::Key_S, Qt::ShiftModifier);
    press(Qt::Key_Right);
    press(Qt::Key_Escape);
    QCOMPARE(m_window->store()->relations(m_doc).size(), 2);
}

void TestKeyboardReview::linkCreatesASourceFromTheSelection()
{
    const qint64 quote = idOf(u"QUOTE"_s, u"“The quay is crumbling,”"_s);
    QVERIFY(m_window->selectAnnotation(quote));
    ArticleView *view = m_window->articleView();
    view->setFocus();
    press(Qt::Key_S, Qt::ShiftModifier);
    const qsizetype at = reportText.indexOf(u"the engineer"_s);
    view->setSelection(at, at + 12); // as Shift+arrows would
    const int steps = m_window->editor()->undoStack()->count();
    press(Qt::Key_Return);
    const qint64 engineer = idOf(u"SOURCE"_s, u"the engineer"_s);
    QVERIFY(engineer);
    bool linked = false;
    for (const Relation &r : m_window->store()->relations(m_doc))
        linked |= r.headId == quote && r.label == u"SPEAKER" && r.childId == engineer;
    QVERIFY(linked);
    QCOMPARE(m_window->editor()->undoStack()->count(), steps + 1);
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!idOf(u"SOURCE"_s, u"the engineer"_s));
}

void TestKeyboardReview::newQuoteAsksForItsForm()
{
    ArticleView *view = m_window->articleView();
    const QString needle = u"Delegates from Marrow Point"_s;
    const qsizetype at = reportText.indexOf(needle);
    view->setFocus();
    view->setSelection(at, at + needle.size());
    press(Qt::Key_Q);
    const qint64 quote = idOf(u"QUOTE"_s, needle);
    QVERIFY(quote);
    auto *prompt = m_window->findChild<QLabel *>(u"keyPrompt"_s);
    QVERIFY(prompt && prompt->isVisible());
    QVERIFY(prompt->text().contains(u"indirect"_s));
    press(Qt::Key_I);
    QCOMPARE(m_window->store()->annotation(quote)->attrs.value(u"form").toString(), u"indirect"_s);
    QVERIFY(!prompt->isVisible());
}

void TestKeyboardReview::hiddenLayersUntouchedByNavigationAndBulk()
{
    m_window->action(u"layer-sourcing"_s)->trigger();
    m_window->action(u"layer-furniture"_s)->trigger();
    const LabelSchema schema = m_window->store()->schema();
    QVERIFY(m_window->selectAnnotation(idOf(u"PERSON"_s, u"Lena Duarte"_s)));
    m_window->articleView()->setFocus();
    for (int i = 0; i < 30; ++i) {
        press(Qt::Key_U);
        const Annotation *current = nullptr;
        const qint64 id = m_window->annotationPanel()->currentAnnotationId();
        const std::optional<Annotation> a = m_window->store()->annotation(id);
        QVERIFY(a);
        Q_UNUSED(current)
        QCOMPARE(schema.layerOf(a->label), u"entities"_s);
    }
    for (int i = 0; i < 30; ++i) {
        press(Qt::Key_J);
        const std::optional<Annotation> a = m_window->store()->annotation(m_window->annotationPanel()->currentAnnotationId());
        QVERIFY(a);
        QCOMPARE(schema.layerOf(a->label), u"entities"_s);
    }
    // Shift+A on a SOURCE made current from the panel (its layer hidden): nothing.
    QVERIFY(m_window->selectAnnotation(idOf(u"SOURCE"_s, u"Sara Nunes"_s)));
    m_window->articleView()->setFocus();
    press(Qt::Key_A, Qt::ShiftModifier);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"sourcing"_s), 4);
    // On a PERSON: the shown PERSONs only.
    QVERIFY(m_window->selectAnnotation(idOf(u"PERSON"_s, u"Rui Costa"_s)));
    m_window->articleView()->setFocus();
    press(Qt::Key_A, Qt::ShiftModifier);
    QCOMPARE(m_window->store()->annotation(idOf(u"PERSON"_s, u"Eva Lind"_s))->status, AnnotationStatus::Accepted);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"sourcing"_s), 4);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"furniture"_s), 1);
    // Suggestions hidden: U finds none.
    m_window->action(u"showSuggestions"_s)->trigger();
    const qint64 before = m_window->annotationPanel()->currentAnnotationId();
    press(Qt::Key_U);
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), before);
    // Accept all shown: the entities only.
    m_window->action(u"showSuggestions"_s)->trigger();
    m_window->action(u"acceptAllShown"_s)->trigger();
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"entities"_s), 0);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested, u"sourcing"_s), 4);
}

void TestKeyboardReview::doneWithPendingSuggestionsAsks()
{
    const int pending = countWithStatus(AnnotationStatus::Suggested);
    QCOMPARE(pending, 25);
    // Leave them for later: nothing decided, the document in progress, on to the next one.
    answerNextBox(u"leavePending"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested), pending);
    QCOMPARE(m_window->store()->document(m_doc)->status, DocumentStatus::InProgress);
    QCOMPARE(m_window->currentDocument(), m_second);
    // Back, and accept them: all decided and done, as one undo step.
    QVERIFY(m_window->selectDocument(m_doc));
    m_window->articleView()->setFocus();
    const int steps = m_window->editor()->undoStack()->count();
    answerNextBox(u"acceptPending"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested), 0);
    QCOMPARE(countWithStatus(AnnotationStatus::Accepted), pending);
    QCOMPARE(m_window->store()->document(m_doc)->status, DocumentStatus::Done);
    QCOMPARE(m_window->editor()->undoStack()->count(), steps + 1);
    // Cancel decides nothing.
    m_window->editor()->undoStack()->undo();
    QVERIFY(m_window->selectDocument(m_doc));
    answerNextBox(u"Cancel"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(countWithStatus(AnnotationStatus::Suggested), pending);
    QCOMPARE(m_window->currentDocument(), m_doc);
}

void TestKeyboardReview::keysShowInMenusAndHelp()
{
    for (const QString &name : {u"accept"_s, u"reject"_s, u"linkSpeaker"_s, u"linkCue"_s, u"linkVia"_s, u"label-ORG"_s}) {
        QAction *a = m_window->action(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name));
        QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(name)); // in a menu
    }
    const QString help = m_window->keysHelpText();
    for (const QString &text : {u"Link the Speaker"_s, u"Shift+S"_s, u"ORG"_s, u"Accept"_s})
        QVERIFY2(help.contains(text), qPrintable(text));
}

void TestKeyboardReview::unopenableFileSaysWhyAndOffersRecent()
{
    const QString bogus = m_dir->filePath(u"notaproject.copydesk"_s);
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a project\n");
    file.close();
    QString error;
    QVERIFY(!m_window->openProject(bogus, &error));
    QVERIFY(!error.isEmpty());
    m_window->showOpenError(bogus, error);
    auto *box = m_window->findChild<QMessageBox *>(u"openError"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"notaproject.copydesk"_s));
    QVERIFY(box->informativeText().contains(error));
    auto *recent = box->findChild<QPushButton *>(u"openRecent"_s);
    QVERIFY(recent && recent->menu());
    QVERIFY(!recent->menu()->actions().isEmpty()); // the project opened before
    recent->menu()->actions().first()->trigger();
    QTRY_VERIFY(!box->isVisible());
    QCOMPARE(m_window->store()->path(), m_path);
}

void TestKeyboardReview::readOnlyBanner()
{
    auto *banner = m_window->findChild<QLabel *>(u"readOnlyBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    m_window->setReadOnlyReason(u"The folder of review.copydesk is read-only."_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"read-only"_s));
    m_window->setReadOnlyReason({});
    QVERIFY(!banner->isVisible());
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("COPYDESK_ANNOTATOR", "Ada");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CopydeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_keyboardreview"_s);
    TestKeyboardReview test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyboardreview.moc"
