#pragma once

#include <memory>
#include <optional>

#include <QAbstractItemModelTester>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include "mainwindow.h"
#include "projectstore.h"

namespace MainWindowTest {

// Invented articles. The first starts with an emoji, so UTF-16 positions and code points differ
// for everything after it.
struct Article
{
    QString externalId;
    QString title;
    QString source;
    QString text;
};

extern const QList<Article> articles;

} // namespace MainWindowTest

// The window over a small invented project: the fixture is in tst_mainwindow.cpp, the tests are
// split between it and tst_mainwindow_areas.cpp.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void labelKeyOnASelectionCreatesAnAnnotation();
    void labelKeyWithoutSelectionDoesNothing();
    void panelLabelChangeUndoRedo();
    void reopenedWindowShowsTheStateAndTheLastDocument();
    void noteBeingTypedIsSavedOnClose();
    void acceptAndRejectSuggestionsWithKeys();
    void clickingASpanShowsItInThePanel();
    void mostUncertainFirst();
    void keyboardNavigationBetweenDocuments();
    void doneAndNextUnderAStatusFilter();
    void tabReachesEveryArea();
    void searchAndFilters();
    void documentAddedWhileOpen();
    void backgroundImportByDrop();
    void droppingAProjectOpensIt();
    void preferencesChangeThePerson();
    void accessibleNames();
    void corpusBrowserFitsItsDock();
    void corpusHeaderStateIsKept();

private:
    bool createProject(const QString &path);
    void openWindow();
    void closeWindow();
    void attachTesters();
    qint64 documentId(const QString &externalId) const { return m_ids.value(externalId); }
    // UTF-16 range of needle in the shown document.
    QPair<qsizetype, qsizetype> viewRange(const QString &needle) const;
    qint64 createByKeys(const QString &needle, Qt::Key key);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    std::optional<Copydesk::Annotation> onlyAnnotation(qint64 documentId, const QString &label, const Copydesk::ProjectStore &store) const;
    void saveScreenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QHash<QString, qint64> m_ids;
    QHash<QString, QList<qint64>> m_suggestions;
    std::unique_ptr<Copydesk::MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};
