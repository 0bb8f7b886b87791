#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// copydesk-cli merge A.copydesk B.copydesk ... -o OUT.copydesk [--force]: one project from
// several (see model/projectmerge.h). Exit 0, 1 when an input cannot be read, the schemas
// conflict or the output cannot be written, 2 on usage.
int mergeCommand(const QStringList &arguments);

} // namespace Copydesk::Cli
