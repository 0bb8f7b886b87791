#pragma once

#include <QList>
#include <QStringList>
#include <QPointer>
#include <QWidget>

#include "annotation.h"
#include "projectchange.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Copydesk {

class AnnotationEditor;
class AnnotationFilterProxyModel;
class AnnotationListModel;

// The annotation panel (a dock of the main window): the annotations of the current document,
// filterable and sortable, and an editor for the one selected: label, boundaries, status,
// attributes, relations (speaker, cue, via), note and, for suggestions, the engine's reason.
//
// Every change goes through the AnnotationEditor (undoable); the panel never writes to the
// store. It follows the store's changed() signal, so undo and edits made elsewhere show at once.
//
// Offsets are code points throughout (the spin boxes count characters as a person does: an
// emoji is one); the window converts to and from the article view's UTF-16 positions with
// TextOffsets.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    // The editor gives the store too. Call before setDocument().
    void setEditor(AnnotationEditor *editor);
    AnnotationEditor *editor() const;

    void setDocument(qint64 documentId);
    qint64 documentId() const;

    // The annotation shown in the editor (the view's current row); 0 when none.
    qint64 currentAnnotationId() const { return m_currentId; }
    // The selected annotations, in view order (several when the person extended the selection).
    QList<qint64> selectedAnnotationIds() const;

    AnnotationListModel *listModel() const { return m_model; }
    QTreeView *view() const { return m_view; }

    QString filterText() const;
    void setFilterText(const QString &text);

public slots:
    // Makes the annotation current (clearing a filter that hides it) without emitting
    // annotationSelected(): the caller knows already, and the window's two views must not
    // bounce the selection between them.
    void selectAnnotation(qint64 id);
    // The article view's selection in code points; start == end when nothing is selected.
    void setTextSelection(qint64 start, qint64 end);

    // Keyboard actions. Each returns whether it changed something.
    bool acceptSelected();
    bool rejectSelected();
    bool deleteSelected();
    bool acceptAllOfCurrentLabel();
    // Moves a boundary of the current annotation by delta characters, or by delta words
    // (to the previous or next start of a word for the start, end of a word for the end).
    bool moveStart(int delta, bool byWord);
    bool moveEnd(int delta, bool byWord);
    bool selectNext();
    bool selectPrevious();
    // The next shown suggestion after the current row in view order, wrapping around.
    bool selectNextSuggestion();
    // Every shown suggestion of the document (the article's layers and filters, and the
    // panel's filter), accepted or rejected in one step.
    bool acceptAllShown();
    bool rejectAllShown();
    // Puts the keyboard focus in the filter field.
    void focusFilter();

public:
    // What the article shows. Navigation (selectNext(), selectPrevious(),
    // selectNextSuggestion()) and bulk actions (acceptAllOfCurrentLabel(), acceptAllShown(),
    // rejectAllShown()) reach only the annotations shown there and in the panel's filter:
    // hidden means untouched.
    void setHiddenLayers(const QStringList &layers);
    void setShowSuggestions(bool show);
    void setShowRejected(bool show);
    bool isShown(qint64 id) const;
    QList<qint64> shownSuggestionIds() const;

signals:
    // The person made a different annotation current (0: none); the window shows it in the
    // article view.
    void annotationSelected(qint64 id);

private:
    void buildUi();
    QLayout *buildTopRow();
    void buildList();
    QWidget *buildEditorPage();
    void buildForm(QWidget *page);
    QLayout *buildButtons(QWidget *page);
    void onStoreChanged(const Copydesk::ProjectChange &change);
    void onCurrentRowChanged(const QModelIndex &current);
    void onProxyRowsInserted(const QModelIndex &parent, int first, int last);
    void showHeaderMenu(const QPoint &position);
    void applyFilter();
    void openLayers();
    void updateColumnWidths();

    // Editor
    void refreshEditor();
    void rebuildLabelCombo();
    void rebuildDetailRows(const Annotation &annotation);
    void refreshDetailRows(const Annotation &annotation);
    void refreshDocumentStatus();
    void refreshButtons();
    void updateTabOrder();
    void commitNote();
    void onLabelActivated(int index);
    void onStartEdited(int value);
    void onEndEdited(int value);
    void onDocumentStatusActivated(int index);
    bool linkFromSelection(const QString &relation);
    qint64 wordBoundary(qint64 position, int delta, bool wordStart) const;
    QModelIndex proxyIndexOf(qint64 id) const;
    QList<QModelIndex> viewOrder() const;
    bool makeCurrent(const QModelIndex &proxyIndex);
    bool isShown(const QModelIndex &index) const;

    QPointer<AnnotationEditor> m_editor;
    AnnotationListModel *m_model;
    AnnotationFilterProxyModel *m_proxy;
    qint64 m_currentId = 0;
    qint64 m_selectionStart = 0;
    qint64 m_selectionEnd = 0;
    bool m_announce = true;       // false while selectAnnotation() makes a row current
    QStringList m_hiddenLayers;   // what the article hides
    bool m_showSuggestions = true;
    bool m_showRejected = true;
    QString m_detailLabel;        // the label the attribute and relation rows were built for
    qint64 m_noteFor = 0;         // the annotation the note field holds

    // Widgets (owned by their parents)
    QLineEdit *m_filter = nullptr;
    QComboBox *m_documentStatus = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_covered = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_labelCombo = nullptr;
    QSpinBox *m_startSpin = nullptr;
    QSpinBox *m_endSpin = nullptr;
    QToolButton *m_startWordBack = nullptr;
    QToolButton *m_startWordForward = nullptr;
    QToolButton *m_endWordBack = nullptr;
    QToolButton *m_endWordForward = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_origin = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_acceptAll = nullptr;

    struct DetailRow
    {
        QString attribute;        // an attribute row: its name
        QString relation;         // a relation row: its label
        QComboBox *combo = nullptr;
        QToolButton *fromSelection = nullptr;
    };
    QList<DetailRow> m_detailRows;
    int m_detailRowStart = 0;     // the form row where they begin
};

} // namespace Copydesk
