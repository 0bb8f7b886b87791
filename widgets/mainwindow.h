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

    // Where the bundled sample project lives; created from resources/ on first use.
    static QString sampleProjectPath();
    static bool ensureSampleProject(QString *error);


    // Waits for the running background job, if any (tests, screenshots).
    void waitForJobs();

    // Several annotators (widgets/mainwindow_sets.cpp): whose annotations are shown, the
    // comparison / curation / teaching view, the teacher's scores.
    class AnnotationSetFilter *setFilter() const { return m_setFilter; }
    class ComparisonView *comparisonView() const { return m_comparison; }
    class ClassScoresView *classScoresView() const { return m_classScores; }
    // True when the article shows a student's comparison with the reference (teaching mode).
    bool showsTeachingComparison() const;

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
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
    void refreshSpans();
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
    void importPaths(const QStringList &paths);
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
    QLabel *m_positionLabel;
    QLabel *m_countsLabel;
    QLabel *m_personLabel;
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
