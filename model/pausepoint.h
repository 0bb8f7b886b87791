#pragma once

// Pause points: where a process can be told, through its environment, to stop and wait to be
// killed, so that a test of kill safety kills it at a known moment instead of after a
// guessed time (tests/tst_cli.cpp, killDuringImport).

#include <chrono>
#include <cstdio>
#include <thread>

#include <QtGlobal>

namespace Copydesk::PausePoint {

// The import has stored its stored-th document, of which committed are committed (the others
// are in the open transaction). With COPYDESK_PAUSE_AFTER_DOCUMENTS=stored in the environment
// it says so on standard error ("copydesk: paused after N documents, C committed") and waits
// for ever. Without the variable it does nothing.
inline void documentStored(qint64 stored, qint64 committed)
{
    static const qint64 pauseAfter = qEnvironmentVariableIntValue("COPYDESK_PAUSE_AFTER_DOCUMENTS");
    if (pauseAfter <= 0 || stored != pauseAfter)
        return;
    std::fprintf(stderr, "copydesk: paused after %lld documents, %lld committed\n", qlonglong(stored), qlonglong(committed));
    std::fflush(stderr);
    for (;;)
        std::this_thread::sleep_for(std::chrono::hours(1));
}

} // namespace Copydesk::PausePoint
