#pragma once

#include <QObject>
#include <QPointer>

#include "backgroundjob.h"

class QTimer;

namespace Copydesk {

class ProjectStore;
struct ProjectChange;

// Trains the entity tagger in the background once enough new entity decisions were made in
// the project (accepted or manual entity annotations since the last training), then lets the
// learned engines suggest again in the documents nobody has started. Quiet: no dialog; it
// reports through finished().
class AutoTrainer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoTrainer)

public:
    explicit AutoTrainer(ProjectStore *store, QObject *parent = nullptr);
    ~AutoTrainer() override;

    // New entity decisions that start a training; 0 turns automatic training off.
    void setThreshold(int decisions);
    int threshold() const { return m_threshold; }
    // How long the person must pause editing before a check (milliseconds).
    void setIdleDelay(int milliseconds);

    bool isRunning() const { return m_job != nullptr; }
    // Checks now (the idle timer calls this); returns whether a training started.
    bool checkNow();
    void cancelAndWait();

    // The store's count of entity decisions and the count at the last training.
    static int entityDecisionCount(const ProjectStore &store);
    static QString decisionsAtTrainingKey();

signals:
    void started();
    void finished(bool ok, const QString &summary);

private:
    void onChanged(const ProjectChange &change);

    ProjectStore *m_store;
    QTimer *m_idle;
    QPointer<BackgroundJob> m_job;
    int m_threshold;
};

} // namespace Copydesk
