#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "annotationsets.h"
#include "annotator.h"
#include "document.h"

class QComboBox;
class QLabel;

class QTimer;

namespace Copydesk {

class ProjectStore;
struct ProjectChange;

// The annotation sets of one document (who annotated it, how much, their own status), following
// the store's announcements.
class AnnotationSetModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationSetModel)

public:
    enum Role { OwnerIdRole = Qt::UserRole + 1, KindRole, DecisionsRole, StatusRole };

    explicit AnnotationSetModel(QObject *parent = nullptr);

    void setStore(ProjectStore *store);
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    struct Row
    {
        Annotator owner;
        int decisions = 0;
        DocumentStatus status = DocumentStatus::New;
    };
    const QList<Row> &rows() const { return m_rows; }
    // "anna (12, done)".
    static QString describe(const Row &row);

private:
    void onChanged(const ProjectChange &change);
    void reload();

    QPointer<ProjectStore> m_store;
    qint64 m_documentId = 0;
    QList<Row> m_rows;
    QTimer *m_reloadLater;
};

// Chooses whose annotations the window shows: all, mine, the curated set, or another annotator's
// set read-only; and says who else annotated the document. In teaching mode a student chooses
// nothing: their own set, without suggestions, the reference hidden (see model/teaching.h).
class AnnotationSetFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationSetFilter)

public:
    explicit AnnotationSetFilter(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    // The person working in the window (their set is "mine").
    void setPersonId(qint64 personId);
    void setDocument(qint64 documentId);
    // Teaching mode for a student: only their set, no suggestions, the reference hidden.
    // referenceId 0 turns it off.
    void setStudentMode(qint64 referenceId);

    SetSelection selection() const { return m_selection; }
    AnnotationSetModel *model() const { return m_model; }
    QComboBox *chooser() const { return m_choice; }
    // "Also annotated by anna (done), bob": the sets other than the one shown.
    QString othersText() const;

public slots:
    // Chooses by mode; for Annotator, the set of ownerId.
    bool choose(SetSelection::Mode mode, qint64 ownerId = 0);

signals:
    void selectionChanged(const Copydesk::SetSelection &selection);

private:
    void rebuild();
    void onActivated(int index);
    void setSelection(const SetSelection &selection);

    AnnotationSetModel *m_model;
    QComboBox *m_choice;
    QLabel *m_others;
    QPointer<ProjectStore> m_store;
    qint64 m_personId = 0;
    qint64 m_referenceId = 0;
    SetSelection m_selection;
    bool m_rebuilding = false;
};

} // namespace Copydesk

Q_DECLARE_METATYPE(Copydesk::SetSelection)
