#pragma once

#include <memory>

#include <QMainWindow>
#include <QPointer>

#include "backgroundjob.h"

#include "documentpresenter.h"

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressDialog;
class QToolBar;

namespace Copydesk {

class AnnotationEditor;
class AnnotationPanel;
class ArticleView;
class CorpusBrowser;
class ProjectStore;
struct ProjectChange;

// The annotation window: corpus browser | article view | annotation panel. Every edit goes
// through the AnnotationEditor (undoable, saved at once); long work runs as BackgroundJobs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The layers the View menu shows and hides, in order.
    static const QStringList &layerNames();

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path, QString *error = nullptr);
    bool selectDocument(qint64 documentId);
    bool selectDocumentByExternalId(const QString &externalId);
    // Selects an annotation of the current document in the article and the panel.
    bool selectAnnotation(qint64 annotationId);
    qint64 currentDocument() const { return m_presented.documentId; }

    ProjectStore *store() const { return m_store.get(); }
    AnnotationEditor *editor() const { return m_editor.get(); }
    ArticleView *articleView() const { return m_view; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    CorpusBrowser *corpusBrowser() const { return m_browser; }
    QAction *action(const QString &name) const;

    // Waits for the running background job, if any (tests, screenshots).
    void waitForJobs();

    // Says in a dialog why path cannot be opened, offering Open Recent, Open and the sample
    // project (non-blocking: the window stays usable).
    void showOpenError(const QString &path, const QString &error);
    // A banner over the article saying why the project is read-only; empty hides it. (For
    // ProjectStore::isReadOnly() and its reason once the store has them.)
    void setReadOnlyReason(const QString &reason);
    // The keyboard shortcuts as F1 shows them (plain text lines "keys<TAB>what").
    QString keysHelpText() const;
    // Several annotators (widgets/mainwindow_sets.cpp): whose annotations are shown, the
    // comparison / curation / teaching view, the teacher's scores.
    class AnnotationSetFilter *setFilter() const { return m_setFilter; }
    class ComparisonView *comparisonView() const { return m_comparison; }
    class ClassScoresView *classScoresView() const { return m_classScores; }
    // True when the article shows a student's comparison with the reference (teaching mode).
    bool showsTeachingComparison() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createEditActions();
    void createDocumentActions();
    void createViewActions();
    // A named action of the window (action(name)), with its shortcut in the tooltip.
    template<typename Slot>
    QAction *addNamedAction(const QString &name, const QString &text, const QKeySequence &shortcut, Slot slot,
                            const QString &tip = {});
    void createMenus();
    void createDocks();
    void readSettings();
    void writeSettings();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateActions();
    void updateStatus();
    void updateTitle();

    void onStoreChanged(const ProjectChange &change);
    void showDocument(qint64 documentId);
    // touched: the annotations an edit changed (all when empty).
    void refreshSpans(const QList<qint64> &touched = {});
    void onLabelKey(const QString &key, qsizetype start, qsizetype end);
    void onSelectionChanged();
    void onBoundaryDragged(qint64 id, qsizetype start, qsizetype end);
    void showSelectionMenu(const QPoint &globalPos, qsizetype start, qsizetype end);
    void showSpanMenu(const QPoint &globalPos, qint64 id);
    void createAnnotation(const QString &label, qsizetype start, qsizetype end);

    void newProject();
    void openProjectDialog();
    void importFiles();
    void importFolder();
    // format: read every file as it; empty: by extension.
    void importPaths(const QStringList &paths, const QString &format = {});
    void exportProject();
    void preAnnotate(const QStringList &layers);
    void train();
    void editSchema();
    void editPreferences();
    void setDocumentStatus(int status);
    void nextDocument();
    void previousDocument();
    void doneAndNext();
    void showKeys();
    QList<QPair<QString, QString>> keyRows() const;

    // Keyboard review (mainwindowreview.cpp).
    struct KeyMode
    {
        enum Kind { None, Link, Form };
        Kind kind = None;
        qint64 headId = 0;              // the quote
        QString relation;               // Link: SPEAKER, CUE, VIA
        QString childLabel;             // Link: what Enter creates from a selection
        QList<qint64> candidates;       // Link: in text order
        int current = -1;
        QHash<QChar, QString> formKeys; // Form: key -> value
    };
    void decide(bool accept);
    void syncShownToPanel();
    void rebuildLabelActions();
    void onLabelAction(const QString &label);
    bool relabel(const QList<qint64> &ids, const QString &label);
    void startKeyMode(KeyMode mode);
    void endKeyMode();
    void showPrompt(const QString &text);
    void startLinking(const QString &relation);
    void showLinkCandidate();
    bool finishLinking();
    void askQuoteForm(qint64 quoteId);
    bool handleModeKey(class QKeyEvent *key, bool press);
    bool markDone();
    void showEditFailure(const QString &message);
    void about();
    void startJob(BackgroundJob *job);
    QString askPersonName();
    void applyPersonName(const QString &name);

    // Several annotators (widgets/mainwindow_sets.cpp).
    void createSetsParts();
    void createSetsActions();
    void addSetsMenus(QMenu *file, QMenu *view, QMenu *annotate);
    void updateSetsParts();
    void updateSetsActions();
    void onSetSelectionChanged(const struct SetSelection &selection);
    void applyPresentedSpans();
    bool refuseReadOnlyEdit();
    void showPlace(qint64 start, qint64 end);
    void setCurating(bool on);
    void showComparisonDock();
    void mergeProjectsDialog();
    bool isStudent() const;
    class AnnotationSetFilter *m_setFilter = nullptr;
    class ComparisonView *m_comparison = nullptr;
    QDockWidget *m_comparisonDock = nullptr;
    class ClassScoresView *m_classScores = nullptr;
    QDockWidget *m_classDock = nullptr;
    QToolBar *m_setsBar = nullptr;

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    class AutoTrainer *m_autoTrainer;
    PresentedDocument m_presented;

    ArticleView *m_view;
    CorpusBrowser *m_browser;
    AnnotationPanel *m_panel;
    QDockWidget *m_browserDock = nullptr;
    QDockWidget *m_panelDock = nullptr;
    class SourcingCard *m_sourcingCard = nullptr;
    QDockWidget *m_sourcingDock = nullptr;
    class DashboardDock *m_dashboard = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    QLabel *m_positionLabel;
    QLabel *m_countsLabel;
    QLabel *m_personLabel;
    QLabel *m_prompt = nullptr;       // a key mode's prompt, over the article
    QLabel *m_readOnlyBanner = nullptr;
    QList<QAction *> m_labelActions;  // one per label key
    KeyMode m_keyMode;
    bool m_advanceAfterDecision = true;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_labelMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QStringList m_recent;
    QPointer<BackgroundJob> m_job;
    QPointer<QProgressDialog> m_progress;
    bool m_syncingSelection = false;
    bool m_layoutRestored = false; // the docks' sizes came from the settings, or were set once
};

} // namespace Copydesk
