#pragma once

#include <QDialog>
#include <QList>

#include "annotation.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace Copydesk {

struct ProjectStatistics;

// What an export writes, chosen before the file: the format, and which annotations, with how
// many of each the project holds. Exports are training data: decisions (accepted and manual)
// by default; suggestions (nobody reviewed them) and rejected annotations only when chosen.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const ProjectStatistics &statistics, const QStringList &formats, QWidget *parent = nullptr);

    QString format() const;
    void setFormat(const QString &format);
    QList<AnnotationStatus> statuses() const;

private:
    void updateSummary();

    QComboBox *m_format;
    QCheckBox *m_decisions;
    QCheckBox *m_suggestions;
    QCheckBox *m_rejected;
    QLabel *m_summary;
    int m_counts[4] = {0, 0, 0, 0}; // by AnnotationStatus
};

} // namespace Copydesk
