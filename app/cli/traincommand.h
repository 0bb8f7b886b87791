#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// copydesk-cli train PROJECT [--epochs N]: trains the project's entity tagger and
// string-match model from its entity decisions (see trainProject()). Exit 0 when the tagger
// was trained, 1 when there was nothing to learn from or the project failed, 2 on usage.
int trainCommand(const QStringList &arguments);

} // namespace Copydesk::Cli
