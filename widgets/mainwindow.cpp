#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QThread>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "annotationsetfilter.h"
#include "comparisonview.h"
#include "autotrainer.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "backgroundjob.h"
#include "corpusbrowser.h"
#include "exporter.h"
#include "formats/documentwriter.h"
#include "formats/formatregistry.h"
#include "importer.h"
#include "preannotator.h"
#include "preferencesdialog.h"
#include "projectchange.h"
#include "projectstore.h"
#include "schemaeditordialog.h"
#include "sourcingcard.h"
#include "trainer.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
constexpr int maxRecent = 8;
const QStringList layerNames{u"entities"_s, u"sourcing"_s, u"furniture"_s};

// The settings key of a project's last document: by absolute path (a project opened by a
// relative path is the same project), URL-safe Base64 because '/' would make settings groups.
QString lastDocumentKey(const QString &projectPath)
{
    const QByteArray path = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return u"lastDocument/"_s
           + QString::fromLatin1(path.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::make_unique<ProjectStore>())
    , m_editor(std::make_unique<AnnotationEditor>(m_store.get()))
    , m_autoTrainer(new AutoTrainer(m_store.get(), this))
    , m_view(new ArticleView(this))
    , m_browser(new CorpusBrowser(this))
    , m_panel(new AnnotationPanel(this))
    , m_positionLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_personLabel(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/copydesk/icons/copydesk.svg"_s));
    setAcceptDrops(true);
    setCentralWidget(m_view);
    m_view->setAccessibleName(tr("Article"));
    m_view->setAccessibleDescription(tr("The article's text with its annotations. Select words and press a label's key."));

    m_positionLabel->setObjectName(u"position"_s);
    m_countsLabel->setObjectName(u"counts"_s);
    statusBar()->addWidget(m_positionLabel);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_personLabel);

    createDocks();
    createActions();
    createMenus();

    connect(m_store.get(), &ProjectStore::changed, this, &MainWindow::onStoreChanged);
    connect(m_browser, &CorpusBrowser::currentDocumentChanged, this, &MainWindow::showDocument);
    connect(m_browser, &CorpusBrowser::shownCountChanged, this, &MainWindow::updateStatus); // "Document 2 of 7"
    connect(m_view, &ArticleView::spanClicked, this, [this](qint64 id) {
        if (m_syncingSelection)
            return;
        m_syncingSelection = true;
        m_panel->selectAnnotation(id);
        m_syncingSelection = false;
    });
    connect(m_view, &ArticleView::selectedSpanChanged, this, [this](qint64 id) {
        if (!m_syncingSelection && id) {
            m_syncingSelection = true;
            m_panel->selectAnnotation(id);
            m_syncingSelection = false;
        }
        updateActions();
    });
    connect(m_panel, &AnnotationPanel::annotationSelected, this, [this](qint64 id) {
        if (m_syncingSelection)
            return;
        m_syncingSelection = true;
        m_view->setSelectedSpan(id);
        if (id)
            m_view->scrollToSpan(id);
        m_syncingSelection = false;
        updateActions();
    });
    connect(m_view, &ArticleView::labelKeyPressed, this, &MainWindow::onLabelKey);
    connect(m_view, &ArticleView::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view, &ArticleView::boundaryDragged, this, &MainWindow::onBoundaryDragged);
    connect(m_view, &ArticleView::contextMenuRequestedForSelection, this, &MainWindow::showSelectionMenu);
    connect(m_view, &ArticleView::contextMenuRequestedForSpan, this, &MainWindow::showSpanMenu);
    connect(m_view, &ArticleView::zoomChanged, this, [](int steps) { QSettings().setValue(u"view/zoom"_s, steps); });

    m_autoTrainer->setThreshold(QSettings().value(u"train/autoThreshold"_s, 50).toInt());
    connect(m_autoTrainer, &AutoTrainer::started, this, [this] {
        statusBar()->showMessage(tr("Training the entity tagger on your decisions in the background…"), 5000);
    });
    connect(m_autoTrainer, &AutoTrainer::finished, this, [this](bool ok, const QString &summary) {
        statusBar()->showMessage(ok ? summary : tr("Automatic training failed: %1").arg(summary), 10000);
    });
    readSettings();
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    waitForJobs();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createDocks()
{
    m_browserDock = new QDockWidget(tr("Corpus"), this);
    m_browserDock->setObjectName(u"CorpusDock"_s);
    m_browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);

    m_panelDock = new QDockWidget(tr("Annotations"), this);
    m_panelDock->setObjectName(u"AnnotationsDock"_s);
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    // Editors' view of the article's sourcing, tabbed with the annotation panel.
    m_sourcingCard = new SourcingCard(this);
    m_sourcingCard->setStore(m_store.get());
    m_sourcingDock = new QDockWidget(tr("Sourcing"), this);
    m_sourcingDock->setObjectName(u"SourcingDock"_s);
    m_sourcingDock->setWidget(m_sourcingCard);
    addDockWidget(Qt::RightDockWidgetArea, m_sourcingDock);
    tabifyDockWidget(m_panelDock, m_sourcingDock);
    m_panelDock->raise();
    connect(m_sourcingCard, &SourcingCard::annotationActivated, this, [this](qint64 id) {
        m_panel->selectAnnotation(id);
        m_view->setSelectedSpan(id);
        m_view->scrollToSpan(id);
    });
    m_panel->setEditor(m_editor.get());
    m_browser->setStore(m_store.get());
    createSetsParts(); // several annotators: mainwindow_sets.cpp
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                      const QString &tip = {}) {
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
    };
    add(u"new"_s, tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
    add(u"open"_s, tr("&Open Project…"), QKeySequence::Open, &MainWindow::openProjectDialog);
    add(u"openSample"_s, tr("Open the &Sample Project"), QKeySequence(), [this] {
        QString error;
        if (!ensureSampleProject(&error) || !openProject(sampleProjectPath(), &error))
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

    add(u"accept"_s, tr("&Accept"), QKeySequence(tr("A")), [this] { m_panel->acceptSelected(); },
        tr("Accept the selected suggestion"));
    add(u"reject"_s, tr("Re&ject"), QKeySequence(tr("R")), [this] { m_panel->rejectSelected(); },
        tr("Reject the selected annotation; it is kept so it is not suggested again"));
    add(u"acceptAll"_s, tr("Accept All of T&his Label"), QKeySequence(tr("Shift+A")),
        [this] { m_panel->acceptAllOfCurrentLabel(); });
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

    add(u"nextDocument"_s, tr("&Next Document"), QKeySequence(tr("Ctrl+PgDown")), &MainWindow::nextDocument);
    add(u"previousDocument"_s, tr("&Previous Document"), QKeySequence(tr("Ctrl+PgUp")), &MainWindow::previousDocument);
    add(u"doneAndNext"_s, tr("&Mark Done and Next"), QKeySequence(tr("Ctrl+Return")), &MainWindow::doneAndNext);
    auto *statuses = new QActionGroup(this);
    const QList<QPair<QString, QString>> statusActions{
        {u"statusNew"_s, tr("Status: N&ew")}, {u"statusInProgress"_s, tr("Status: &In Progress")}, {u"statusDone"_s, tr("Status: &Done")}};
    for (int i = 0; i < statusActions.size(); ++i) {
        QAction *a = add(statusActions.at(i).first, statusActions.at(i).second, QKeySequence(tr("Ctrl+%1").arg(i + 1)),
                         [this, i] { setDocumentStatus(i); });
        a->setCheckable(true);
        statuses->addAction(a);
    }

    add(u"zoomIn"_s, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add(u"zoomOut"_s, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add(u"zoomReset"_s, tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), [this] { m_view->resetZoom(); });
    const QStringList layerTexts{tr("&Entities"), tr("&Sourcing"), tr("&Furniture")};
    for (int i = 0; i < layerNames.size(); ++i) {
        const QString layer = layerNames.at(i);
        QAction *a = add(u"layer-"_s + layer, layerTexts.at(i), QKeySequence(tr("Ctrl+Shift+%1").arg(i + 1)), [this, layer](bool on) {
            m_view->setLayerVisible(layer, on);
            QSettings().setValue(u"view/layer-"_s + layer, on);
        }, tr("Show or hide this layer's annotations"));
        a->setCheckable(true);
        a->setChecked(true);
    }
    QAction *suggestions = add(u"showSuggestions"_s, tr("Show S&uggestions"), QKeySequence(tr("Ctrl+Shift+G")), [this](bool on) {
        m_view->setShowSuggestions(on);
        QSettings().setValue(u"view/suggestions"_s, on);
    });
    suggestions->setCheckable(true);
    suggestions->setChecked(true);
    QAction *rejected = add(u"showRejected"_s, tr("Show &Rejected"), QKeySequence(tr("Ctrl+Shift+R")), [this](bool on) {
        m_view->setShowRejected(on);
        QSettings().setValue(u"view/rejected"_s, on);
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
    m_labelMenu = edit->addMenu(tr("Add &Label to Selection"));
    edit->addAction(action(u"accept"_s));
    edit->addAction(action(u"reject"_s));
    edit->addAction(action(u"acceptAll"_s));
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
    for (const QString &layer : layerNames)
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
    for (const QString &layer : layerNames)
        layers->addAction(action(u"layer-"_s + layer));
    layers->addAction(action(u"showSuggestions"_s));
    layers->addAction(action(u"showRejected"_s));
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
    m_recent = settings.value(u"recentProjects"_s).toStringList();
    m_browser->restoreSettings(settings);
    for (const QString &layer : layerNames) {
        const bool on = settings.value(u"view/layer-"_s + layer, true).toBool();
        action(u"layer-"_s + layer)->setChecked(on);
        m_view->setLayerVisible(layer, on);
    }
    const bool suggestions = settings.value(u"view/suggestions"_s, true).toBool();
    action(u"showSuggestions"_s)->setChecked(suggestions);
    m_view->setShowSuggestions(suggestions);
    const bool rejected = settings.value(u"view/rejected"_s, false).toBool();
    action(u"showRejected"_s)->setChecked(rejected);
    m_view->setShowRejected(rejected);
    const int zoom = settings.value(u"view/zoom"_s, 0).toInt();
    for (int i = 0; i < qAbs(zoom); ++i)
        zoom > 0 ? m_view->zoomIn() : m_view->zoomOut();
    updateRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"recentProjects"_s, m_recent);
    m_browser->saveSettings(settings);
    if (m_store->isOpen()) {
        settings.setValue(u"lastProject"_s, m_store->path());
        settings.setValue(lastDocumentKey(m_store->path()), m_presented.documentId);
    }
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > maxRecent)
        m_recent.removeLast();
    QSettings().setValue(u"recentProjects"_s, m_recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : std::as_const(m_recent)) {
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(number++).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openProject(path, &error))
                QMessageBox::warning(this, tr("Open project"), error);
        });
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    auto store = std::make_unique<ProjectStore>();
    QString why;
    if (!store->open(path, ProjectStore::OpenMode::Existing, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (m_store->isOpen())
        writeSettings();
    // Swap the store in place, so every view keeps its pointer.
    m_editor->undoStack()->clear();
    m_store->close();
    m_store->open(path, ProjectStore::OpenMode::Existing, &why);
    store.reset();
    m_editor->setPersonName(QSettings().value(u"annotator/name"_s).toString().isEmpty()
                                ? askPersonName()
                                : QSettings().value(u"annotator/name"_s).toString());
    m_presented = {};
    updateSetsParts(); // teaching mode, the person's set: mainwindow_sets.cpp
    m_store->announceReset();
    addRecent(path);
    updateTitle();
    const qint64 last = QSettings().value(lastDocumentKey(path)).toLongLong();
    if (!(last && selectDocument(last))) {
        const QList<qint64> ids = m_store->documentIds();
        if (!ids.isEmpty())
            selectDocument(ids.first());
        else
            showDocument(0);
    }
    updateActions();
    return true;
}

bool MainWindow::selectDocument(qint64 documentId)
{
    if (!m_browser->selectDocument(documentId))
        return false;
    if (m_presented.documentId != documentId)
        showDocument(documentId);
    return true;
}

bool MainWindow::selectAnnotation(qint64 annotationId)
{
    if (!m_presented.annotation(annotationId))
        return false;
    m_panel->selectAnnotation(annotationId);
    m_view->setSelectedSpan(annotationId);
    m_view->scrollToSpan(annotationId);
    return true;
}

bool MainWindow::selectDocumentByExternalId(const QString &externalId)
{
    const qint64 id = m_store->documentIdByExternalId(externalId);
    return id && selectDocument(id);
}

void MainWindow::showDocument(qint64 documentId)
{
    if (documentId == m_presented.documentId && documentId)
        return;
    const SetSelection selection = m_setFilter->selection(); // whose annotations: mainwindow_sets.cpp
    m_presented = documentId ? presentDocument(*m_store, documentId, selection) : PresentedDocument();
    m_presented.selection = selection;
    m_view->setText(m_presented.text);
    m_panel->setDocument(documentId);
    m_sourcingCard->setDocument(documentId);
    m_setFilter->setDocument(documentId);
    m_comparison->setDocument(documentId);
    applyPresentedSpans(); // the spans, or the teaching comparison's colours
    updateActions();
    updateStatus();
}

void MainWindow::refreshSpans()
{
    if (!m_presented.documentId)
        return;
    const qint64 selected = m_view->selectedSpan();
    m_presented.selection = m_setFilter->selection();
    refreshPresentation(*m_store, m_presented);
    applyPresentedSpans();
    if (selected && m_presented.annotation(selected))
        m_view->setSelectedSpan(selected);
    updateStatus();
    updateActions();
}

void MainWindow::onStoreChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::AnnotationsChanged:
    case ProjectChange::DocumentChanged:
        if (change.documentId == m_presented.documentId)
            refreshSpans();
        break;
    case ProjectChange::SchemaChanged:
    case ProjectChange::AnnotatorsChanged:
        refreshSpans();
        break;
    case ProjectChange::Reset: {
        const qint64 current = m_presented.documentId;
        if (current && m_store->document(current)) {
            // The browser's model was reset before us and lost its current row: put it back, so
            // the next document after a background job is the one after this one.
            m_browser->selectDocument(current);
            refreshSpans();
        } else {
            m_presented = {};
            showDocument(0);
        }
        break;
    }
    case ProjectChange::DocumentsAdded:
        if (!m_presented.documentId)
            selectDocument(change.documentId);
        break;
    }
    updateStatus();
}

void MainWindow::onLabelKey(const QString &key, qsizetype start, qsizetype end)
{
    const LabelSchema schema = m_store->schema();
    for (const LabelDefinition &label : schema.labels()) {
        if (label.key.compare(key, Qt::CaseInsensitive) == 0) {
            createAnnotation(label.name, start, end);
            return;
        }
    }
    statusBar()->showMessage(tr("No label has the key %1 (see Edit ▸ Edit Labels)").arg(key), 4000);
}

void MainWindow::createAnnotation(const QString &label, qsizetype start, qsizetype end)
{
    if (!m_presented.documentId || refuseReadOnlyEdit())
        return;
    const qint64 from = m_presented.offsets.toCodePoint(start);
    const qint64 to = m_presented.offsets.toCodePoint(end);
    const std::optional<Document> doc = m_store->document(m_presented.documentId);
    // The first annotation of a new document starts work on it: one undo step with the
    // annotation, through the edit API like every other change.
    const bool starts = doc && doc->status == DocumentStatus::New && from < to && to <= doc->length
                        && m_store->schema().hasLabel(label);
    if (starts)
        m_editor->undoStack()->beginMacro(tr("Add %1").arg(label));
    const std::optional<qint64> id = m_editor->createAnnotation(m_presented.documentId, label, from, to);
    if (starts) {
        if (id)
            m_editor->setDocumentStatus(m_presented.documentId, DocumentStatus::InProgress);
        m_editor->undoStack()->endMacro();
    }
    if (!id) {
        statusBar()->showMessage(tr("Cannot add %1 there").arg(label), 4000);
        return;
    }
    m_view->clearSelection();
    m_view->setSelectedSpan(*id);
    m_panel->selectAnnotation(*id);
}

void MainWindow::onSelectionChanged()
{
    const ViewRange range = m_view->selection();
    m_panel->setTextSelection(m_presented.offsets.toCodePoint(range.start), m_presented.offsets.toCodePoint(range.end));
    m_labelMenu->setEnabled(!range.isEmpty());
}

void MainWindow::onBoundaryDragged(qint64 id, qsizetype start, qsizetype end)
{
    m_editor->setBounds(id, m_presented.offsets.toCodePoint(start), m_presented.offsets.toCodePoint(end));
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
    QMenu *relabel = menu.addMenu(tr("Change Label"));
    const LabelSchema schema = m_store->schema();
    for (const LabelDefinition &label : schema.labels()) {
        if (label.name == a->label)
            continue;
        QAction *item = relabel->addAction(label.name);
        connect(item, &QAction::triggered, this, [this, id, name = label.name] { m_editor->setLabel({id}, name); });
    }
    menu.exec(globalPos);
}

void MainWindow::updateActions()
{
    const bool open = m_store->isOpen();
    const bool hasDocument = m_presented.documentId != 0;
    for (const char *name : {"importFiles", "importFolder", "export", "schema", "annotateAll", "annotateFurniture",
                             "annotateSourcing", "annotateEntities", "train", "search"})
        action(QString::fromLatin1(name))->setEnabled(open && !m_job);
    for (const char *name : {"nextDocument", "previousDocument", "doneAndNext", "statusNew", "statusInProgress", "statusDone",
                             "accept", "reject", "acceptAll", "delete", "nextAnnotation", "previousAnnotation", "nextSuggestion",
                             "filterAnnotations"})
        action(QString::fromLatin1(name))->setEnabled(hasDocument);
    if (hasDocument) {
        const std::optional<Document> doc = m_store->document(m_presented.documentId);
        if (doc) {
            const char *names[] = {"statusNew", "statusInProgress", "statusDone"};
            action(QString::fromLatin1(names[int(doc->status)]))->setChecked(true);
        }
    }
    // The label menu: one entry per label, with its key.
    m_labelMenu->clear();
    if (open) {
        const LabelSchema schema = m_store->schema();
        for (const LabelDefinition &label : schema.labels()) {
            QPixmap chip(12, 12);
            chip.fill(QColor(label.color));
            QAction *a = m_labelMenu->addAction(QIcon(chip), label.key.isEmpty() ? label.name : u"%1\t%2"_s.arg(label.name, label.key));
            connect(a, &QAction::triggered, this, [this, name = label.name] {
                const ViewRange range = m_view->selection();
                if (!range.isEmpty())
                    createAnnotation(name, range.start, range.end);
            });
        }
    }
    m_labelMenu->setEnabled(hasDocument && m_view->hasSelection());
    updateSetsActions(); // another annotator's set is read-only: mainwindow_sets.cpp
}

void MainWindow::updateStatus()
{
    if (!m_store->isOpen()) {
        m_positionLabel->setText(tr("No project open"));
        m_countsLabel->clear();
        m_personLabel->clear();
        return;
    }
    m_positionLabel->setText(m_presented.documentId
                                 ? tr("Document %1 of %2").arg(m_browser->currentPosition()).arg(m_browser->visibleCount())
                                 : tr("No document"));
    int decided = 0, suggested = 0, rejected = 0;
    for (const Annotation &a : std::as_const(m_presented.annotations)) {
        if (a.status == AnnotationStatus::Suggested)
            ++suggested;
        else if (a.status == AnnotationStatus::Rejected)
            ++rejected;
        else
            ++decided;
    }
    QString counts = tr("%n annotation(s)", nullptr, decided) + u" · "_s + tr("%n suggestion(s) to review", nullptr, suggested);
    if (rejected)
        counts += u" · "_s + tr("%n rejected", nullptr, rejected);
    if (m_presented.unattributedClaims)
        counts += u" · "_s + tr("%n unattributed claim(s)", nullptr, m_presented.unattributedClaims);
    m_countsLabel->setText(m_presented.documentId ? counts : QString());
    m_personLabel->setText(tr("Annotator: %1").arg(m_editor->personName()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_store->isOpen() ? tr("%1 — Copydesk").arg(QFileInfo(m_store->path()).fileName()) : tr("Copydesk"));
    setWindowFilePath(m_store->isOpen() ? m_store->path() : QString());
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), tr("Copydesk projects (*.copydesk)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".copydesk"))
        path += u".copydesk"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"), tr("%1 exists already. Copydesk never overwrites a project; choose another name.").arg(path));
        return;
    }
    ProjectStore created;
    QString error;
    if (!created.open(path, ProjectStore::OpenMode::Create, &error)) {
        QMessageBox::warning(this, tr("New Project"), error);
        return;
    }
    created.close();
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("New Project"), error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Copydesk projects (*.copydesk);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Open Project"), error);
}

void MainWindow::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), QSettings().value(u"import/lastDir"_s).toString(),
                                                            tr("Texts and annotations (*.txt *.jsonl *.ndjson *.conll *.iob);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void MainWindow::importFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Import Folder"), QSettings().value(u"import/lastDir"_s).toString());
    if (!path.isEmpty())
        importPaths({path});
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_store->isOpen() || paths.isEmpty())
        return;
    QSettings().setValue(u"import/lastDir"_s, QFileInfo(paths.first()).absolutePath());
    const bool annotateAfter = QSettings().value(u"import/annotate"_s, false).toBool();
    auto *job = new BackgroundJob(tr("Importing"), m_store->path(), [paths, annotateAfter](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        Importer importer(store, {});
        const ImportReport report = importer.run(paths, [&](qint64 done, qint64 total, const QString &file) {
            context.progress(int(done / 1024), int(qMax<qint64>(total / 1024, 1)), QFileInfo(file).fileName());
        }, context.cancelled);
        QStringList lines;
        lines << tr("Imported %n document(s).", nullptr, report.documents);
        for (const ImportProblem &note : report.notes)
            lines << note.toString();
        for (const ImportProblem &problem : report.problems)
            lines << problem.toString();
        if (report.cancelled)
            lines << tr("Cancelled: the documents imported before stopping are in the project, each one whole.");
        if (annotateAfter && report.documents > 0 && !context.cancelled->load()) {
            PreAnnotateOptions options;
            options.documents = report.documentIds;
            const PreAnnotateReport annotated = Copydesk::preAnnotate(store, options, [&](int done, int total) {
                context.progress(done, total, tr("Pre-annotating"));
            }, context.cancelled);
            lines << tr("%n suggestion(s) made.", nullptr, annotated.suggestions);
        }
        if (!report.problems.isEmpty() && report.documents == 0)
            *error = lines.join(u'\n');
        return lines.join(u'\n');
    });
    startJob(job);
}

void MainWindow::exportProject()
{
    QStringList filters;
    const QStringList names = writerNames();
    for (const QString &name : names)
        filters << tr("%1 (*.%2)").arg(name, createWriter(name)->extension());
    QString selected = filters.first();
    const QString base = QFileInfo(m_store->path()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(QFileInfo(m_store->path()).absolutePath()).filePath(base + u".jsonl"_s),
                                                filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    const QString format = names.value(filters.indexOf(selected), u"jsonl"_s);
    auto *job = new BackgroundJob(tr("Exporting"), m_store->path(), [path, format](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        auto writer = createWriter(format);
        if (writer->writesDirectory()) {
            // brat and other formats of many files: the name chosen is a new folder.
            QString folder = path;
            if (folder.endsWith(u'.' + writer->extension()))
                folder.chop(writer->extension().size() + 1);
            ExportReport report;
            if (!exportProjectToDirectory(store, *writer, folder, {}, &report, error,
                                          [&](int done, int total) { context.progress(done, total); }, context.cancelled))
                return QString();
            QStringList lines{tr("Exported %n document(s) to the folder %1.", nullptr, report.documents).arg(folder)};
            lines += report.warnings;
            return lines.join(u'\n');
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return QString();
        }
        ExportReport report;
        if (!Copydesk::exportProject(store, *writer, &file, {}, &report, error,
                                     [&](int done, int total) { context.progress(done, total); }, context.cancelled))
            return QString();
        if (report.cancelled) {
            file.cancelWriting();
            return tr("Export cancelled; nothing was written.");
        }
        if (!file.commit()) {
            *error = file.errorString();
            return QString();
        }
        QStringList lines{tr("Exported %n document(s) to %1.", nullptr, report.documents).arg(path)};
        lines += report.warnings;
        return lines.join(u'\n');
    });
    startJob(job);
}

void MainWindow::preAnnotate(const QStringList &layers)
{
    auto *job = new BackgroundJob(tr("Pre-annotating"), m_store->path(), [layers](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        PreAnnotateOptions options;
        options.selection.layers = layers;
        const PreAnnotateReport report = Copydesk::preAnnotate(store, options, [&](int done, int total) {
            context.progress(done, total);
        }, context.cancelled);
        *error = report.error;
        return tr("%n new suggestion(s) in %1 document(s).", nullptr, report.suggestions).arg(report.documents);
    });
    startJob(job);
}

void MainWindow::train()
{
    auto *job = new BackgroundJob(tr("Training the entity tagger"), m_store->path(), [](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        const TrainReport report = trainProject(store, {}, [&](TrainStage, double fraction) {
            context.progress(int(fraction * 1000), 1000);
        }, context.cancelled);
        *error = report.error;
        if (report.cancelled)
            return tr("Training cancelled; the previous model is kept.");
        return tr("Trained on %n document(s); the tagger's suggestions come with the next pre-annotation of entities.",
                  nullptr, report.documents);
    });
    startJob(job);
}

void MainWindow::startJob(BackgroundJob *job)
{
    if (m_job) {
        delete job;
        return;
    }
    job->setParent(this);
    m_job = job;
    // The window stays responsive; the modal dialog keeps edits out while another connection writes.
    m_progress = new QProgressDialog(job->title() + u"…"_s, tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(job->title());
    m_progress->setMinimumDuration(300);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::progressChanged, this, [this](int done, int total, const QString &text) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        if (!text.isEmpty())
            m_progress->setLabelText(text);
    });
    connect(job, &BackgroundJob::finished, this, [this, job](bool ok, const QString &summary, const QString &error) {
        if (m_progress)
            m_progress->deleteLater();
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        m_store->announceReset();
        updateActions();
        if (!ok)
            QMessageBox::warning(this, job->title(), error.isEmpty() ? tr("The work failed.") : error);
        else if (!summary.isEmpty())
            statusBar()->showMessage(summary.section(u'\n', 0, 0), 8000);
        if (ok && summary.count(u'\n') > 0 && isVisible() && QGuiApplication::platformName() != u"offscreen")
            QMessageBox::information(this, job->title(), summary);
    }, Qt::QueuedConnection);
    updateActions();
    job->start();
}

void MainWindow::waitForJobs()
{
    while (m_job) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (m_job)
            QThread::msleep(10);
    }
}

void MainWindow::editSchema()
{
    SchemaEditorDialog dialog(m_store.get(), m_editor->personId(), this);
    dialog.exec();
    updateActions();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        applyPersonName(QSettings().value(u"annotator/name"_s).toString());
        m_autoTrainer->setThreshold(QSettings().value(u"train/autoThreshold"_s, 50).toInt());
    }
}

QString MainWindow::askPersonName()
{
    QString name = qEnvironmentVariable("COPYDESK_ANNOTATOR");
    if (name.isEmpty() && QGuiApplication::platformName() != u"offscreen") {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Who is annotating?"),
                                     tr("Your name goes with every annotation you make, so your work can be told from "
                                        "others' and from the engines'. You can change it in the preferences."),
                                     QLineEdit::Normal, qEnvironmentVariable("USER"), &ok);
    }
    if (name.trimmed().isEmpty())
        name = qEnvironmentVariable("USER", tr("Annotator"));
    QSettings().setValue(u"annotator/name"_s, name.trimmed());
    return name.trimmed();
}

void MainWindow::applyPersonName(const QString &name)
{
    if (m_store->isOpen())
        m_editor->setPersonName(name);
    updateSetsParts();
    updateStatus();
}

void MainWindow::setDocumentStatus(int status)
{
    if (m_presented.documentId)
        m_editor->setDocumentStatus(m_presented.documentId, DocumentStatus(status));
}

void MainWindow::nextDocument()
{
    if (!m_browser->selectNext())
        statusBar()->showMessage(tr("This is the last document in the list"), 3000);
}

void MainWindow::previousDocument()
{
    if (!m_browser->selectPrevious())
        statusBar()->showMessage(tr("This is the first document in the list"), 3000);
}

void MainWindow::doneAndNext()
{
    // The next document is decided first: under a status filter the done document leaves the
    // list, and the list moves its current row by itself (to a neighbour, either side).
    const qint64 next = m_browser->adjacentDocument(1);
    setDocumentStatus(int(DocumentStatus::Done));
    if (next)
        selectDocument(next);
    else
        statusBar()->showMessage(tr("This is the last document in the list"), 3000);
}

void MainWindow::showKeys()
{
    QString html = u"<table cellspacing=4>"_s;
    auto row = [&](const QString &keys, const QString &what) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    row(tr("Select text, then a label's key"), tr("Add that label (see Edit ▸ Add Label to Selection)"));
    const LabelSchema schema = m_store->isOpen() ? m_store->schema() : LabelSchema::defaultSchema();
    for (const LabelDefinition &label : schema.labels()) {
        if (!label.key.isEmpty())
            row(label.key, label.name);
    }
    for (QAction *a : std::as_const(m_actions)) {
        if (!a->shortcut().isEmpty())
            row(a->shortcut().toString(QKeySequence::NativeText), QString(a->text()).remove(u'&'));
    }
    row(tr("Alt + drag"), tr("Select without snapping to words"));
    html += u"</table>"_s;
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Copydesk"),
                       tr("<h3>Copydesk %1</h3><p>Annotate news articles: entities, sourcing and page furniture. "
                          "Offline engines suggest; people decide.</p><p>Every edit is saved at once in the project file "
                          "and can be undone.</p>").arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored) {
        // First start: docks in proportion to the window, so a small window still leaves the
        // article most of the room (fixed 300 + 380 px left it a third of 1000 px).
        m_layoutRestored = true;
        const int w = width();
        resizeDocks({m_browserDock, m_panelDock}, {std::clamp(w * 25 / 100, 240, 300), std::clamp(w * 27 / 100, 300, 380)},
                    Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A field being edited (the panel's note) commits when it loses the focus: let it, while
    // everything is still alive, so closing saves it.
    if (QWidget *focus = focusWidget())
        focus->clearFocus();
    m_autoTrainer->cancelAndWait();
    if (m_job) {
        m_job->cancel();
        waitForJobs();
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.size() == 1 && files.first().endsWith(u".copydesk")) {
        QString error;
        if (!openProject(files.first(), &error))
            QMessageBox::warning(this, tr("Open Project"), error);
    } else if (!files.isEmpty()) {
        if (!m_store->isOpen()) {
            QMessageBox::information(this, tr("Import"), tr("Open or create a project first, then drop files on the window to import them."));
            return;
        }
        importPaths(files);
    }
    event->acceptProposedAction();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QMainWindow::changeEvent(event);
}

QString MainWindow::sampleProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"sample.copydesk"_s);
}

bool MainWindow::ensureSampleProject(QString *error)
{
    const QString path = sampleProjectPath();
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile article(u":/copydesk/sample-article.txt"_s);
    QFile metaFile(u":/copydesk/sample-article.json"_s);
    if (!article.open(QIODevice::ReadOnly) || !metaFile.open(QIODevice::ReadOnly)) {
        *error = tr("The sample article is missing from this build.");
        return false;
    }
    const QString temporary = path + u".part"_s;
    QFile::remove(temporary);
    {
        ProjectStore store;
        if (!store.open(temporary, ProjectStore::OpenMode::Create, error))
            return false;
        Document doc;
        doc.text = QString::fromUtf8(article.readAll());
        doc.meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        doc.externalId = doc.meta.value(u"id").toString();
        doc.title = doc.meta.value(u"title").toString();
        doc.source = doc.meta.value(u"source").toString();
        doc.url = doc.meta.value(u"url").toString();
        if (!store.addDocument(doc, {}, {}, u"resources/sample-article.txt"_s)) {
            *error = store.lastError();
            return false;
        }
        const PreAnnotateReport report = Copydesk::preAnnotate(store, {});
        if (!report.error.isEmpty()) {
            *error = report.error;
            return false;
        }
    }
    QFile::remove(temporary + u"-wal"_s);
    QFile::remove(temporary + u"-shm"_s);
    if (!QFile::rename(temporary, path)) {
        *error = tr("Cannot create %1").arg(path);
        return false;
    }
    return true;
}

} // namespace Copydesk
