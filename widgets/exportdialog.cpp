#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

ExportDialog::ExportDialog(const ProjectStatistics &statistics, const QStringList &formats, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_decisions(new QCheckBox(this))
    , m_suggestions(new QCheckBox(this))
    , m_rejected(new QCheckBox(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(u"exportDialog"_s);
    for (const ProjectStatistics::Row &row : statistics.rows) {
        AnnotationStatus status;
        if (parseAnnotationStatus(row.status, &status))
            m_counts[int(status)] += row.count;
    }
    m_format->addItems(formats);
    m_format->setObjectName(u"format"_s);
    m_format->setCurrentText(u"jsonl"_s);
    m_decisions->setObjectName(u"decisions"_s);
    m_decisions->setText(tr("&Decisions: accepted and manual (%n)", nullptr,
                            m_counts[int(AnnotationStatus::Accepted)] + m_counts[int(AnnotationStatus::Manual)]));
    m_decisions->setChecked(true);
    m_suggestions->setObjectName(u"suggestions"_s);
    m_suggestions->setText(tr("&Suggestions nobody has reviewed (%n)", nullptr, m_counts[int(AnnotationStatus::Suggested)]));
    m_suggestions->setToolTip(tr("Engine output: training on it teaches a model the engines' mistakes"));
    m_rejected->setObjectName(u"rejected"_s);
    m_rejected->setText(tr("&Rejected (%n)", nullptr, m_counts[int(AnnotationStatus::Rejected)]));
    m_rejected->setToolTip(tr("What people said no to, as negative examples"));
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *what = new QVBoxLayout;
    what->addWidget(m_decisions);
    what->addWidget(m_suggestions);
    what->addWidget(m_rejected);
    form->addRow(tr("Annotations:"), what);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose the &File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    for (QCheckBox *box : {m_decisions, m_suggestions, m_rejected}) {
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateSummary);
        connect(box, &QCheckBox::toggled, buttons->button(QDialogButtonBox::Ok),
                [this, ok = buttons->button(QDialogButtonBox::Ok)] { ok->setEnabled(!statuses().isEmpty()); });
    }
    updateSummary();
}

QString ExportDialog::format() const
{
    return m_format->currentText();
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentText(format);
}

QList<AnnotationStatus> ExportDialog::statuses() const
{
    QList<AnnotationStatus> statuses;
    if (m_decisions->isChecked())
        statuses << AnnotationStatus::Accepted << AnnotationStatus::Manual;
    if (m_suggestions->isChecked())
        statuses << AnnotationStatus::Suggested;
    if (m_rejected->isChecked())
        statuses << AnnotationStatus::Rejected;
    return statuses;
}

void ExportDialog::updateSummary()
{
    int count = 0;
    for (AnnotationStatus status : statuses())
        count += m_counts[int(status)];
    QString text = tr("%n annotation(s) will be written.", nullptr, count);
    if (m_suggestions->isChecked() && m_counts[int(AnnotationStatus::Suggested)] > 0)
        text += u' ' + tr("Suggestions go in with their status where the format can say it; formats that cannot "
                          "(CoNLL) write them as if decided.");
    m_summary->setText(text);
}

} // namespace Copydesk
