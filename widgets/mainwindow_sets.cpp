// The annotation window's parts for several annotators: whose annotations it shows (a toolbar),
// the comparison, curation and teaching view (a dock tabbed with the annotation panel), the
// teacher's scores (a dock), and File ▸ Merge Projects. Kept apart from mainwindow.cpp, which
// calls in at a few marked places.

#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

#include "annotationeditor.h"
#include "annotationpanel.h"
#include "annotationlistmodel.h"
#include "annotationsetfilter.h"
#include "articleview.h"
#include "classscoresview.h"
#include "comparisonpresenter.h"
#include "comparisonview.h"
#include "projectmerge.h"
#include "projectstore.h"
#include "teaching.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

void MainWindow::createSetsParts()
{
    m_setFilter = new AnnotationSetFilter(this);
    m_setFilter->setStore(m_store.get());
    connect(m_setFilter, &AnnotationSetFilter::selectionChanged, this, &MainWindow::onSetSelectionChanged);

    m_comparison = new ComparisonView(this);
    m_comparison->setStore(m_store.get());
    m_comparison->setEditor(m_editor.get());
    m_comparisonDock = new QDockWidget(tr("Comparison"), this);
    m_comparisonDock->setObjectName(u"ComparisonDock"_s);
    m_comparisonDock->setWidget(m_comparison);
    addDockWidget(Qt::RightDockWidgetArea, m_comparisonDock);
    tabifyDockWidget(m_panelDock, m_comparisonDock);
    m_comparisonDock->hide();
    m_panelDock->raise();
    connect(m_comparison, &ComparisonView::placeActivated, this, &MainWindow::showPlace);
    connect(m_comparison, &ComparisonView::comparisonChanged, this, [this] {
        if (m_comparison->documentId() == m_presented.documentId)
            applyPresentedSpans();
    });

    m_classScores = new ClassScoresView(this);
    m_classScores->setStore(m_store.get());
    m_classDock = new QDockWidget(tr("Class"), this);
    m_classDock->setObjectName(u"ClassDock"_s);
    m_classDock->setWidget(m_classScores);
    addDockWidget(Qt::BottomDockWidgetArea, m_classDock);
    m_classDock->hide();
    connect(m_classScores, &ClassScoresView::documentActivated, this, [this](qint64 documentId) { selectDocument(documentId); });
}

void MainWindow::createSetsActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setStatusTip(tip);
        a->setToolTip(shortcut.isEmpty() ? QString(text).remove(u'&')
                                         : u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
        m_actions.insert(name, a);
        addAction(a);
        return a;
    };
    QAction *compare = add(u"compare"_s, tr("&Compare Annotators"), QKeySequence(tr("Ctrl+Shift+D")),
                           tr("Where the annotators of this article differ, with the guideline beside each difference"));
    connect(compare, &QAction::triggered, this, [this] {
        showComparisonDock();
        m_comparisonDock->raise();
        m_comparison->list()->setFocus();
    });
    QAction *curate = add(u"curate"_s, tr("C&urate"), QKeySequence(tr("Ctrl+Shift+K")),
                          tr("Settle the differences into the curated set: 1-9 take an annotator's reading, 0 none, E your edit"));
    curate->setCheckable(true);
    connect(curate, &QAction::toggled, this, &MainWindow::setCurating);
    QAction *chooser = add(u"chooseSet"_s, tr("Sho&w Whose Annotations…"), QKeySequence(tr("Ctrl+Shift+W")),
                           tr("Show all annotations, yours, the curated set, or another annotator's"));
    connect(chooser, &QAction::triggered, this, [this] {
        m_setsBar->show();
        m_setFilter->chooser()->setFocus();
        m_setFilter->chooser()->showPopup();
    });
    QAction *colours = add(u"teachingColours"_s, tr("Colour the &Comparison with the Reference"), QKeySequence(tr("Ctrl+Shift+T")),
                           tr("Teaching mode, once the article is done: matches, misses, extras and other speakers in colour"));
    colours->setCheckable(true);
    colours->setChecked(true);
    connect(colours, &QAction::toggled, this, &MainWindow::applyPresentedSpans);
    QAction *merge = add(u"merge"_s, tr("&Merge Projects…"), QKeySequence(),
                         tr("Combine project files (several annotators' work) into a new one"));
    connect(merge, &QAction::triggered, this, &MainWindow::mergeProjectsDialog);
}

void MainWindow::addSetsMenus(QMenu *file, QMenu *view, QMenu *annotate)
{
    file->insertAction(action(u"quit"_s), action(u"merge"_s));
    file->insertSeparator(action(u"quit"_s));
    m_setsBar = addToolBar(tr("Annotation Sets"));
    m_setsBar->setObjectName(u"SetsToolBar"_s);
    m_setsBar->addWidget(m_setFilter);
    view->addSeparator();
    view->addAction(action(u"chooseSet"_s));
    view->addAction(action(u"teachingColours"_s));
    view->addAction(m_setsBar->toggleViewAction());
    view->addAction(m_comparisonDock->toggleViewAction());
    view->addAction(m_classDock->toggleViewAction());
    annotate->addSeparator();
    annotate->addAction(action(u"compare"_s));
    annotate->addAction(action(u"curate"_s));
}

bool MainWindow::isStudent() const
{
    if (!m_store->isOpen())
        return false;
    const TeachingSettings teaching = TeachingSettings::read(*m_store);
    return teaching.isOn() && teaching.referenceId(*m_store) && !teaching.isTeacher(m_editor->personName());
}

bool MainWindow::showsTeachingComparison() const
{
    return isStudent() && m_comparison->isRevealed() && m_comparison->documentId() == m_presented.documentId
           && action(u"teachingColours"_s)->isChecked();
}

// After a project opens or the person changes: teaching mode, the person's own set.
void MainWindow::updateSetsParts()
{
    if (!m_setFilter || !m_store->isOpen())
        return;
    const TeachingSettings teaching = TeachingSettings::read(*m_store);
    const qint64 reference = teaching.referenceId(*m_store);
    const bool student = isStudent();
    m_setFilter->setPersonId(m_editor->personId());
    m_setFilter->setStudentMode(student ? reference : 0);
    if (student) {
        action(u"curate"_s)->setChecked(false);
        m_comparison->setMode(ComparisonView::Mode::Teaching);
        m_comparison->setTeaching(m_editor->personId(), reference);
        m_comparisonDock->setWindowTitle(tr("Comparison with the Reference"));
        m_comparisonDock->show();
    } else {
        m_comparison->setAnnotators({}); // every set on the article
        m_comparison->setMode(action(u"curate"_s)->isChecked() ? ComparisonView::Mode::Curation : ComparisonView::Mode::Comparison);
        m_comparisonDock->setWindowTitle(tr("Comparison"));
        if (action(u"curate"_s)->isChecked()) {
            curationAnnotator(*m_store);
            m_setFilter->choose(SetSelection::Curated);
        }
    }
    m_classDock->setVisible(teaching.isOn() && !student);
    m_classScores->refresh();
    onSetSelectionChanged(m_setFilter->selection());
    updateSetsActions();
}

void MainWindow::updateSetsActions()
{
    if (!m_setFilter || m_actions.isEmpty() || !action(u"curate"_s))
        return;
    const bool open = m_store->isOpen();
    const bool student = isStudent();
    action(u"curate"_s)->setEnabled(open && !student && !m_store->isReadOnly());
    action(u"merge"_s)->setEnabled(open && !m_job); // the merge runs as a background job of the open project
    action(u"teachingColours"_s)->setEnabled(student);
    action(u"chooseSet"_s)->setEnabled(open && !student);
    // Another annotator's set is shown read-only: no edits by key.
    if (m_presented.selection.readOnly()) {
        for (const char *name : {"accept", "reject", "acceptAll", "delete", "startLeft", "startRight", "endLeft", "endRight",
                                 "startWordLeft", "startWordRight", "endWordLeft", "endWordRight"})
            action(QString::fromLatin1(name))->setEnabled(false);
    }
}

void MainWindow::onSetSelectionChanged(const SetSelection &selection)
{
    m_presented.selection = selection;
    m_panel->listModel()->setSelection(selection);
    // In the curated set, new decisions are the curated set's.
    m_editor->setSetOwner(selection.mode == SetSelection::Curated ? selection.ownerId : 0);
    if (m_presented.documentId)
        refreshSpans();
    updateActions();
    if (selection.readOnly())
        statusBar()->showMessage(tr("Another annotator's annotations, read-only"), 4000);
}

void MainWindow::applyPresentedSpans()
{
    if (showsTeachingComparison()) {
        m_view->setSpans(comparisonSpans(m_comparison->teachingComparison(), m_presented.offsets, m_store->schema()));
        m_view->setLinks({});
        return;
    }
    m_view->setSpans(m_presented.spans);
    m_view->setLinks(m_presented.links);
}

bool MainWindow::refuseReadOnlyEdit()
{
    if (!m_presented.selection.readOnly())
        return false;
    statusBar()->showMessage(tr("These are another annotator's annotations, read-only: choose Mine or the curated set to edit"), 5000);
    return true;
}

void MainWindow::showPlace(qint64 start, qint64 end)
{
    // The first annotation shown there, else the words.
    for (const ViewSpan &span : std::as_const(m_presented.spans)) {
        if (m_presented.offsets.toCodePoint(span.start) < end && start < m_presented.offsets.toCodePoint(span.end)) {
            selectAnnotation(span.id);
            return;
        }
    }
    m_view->setSelection(m_presented.offsets.toUtf16(start), m_presented.offsets.toUtf16(end));
    m_view->scrollToPosition(m_presented.offsets.toUtf16(start));
}

void MainWindow::showComparisonDock()
{
    // Wide enough for two annotators' readings side by side the first time it opens.
    const bool wasHidden = !m_comparisonDock->isVisible();
    m_comparisonDock->show();
    m_comparisonDock->raise();
    if (wasHidden && m_comparisonDock->width() < 520)
        resizeDocks({m_comparisonDock}, {520}, Qt::Horizontal);
}

void MainWindow::setCurating(bool on)
{
    if (!m_comparison)
        return;
    m_comparison->setMode(on ? ComparisonView::Mode::Curation : ComparisonView::Mode::Comparison);
    if (on) {
        curationAnnotator(*m_store); // the curated set exists from now on (a choice in the chooser)
        m_setFilter->choose(SetSelection::Curated);
        showComparisonDock();
        m_comparisonDock->raise();
        m_comparison->list()->setFocus();
        m_comparison->firstOpen();
    } else if (m_presented.selection.mode == SetSelection::Curated) {
        m_setFilter->choose(SetSelection::All);
    }
}

void MainWindow::mergeProjectsDialog()
{
    const QStringList inputs = QFileDialog::getOpenFileNames(this, tr("Merge Projects"), QString(), tr("Copydesk projects (*.copydesk)"));
    if (inputs.isEmpty())
        return;
    const QString output = QFileDialog::getSaveFileName(this, tr("Merged Project"), QFileInfo(inputs.constFirst()).dir().filePath(u"merged.copydesk"_s),
                                                        tr("Copydesk projects (*.copydesk)"));
    if (output.isEmpty())
        return;
    // The merge writes a new file and reads the inputs: the open project is not touched.
    auto *job = new BackgroundJob(tr("Merging projects"), m_store->path(),
                                  [inputs, output](ProjectStore &, const BackgroundJob::Context &context, QString *error) {
        // The save dialog asked before replacing a file.
        const MergeReport report = mergeProjectFiles(inputs, output, true, [&](int input, int done, int total) {
            context.progress(done, total, QCoreApplication::translate("MainWindow", "Merging %1…").arg(QFileInfo(inputs.value(input)).fileName()));
        }, context.cancelled);
        if (!report.conflicts.isEmpty()) {
            *error = QCoreApplication::translate("MainWindow", "Nothing merged, the schemas conflict:\n%1").arg(report.conflicts.join(u'\n'));
            return QString();
        }
        if (!report.error.isEmpty()) {
            *error = report.error;
            return QString();
        }
        QString summary = QCoreApplication::translate("MainWindow", "Merged into %1: %n document(s)", nullptr, report.documentsAdded).arg(output);
        summary += QCoreApplication::translate("MainWindow", ", %n annotation(s)", nullptr, report.annotationsAdded);
        for (const QString &warning : report.warnings)
            summary += u'\n' + warning;
        return summary;
    });
    startJob(job);
}

} // namespace Copydesk
