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

// The window's areas: focus order, search and filters, documents added and dropped while open,
// preferences, accessibility and the corpus browser's layout.

void TestMainWindow::tabReachesEveryArea()
{
    // With the keyboard alone a person gets to the search, the list, the article and the panel.
    const QList<QWidget *> areas{m_window->corpusBrowser()->searchField(), m_window->corpusBrowser()->view(),
                                 m_window->articleView(), m_window->annotationPanel()->view()};
    QSet<QWidget *> reached;
    m_window->articleView()->setFocus();
    for (int i = 0; i < 60 && reached.size() < areas.size(); ++i) {
        press(Qt::Key_Tab);
        if (areas.contains(QApplication::focusWidget()))
            reached.insert(QApplication::focusWidget());
    }
    for (QWidget *area : areas)
        QVERIFY2(reached.contains(area), qPrintable(area->accessibleName()));
    // And back with Shift+Tab.
    reached.clear();
    for (int i = 0; i < 60 && reached.size() < areas.size(); ++i) {
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        if (areas.contains(QApplication::focusWidget()))
            reached.insert(QApplication::focusWidget());
    }
    QCOMPARE(reached.size(), areas.size());
    // The panel's filter has its own key.
    m_window->articleView()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->annotationPanel()->findChild<QLineEdit *>(u"filter"_s));
}

void TestMainWindow::searchAndFilters()
{
    CorpusBrowser *browser = m_window->corpusBrowser();
    QLineEdit *search = browser->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"council"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->visibleCount(), 2);
    // The shown document stays when it matches.
    QCOMPARE(m_window->currentDocument(), documentId(u"harbour"_s));

    // Words with punctuation (not FTS syntax) are searched as a phrase.
    search->clear();
    QTest::keyClicks(search, u"Fishers' Guild"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->visibleCount(), 1);

    search->clear();
    QTest::keyClicks(search, u"Orv*"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->visibleCount(), 1);
    // When it does not, the first match is shown.
    QCOMPARE(m_window->currentDocument(), documentId(u"bakery"_s));

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->visibleCount(), 4);
    // Ctrl+F puts the focus back in the search field.
    m_window->articleView()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);

    QVERIFY(m_window->selectDocumentByExternalId(u"bridge"_s));
    m_window->articleView()->setFocus();
    press(Qt::Key_3, Qt::ControlModifier);
    auto *status = browser->findChild<QComboBox *>(u"statusFilter"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(DocumentStatus::Done)));
    QCOMPARE(browser->visibleCount(), 1);
    QCOMPARE(browser->currentDocument(), documentId(u"bridge"_s));
    status->setCurrentIndex(status->findData(int(DocumentStatus::New)));
    QCOMPARE(browser->visibleCount(), 3);
    status->setCurrentIndex(0);

    // By label: documents with a quote that is not rejected.
    auto *label = browser->findChild<QComboBox *>(u"labelFilter"_s);
    QVERIFY(label);
    label->setCurrentIndex(label->findData(u"QUOTE"_s));
    QCOMPARE(browser->visibleCount(), 1);
    QCOMPARE(browser->currentDocument(), documentId(u"harbour"_s));
    label->setCurrentIndex(0);
    QCOMPARE(browser->visibleCount(), 4);
}

void TestMainWindow::documentAddedWhileOpen()
{
    // A document added through the window's own connection is one inserted row.
    CorpusModel *model = m_window->corpusBrowser()->model();
    Document doc;
    doc.externalId = u"ferry"_s;
    doc.title = u"Ferry timetable changes"_s;
    doc.text = u"The island ferry will sail twice a day from June."_s;
    QVERIFY(m_window->store()->addDocument(doc, {}, {}, u"test"_s));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->rowOf(doc.id), 4);
    QCOMPARE(m_window->corpusBrowser()->visibleCount(), 5);
    QCOMPARE(m_window->currentDocument(), documentId(u"harbour"_s));
    QVERIFY(m_window->selectDocument(doc.id));
    QCOMPARE(m_window->articleView()->text(), doc.text);
}

void TestMainWindow::backgroundImportByDrop()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"in"_s));
    const QStringList texts{u"The town hall clock stopped at noon on Monday, a clerk said.\n"_s,
                            u"Volunteers planted forty oak trees along the canal path.\n"_s};
    QList<QUrl> urls;
    for (int i = 0; i < texts.size(); ++i) {
        QFile file(m_dir->filePath(u"in/new-%1.txt"_s.arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(texts.at(i).toUtf8());
        urls.append(QUrl::fromLocalFile(file.fileName()));
    }
    QVERIFY(m_window->selectDocumentByExternalId(u"bakery"_s));
    // The preference: run the engines over what was imported, in the same job.
    QSettings().setValue(u"import/annotate"_s, true);

    QMimeData mime;
    mime.setUrls(urls);
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);

    // The drop came back while the import is under way (its end is reported through the event
    // loop): the window is not blocked, and the person can go on working.
    QVERIFY(!m_window->action(u"importFiles"_s)->isEnabled());
    m_window->articleView()->setFocus();
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument(), documentId(u"bridge"_s));
    QVERIFY(m_window->action(u"accept"_s)->isEnabled());

    m_window->waitForJobs();
    // A job that outlasts 300 ms (as in a slow, sanitized build) shows a window-modal progress
    // dialog, which takes the keyboard focus and goes when the event loop next runs; the
    // window manager then activates the window again and its focus comes back to the article.
    // Offscreen there is no window manager: the test does its part.
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->articleView()));
    QVERIFY(m_window->action(u"importFiles"_s)->isEnabled());
    QCOMPARE(m_window->store()->documentCount(), 6);
    QCOMPARE(m_window->corpusBrowser()->model()->rowCount(), 6);
    QCOMPARE(m_window->corpusBrowser()->visibleCount(), 6);
    QCOMPARE(m_window->store()->search(u"oak"_s).size(), 1);
    const QList<qint64> clock = m_window->store()->search(u"clock"_s);
    QCOMPARE(clock.size(), 1);
    const DocumentSummary *imported = m_window->corpusBrowser()->model()->summary(clock.first());
    QVERIFY(imported);
    QVERIFY(imported->suggestionCount > 0);
    // The reload after the job keeps the place in the list: the next document is the one after.
    QCOMPARE(m_window->currentDocument(), documentId(u"bridge"_s));
    QCOMPARE(m_window->corpusBrowser()->currentDocument(), documentId(u"bridge"_s));
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument(), documentId(u"library"_s));
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(m_window->articleView()->text().contains(u"town hall clock"_s));
}

void TestMainWindow::droppingAProjectOpensIt()
{
    const QString other = m_dir->filePath(u"other.copydesk"_s);
    {
        ProjectStore store;
        QVERIFY(store.open(other, ProjectStore::OpenMode::Create, nullptr));
        Document doc;
        doc.externalId = u"only"_s;
        doc.text = u"A lighthouse keeper retired after forty years."_s;
        QVERIFY(store.addDocument(doc, {}, {}, u"test"_s));
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    // As a real drag: it enters the window (which becomes the drop target), then drops.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->store()->path(), other);
    QCOMPARE(m_window->corpusBrowser()->visibleCount(), 1);
    QVERIFY(m_window->articleView()->text().startsWith(u"A lighthouse"_s));
    QVERIFY(m_window->windowTitle().contains(u"other.copydesk"_s));
}

void TestMainWindow::preferencesChangeThePerson()
{
    QCOMPARE(m_window->editor()->personName(), u"Ada"_s);
    // The dialog is modal: answer it from the event loop, as a person would.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), u"Ada"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Grace"_s);
        auto *annotate = dialog->findChild<QCheckBox *>(u"annotateOnImport"_s);
        QVERIFY(annotate);
        annotate->setChecked(true);
        QTest::keyClick(name, Qt::Key_Return); // the default button: OK
        answered = true;
    });
    m_window->action(u"preferences"_s)->trigger();
    QVERIFY(answered);
    QCOMPARE(m_window->editor()->personName(), u"Grace"_s);
    QCOMPARE(QSettings().value(u"annotator/name"_s).toString(), u"Grace"_s);
    QVERIFY(QSettings().value(u"import/annotate"_s).toBool());
    QVERIFY(m_window->statusBar()->findChildren<QLabel *>().size() > 0);
    bool shown = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        shown = shown || label->text().contains(u"Grace"_s);
    QVERIFY(shown);

    QVERIFY(m_window->selectDocumentByExternalId(u"library"_s));
    const qint64 id = createByKeys(u"Ines Varga"_s, Qt::Key_P);
    QVERIFY(id);
    QCOMPARE(m_window->store()->annotator(m_window->store()->annotation(id)->annotatorId)->name, u"Grace"_s);
}

void TestMainWindow::accessibleNames()
{
    const QList<QWidget *> widgets{m_window->articleView(), m_window->corpusBrowser()->searchField(),
                                   m_window->corpusBrowser()->view(), m_window->annotationPanel()->view()};
    for (QWidget *widget : widgets) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), widget->accessibleName());
    }
    // Combo boxes tell their current item as their name on Linux; their own name is set too.
    for (const QString &name : {u"statusFilter"_s, u"labelFilter"_s}) {
        auto *combo = m_window->corpusBrowser()->findChild<QComboBox *>(name);
        QVERIFY(combo);
        QVERIFY(!combo->accessibleName().isEmpty());
    }
    // The corpus headers are short; their full names are there for screen readers and tooltips.
    const CorpusModel *model = m_window->corpusBrowser()->model();
    for (int column = 0; column < CorpusModel::ColumnCount; ++column) {
        const QString full = model->headerData(column, Qt::Horizontal, Qt::AccessibleTextRole).toString();
        QVERIFY(full.size() >= model->headerData(column, Qt::Horizontal).toString().size());
        QVERIFY(!model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestMainWindow::corpusBrowserFitsItsDock()
{
    // At the default dock width every visible column is whole: no horizontal scrolling, and
    // the title has the most room.
    QTreeView *list = m_window->corpusBrowser()->view();
    QTRY_VERIFY(list->isVisible());
    // Each status once (their icons differ).
    QVERIFY(m_window->editor()->setDocumentStatus(documentId(u"bakery"_s), DocumentStatus::InProgress));
    QVERIFY(m_window->editor()->setDocumentStatus(documentId(u"bridge"_s), DocumentStatus::Done));
    QVERIFY(list->width() <= 320);
    QHeaderView *header = list->header();
    QVERIFY(header->isSectionHidden(CorpusModel::SourceColumn));
    QTRY_VERIFY(header->length() <= list->viewport()->width());
    const int title = header->sectionSize(CorpusModel::TitleColumn);
    for (int column = 1; column < CorpusModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column))
            QVERIFY2(header->sectionSize(column) < title, qPrintable(QString::number(column)));
    }
    QVERIFY(title >= list->viewport()->width() / 3);
    saveScreenshot(u"window"_s);
}

void TestMainWindow::corpusHeaderStateIsKept()
{
    CorpusBrowser *browser = m_window->corpusBrowser();
    QVERIFY(!browser->isColumnVisible(CorpusModel::SourceColumn));
    browser->setColumnVisible(CorpusModel::SourceColumn, true);
    browser->setColumnVisible(CorpusModel::TitleColumn, false); // never hidden
    QVERIFY(browser->isColumnVisible(CorpusModel::TitleColumn));
    browser->view()->sortByColumn(CorpusModel::TitleColumn, Qt::DescendingOrder);
    closeWindow();

    openWindow();
    browser = m_window->corpusBrowser();
    QVERIFY(browser->isColumnVisible(CorpusModel::SourceColumn));
    QVERIFY(browser->isColumnVisible(CorpusModel::TitleColumn));
    QCOMPARE(browser->view()->header()->sortIndicatorSection(), int(CorpusModel::TitleColumn));
    QCOMPARE(browser->view()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    // "Rail bridge…" sorts last among the titles, so it is first in descending order.
    QCOMPARE(browser->view()->model()->index(0, 0).data(CorpusModel::DocumentIdRole).toLongLong(), documentId(u"bridge"_s));
}
