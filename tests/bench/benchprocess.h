#pragma once

#include <QString>
#include <QStringList>

namespace Copydesk::Bench {

struct ProcessResult
{
    double wallSeconds = 0;
    double cpuSeconds = 0;       // user + system, of the process and its threads
    qint64 peakKilobytes = 0;    // the largest resident set the process reached
    int exitCode = -1;
    bool timedOut = false;
    bool ok() const { return exitCode == 0 && !timedOut; }
};

// Runs a program as a user would and asks the kernel what it cost (wait4's rusage).
class ProcessRunner final
{
public:
    // Standard error goes to logDirectory/<program>.log; a run past timeoutSeconds is killed.
    ProcessRunner(QString program, QString logDirectory, int timeoutSeconds);

    // Standard output goes to stdoutPath (default: nowhere).
    ProcessResult run(const QStringList &arguments, const QString &stdoutPath = {}) const;

private:
    QString m_program;
    QString m_logDirectory;
    int m_timeoutSeconds;
};

} // namespace Copydesk::Bench
