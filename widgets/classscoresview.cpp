#include "classscoresview.h"

#include <cmath>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "labelschema.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
constexpr int fixedColumns = 2;  // student, article
constexpr int trailingColumns = 3; // speakers, missed, extra
} // namespace

ClassScoresModel::ClassScoresModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClassScoresModel::setScores(const QStringList &layers, const QList<StudentScore> &scores)
{
    beginResetModel();
    m_layers = layers;
    m_scores = scores;
    endResetModel();
}

int ClassScoresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int ClassScoresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fixedColumns + int(m_layers.size()) + trailingColumns;
}

QVariant ClassScoresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentScore &score = m_scores.at(index.row());
    if (role == DocumentIdRole)
        return score.documentId;
    if (role == StudentIdRole)
        return score.studentId;
    if (role == Qt::TextAlignmentRole && index.column() >= fixedColumns)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const int column = index.column();
    if (column == 0)
        return score.student;
    if (column == 1)
        return score.document;
    if (!score.done)
        return column == fixedColumns ? tr("not done yet") : QString();
    const int layer = column - fixedColumns;
    if (layer < m_layers.size()) {
        const SpanCounts counts = score.comparison.layers.value(m_layers.at(layer));
        const double f1 = counts.f1(true);
        return counts.reference || counts.candidate ? (std::isnan(f1) ? u"—"_s : QString::number(f1, 'f', 2)) : u"—"_s;
    }
    switch (layer - m_layers.size()) {
    case 0:
        return score.comparison.speakers ? u"%1/%2"_s.arg(score.comparison.speakersRight).arg(score.comparison.speakers) : u"—"_s;
    case 1:
        return score.comparison.count(TeachingItem::Miss);
    case 2:
        return score.comparison.count(TeachingItem::Extra);
    }
    return {};
}

QVariant ClassScoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Student");
    if (section == 1)
        return tr("Article");
    const int layer = section - fixedColumns;
    if (layer < m_layers.size())
        return tr("%1 F1").arg(m_layers.at(layer));
    switch (layer - m_layers.size()) {
    case 0: return tr("Speakers");
    case 1: return tr("Missed");
    case 2: return tr("Extra");
    }
    return {};
}

ClassScoresView::ClassScoresView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClassScoresModel(this))
    , m_header(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_table->setObjectName(u"classScores"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Students' scores"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit documentActivated(index.data(ClassScoresModel::DocumentIdRole).toLongLong(),
                               index.data(ClassScoresModel::StudentIdRole).toLongLong());
    });
    refresh();
}

void ClassScoresView::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &ClassScoresView::onStoreChanged);
    refresh();
}

void ClassScoresView::onStoreChanged(const ProjectChange &change)
{
    Q_UNUSED(change)
    // Scores read every document: only while shown (showEvent catches up).
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ClassScoresView::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void ClassScoresView::refresh()
{
    m_stale = false;
    if (!m_store || !m_store->isOpen()) {
        m_model->setScores({}, {});
        m_header->clear();
        return;
    }
    const TeachingSettings settings = TeachingSettings::read(*m_store);
    const QList<StudentScore> scores = settings.isOn() ? classScores(*m_store, settings) : QList<StudentScore>();
    m_model->setScores(m_store->schema().layers(), scores);
    QSet<qint64> students;
    for (const StudentScore &s : scores)
        students.insert(s.studentId);
    m_header->setText(!settings.isOn() ? tr("Teaching mode is off in this project.")
                                       : tr("%n student(s); F1 against the reference per layer (exact bounds), speakers right of "
                                            "those the reference names.", nullptr, int(students.size())));
}

} // namespace Copydesk
