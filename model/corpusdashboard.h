#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <optional>

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "document.h"
#include "sourcingclaims.h"

namespace Copydesk {

class ProjectStore;

// Which documents the corpus dashboard counts. Empty or unset parts let every document through.
struct DashboardFilter
{
    QString source;             // the document's source (publisher): a case-insensitive substring,
    bool exactSource = false;   // or, with exactSource, the whole source (case-insensitive)
    QDate from;                 // the document's date (published), inclusive; a document without
    QDate to;                   // a readable date is left out when either bound is set
    std::optional<DocumentStatus> status; // the document's status (the annotator's own with annotator)
    // An annotator's name (or display name "name version"): only the documents where they have an
    // annotation set, counting their decisions (and the shared suggestions unless decisions only).
    QString annotator;
    SourcingScope scope = SourcingScope::DecisionsAndSuggestions;
};

enum class DashboardTable { Speakers, Publications, Months, Articles, Progress };
constexpr int dashboardTableCount = 5;
QString dashboardTableName(DashboardTable table);            // "speakers", "publications", ...
QString dashboardTableDisplayName(DashboardTable table);     // translated: "Top speakers", ...
bool parseDashboardTable(QStringView name, DashboardTable *table);

// One table of the dashboard: column names for files (CSV header), headers for people, and
// rows of cells (QString or qint64 or double).
struct DashboardTableData
{
    DashboardTable table = DashboardTable::Speakers;
    QStringList columns;   // "speaker", "kind", "quotes", ...
    QStringList headers;   // translated
    QList<QVariantList> rows;
};

// Numbers the dashboard shows for a filter:
// - speakers: every named speaker across the documents (pronouns stay unnamed), most quotes first;
// - publications: per document source, quotes (not scare quotes), the words quoted and how much of
//   them rests on anonymous sources;
// - months: the same per month of the document's date (yyyy-MM; "(no date)" last);
// - articles: per document, its quotes and speakers;
// - progress: per document source, documents new / in progress / done, suggestions left and
//   decisions (accepted, manual, rejected).
struct CorpusDashboard
{
    int documentsSeen = 0;     // in the project
    int documentsCounted = 0;  // through the filter
    bool cancelled = false;
    std::array<DashboardTableData, dashboardTableCount> tables;
    const DashboardTableData &table(DashboardTable t) const { return tables[std::size_t(t)]; }
};

using DashboardProgress = std::function<void(int done, int total)>;

// Streams over the project's documents one at a time (memory grows with speakers, sources and
// months, not with documents). Stops early, with cancelled set, when *cancel turns true.
CorpusDashboard computeCorpusDashboard(const ProjectStore &store, const DashboardFilter &filter,
                                       const std::atomic_bool *cancel = nullptr,
                                       const DashboardProgress &progress = {});

// RFC 4180 CSV (CRLF line ends, the header row first) with the export's guard against formulas
// (CsvWriter::quoted): text cells starting with = + - @ become text to a spreadsheet.
QString dashboardCsv(const DashboardTableData &table);

// A dashboard table as an item model: the display role formats numbers for people (shares with
// one decimal and a % sign); Qt::UserRole gives the raw value for sorting.
class DashboardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTableModel)

public:
    explicit DashboardTableModel(QObject *parent = nullptr);
    void setTable(const DashboardTableData &table);
    const DashboardTableData &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DashboardTableData m_table;
};

} // namespace Copydesk
