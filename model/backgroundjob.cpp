#include "backgroundjob.h"

#include <QThread>

#include "projectstore.h"

namespace Copydesk {

void BackgroundJob::Context::progress(int done, int total, const QString &text) const
{
    emit job->progressChanged(done, total, text);
}

BackgroundJob::BackgroundJob(QString title, QString projectPath, Work work, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_projectPath(std::move(projectPath))
    , m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
}

void BackgroundJob::start()
{
    m_thread = QThread::create([this] {
        ProjectStore store;
        QString error;
        QString summary;
        bool ok = store.open(m_projectPath, ProjectStore::OpenMode::Existing, &error);
        if (ok) {
            summary = m_work(store, Context{this, &m_cancelled}, &error);
            ok = error.isEmpty();
        }
        store.close();
        emit finished(ok, summary, error);
    });
    m_thread->setObjectName(QStringLiteral("copydesk-job"));
    m_thread->start(QThread::LowPriority);
}

void BackgroundJob::cancel()
{
    m_cancelled = true;
}

void BackgroundJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace Copydesk
