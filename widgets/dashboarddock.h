#pragma once

#include <array>
#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include "corpusdashboard.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace Copydesk {

class ProjectStore;
struct ProjectChange;

// The corpus dashboard (model/corpusdashboard.h) as the content of a dock: a filter bar and one
// tab per table, each a chart over its table with "Export PNG…" and "Export CSV…". The numbers
// are computed on a worker thread with its own read-only connection to the project, while the
// dashboard is shown, a moment after the filter or the project last changed.
class DashboardDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDock)

public:
    explicit DashboardDock(QWidget *parent = nullptr);
    ~DashboardDock() override;

    // The window's store: its path for the worker, its changes to recompute. Not owned.
    void setStore(ProjectStore *store);
    DashboardFilter filter() const;
    // Computes now (a running computation is cancelled).
    void refresh();
    bool isComputing() const;
    const CorpusDashboard &dashboard() const { return m_dashboard; }
    QChartView *chartView(DashboardTable table) const { return m_pages[std::size_t(table)].view; }
    void showTable(DashboardTable table);

    // The chart as drawn, and its table as CSV (model/corpusdashboard.h); false with *error.
    bool exportPng(DashboardTable table, const QString &path, QString *error) const;
    bool exportCsv(DashboardTable table, const QString &path, QString *error) const;

signals:
    void computed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result
    {
        CorpusDashboard dashboard;
        QString error;
    };
    struct Page
    {
        QChartView *view = nullptr;
        DashboardTableModel *model = nullptr;
    };
    QWidget *createFilterBar();
    QWidget *createPage(DashboardTable table);
    void scheduleRefresh(int delayMs);
    void onStoreChanged(const ProjectChange &change);
    void onComputed();
    void fillAnnotators();
    void setChart(DashboardTable table, QChart *chart);
    void askExportPng(DashboardTable table);
    void askExportCsv(DashboardTable table);

    ProjectStore *m_store = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QCheckBox *m_toOn = nullptr;
    QComboBox *m_annotator = nullptr;
    QCheckBox *m_decidedOnly = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<Page, dashboardTableCount> m_pages{};
    CorpusDashboard m_dashboard;
    QTimer m_debounce;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_dirty = true;
    bool m_counting = false; // a computation started and its result not shown yet
    QString m_exportFolder;
};

} // namespace Copydesk
