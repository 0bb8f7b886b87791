#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// copydesk-cli agreement PROJECT --annotators A,B[,C...] [--documents IDS] [--layers L,...] [--json]:
// how far annotation sets agree (see model/agreement.h). Exit 0, 1 when the project cannot be
// read or an annotator is unknown, 2 on usage.
int agreementCommand(const QStringList &arguments);

} // namespace Copydesk::Cli
