#include "benchprocess.h"

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

extern char **environ;

namespace Copydesk::Bench {

ProcessRunner::ProcessRunner(QString program, QString logDirectory, int timeoutSeconds)
    : m_program(std::move(program))
    , m_logDirectory(std::move(logDirectory))
    , m_timeoutSeconds(timeoutSeconds)
{
}

ProcessResult ProcessRunner::run(const QStringList &arguments, const QString &stdoutPath) const
{
    ProcessResult result;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(m_program));
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const QByteArray out = QFile::encodeName(stdoutPath.isEmpty() ? QStringLiteral("/dev/null") : stdoutPath);
    const QByteArray log = QFile::encodeName(m_logDirectory + u'/' + QFileInfo(m_program).fileName() + QStringLiteral(".log"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0)
            return result;
        if (timer.elapsed() > qint64(m_timeoutSeconds) * 1000) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            result.timedOut = true;
            break;
        }
        QThread::msleep(5);
    }
    result.wallSeconds = timer.nsecsElapsed() / 1e9;
    result.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    result.peakKilobytes = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace Copydesk::Bench
