#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// copydesk-cli curate PROJECT --annotators A,B[,...] [--take-agreed] [--curator NAME] [--json]:
// how far curation of the annotators' differences has come, per document (model/curation.h);
// --take-agreed first brings what they agree on into the curated set. Exit 0, 1 when the
// project or an annotator cannot be found, 2 on usage.
int curateCommand(const QStringList &arguments);

} // namespace Copydesk::Cli
