#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "projectchange.h"
#include "teaching.h"

class QLabel;
class QTableView;

namespace Copydesk {

class ProjectStore;

// Every student's scores per article (model/teaching.h classScores): Student | Article | one F1
// per layer | Speakers | Missed | Extra. Rows of articles a student has not finished say so.
class ClassScoresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassScoresModel)

public:
    enum Role { DocumentIdRole = Qt::UserRole + 1, StudentIdRole };

    explicit ClassScoresModel(QObject *parent = nullptr);

    void setScores(const QStringList &layers, const QList<StudentScore> &scores);
    const QList<StudentScore> &scores() const { return m_scores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_layers;
    QList<StudentScore> m_scores;
};

// The teacher's view of a class (several students' project files merged): the scores table;
// Enter opens the article (documentActivated).
class ClassScoresView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassScoresView)

public:
    explicit ClassScoresView(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    ClassScoresModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void refresh();

signals:
    void documentActivated(qint64 documentId, qint64 studentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onStoreChanged(const ProjectChange &change);

    QPointer<ProjectStore> m_store;
    ClassScoresModel *m_model;
    QLabel *m_header;
    QTableView *m_table;
    bool m_stale = false;
};

} // namespace Copydesk
