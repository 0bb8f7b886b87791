#pragma once

#include <atomic>
#include <functional>

#include <QObject>
#include <QString>

class QThread;

namespace Copydesk {

class ProjectStore;

// Long work (import, pre-annotation, export, training) on a thread of its own, with its own
// connection to the project file. Reports progress through signals (queued to the GUI
// thread) and honours cancel(). The work returns a short summary for the user or an error.
class BackgroundJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    struct Context
    {
        BackgroundJob *job;
        const std::atomic_bool *cancelled;
        void progress(int done, int total, const QString &text = {}) const;
    };
    // Runs on the worker thread; store is opened on projectPath for this thread. Returns the
    // summary; sets *error on failure.
    using Work = std::function<QString(ProjectStore &store, const Context &context, QString *error)>;

    BackgroundJob(QString title, QString projectPath, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    QString title() const { return m_title; }
    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // Blocks until the work ends (tests and the screenshot mode).
    void wait();

signals:
    void progressChanged(int done, int total, const QString &text);
    void finished(bool ok, const QString &summary, const QString &error);

private:
    QString m_title;
    QString m_projectPath;
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace Copydesk
