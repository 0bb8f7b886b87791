#include "dashboarddock.h"

#include <algorithm>
#include <climits>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "annotator.h"
#include "projectchange.h"
#include "projectstore.h"
#include "sourcekind.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

constexpr int chartRows = 12;      // bars per chart: the rest is in the table below it
constexpr int labelCharacters = 24;

QString elided(const QString &text)
{
    return text.size() <= labelCharacters ? text : text.left(labelCharacters - 1) + u'\u2026';
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    return chart;
}

QValueAxis *valueAxis(double maximum, bool percent)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, percent ? 100.0 : std::max(1.0, maximum));
    axis->setLabelFormat(percent ? u"%d%"_s : u"%d"_s);
    if (!percent) {
        const int top = int(std::max(1.0, maximum));
        axis->setTickCount(std::min(top, 5) + 1);
        axis->applyNiceNumbers();
    }
    return axis;
}

// A horizontal bar per row (the first rows, the first on top): names read in full.
QChart *horizontalBars(const DashboardTableModel &model, int valueColumn, const QString &setName, const QString &color,
                       bool percent)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(setName);
    set->setColor(QColor(color));
    QStringList names;
    double maximum = 0;
    const int rows = std::min(model.rowCount(), chartRows);
    for (int r = rows - 1; r >= 0; --r) {
        const double value = model.index(r, valueColumn).data(Qt::UserRole).toDouble();
        set->append(value);
        maximum = std::max(maximum, value);
        names.append(elided(model.index(r, 0).data().toString()));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false); // elided to a readable length above, never to "…"
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(maximum, percent);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

// The top speakers, one bar each in the colour of their kind (named person, anonymous, …).
QChart *speakersChart(const DashboardTableModel &model)
{
    QChart *chart = newChart();
    auto *series = new QHorizontalStackedBarSeries;
    std::array<QBarSet *, sourceKindCount> sets{};
    QStringList names;
    double maximum = 0;
    const int rows = std::min(model.rowCount(), chartRows);
    for (int r = rows - 1; r >= 0; --r) {
        SourceKind kind = SourceKind::Person;
        sourceKindFromName(model.index(r, 1).data(Qt::UserRole).toString(), &kind);
        QBarSet *&set = sets[std::size_t(kind)];
        if (!set) {
            set = new QBarSet(sourceKindDisplayName(kind));
            set->setColor(QColor(sourceKindColor(kind)));
            for (int before = rows - 1; before > r; --before)
                set->append(0);
        }
        const double quotes = model.index(r, 2).data(Qt::UserRole).toDouble();
        for (QBarSet *other : sets) {
            if (other)
                other->append(other == set ? quotes : 0);
        }
        maximum = std::max(maximum, quotes);
        names.append(elided(model.index(r, 0).data().toString()));
    }
    for (QBarSet *set : sets) {
        if (set)
            series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(maximum, false);
    values->setTitleText(DashboardDock::tr("Quotes"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Vertical bars, one per category (months, bins of a histogram).
QChart *verticalBars(const QStringList &categories, const QList<double> &values, const QString &setName,
                     const QString &color, bool percent)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(setName);
    set->setColor(QColor(color));
    for (double v : values)
        set->append(v);
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    if (categories.size() > 12)
        axis->setLabelsAngle(-90);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *valueAxisY = valueAxis(values.isEmpty() ? 1.0 : *std::max_element(values.cbegin(), values.cend()), percent);
    chart->addAxis(valueAxisY, Qt::AlignLeft);
    series->attachAxis(valueAxisY);
    return chart;
}

QChart *monthsChart(const DashboardTableModel &model)
{
    QStringList months;
    QList<double> shares;
    for (int r = 0; r < model.rowCount(); ++r) {
        months.append(model.index(r, 0).data().toString());
        shares.append(model.index(r, 6).data(Qt::UserRole).toDouble());
    }
    return verticalBars(months, shares, DashboardDock::tr("Anonymous share"), sourceKindColor(SourceKind::Anonymous), true);
}

// How many articles have 0, 1, 2, … quotes.
QChart *histogramChart(const DashboardTableModel &model)
{
    struct Bin { int low; int high; };
    const QList<Bin> bins{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 10}, {11, 20}, {21, INT_MAX}};
    QList<double> counts(bins.size(), 0.0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 quotes = model.index(r, 5).data(Qt::UserRole).toLongLong();
        for (qsizetype b = 0; b < bins.size(); ++b) {
            if (quotes >= bins.at(b).low && quotes <= bins.at(b).high) {
                ++counts[b];
                break;
            }
        }
    }
    QStringList names;
    for (const Bin &b : bins) {
        names.append(b.high == INT_MAX ? DashboardDock::tr("%1+").arg(b.low)
                     : b.low == b.high ? QString::number(b.low)
                                       : DashboardDock::tr("%1\u2013%2").arg(b.low).arg(b.high));
    }
    QChart *chart = verticalBars(names, counts, DashboardDock::tr("Articles"), sourceKindColor(SourceKind::Person), false);
    chart->axes(Qt::Horizontal).constFirst()->setTitleText(DashboardDock::tr("Quotes in the article"));
    chart->axes(Qt::Vertical).constFirst()->setTitleText(DashboardDock::tr("Articles"));
    return chart;
}

// Documents new, in progress and done per publication, stacked.
QChart *progressChart(const DashboardTableModel &model)
{
    QChart *chart = newChart();
    auto *series = new QHorizontalStackedBarSeries;
    const QStringList colors{u"#BBBBBB"_s, u"#EE7733"_s, u"#009988"_s};
    const QList<int> columns{2, 3, 4};
    QList<QBarSet *> sets;
    for (int i = 0; i < 3; ++i) {
        sets.append(new QBarSet(model.headerData(columns.at(i), Qt::Horizontal).toString()));
        sets.last()->setColor(QColor(colors.at(i)));
    }
    QStringList names;
    double maximum = 0;
    const int rows = std::min(model.rowCount(), chartRows);
    for (int r = rows - 1; r >= 0; --r) {
        for (int i = 0; i < 3; ++i)
            sets[i]->append(model.index(r, columns.at(i)).data(Qt::UserRole).toDouble());
        maximum = std::max(maximum, model.index(r, 1).data(Qt::UserRole).toDouble());
        names.append(elided(model.index(r, 0).data().toString()));
    }
    series->append(sets);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false); // elided to a readable length above, never to "…"
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(maximum, false);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

DashboardDock::DashboardDock(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createFilterBar());
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dashboardSummary"_s);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    const QStringList tabNames{tr("Speakers"), tr("Publications"), tr("Months"), tr("Articles"), tr("Progress")};
    for (int i = 0; i < dashboardTableCount; ++i) {
        QWidget *page = createPage(DashboardTable(i));
        m_tabs->addTab(page, tabNames.at(i));
        m_tabs->setTabToolTip(i, dashboardTableDisplayName(DashboardTable(i)));
    }
    layout->addWidget(m_tabs, 1);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardDock::refresh);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DashboardDock::onComputed);
    m_exportFolder = QDir::homePath();
}

DashboardDock::~DashboardDock()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QWidget *DashboardDock::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    m_source = new QLineEdit(bar);
    m_source->setObjectName(u"dashboardSource"_s);
    m_source->setPlaceholderText(tr("All publications"));
    m_source->setClearButtonEnabled(true);
    m_source->setToolTip(tr("Documents whose source contains this text"));
    m_status = new QComboBox(bar);
    m_status->setObjectName(u"dashboardStatus"_s);
    m_status->addItem(tr("Any status"), -1);
    for (DocumentStatus s : {DocumentStatus::New, DocumentStatus::InProgress, DocumentStatus::Done})
        m_status->addItem(documentStatusDisplayName(s), int(s));
    // A bound applies when its box is ticked; the dates wait beside it, a year back and today.
    auto dateEdit = [bar](const QString &name, const QDate &date) {
        auto *edit = new QDateEdit(date, bar);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
        return edit;
    };
    m_from = dateEdit(u"dashboardFrom"_s, QDate::currentDate().addYears(-1));
    m_to = dateEdit(u"dashboardTo"_s, QDate::currentDate());
    m_fromOn = new QCheckBox(tr("From:"), bar);
    m_fromOn->setObjectName(u"dashboardFromOn"_s);
    m_toOn = new QCheckBox(tr("To:"), bar);
    m_toOn->setObjectName(u"dashboardToOn"_s);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_annotator = new QComboBox(bar);
    m_annotator->setObjectName(u"dashboardAnnotator"_s);
    m_annotator->addItem(tr("All annotators"), QString());
    m_decidedOnly = new QCheckBox(tr("Decisions only"), bar);
    m_decidedOnly->setObjectName(u"dashboardDecidedOnly"_s);
    m_decidedOnly->setToolTip(tr("Count accepted and manual annotations only, not suggestions"));

    grid->addWidget(new QLabel(tr("Publication:"), bar), 0, 0);
    grid->addWidget(m_source, 0, 1);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_fromOn, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_annotator, 1, 2);
    grid->addWidget(m_toOn, 2, 0);
    grid->addWidget(m_to, 2, 1);
    grid->addWidget(m_decidedOnly, 2, 2);
    grid->setColumnStretch(1, 1);

    auto soon = [this] { scheduleRefresh(400); };
    connect(m_source, &QLineEdit::textChanged, this, soon);
    connect(m_status, &QComboBox::currentIndexChanged, this, soon);
    connect(m_from, &QDateEdit::dateChanged, this, soon);
    connect(m_to, &QDateEdit::dateChanged, this, soon);
    connect(m_fromOn, &QCheckBox::toggled, this, soon);
    connect(m_toOn, &QCheckBox::toggled, this, soon);
    connect(m_annotator, &QComboBox::currentIndexChanged, this, soon);
    connect(m_decidedOnly, &QCheckBox::toggled, this, soon);
    return bar;
}

QWidget *DashboardDock::createPage(DashboardTable table)
{
    auto *page = new QWidget(this);
    page->setObjectName(u"dashboard-"_s + dashboardTableName(table));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 2, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addStretch(1);
    auto *png = new QToolButton(page);
    png->setObjectName(u"exportPng"_s);
    png->setText(tr("Export PNG…"));
    png->setToolTip(tr("Save this chart as a PNG image"));
    auto *csv = new QToolButton(page);
    csv->setObjectName(u"exportCsv"_s);
    csv->setText(tr("Export CSV…"));
    csv->setToolTip(tr("Save this table as CSV for a spreadsheet"));
    tools->addWidget(png);
    tools->addWidget(csv);
    layout->addLayout(tools);
    connect(png, &QToolButton::clicked, this, [this, table] { askExportPng(table); });
    connect(csv, &QToolButton::clicked, this, [this, table] { askExportCsv(table); });

    auto *splitter = new QSplitter(Qt::Vertical, page);
    Page &p = m_pages[std::size_t(table)];
    p.view = new QChartView(newChart(), splitter);
    p.view->setRenderHint(QPainter::Antialiasing);
    p.view->setMinimumHeight(220);
    p.model = new DashboardTableModel(this);
    auto *view = new QTableView(splitter);
    view->setModel(p.model);
    view->setSortingEnabled(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Fixed rows: measuring 100,000 rows of articles would hold up the window.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    connect(p.model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(p.view);
    splitter->addWidget(view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 300});
    layout->addWidget(splitter, 1);
    return page;
}

void DashboardDock::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &DashboardDock::onStoreChanged);
    fillAnnotators();
    scheduleRefresh(0);
}

void DashboardDock::fillAnnotators()
{
    const QString current = m_annotator->currentData().toString();
    const QSignalBlocker blocker(m_annotator);
    while (m_annotator->count() > 1)
        m_annotator->removeItem(1);
    if (!m_store || !m_store->isOpen())
        return;
    QStringList names;
    for (const Annotator &a : m_store->annotators()) {
        if (a.kind != AnnotatorKind::Engine && !names.contains(a.name))
            names.append(a.name);
    }
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names))
        m_annotator->addItem(name, name);
    m_annotator->setCurrentIndex(std::max(0, m_annotator->findData(current)));
}

DashboardFilter DashboardDock::filter() const
{
    DashboardFilter f;
    f.source = m_source->text().trimmed();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.status = DocumentStatus(status);
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    f.annotator = m_annotator->currentData().toString();
    f.scope = m_decidedOnly->isChecked() ? SourcingScope::DecisionsOnly : SourcingScope::DecisionsAndSuggestions;
    return f;
}

void DashboardDock::scheduleRefresh(int delayMs)
{
    m_dirty = true;
    if (isVisible())
        m_debounce.start(delayMs);
}

void DashboardDock::onStoreChanged(const ProjectChange &change)
{
    if (change.kind == ProjectChange::Reset || change.kind == ProjectChange::AnnotatorsChanged)
        fillAnnotators();
    // Edits come in bursts (a review session): count again once they pause.
    scheduleRefresh(change.kind == ProjectChange::Reset ? 0 : 1500);
}

void DashboardDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_debounce.start(0);
}

bool DashboardDock::isComputing() const
{
    return m_counting || m_debounce.isActive();
}

void DashboardDock::refresh()
{
    m_debounce.stop();
    m_dirty = false;
    if (m_cancel)
        m_cancel->store(true);
    m_counting = false;
    if (!m_store || !m_store->isOpen()) {
        m_summary->setText(tr("No project is open."));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_summary->setText(tr("Counting…"));
    m_counting = true;
    // Its own read-only connection: the worker never waits for the window's writes.
    m_watcher.setFuture(QtConcurrent::run([path = m_store->path(), filter = filter(), cancel = m_cancel] {
        Result result;
        ProjectStore store;
        if (!store.open(path, ProjectStore::OpenMode::ReadOnly, &result.error))
            return result;
        result.dashboard = computeCorpusDashboard(store, filter, cancel.get());
        return result;
    }));
}

void DashboardDock::onComputed()
{
    const Result result = m_watcher.result();
    if (result.dashboard.cancelled)
        return; // a newer computation is on its way
    m_counting = false;
    if (!result.error.isEmpty()) {
        m_summary->setText(tr("Cannot count: %1").arg(result.error));
        return;
    }
    m_dashboard = result.dashboard;
    for (int i = 0; i < dashboardTableCount; ++i)
        m_pages[std::size_t(i)].model->setTable(m_dashboard.tables[std::size_t(i)]);
    auto model = [this](DashboardTable t) -> const DashboardTableModel & { return *m_pages[std::size_t(t)].model; };
    setChart(DashboardTable::Speakers, speakersChart(model(DashboardTable::Speakers)));
    setChart(DashboardTable::Publications, horizontalBars(model(DashboardTable::Publications), 6, tr("Anonymous share"),
                                                          sourceKindColor(SourceKind::Anonymous), true));
    setChart(DashboardTable::Months, monthsChart(model(DashboardTable::Months)));
    setChart(DashboardTable::Articles, histogramChart(model(DashboardTable::Articles)));
    setChart(DashboardTable::Progress, progressChart(model(DashboardTable::Progress)));
    m_summary->setText(tr("%1 of %n documents counted", nullptr, m_dashboard.documentsSeen).arg(m_dashboard.documentsCounted));
    emit computed();
}

void DashboardDock::setChart(DashboardTable table, QChart *chart)
{
    QChartView *view = m_pages[std::size_t(table)].view;
    chart->setTitle(dashboardTableDisplayName(table)); // an exported picture says what it shows
    QChart *old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

void DashboardDock::showTable(DashboardTable table)
{
    m_tabs->setCurrentIndex(int(table));
}

bool DashboardDock::exportPng(DashboardTable table, const QString &path, QString *error) const
{
    if (chartView(table)->grab().save(path, "PNG"))
        return true;
    if (error)
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool DashboardDock::exportCsv(DashboardTable table, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(dashboardCsv(m_dashboard.table(table)).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DashboardDock::askExportPng(DashboardTable table)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart as PNG"),
                                                      m_exportFolder + u"/copydesk-"_s + dashboardTableName(table) + u".png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    m_exportFolder = QFileInfo(path).absolutePath();
    QString error;
    if (!exportPng(table, path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void DashboardDock::askExportCsv(DashboardTable table)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"),
                                                      m_exportFolder + u"/copydesk-"_s + dashboardTableName(table) + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exportFolder = QFileInfo(path).absolutePath();
    QString error;
    if (!exportCsv(table, path, &error))
        QMessageBox::warning(this, tr("Export Table"), error);
}

} // namespace Copydesk
