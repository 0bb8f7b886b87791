#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// copydesk-cli teach PROJECT --reference NAME [--teacher NAME] | --off | --scores [--json]:
// turns teaching mode on (the reference set, the teacher) or off, or lists each student's
// scores per article (see model/teaching.h). Exit 0, 1 when the project or the annotator
// cannot be found, 2 on usage.
int teachCommand(const QStringList &arguments);

} // namespace Copydesk::Cli
