#pragma once

#include "sourcingsummary.h"

namespace Copydesk {
class ProjectStore;
}

namespace Copydesk::Cli {

// `stats P --sourcing [--json] [--decided-only]`: the sourcing summary of every document and of
// the whole corpus, as a table a person reads or as JSON. Returns the exit status.
int printSourcingStats(ProjectStore &store, bool json,
                       SourcingScope scope = SourcingScope::DecisionsAndSuggestions);

} // namespace Copydesk::Cli
