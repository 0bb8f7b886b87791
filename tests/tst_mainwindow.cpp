#include <memory>

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "corpusbrowser.h"
#include "corpusmodel.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "textoffsets.h"
#include "tst_mainwindow.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using MainWindowTest::Article;
using MainWindowTest::articles;

namespace MainWindowTest {

const QList<Article> articles{
    {u"harbour"_s, u"Harbour fees to rise"_s, u"Coastal Gazette"_s,
     u"🙂 Harbour fees will rise in March, said Lena Duarte, the port director.\n"
     u"“The quay is crumbling,” she told the council on Tuesday.\n"
     u"Fishermen called the plan unfair, according to the Fishers' Guild."_s},
    {u"bakery"_s, u"Bakery wins the bread prize"_s, u"The Valley Post"_s,
     u"A small bakery in Orvell won the regional bread prize on Friday, said Tomas Keller of the jury.\n"
     u"The owners plan to hire two apprentices."_s},
    {u"bridge"_s, u"Rail bridge closes for repairs"_s, u"Coastal Gazette"_s,
     u"The old rail bridge at Marrow Point will close for six weeks, the council said.\n"
     u"Engineers found cracks in two of its piers."_s},
    {u"library"_s, u"Library opens on Sundays"_s, u"The Valley Post"_s,
     u"The city library will open on Sundays from May, its director Ines Varga announced."_s},
};

} // namespace MainWindowTest


bool TestMainWindow::createProject(const QString &path)
{
    ProjectStore store;
    QString error;
    if (!store.open(path, ProjectStore::OpenMode::Create, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"lexicon"_s, u"0.1"_s);
    for (const Article &article : articles) {
        Document doc;
        doc.externalId = article.externalId;
        doc.title = article.title;
        doc.source = article.source;
        doc.text = article.text;
        if (!store.addDocument(doc, {}, {}, u"test"_s))
            return false;
        m_ids.insert(article.externalId, doc.id);
    }
    // Engine suggestions, as an engine run stores them.
    auto suggest = [&](const QString &externalId, const QList<QPair<QString, QString>> &labelled) {
        const QString text = articles.at(std::distance(articles.begin(), std::find_if(articles.begin(), articles.end(), [&](const Article &a) {
                                                           return a.externalId == externalId;
                                                       }))).text;
        const TextOffsets offsets(text);
        QList<NewAnnotation> spans;
        for (const auto &[label, needle] : labelled) {
            const qsizetype at = text.indexOf(needle);
            spans.append({{}, label, offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size()), {},
                          AnnotationStatus::Suggested, engine, 0.8, u"test-rule"_s, {}});
        }
        const qint64 id = m_ids.value(externalId);
        if (store.replaceSuggestions(id, engine, spans, {}) != spans.size())
            return false;
        for (const Annotation &a : store.annotations(id))
            m_suggestions[externalId].append(a.id);
        return true;
    };
    return suggest(u"bakery"_s, {{u"GPE"_s, u"Orvell"_s}, {u"DATE"_s, u"Friday"_s}, {u"PERSON"_s, u"Tomas Keller"_s}})
           && suggest(u"harbour"_s, {{u"QUOTE"_s, u"“The quay is crumbling,”"_s}, {u"CUE"_s, u"told"_s}});
}

void TestMainWindow::init()
{
    // Every test starts with no settings: no last project, no name (COPYDESK_ANNOTATOR gives it).
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"test.copydesk"_s);
    m_ids.clear();
    m_suggestions.clear();
    QVERIFY(createProject(m_path));
    openWindow();
}

void TestMainWindow::cleanup()
{
    closeWindow();
    m_dir.reset();
}

void TestMainWindow::attachTesters()
{
    // Every item model of the window, checked through everything the test does to it.
    const QList<QAbstractItemModel *> models{m_window->corpusBrowser()->model(), m_window->corpusBrowser()->view()->model(),
                                             m_window->annotationPanel()->listModel(),
                                             m_window->annotationPanel()->view()->model()};
    for (QAbstractItemModel *model : models)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    attachTesters();
    m_window->resize(1200, 800);
    QString error;
    QVERIFY2(m_window->openProject(m_path, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::closeWindow()
{
    if (!m_window)
        return;
    m_window->close();
    m_testers.clear();
    m_window.reset();
}

QPair<qsizetype, qsizetype> TestMainWindow::viewRange(const QString &needle) const
{
    const qsizetype at = m_window->articleView()->text().indexOf(needle);
    return {at, at < 0 ? -1 : at + needle.size()};
}

void TestMainWindow::press(int key, Qt::KeyboardModifiers modifiers)
{
    // Where a person's key goes: the focus widget (shortcuts are found from there). After a
    // dialog the window is active again, as for a person.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

qint64 TestMainWindow::createByKeys(const QString &needle, Qt::Key key)
{
    ArticleView *view = m_window->articleView();
    view->setFocus();
    const auto [start, end] = viewRange(needle);
    if (start < 0)
        return 0;
    view->setSelection(start, end);
    QTest::keyClick(view, key);
    const TextOffsets offsets(view->text());
    for (const Annotation &a : m_window->store()->annotations(m_window->currentDocument())) {
        if (a.start == offsets.toCodePoint(start) && a.end == offsets.toCodePoint(end) && a.status == AnnotationStatus::Manual)
            return a.id;
    }
    return 0;
}

std::optional<Annotation> TestMainWindow::onlyAnnotation(qint64 documentId, const QString &label, const ProjectStore &store) const
{
    std::optional<Annotation> found;
    for (const Annotation &a : store.annotations(documentId)) {
        if (a.label == label) {
            if (found)
                return std::nullopt;
            found = a;
        }
    }
    return found;
}

void TestMainWindow::saveScreenshot(const QString &name)
{
    // For people looking at the window: COPYDESK_TEST_SCREENSHOTS=DIR keeps what the tests saw.
    const QString dir = qEnvironmentVariable("COPYDESK_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        m_window->grab().save(dir + u'/' + name + u".png"_s);
}

void TestMainWindow::labelKeyOnASelectionCreatesAnAnnotation()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"harbour"_s));
    QCOMPARE(m_window->currentDocument(), documentId(u"harbour"_s));
    ArticleView *view = m_window->articleView();
    const auto [start, end] = viewRange(u"Lena Duarte"_s);
    QVERIFY(start > 0);
    view->setFocus();
    view->setSelection(start, end);
    QVERIFY(view->hasSelection());
    QTest::keyClick(view, Qt::Key_P);

    const qint64 doc = documentId(u"harbour"_s);
    const std::optional<Annotation> person = onlyAnnotation(doc, u"PERSON"_s, *m_window->store());
    QVERIFY(person);
    // The emoji is two UTF-16 units and one code point.
    QCOMPARE(person->start, qint64(start - 1));
    QCOMPARE(person->end, qint64(end - 1));
    QCOMPARE(person->status, AnnotationStatus::Manual);
    const std::optional<Annotator> by = m_window->store()->annotator(person->annotatorId);
    QVERIFY(by);
    QCOMPARE(by->kind, AnnotatorKind::Person);
    QCOMPARE(by->name, u"Ada"_s);
    // The view and the panel show it; the selection is gone.
    QVERIFY(!view->hasSelection());
    QCOMPARE(view->selectedSpan(), person->id);
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), person->id);
    QVERIFY(view->span(person->id));
    QCOMPARE(view->span(person->id)->start, start);
    // The first annotation starts work on a new document.
    QCOMPARE(m_window->store()->document(doc)->status, DocumentStatus::InProgress);
    QVERIFY(m_window->action(u"statusInProgress"_s)->isChecked());

    // Saved at once: another connection to the file sees it.
    ProjectStore other;
    QString error;
    QVERIFY2(other.open(m_path, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
    const std::optional<Annotation> stored = onlyAnnotation(doc, u"PERSON"_s, other);
    QVERIFY(stored);
    QCOMPARE(stored->id, person->id);
    QCOMPARE(stored->start, person->start);
    QCOMPARE(stored->end, person->end);
    QCOMPARE(stored->status, AnnotationStatus::Manual);
    QCOMPARE(other.annotator(stored->annotatorId)->name, u"Ada"_s);
    QCOMPARE(other.document(doc)->status, DocumentStatus::InProgress);
}

void TestMainWindow::labelKeyWithoutSelectionDoesNothing()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"bridge"_s));
    ArticleView *view = m_window->articleView();
    view->setFocus();
    view->clearSelection();
    const qint64 doc = documentId(u"bridge"_s);
    QTest::keyClick(view, Qt::Key_P);
    QTest::keyClick(view, Qt::Key_G);
    QVERIFY(m_window->store()->annotations(doc).isEmpty());
    QCOMPARE(m_window->store()->document(doc)->status, DocumentStatus::New);
    QVERIFY(!m_window->editor()->undoStack()->canUndo());
}

void TestMainWindow::panelLabelChangeUndoRedo()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"bridge"_s));
    const qint64 doc = documentId(u"bridge"_s);
    const qint64 id = createByKeys(u"Marrow Point"_s, Qt::Key_P);
    QVERIFY(id);
    QCOMPARE(m_window->store()->annotation(id)->label, u"PERSON"_s);

    // The person corrects it in the panel: the label combo, by keyboard (the label after PERSON).
    auto *combo = m_window->annotationPanel()->findChild<QComboBox *>(u"labelCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), u"PERSON"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    const QString corrected = combo->currentData().toString();
    QCOMPARE(corrected, u"ORG"_s);
    QCOMPARE(m_window->store()->annotation(id)->label, u"ORG"_s);
    QCOMPARE(m_window->store()->annotation(id)->status, AnnotationStatus::Manual);
    QCOMPARE(m_window->articleView()->span(id)->label, u"ORG"_s);

    ProjectStore other;
    QVERIFY(other.open(m_path, ProjectStore::OpenMode::Existing, nullptr));
    QCOMPARE(other.annotation(id)->label, u"ORG"_s);

    // The toolbar's undo button keeps its short text; its tooltip tells what it undoes.
    QAction *undoButton = m_window->action(u"undoButton"_s);
    QVERIFY(undoButton && undoButton->isEnabled());
    QCOMPARE(undoButton->text(), u"Undo"_s);
    QCOMPARE(undoButton->toolTip().section(u" ("_s, 0, 0), QString(m_window->action(u"undo"_s)->text()).remove(u'&'));
    QVERIFY(undoButton->toolTip().size() > u"Undo"_s.size());

    // Undo by key (the focus is still in the combo), then by the action.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->annotation(id)->label, u"PERSON"_s);
    QCOMPARE(other.annotation(id)->label, u"PERSON"_s);
    QCOMPARE(m_window->articleView()->span(id)->label, u"PERSON"_s);
    m_window->action(u"undo"_s)->trigger();
    QVERIFY(!m_window->store()->annotation(id));
    QVERIFY(!other.annotation(id));
    QVERIFY(!m_window->articleView()->span(id));
    // One step took back the annotation and the start of work it made.
    QCOMPARE(m_window->store()->document(doc)->status, DocumentStatus::New);
    QVERIFY(!m_window->editor()->undoStack()->canUndo());

    // Redo gives back the same annotation (same id), then the correction.
    m_window->articleView()->setFocus();
    QVERIFY(!m_window->action(u"redo"_s)->shortcuts().isEmpty());
    QTest::keySequence(m_window->articleView(), m_window->action(u"redo"_s)->shortcut());
    QVERIFY(m_window->store()->annotation(id));
    QCOMPARE(m_window->store()->annotation(id)->label, u"PERSON"_s);
    QCOMPARE(m_window->store()->document(doc)->status, DocumentStatus::InProgress);
    m_window->action(u"redoButton"_s)->trigger();
    QCOMPARE(m_window->store()->annotation(id)->label, u"ORG"_s);
    QCOMPARE(other.annotation(id)->label, u"ORG"_s);
    QVERIFY(!m_window->action(u"redo"_s)->isEnabled());
    QVERIFY(!m_window->action(u"redoButton"_s)->isEnabled());
}

void TestMainWindow::reopenedWindowShowsTheStateAndTheLastDocument()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"bridge"_s));
    const qint64 loc = createByKeys(u"Marrow Point"_s, Qt::Key_L);
    QVERIFY(loc);
    press(Qt::Key_3, Qt::ControlModifier);
    QVERIFY(m_window->selectDocumentByExternalId(u"library"_s));
    const qint64 person = createByKeys(u"Ines Varga"_s, Qt::Key_P);
    QVERIFY(person);
    const auto [start, end] = viewRange(u"Ines Varga"_s);

    closeWindow();
    openWindow();
    QCOMPARE(m_window->currentDocument(), documentId(u"library"_s));
    QCOMPARE(m_window->corpusBrowser()->currentDocument(), documentId(u"library"_s));
    const ViewSpan *span = m_window->articleView()->span(person);
    QVERIFY(span);
    QCOMPARE(span->label, u"PERSON"_s);
    QCOMPARE(span->start, start);
    QCOMPARE(span->end, end);
    QCOMPARE(m_window->annotationPanel()->listModel()->rowCount() > 0, true);
    QCOMPARE(m_window->store()->annotation(loc)->label, u"LOC"_s);
    QCOMPARE(m_window->store()->document(documentId(u"bridge"_s))->status, DocumentStatus::Done);
    // A new session has its own history: nothing to undo.
    QVERIFY(!m_window->action(u"undo"_s)->isEnabled());
}

void TestMainWindow::noteBeingTypedIsSavedOnClose()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"library"_s));
    const qint64 id = createByKeys(u"Ines Varga"_s, Qt::Key_P);
    QVERIFY(id);
    auto *note = m_window->annotationPanel()->findChild<QLineEdit *>(u"note"_s);
    QVERIFY(note);
    note->setFocus();
    QTest::keyClicks(note, u"check the spelling"_s);
    QCOMPARE(m_window->store()->annotation(id)->note, QString()); // not before Enter or leaving
    closeWindow();
    ProjectStore store;
    QVERIFY(store.open(m_path, ProjectStore::OpenMode::Existing, nullptr));
    QCOMPARE(store.annotation(id)->note, u"check the spelling"_s);
}

void TestMainWindow::mostUncertainFirst()
{
    ProjectStore *store = m_window->store();
    Document doc;
    doc.externalId = u"uncertain"_s;
    doc.text = u"Mara Quist met Olen Dray and Pia Holt in Vardo.\n"_s;
    QVERIFY(store->addDocument(doc, {}, {}, u"test"_s));
    const qint64 engine = store->ensureAnnotator(AnnotatorKind::Engine, u"guesser"_s, u"1"_s);
    QList<NewAnnotation> spans{{{}, u"PERSON"_s, 0, 10, {}, AnnotationStatus::Suggested, engine, 0.9, u"r"_s, {}},
                               {{}, u"PERSON"_s, 15, 24, {}, AnnotationStatus::Suggested, engine, 0.2, u"r"_s, {}},
                               {{}, u"PERSON"_s, 29, 37, {}, AnnotationStatus::Suggested, engine, 0.6, u"r"_s, {}}};
    QCOMPARE(store->replaceSuggestions(doc.id, engine, spans, {}), 3);
    QVERIFY(m_window->selectDocument(doc.id));
    QAction *uncertain = m_window->action(u"uncertainFirst"_s);
    QVERIFY(uncertain);
    uncertain->trigger();
    AnnotationPanel *panel = m_window->annotationPanel();
    auto confidence = [&] { return store->annotation(panel->currentAnnotationId())->confidence; };
    QCOMPARE(confidence(), 0.2);
    m_window->articleView()->setFocus();
    press(Qt::Key_U);
    QCOMPARE(confidence(), 0.6);
    press(Qt::Key_U);
    QCOMPARE(confidence(), 0.9);
    uncertain->trigger(); // back to text order
    QVERIFY(panel->view()->isColumnHidden(AnnotationListModel::ConfidenceColumn));
}

void TestMainWindow::acceptAndRejectSuggestionsWithKeys()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"bakery"_s));
    const qint64 doc = documentId(u"bakery"_s);
    const QList<qint64> suggestions = m_suggestions.value(u"bakery"_s);
    QCOMPARE(suggestions.size(), 3);
    AnnotationPanel *panel = m_window->annotationPanel();
    ArticleView *view = m_window->articleView();
    view->setFocus();
    view->clearSelection();

    // U goes through the suggestions one by one, then around.
    QList<qint64> visited;
    for (int i = 0; i < 3; ++i) {
        press(Qt::Key_U);
        visited.append(panel->currentAnnotationId());
        QCOMPARE(view->selectedSpan(), panel->currentAnnotationId());
    }
    QCOMPARE(QSet<qint64>(visited.cbegin(), visited.cend()), QSet<qint64>(suggestions.cbegin(), suggestions.cend()));
    press(Qt::Key_U);
    QCOMPARE(panel->currentAnnotationId(), visited.first());

    // A accepts with the focus in the article view.
    QCOMPARE(QApplication::focusWidget(), view);
    press(Qt::Key_A);
    const std::optional<Annotation> accepted = m_window->store()->annotation(visited.at(0));
    QCOMPARE(accepted->status, AnnotationStatus::Accepted);
    QCOMPARE(accepted->deciderId, m_window->editor()->personId());
    QCOMPARE(m_window->store()->annotator(accepted->annotatorId)->kind, AnnotatorKind::Engine);

    // R rejects the next one.
    press(Qt::Key_U);
    const qint64 second = panel->currentAnnotationId();
    QVERIFY(second != visited.at(0));
    press(Qt::Key_R);
    QCOMPARE(m_window->store()->annotation(second)->status, AnnotationStatus::Rejected);

    // And the keys work with the focus in the panel's list.
    panel->view()->setFocus();
    press(Qt::Key_U);
    const qint64 third = panel->currentAnnotationId();
    QVERIFY(third != visited.at(0) && third != second);
    QCOMPARE(m_window->store()->annotation(third)->status, AnnotationStatus::Suggested);
    press(Qt::Key_A);
    QCOMPARE(m_window->store()->annotation(third)->status, AnnotationStatus::Accepted);

    // No suggestion left: U stays put; the corpus browser counts follow.
    press(Qt::Key_U);
    QCOMPARE(panel->currentAnnotationId(), third);
    const DocumentSummary *summary = m_window->corpusBrowser()->model()->summary(doc);
    QVERIFY(summary);
    QCOMPARE(summary->suggestionCount, 0);
    QCOMPARE(summary->annotationCount, 2);

    // Each decision is one undo step.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->annotation(third)->status, AnnotationStatus::Suggested);
    QCOMPARE(m_window->corpusBrowser()->model()->summary(doc)->suggestionCount, 1);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->annotation(second)->status, AnnotationStatus::Suggested);
}

void TestMainWindow::clickingASpanShowsItInThePanel()
{
    QVERIFY(m_window->selectDocumentByExternalId(u"harbour"_s));
    ArticleView *view = m_window->articleView();
    QTRY_VERIFY(view->isLayoutSettled());
    const auto [start, end] = viewRange(u"quay"_s);
    QVERIFY(start > 0);
    const QRect rect = view->characterRect(start + 1);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    // The innermost span under the pointer: the quote.
    qint64 quote = 0;
    for (const Annotation &a : m_window->store()->annotations(documentId(u"harbour"_s))) {
        if (a.label == u"QUOTE")
            quote = a.id;
    }
    QVERIFY(quote);
    QCOMPARE(view->selectedSpan(), quote);
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), quote);
    auto *covered = m_window->annotationPanel()->findChild<QLabel *>(u"coveredText"_s);
    QVERIFY(covered);
    QVERIFY2(covered->text().contains(u"quay is crumbling"_s), qPrintable(covered->text()));
    QVERIFY(m_window->action(u"accept"_s)->isEnabled());
    saveScreenshot(u"quote-selected"_s);
}

void TestMainWindow::keyboardNavigationBetweenDocuments()
{
    const qint64 harbour = documentId(u"harbour"_s);
    const qint64 bakery = documentId(u"bakery"_s);
    const qint64 bridge = documentId(u"bridge"_s);
    const qint64 library = documentId(u"library"_s);
    QCOMPARE(m_window->currentDocument(), harbour); // no last document yet: the first
    m_window->articleView()->setFocus();

    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument(), bakery);
    QCOMPARE(m_window->articleView()->text(), articles.at(1).text);
    QCOMPARE(m_window->annotationPanel()->documentId(), bakery);
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument(), bridge);
    press(Qt::Key_PageUp, Qt::ControlModifier);
    press(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument(), harbour);
    press(Qt::Key_PageUp, Qt::ControlModifier); // the first stays
    QCOMPARE(m_window->currentDocument(), harbour);

    // Ctrl+Return: done, and on to the next; its two suggestions pending, it asks first.
    CopydeskTest::answerNextMessageBox(this, u"acceptPending"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->store()->document(harbour)->status, DocumentStatus::Done);
    QCOMPARE(m_window->currentDocument(), bakery);

    // Ctrl+1/2/3 set the status of the document shown.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->store()->document(bakery)->status, DocumentStatus::InProgress);
    QVERIFY(m_window->action(u"statusInProgress"_s)->isChecked());
    CopydeskTest::answerNextMessageBox(this, u"acceptPending"_s);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->store()->document(bakery)->status, DocumentStatus::Done);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->store()->document(bakery)->status, DocumentStatus::New);
    QVERIFY(m_window->action(u"statusNew"_s)->isChecked());
    QCOMPARE(m_window->corpusBrowser()->model()->summary(bakery)->status, DocumentStatus::New);
    // Status changes are undoable like any edit.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->document(bakery)->status, DocumentStatus::Done);

    // The list itself, by keyboard.
    QTreeView *list = m_window->corpusBrowser()->view();
    list->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(m_window->currentDocument(), bridge);
    press(Qt::Key_End);
    QCOMPARE(m_window->currentDocument(), library);
    press(Qt::Key_PageDown, Qt::ControlModifier); // the last stays
    QCOMPARE(m_window->currentDocument(), library);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->store()->document(library)->status, DocumentStatus::Done);
    QCOMPARE(m_window->currentDocument(), library);
}

void TestMainWindow::doneAndNextUnderAStatusFilter()
{
    // Showing new documents only, the done one leaves the list: Ctrl+Return must still go to the
    // document that followed it, not skip one.
    auto *status = m_window->corpusBrowser()->findChild<QComboBox *>(u"statusFilter"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(DocumentStatus::New)));
    QCOMPARE(m_window->corpusBrowser()->visibleCount(), 4);
    QVERIFY(m_window->selectDocumentByExternalId(u"harbour"_s));
    m_window->articleView()->setFocus();
    CopydeskTest::answerNextMessageBox(this, u"rejectPending"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->corpusBrowser()->visibleCount(), 3);
    QCOMPARE(m_window->currentDocument(), documentId(u"bakery"_s));
    QCOMPARE(m_window->corpusBrowser()->currentDocument(), documentId(u"bakery"_s));
    CopydeskTest::answerNextMessageBox(this, u"acceptPending"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument(), documentId(u"bridge"_s));
    QCOMPARE(m_window->corpusBrowser()->currentPosition(), 1);
    QCOMPARE(m_window->store()->document(documentId(u"bakery"_s))->status, DocumentStatus::Done);
    // The counts follow the rows that left the list.
    auto *count = m_window->corpusBrowser()->findChild<QLabel *>(u"count"_s);
    QVERIFY(count);
    QVERIFY2(count->text().startsWith(u"2 "_s), qPrintable(count->text()));
    auto *position = m_window->findChild<QLabel *>(u"position"_s);
    QVERIFY(position);
    QCOMPARE(position->text(), u"Document 1 of 2"_s);
}


int main(int argc, char *argv[])
{
    // Settings, data and the sample project go to a temporary home: the tests never touch the
    // person's own. Set before the application exists, so every path is computed from them.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    qputenv("COPYDESK_ANNOTATOR", "Ada");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CopydeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
