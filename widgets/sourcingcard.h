#pragma once

#include <QColor>
#include <QList>
#include <QPointer>
#include <QBasicTimer>
#include <QWidget>

#include "projectchange.h"
#include "sourcingsummary.h"

class QAbstractButton;
class QCheckBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Copydesk {

class AnnotationEditor;
class ProjectStore;
class SourcingShareBar;

// The sourcing card (a dock of the main window): how the current document is sourced, at a
// glance. A stacked bar of quoted words by source kind, the speakers by quoted words, the claims
// no quote is linked to, the publications cited and the share of the page that is furniture.
//
// It reads the store, and writes only through the edit API given to setEditor(): a speaker
// row's context menu (right click, or the Menu key) merges the speaker with another one or
// splits it into its mentions (AnnotationEditor::mergeSpeakers and splitSpeaker, undoable).
// It follows ProjectStore::changed() for the current
// document, so accepting, rejecting, linking and undoing show at once. Activating a speaker,
// claim or publication row emits annotationActivated() with the annotation to select: the
// speaker's first quote, the claim's cue, the first quote that cites the publication.
class SourcingCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcingCard)

public:
    explicit SourcingCard(QWidget *parent = nullptr);
    ~SourcingCard() override;

    void setStore(ProjectStore *store);
    ProjectStore *store() const;
    // The edit API the speaker rows' merge and split commands go through (none: no commands).
    void setEditor(AnnotationEditor *editor) { m_editor = editor; }

    // Shows a document (0: none); reads it again when it is the one shown.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    // Whether suggestions count (the default: the current picture) or decisions only.
    void setScope(SourcingScope scope);
    SourcingScope scope() const { return m_scope; }

    // What the card shows (read when the card is shown: a card hidden behind another tab does
    // no work for each document the person passes).
    const SourcingSummary &summary() const { return m_summary; }

    // The colour of a source kind in the bar, the legend and the rows (Paul Tol's bright scheme,
    // safe for colour-blind readers and legible on light and dark palettes).
    static QColor kindColor(SourceKind kind);

public slots:
    // Reads the current document again.
    void refresh();

signals:
    void annotationActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onStoreChanged(const Copydesk::ProjectChange &change);
    void showSummary();
    void showHeadline(bool hasSourcing);
    void addSpeakerRows(bool hasSourcing);
    void addClaimRows(bool hasSourcing);
    void addPublicationRows(bool hasSourcing);
    void showPage(bool hasDocument);
    QString sectionTitle(const QString &title, qsizetype count) const;
    void addRow(QVBoxLayout *layout, QList<QAbstractButton *> &rows, const QString &objectName, qint64 activateId,
                QAbstractButton *row, const QString &accessibleName, const QString &toolTip);
    void clearRows(QList<QAbstractButton *> &rows);

    QPointer<ProjectStore> m_store;
    AnnotationEditor *m_editor = nullptr; // the window's, alive as long as the card
    void showSpeakerMenu(int speaker, QWidget *row, const QPoint &at);
    qint64 m_documentId = 0;
    SourcingScope m_scope = SourcingScope::DecisionsAndSuggestions;
    SourcingSummary m_summary;
    bool m_stale = false; // a refresh waits for the card to be shown
    static constexpr qsizetype largeDocument = 2000; // annotations
    qsizetype m_annotationCount = 0;
    QBasicTimer m_refreshTimer; // a large document's refresh after an edit

    // Widgets (owned by their parents)
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_figures = nullptr;
    SourcingShareBar *m_bar = nullptr;
    QWidget *m_speakersHeader = nullptr;
    QLabel *m_speakersTitle = nullptr;
    QLabel *m_speakersCaption = nullptr;
    QVBoxLayout *m_speakersLayout = nullptr;
    QWidget *m_claimsHeader = nullptr;
    QLabel *m_claimsTitle = nullptr;
    QLabel *m_claimsNote = nullptr;
    QVBoxLayout *m_claimsLayout = nullptr;
    QWidget *m_publicationsHeader = nullptr;
    QLabel *m_publicationsTitle = nullptr;
    QLabel *m_publicationsCaption = nullptr;
    QVBoxLayout *m_publicationsLayout = nullptr;
    QWidget *m_furnitureHeader = nullptr;
    QLabel *m_furnitureTitle = nullptr;
    QLabel *m_furniture = nullptr;
    QLabel *m_furnitureDetail = nullptr;
    QCheckBox *m_includeSuggestions = nullptr;
    QLabel *m_scopeNote = nullptr;
    QList<QAbstractButton *> m_speakerRows;
    QList<QAbstractButton *> m_claimRows;
    QList<QAbstractButton *> m_publicationRows;
};

} // namespace Copydesk
