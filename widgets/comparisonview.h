#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "curation.h"
#include "projectchange.h"
#include "teaching.h"
#include "textoffsets.h"

class QLabel;
class QTextBrowser;
class QTreeView;

namespace Copydesk {

class AnnotationEditor;
class LabelSchema;
class ProjectStore;

// One row of a comparison: a place where annotation sets differ (comparison and curation), or
// an item of a student's reading against the reference (teaching).
struct ComparisonRow
{
    QString kind;            // "differ", "settled: anna", or a teaching item's kind
    QColor color;            // the kind's colour (teaching); invalid: none
    QString layer;
    QStringList labels;      // for their guidelines
    qint64 start = 0;        // the place, code points
    qint64 end = 0;
    QString place;           // the words there
    QStringList readings;    // one per reading column
    bool settled = false;
    QString guideline;       // rich text: the guidelines of the labels involved
};

// The rows of a ComparisonView: Place | Kind | one column per set | (curation) Curated.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, SettledRole, GuidelineRole };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setRows(const QStringList &readingHeaders, const QList<ComparisonRow> &rows);
    const QList<ComparisonRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<ComparisonRow> m_rows;
};

// The differences of one document, with the guideline beside the current one. Three modes:
// - Comparison: where the chosen annotators' sets differ, read-only;
// - Curation: the same, and keys settle the current difference into the curated set:
//   1-9 take that annotator's reading (in the order of the columns), 0 takes none of them,
//   E keeps the curated set as the curator edited it, N goes to the next open difference;
// - Teaching: a student's reading against the reference, with a score per layer; shown once the
//   student marked the article done (model/teaching.h), else it says so.
// Enter (or a double click) asks the window to show the place (placeActivated).
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    enum class Mode { Comparison, Curation, Teaching };

    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setStore(ProjectStore *store);
    // Curation edits go through the editor (and its person is the curator).
    void setEditor(AnnotationEditor *editor);
    // Comparison and curation: the sets compared, in column order; empty (the default): every
    // set on the article but the curated one.
    void setAnnotators(const QList<qint64> &annotators);
    void setMode(Mode mode);
    // Teaching: the student's set against the reference.
    void setTeaching(qint64 studentId, qint64 referenceId);
    void setDocument(qint64 documentId);

    Mode mode() const { return m_mode; }
    qint64 documentId() const { return m_documentId; }
    ComparisonModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    // The line above the list: how many differences are open, or the scores.
    QString summary() const;
    // The guideline shown beside the current difference (plain text).
    QString guidelineText() const;
    // What the view last compared (for the window's article colours).
    const TeachingComparison &teachingComparison() const { return m_teaching; }
    bool isRevealed() const { return m_revealed; }
    const QList<CurationItem> &curationItems() const { return m_items; }

public slots:
    // Curation: settles the current difference with the reading of the annotator in column n
    // (1-based; 0: none of them). False when nothing changed.
    bool takeCurrent(int annotatorNumber);
    bool keepCurrent();
    // Moves to the next difference still open (wrapping); false when none is.
    bool nextOpen();
    // Moves to the first difference still open; false when none is.
    bool firstOpen();
    void refresh();

signals:
    void placeActivated(qint64 start, qint64 end);
    // The comparison changed (teaching: revealed, or the student edited): the window recolours.
    void comparisonChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onStoreChanged(const ProjectChange &change);
    void showGuideline();
    void fillCuration();
    void fillTeaching();
    QString excerpt(qint64 start, qint64 end) const;
    QString guidelines(const QStringList &labels) const;
    void selectRow(int row);
    QList<qint64> compared() const;

    QPointer<ProjectStore> m_store;
    QPointer<AnnotationEditor> m_editor;
    QList<qint64> m_annotators;
    qint64 m_studentId = 0;
    qint64 m_referenceId = 0;
    qint64 m_documentId = 0;
    Mode m_mode = Mode::Comparison;
    QString m_text;                 // the document's text
    TextOffsets m_offsets;          // of m_text
    bool m_stale = false;           // changed while hidden
    QList<CurationItem> m_items;    // comparison and curation rows, in order
    TeachingComparison m_teaching;
    bool m_revealed = false;
    QString m_summary;

    ComparisonModel *m_model;
    QLabel *m_header;
    QTreeView *m_list;
    QTextBrowser *m_guideline;
};

// Teaching colours, colour-blind safe (Paul Tol's bright scheme).
QColor teachingColor(TeachingItem::Kind kind);

} // namespace Copydesk
