#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "corpusbrowser.h"
#include "preferences.h"
#include "projectstore.h"
#include "sampleproject.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

template<typename Slot>
QAction *MainWindow::addNamedAction(const QString &name, const QString &text, const QKeySequence &shortcut, Slot slot,
                                    const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (!tip.isEmpty())
        a->setStatusTip(tip);
    a->setToolTip(shortcut.isEmpty() ? text : u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                                               shortcut.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    addAction(a);
    return a;
}

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createDocumentActions();
    createViewActions();
}

void MainWindow::createFileActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                      const QString &tip = {}) { return addNamedAction(name, text, shortcut, slot, tip); };
    add(u"new"_s, tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
    add(u"open"_s, tr("&Open Project…"), QKeySequence::Open, &MainWindow::openProjectDialog);
    add(u"openSample"_s, tr("Open the &Sample Project"), QKeySequence(), [this] {
        QString error;
        if (!SampleProject::ensure(&error) || !openProject(SampleProject::path(), &error))
            QMessageBox::warning(this, tr("Sample project"), error);
    });
    add(u"importFiles"_s, tr("&Import Files…"), QKeySequence(tr("Ctrl+I")), &MainWindow::importFiles,
        tr("Import text, JSONL or CoNLL files into the project"));
    add(u"importFolder"_s, tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+I")), &MainWindow::importFolder);
    add(u"export"_s, tr("&Export…"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportProject);
    add(u"quit"_s, tr("&Quit"), QKeySequence::Quit, &MainWindow::close);

    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    // Every binding of the platform (Ctrl+Y and Ctrl+Shift+Z for redo on Linux desktops).
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(u"undo"_s);
    m_actions.insert(u"undo"_s, undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setObjectName(u"redo"_s);
    m_actions.insert(u"redo"_s, redo);
    addAction(undo);
    addAction(redo);
    // The toolbar's buttons keep a short text: the menu's "Undo Add PERSON" would resize the
    // toolbar at every edit. Their tooltips say what they undo.
    auto toolbarTwin = [this](QAction *original, const QString &name, const QString &text) {
        auto *twin = new QAction(text, this);
        twin->setObjectName(name);
        auto sync = [twin, original] {
            twin->setEnabled(original->isEnabled());
            twin->setToolTip(u"%1 (%2)"_s.arg(QString(original->text()).remove(u'&'),
                                              original->shortcut().toString(QKeySequence::NativeText)));
        };
        connect(original, &QAction::changed, twin, sync);
        connect(twin, &QAction::triggered, original, &QAction::trigger);
        sync();
        m_actions.insert(name, twin);
    };
    toolbarTwin(undo, u"undoButton"_s, tr("Undo"));
    toolbarTwin(redo, u"redoButton"_s, tr("Redo"));

}

void MainWindow::createEditActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                      const QString &tip = {}) { return addNamedAction(name, text, shortcut, slot, tip); };
    add(u"accept"_s, tr("&Accept"), QKeySequence(tr("A")), [this] { decide(true); },
        tr("Accept the selected suggestion and go to the next one"));
    add(u"reject"_s, tr("Re&ject"), QKeySequence(tr("R")), [this] { decide(false); },
        tr("Reject the selected annotation (it is kept so it is not suggested again) and go to the next one"));
    add(u"acceptAllShown"_s, tr("Accept All Shown Suggestions"), QKeySequence(), [this] { m_panel->acceptAllShown(); },
        tr("Accept every suggestion the article and the list show; hidden ones stay as they are"));
    add(u"rejectAllShown"_s, tr("Reject All Shown Suggestions"), QKeySequence(), [this] { m_panel->rejectAllShown(); },
        tr("Reject every suggestion the article and the list show; hidden ones stay as they are"));
    add(u"linkSpeaker"_s, tr("Link the S&peaker…"), QKeySequence(tr("Shift+S")), [this] { startLinking(u"SPEAKER"_s); },
        tr("With a quote selected: choose its speaker with the arrow keys, Enter links"));
    add(u"linkCue"_s, tr("Link the &Cue…"), QKeySequence(tr("Shift+C")), [this] { startLinking(u"CUE"_s); },
        tr("With a quote selected: choose its cue with the arrow keys, Enter links"));
    add(u"linkVia"_s, tr("Link &Via…"), QKeySequence(tr("Shift+V")), [this] { startLinking(u"VIA"_s); },
        tr("With a quote selected: choose the publication it came via, Enter links"));
    add(u"acceptAll"_s, tr("Accept All of T&his Label"), QKeySequence(tr("Shift+A")),
        [this] { m_panel->acceptAllOfCurrentLabel(); });
    add(u"nextReading"_s, tr("S&witch to the Next Reading"), QKeySequence(tr("W")),
        [this] {
            if (const qint64 id = m_panel->currentAnnotationId())
                m_editor->swapToAlternative(id);
        },
        tr("Give the selected suggestion the next reading another engine proposed (label or bounds)"));
    add(u"delete"_s, tr("&Delete"), QKeySequence::Delete, [this] { m_panel->deleteSelected(); });
    add(u"nextAnnotation"_s, tr("Next Annotation"), QKeySequence(tr("J")), [this] { m_panel->selectNext(); });
    add(u"previousAnnotation"_s, tr("Previous Annotation"), QKeySequence(tr("K")), [this] { m_panel->selectPrevious(); });
    add(u"nextSuggestion"_s, tr("Next &Suggestion"), QKeySequence(tr("U")), [this] { m_panel->selectNextSuggestion(); },
        tr("Go to the next suggestion to review"));
    add(u"startLeft"_s, tr("Start One Character Left"), QKeySequence(tr("Alt+Left")), [this] { m_panel->moveStart(-1, false); });
    add(u"startRight"_s, tr("Start One Character Right"), QKeySequence(tr("Alt+Right")), [this] { m_panel->moveStart(1, false); });
    add(u"endLeft"_s, tr("End One Character Left"), QKeySequence(tr("Alt+Shift+Left")), [this] { m_panel->moveEnd(-1, false); });
    add(u"endRight"_s, tr("End One Character Right"), QKeySequence(tr("Alt+Shift+Right")), [this] { m_panel->moveEnd(1, false); });
    add(u"startWordLeft"_s, tr("Start One Word Left"), QKeySequence(tr("Ctrl+Alt+Left")), [this] { m_panel->moveStart(-1, true); });
    add(u"startWordRight"_s, tr("Start One Word Right"), QKeySequence(tr("Ctrl+Alt+Right")), [this] { m_panel->moveStart(1, true); });
    add(u"endWordLeft"_s, tr("End One Word Left"), QKeySequence(tr("Ctrl+Alt+Shift+Left")), [this] { m_panel->moveEnd(-1, true); });
    add(u"endWordRight"_s, tr("End One Word Right"), QKeySequence(tr("Ctrl+Alt+Shift+Right")), [this] { m_panel->moveEnd(1, true); });
    add(u"filterAnnotations"_s, tr("&Filter Annotations"), QKeySequence(tr("Ctrl+Shift+F")), [this] { m_panel->focusFilter(); });
    add(u"search"_s, tr("&Search Documents"), QKeySequence::Find, [this] {
        m_browserDock->show();
        m_browser->searchField()->setFocus();
        m_browser->searchField()->selectAll();
    });
    add(u"schema"_s, tr("&Edit Labels…"), QKeySequence(), &MainWindow::editSchema);
    add(u"preferences"_s, tr("&Preferences…"), QKeySequence::Preferences, &MainWindow::editPreferences);

}

void MainWindow::createDocumentActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                      const QString &tip = {}) { return addNamedAction(name, text, shortcut, slot, tip); };
    add(u"nextDocument"_s, tr("&Next Document"), QKeySequence(tr("Ctrl+PgDown")), &MainWindow::nextDocument);
    add(u"previousDocument"_s, tr("&Previous Document"), QKeySequence(tr("Ctrl+PgUp")), &MainWindow::previousDocument);
    add(u"doneAndNext"_s, tr("&Mark Done and Next"), QKeySequence(tr("Ctrl+Return")), &MainWindow::doneAndNext);
    auto *statuses = new QActionGroup(this);
    const QList<QPair<QString, QString>> statusActions{
        {u"statusNew"_s, tr("Status: N&ew")}, {u"statusInProgress"_s, tr("Status: &In Progress")}, {u"statusDone"_s, tr("Status: &Done")}};
    for (int i = 0; i < statusActions.size(); ++i) {
        QAction *a = add(statusActions.at(i).first, statusActions.at(i).second, QKeySequence(tr("Ctrl+%1").arg(i + 1)),
                         [this, i] {
                             if (i == int(DocumentStatus::Done))
                                 markDone(); // asks about pending suggestions
                             else
                                 setDocumentStatus(i);
                         });
        a->setCheckable(true);
        statuses->addAction(a);
    }

}

void MainWindow::createViewActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                      const QString &tip = {}) { return addNamedAction(name, text, shortcut, slot, tip); };
    add(u"zoomIn"_s, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add(u"zoomOut"_s, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add(u"zoomReset"_s, tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), [this] { m_view->resetZoom(); });
    const QStringList layerTexts{tr("&Entities"), tr("&Sourcing"), tr("&Furniture")};
    for (int i = 0; i < layerNames().size(); ++i) {
        const QString layer = layerNames().at(i);
        QAction *a = add(u"layer-"_s + layer, layerTexts.at(i), QKeySequence(tr("Ctrl+Shift+%1").arg(i + 1)), [this, layer](bool on) {
            m_view->setLayerVisible(layer, on);
            Preferences::layerVisible(layer).setValue(on);
            syncShownToPanel();
        }, tr("Show or hide this layer's annotations"));
        a->setCheckable(true);
        a->setChecked(true);
    }
    QAction *suggestions = add(u"showSuggestions"_s, tr("Show S&uggestions"), QKeySequence(tr("Ctrl+Shift+G")), [this](bool on) {
        m_view->setShowSuggestions(on);
        Preferences::showSuggestions().setValue(on);
        syncShownToPanel();
    });
    suggestions->setCheckable(true);
    suggestions->setChecked(true);
    QAction *rejected = add(u"showRejected"_s, tr("Show &Rejected"), QKeySequence(tr("Ctrl+Shift+R")), [this](bool on) {
        m_view->setShowRejected(on);
        Preferences::showRejected().setValue(on);
        syncShownToPanel();
    });
    rejected->setCheckable(true);

    add(u"annotateAll"_s, tr("Pre-annotate &All Layers"), QKeySequence(tr("Ctrl+Shift+P")), [this] { preAnnotate({}); },
        tr("Run the engines over every document; your decisions are kept"));
    add(u"annotateFurniture"_s, tr("Pre-annotate &Furniture"), QKeySequence(), [this] { preAnnotate({u"furniture"_s}); });
    add(u"annotateSourcing"_s, tr("Pre-annotate &Sourcing"), QKeySequence(), [this] { preAnnotate({u"sourcing"_s}); });
    add(u"annotateEntities"_s, tr("Pre-annotate &Entities"), QKeySequence(), [this] { preAnnotate({u"entities"_s}); });
    add(u"train"_s, tr("&Train the Entity Tagger"), QKeySequence(), &MainWindow::train,
        tr("Learn from the entity decisions in this project"));
    QAction *uncertain = add(u"uncertainFirst"_s, tr("Review Most &Uncertain First"), QKeySequence(tr("Ctrl+Shift+U")), [this](bool on) {
        // The panel's Next Suggestion follows the list's order: least confident first.
        QTreeView *list = m_panel->view();
        list->setColumnHidden(AnnotationListModel::ConfidenceColumn, !on);
        list->sortByColumn(on ? AnnotationListModel::ConfidenceColumn : AnnotationListModel::StartColumn, Qt::AscendingOrder);
        if (on)
            m_panel->selectNextSuggestion();
    }, tr("Order the annotations by the engines' confidence, least confident first"));
    uncertain->setCheckable(true);

    add(u"keys"_s, tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, &MainWindow::showKeys);
    add(u"about"_s, tr("&About Copydesk"), QKeySequence(), &MainWindow::about);
    createSetsActions(); // several annotators: mainwindow_sets.cpp
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"new"_s));
    file->addAction(action(u"open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(action(u"openSample"_s));
    file->addSeparator();
    file->addAction(action(u"importFiles"_s));
    file->addAction(action(u"importFolder"_s));
    file->addAction(action(u"export"_s));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(u"undo"_s));
    edit->addAction(action(u"redo"_s));
    edit->addSeparator();
    m_labelMenu = edit->addMenu(tr("&Label"));
    edit->addAction(action(u"accept"_s));
    edit->addAction(action(u"reject"_s));
    edit->addAction(action(u"acceptAll"_s));
    edit->addAction(action(u"acceptAllShown"_s));
    edit->addAction(action(u"rejectAllShown"_s));
    QMenu *link = edit->addMenu(tr("Lin&k the Quote"));
    link->addAction(action(u"linkSpeaker"_s));
    link->addAction(action(u"linkCue"_s));
    link->addAction(action(u"linkVia"_s));
    edit->addAction(action(u"nextReading"_s));
    edit->addAction(action(u"delete"_s));
    QMenu *bounds = edit->addMenu(tr("&Boundaries"));
    for (const char *name : {"startLeft", "startRight", "endLeft", "endRight", "startWordLeft", "startWordRight", "endWordLeft", "endWordRight"})
        bounds->addAction(action(QString::fromLatin1(name)));
    edit->addSeparator();
    edit->addAction(action(u"nextAnnotation"_s));
    edit->addAction(action(u"previousAnnotation"_s));
    edit->addAction(action(u"nextSuggestion"_s));
    edit->addAction(action(u"filterAnnotations"_s));
    edit->addSeparator();
    edit->addAction(action(u"schema"_s));
    edit->addAction(action(u"preferences"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const QString &layer : layerNames())
        view->addAction(action(u"layer-"_s + layer));
    view->addAction(action(u"showSuggestions"_s));
    view->addAction(action(u"showRejected"_s));
    view->addSeparator();
    view->addAction(action(u"zoomIn"_s));
    view->addAction(action(u"zoomOut"_s));
    view->addAction(action(u"zoomReset"_s));
    view->addSeparator();
    view->addAction(m_browserDock->toggleViewAction());
    view->addAction(m_panelDock->toggleViewAction());
    view->addAction(m_sourcingDock->toggleViewAction());
    QAction *dashboard = m_dashboardDock->toggleViewAction();
    dashboard->setObjectName(u"dashboard"_s);
    dashboard->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_actions.insert(dashboard->objectName(), dashboard);
    connect(dashboard, &QAction::triggered, m_dashboardDock, [this](bool on) {
        if (!on)
            return;
        m_dashboardDock->raise(); // in front of the docks it is tabbed with
        if (!m_dashboardDock->isFloating() && m_dashboardDock->width() < 520) // room for the charts' names
            resizeDocks({m_dashboardDock}, {std::min(560, width() * 38 / 100)}, Qt::Horizontal);
    });
    view->addAction(dashboard);

    QMenu *document = menuBar()->addMenu(tr("&Document"));
    document->addAction(action(u"nextDocument"_s));
    document->addAction(action(u"previousDocument"_s));
    document->addAction(action(u"doneAndNext"_s));
    document->addSeparator();
    document->addAction(action(u"statusNew"_s));
    document->addAction(action(u"statusInProgress"_s));
    document->addAction(action(u"statusDone"_s));
    document->addSeparator();
    document->addAction(action(u"search"_s));

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->addAction(action(u"annotateAll"_s));
    annotate->addAction(action(u"annotateFurniture"_s));
    annotate->addAction(action(u"annotateSourcing"_s));
    annotate->addAction(action(u"annotateEntities"_s));
    annotate->addSeparator();
    annotate->addAction(action(u"train"_s));
    annotate->addAction(action(u"uncertainFirst"_s));

    addSetsMenus(file, view, annotate); // several annotators: mainwindow_sets.cpp

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"keys"_s));
    help->addAction(action(u"about"_s));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(action(u"previousDocument"_s));
    toolbar->addAction(action(u"nextDocument"_s));
    toolbar->addSeparator();
    toolbar->addAction(action(u"accept"_s));
    toolbar->addAction(action(u"reject"_s));
    toolbar->addAction(action(u"nextSuggestion"_s));
    toolbar->addSeparator();
    toolbar->addAction(action(u"undoButton"_s));
    toolbar->addAction(action(u"redoButton"_s));

    QToolBar *layers = addToolBar(tr("Layers"));
    layers->setObjectName(u"LayersToolBar"_s);
    layers->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const QString &layer : layerNames())
        layers->addAction(action(u"layer-"_s + layer));
    layers->addAction(action(u"showSuggestions"_s));
    layers->addAction(action(u"showRejected"_s));
}

void MainWindow::updateActions()
{
    const bool open = m_store->isOpen();
    const bool hasDocument = m_presented.documentId != 0;
    for (const char *name : {"importFiles", "importFolder", "export", "schema", "annotateAll", "annotateFurniture",
                             "annotateSourcing", "annotateEntities", "train", "search"})
        action(QString::fromLatin1(name))->setEnabled(open && !m_job);
    for (const char *name : {"nextDocument", "previousDocument", "doneAndNext", "statusNew", "statusInProgress", "statusDone",
                             "accept", "reject", "acceptAll", "acceptAllShown", "rejectAllShown", "linkSpeaker", "linkCue",
                             "linkVia", "nextReading", "delete", "nextAnnotation", "previousAnnotation", "nextSuggestion",
                             "filterAnnotations"})
        action(QString::fromLatin1(name))->setEnabled(hasDocument);
    if (hasDocument) {
        if (const std::optional<DocumentStatus> status = m_editor->documentStatus(m_presented.documentId)) {
            const char *names[] = {"statusNew", "statusInProgress", "statusDone"};
            action(QString::fromLatin1(names[int(*status)]))->setChecked(true);
        }
    }
    // The label menu: the label keys' actions (a selection gets the label, or the selected
    // annotation is relabelled).
    m_labelMenu->clear();
    m_labelMenu->addActions(m_labelActions);
    m_labelMenu->setEnabled(hasDocument && (m_view->hasSelection() || m_panel->currentAnnotationId() != 0));
    updateSetsActions(); // another annotator's set is read-only: mainwindow_sets.cpp
}

QList<QPair<QString, QString>> MainWindow::keyRows() const
{
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Select text, then a label's key"), tr("Add that label (Edit ▸ Label)")});
    rows.append({tr("A label's key on a selected annotation"), tr("Relabel it (across layers, after asking)")});
    for (const QAction *a : m_labelActions)
        rows.append({a->shortcut().toString(QKeySequence::NativeText), a->text()});
    QList<QAction *> actions = m_actions.values();
    std::sort(actions.begin(), actions.end(), [](const QAction *x, const QAction *y) { return x->text() < y->text(); });
    for (const QAction *a : std::as_const(actions)) {
        if (!a->shortcut().isEmpty())
            rows.append({a->shortcut().toString(QKeySequence::NativeText), QString(a->text()).remove(u'&').remove(u'…')});
    }
    rows.append({tr("← → (linking)"), tr("The previous or next candidate")});
    rows.append({tr("Enter (linking)"), tr("Link it; with words selected, add them as the source or cue and link")});
    rows.append({tr("D I M S (a new quote)"), tr("Its form: direct, indirect, mixed, scare quote")});
    rows.append({tr("Esc"), tr("Cancel linking or the form question")});
    rows.append({tr("Alt + drag"), tr("Select without snapping to words")});
    return rows;
}

QString MainWindow::keysHelpText() const
{
    QStringList lines;
    for (const auto &[keys, what] : keyRows())
        lines.append(keys + u'\t' + what);
    return lines.join(u'\n');
}

void MainWindow::showKeys()
{
    QString html = u"<table cellspacing=4>"_s;
    for (const auto &[keys, what] : keyRows())
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += u"</table>"_s;
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showSelectionMenu(const QPoint &globalPos, qsizetype start, qsizetype end)
{
    QMenu menu(this);
    const LabelSchema schema = m_store->schema();
    QString layer;
    for (const LabelDefinition &label : schema.labels()) {
        if (label.layer != layer) {
            if (!layer.isEmpty())
                menu.addSeparator();
            layer = label.layer;
        }
        QPixmap chip(12, 12);
        chip.fill(QColor(label.color));
        QAction *a = menu.addAction(QIcon(chip), label.key.isEmpty() ? label.name : u"%1\t%2"_s.arg(label.name, label.key));
        connect(a, &QAction::triggered, this, [this, name = label.name, start, end] { createAnnotation(name, start, end); });
    }
    menu.addSeparator();
    menu.addAction(tr("Copy"), m_view, &ArticleView::copy);
    menu.exec(globalPos);
}

void MainWindow::showSpanMenu(const QPoint &globalPos, qint64 id)
{
    const Annotation *a = m_presented.annotation(id);
    if (!a)
        return;
    m_panel->selectAnnotation(id);
    QMenu menu(this);
    if (a->status == AnnotationStatus::Suggested || a->status == AnnotationStatus::Rejected)
        menu.addAction(action(u"accept"_s));
    if (a->status != AnnotationStatus::Rejected)
        menu.addAction(action(u"reject"_s));
    menu.addAction(action(u"delete"_s));
    QMenu *relabelMenu = menu.addMenu(tr("Change Label"));
    const LabelSchema schema = m_store->schema();
    const QString layer = schema.layerOf(a->label);
    // The annotation's own layer first, with the keys; other layers after asking.
    for (const bool sameLayer : {true, false}) {
        if (!sameLayer)
            relabelMenu->addSeparator();
        for (const LabelDefinition &label : schema.labels()) {
            if (label.name == a->label || (label.layer == layer) != sameLayer)
                continue;
            QAction *item = relabelMenu->addAction(label.key.isEmpty() ? label.name : u"%1\t%2"_s.arg(label.name, label.key));
            connect(item, &QAction::triggered, this, [this, id, name = label.name] { relabel({id}, name); });
        }
    }
    menu.exec(globalPos);
}

} // namespace Copydesk
