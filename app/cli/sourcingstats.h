#pragma once

#include <optional>

#include "corpusdashboard.h"
#include "sourcingsummary.h"

namespace Copydesk {
class ProjectStore;
}

namespace Copydesk::Cli {

// `stats P --sourcing [--json] [--decided-only]`: the sourcing summary of every document and of
// the whole corpus, as a table a person reads or as JSON. Returns the exit status.
int printSourcingStats(ProjectStore &store, bool json,
                       SourcingScope scope = SourcingScope::DecisionsAndSuggestions);

// `stats P --sourcing --csv [--table T] [filters]`: the corpus dashboard's tables as CSV on
// standard output. One table: plain CSV for a spreadsheet. All tables (no table given): each
// headed by a line "# name" and followed by a blank line. Returns the exit status.
int printSourcingCsv(ProjectStore &store, const DashboardFilter &filter, std::optional<DashboardTable> table);

} // namespace Copydesk::Cli
