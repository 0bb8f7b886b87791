#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// Exit codes of every command.
enum ExitCode { Ok = 0, InputFailed = 1, UsageError = 2 };

int run(const QStringList &arguments);

} // namespace Copydesk::Cli
