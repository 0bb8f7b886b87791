#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotationeditor.h"
#include "annotationsetfilter.h"
#include "comparisonview.h"
#include "annotationlistmodel.h"
#include "autotrainer.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "backgroundjob.h"
#include "preferences.h"
#include "projectjobs.h"
#include "sampleproject.h"
#include "corpusbrowser.h"
#include "formats/documentwriter.h"
#include "formats/formatregistry.h"
#include "preannotator.h"
#include "preferencesdialog.h"
#include "projectchange.h"
#include "projectstore.h"
#include "schemaeditordialog.h"
#include "dashboarddock.h"
#include "sourcingcard.h"
#include "trainer.h"

using namespace Qt::StringLiterals;

namespace Copydesk {


const QStringList &MainWindow::layerNames()
{
    static const QStringList names{u"entities"_s, u"sourcing"_s, u"furniture"_s};
    return names;
}

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
    m_editor->setStartsWork(true);
    m_advanceAfterDecision = Preferences::advanceAfterDecision().value();
    connect(m_editor.get(), &AnnotationEditor::editFailed, this, &MainWindow::showEditFailure);
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/copydesk/icons/copydesk.svg"_s));
    setAcceptDrops(true);
    // The article, under a banner that says when the project cannot be changed.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_readOnlyBanner = new QLabel(centre);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyBanner->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyBanner->hide();
    centreLayout->addWidget(m_readOnlyBanner);
    centreLayout->addWidget(m_view, 1);
    setCentralWidget(centre);
    // A key mode's prompt (link a quote's speaker, a new quote's form), over the article.
    m_prompt = new QLabel(m_view);
    m_prompt->setObjectName(u"keyPrompt"_s);
    m_prompt->setWordWrap(false);
    m_prompt->setMargin(6);
    m_prompt->setAutoFillBackground(true);
    m_prompt->setBackgroundRole(QPalette::ToolTipBase);
    m_prompt->setForegroundRole(QPalette::ToolTipText);
    m_prompt->setFrameShape(QFrame::Box);
    m_prompt->hide();
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
    connect(m_view, &ArticleView::zoomChanged, this, [](int steps) { Preferences::zoom().setValue(steps); });

    m_autoTrainer->setThreshold(Preferences::autoTrainThreshold().value());
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
    if (QAction *a = m_actions.value(name))
        return a;
    for (QAction *a : m_labelActions) { // "label-PERSON"
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
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
    m_sourcingCard->setEditor(m_editor.get());
    m_sourcingDock = new QDockWidget(tr("Sourcing"), this);
    m_sourcingDock->setObjectName(u"SourcingDock"_s);
    m_sourcingDock->setWidget(m_sourcingCard);
    addDockWidget(Qt::RightDockWidgetArea, m_sourcingDock);
    tabifyDockWidget(m_panelDock, m_sourcingDock);
    // The corpus dashboard, counted in the background while shown (widgets/dashboarddock.h).
    m_dashboard = new DashboardDock(this);
    m_dashboard->setStore(m_store.get());
    m_dashboardDock = new QDockWidget(tr("Dashboard"), this);
    m_dashboardDock->setObjectName(u"DashboardDock"_s);
    m_dashboardDock->setWidget(m_dashboard);
    tabifyDockWidget(m_sourcingDock, m_dashboardDock);
    m_dashboardDock->hide();
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

void MainWindow::readSettings()
{
    restoreGeometry(Preferences::windowGeometry().value());
    m_layoutRestored = restoreState(Preferences::windowState().value());
    m_recent = Preferences::recentProjects().value();
    m_browser->restoreHeaderState(Preferences::corpusHeader().value());
    for (const QString &layer : layerNames()) {
        const bool on = Preferences::layerVisible(layer).value();
        action(u"layer-"_s + layer)->setChecked(on);
        m_view->setLayerVisible(layer, on);
    }
    const bool suggestions = Preferences::showSuggestions().value();
    action(u"showSuggestions"_s)->setChecked(suggestions);
    m_view->setShowSuggestions(suggestions);
    const bool rejected = Preferences::showRejected().value();
    action(u"showRejected"_s)->setChecked(rejected);
    m_view->setShowRejected(rejected);
    const int zoom = Preferences::zoom().value();
    for (int i = 0; i < qAbs(zoom); ++i)
        zoom > 0 ? m_view->zoomIn() : m_view->zoomOut();
    updateRecentMenu();
    syncShownToPanel();
}

void MainWindow::writeSettings()
{
    Preferences::windowGeometry().setValue(saveGeometry());
    Preferences::windowState().setValue(saveState());
    Preferences::recentProjects().setValue(m_recent);
    Preferences::corpusHeader().setValue(m_browser->headerState());
    if (m_store->isOpen()) {
        Preferences::lastProject().setValue(m_store->path());
        Preferences::lastDocument(m_store->path()).setValue(m_presented.documentId);
    }
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > Preferences::maxRecentProjects)
        m_recent.removeLast();
    Preferences::recentProjects().setValue(m_recent);
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
    setReadOnlyReason(m_store->readOnlyReason());
    m_editor->setPersonName(Preferences::annotatorName().value().isEmpty()
                                ? askPersonName()
                                : Preferences::annotatorName().value());
    m_presented = {};
    updateSetsParts(); // teaching mode, the person's set: mainwindow_sets.cpp
    m_store->announceReset();
    rebuildLabelActions();
    addRecent(path);
    updateTitle();
    const qint64 last = Preferences::lastDocument(path).value();
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

void MainWindow::refreshSpans(const QList<qint64> &touched)
{
    if (!m_presented.documentId)
        return;
    const qint64 selected = m_view->selectedSpan();
    const SetSelection selection = m_setFilter->selection();
    if (touched.isEmpty() || !(selection == m_presented.selection)) {
        m_presented.selection = selection;
        refreshPresentation(*m_store, m_presented);
    } else {
        refreshPresentation(*m_store, m_presented, touched);
    }
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
        if (change.documentId == m_presented.documentId)
            refreshSpans(change.annotationIds);
        break;
    case ProjectChange::DocumentChanged:
        if (change.documentId == m_presented.documentId)
            updateActions(); // its status
        break;
    case ProjectChange::SchemaChanged:
        rebuildLabelActions();
        refreshSpans();
        break;
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
    // The first annotation of a new document starts work on it, in the same undo step (the
    // editor's startsWork()).
    const std::optional<qint64> id = m_editor->createAnnotation(m_presented.documentId, label, from, to);
    if (!id) {
        statusBar()->showMessage(tr("Cannot add %1 there").arg(label), 4000);
        return;
    }
    m_view->clearSelection();
    m_view->setSelectedSpan(*id);
    m_panel->selectAnnotation(*id);
    askQuoteForm(*id); // a new quote: its form by key
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

void MainWindow::editSchema()
{
    SchemaEditorDialog dialog(m_editor.get(), this);
    dialog.exec();
    updateActions();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        applyPersonName(Preferences::annotatorName().value());
        m_autoTrainer->setThreshold(Preferences::autoTrainThreshold().value());
        m_advanceAfterDecision = Preferences::advanceAfterDecision().value();
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
    Preferences::annotatorName().setValue(name.trimmed());
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
    if (!markDone())
        return;
    if (next)
        selectDocument(next);
    else
        statusBar()->showMessage(tr("This is the last document in the list"), 3000);
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

} // namespace Copydesk

namespace Copydesk {

void MainWindow::showEditFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Saved"), message, QMessageBox::Close, this);
    box->setObjectName(u"editFailed"_s);
    box->setInformativeText(tr("The project is as it was before this step. The undo history was cleared where it no "
                               "longer fits the project."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showOpenError(const QString &path, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Project"),
                                tr("Copydesk cannot open %1.").arg(QFileInfo(path).fileName()), QMessageBox::NoButton, this);
    box->setObjectName(u"openError"_s);
    box->setInformativeText(error);
    box->setDetailedText(QFileInfo(path).absoluteFilePath());
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *recent = new QPushButton(tr("Open &Recent"), box);
    recent->setObjectName(u"openRecent"_s);
    auto *menu = new QMenu(recent);
    for (const QString &project : std::as_const(m_recent)) {
        if (QFileInfo(project) == QFileInfo(path))
            continue;
        menu->addAction(QFileInfo(project).fileName(), this, [this, box, project] {
            box->close();
            QString why;
            if (!openProject(project, &why))
                showOpenError(project, why);
        })->setToolTip(project);
    }
    recent->setMenu(menu);
    recent->setEnabled(!menu->isEmpty());
    box->addButton(recent, QMessageBox::ActionRole);
    QPushButton *other = box->addButton(tr("&Open…"), QMessageBox::ActionRole);
    QPushButton *sample = box->addButton(tr("Open the &Sample"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    connect(other, &QPushButton::clicked, this, &MainWindow::openProjectDialog, Qt::QueuedConnection);
    connect(sample, &QPushButton::clicked, action(u"openSample"_s), &QAction::trigger, Qt::QueuedConnection);
    box->open();
}

void MainWindow::setReadOnlyReason(const QString &reason)
{
    m_readOnlyBanner->setText(tr("<b>Read-only:</b> %1. You can read and export; changes cannot be saved.")
                                  .arg(reason.toHtmlEscaped()));
    m_readOnlyBanner->setVisible(!reason.isEmpty());
}

} // namespace Copydesk
