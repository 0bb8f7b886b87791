// Keyboard review in the window: decisions that move on, label keys on a selected annotation,
// linking a quote's speaker, cue and via by key, a new quote's form by key, and marking a
// document done with its suggestions in view.
#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include "annotationeditor.h"
#include "annotationpanel.h"
#include "annotationpaneltext.h"
#include "articleview.h"
#include "corpusbrowser.h"
#include "preferences.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// The panel's display names of relations and attribute values, one translation each.
using AnnotationPanelText::attributeValueDisplayName;
using AnnotationPanelText::relationDisplayName;


// ---- Decisions -------------------------------------------------------------------------------

void MainWindow::decide(bool accept)
{
    const bool changed = accept ? m_panel->acceptSelected() : m_panel->rejectSelected();
    if (!changed || !m_advanceAfterDecision)
        return;
    if (!m_panel->selectNextSuggestion())
        statusBar()->showMessage(tr("No suggestion left to review among those shown"), 4000);
}

void MainWindow::syncShownToPanel()
{
    QStringList hidden;
    for (const QString &layer : layerNames()) {
        if (!m_view->isLayerVisible(layer))
            hidden.append(layer);
    }
    m_panel->setHiddenLayers(hidden);
    m_panel->setShowSuggestions(m_view->showSuggestions());
    m_panel->setShowRejected(m_view->showRejected());
}

// ---- Label keys ------------------------------------------------------------------------------

void MainWindow::rebuildLabelActions()
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    if (!m_store->isOpen())
        return;
    // Keys the window's own actions use stay theirs (a schema could give a label "A").
    QList<QKeySequence> taken;
    for (QAction *a : std::as_const(m_actions))
        taken += a->shortcuts();
    const LabelSchema schema = m_store->schema();
    for (const LabelDefinition &label : schema.labels()) {
        const QKeySequence key(label.key.toUpper());
        if (label.key.isEmpty() || taken.contains(key))
            continue;
        auto *a = new QAction(label.name, this);
        a->setObjectName(u"label-"_s + label.name);
        a->setShortcut(key);
        a->setStatusTip(tr("Give the selected text, or the selected annotation, the label %1").arg(label.name));
        connect(a, &QAction::triggered, this, [this, name = label.name] { onLabelAction(name); });
        addAction(a);
        m_labelActions.append(a);
    }
}

void MainWindow::onLabelAction(const QString &label)
{
    const ViewRange range = m_view->selection();
    if (!range.isEmpty()) {
        createAnnotation(label, range.start, range.end);
        return;
    }
    const QList<qint64> ids = m_panel->selectedAnnotationIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select words, or an annotation, then press a label's key"), 4000);
        return;
    }
    relabel(ids, label);
}

bool MainWindow::relabel(const QList<qint64> &ids, const QString &label)
{
    const LabelSchema schema = m_store->schema();
    const QString layer = schema.layerOf(label);
    QStringList otherLayers;
    for (qint64 id : ids) {
        const Annotation *a = m_presented.annotation(id);
        const QString from = a ? schema.layerOf(a->label) : QString();
        if (a && from != layer && !otherLayers.contains(from))
            otherLayers.append(from);
    }
    // Within a layer a label key relabels at once; across layers (a PERSON made a HEADLINE) it
    // asks first, since that is rarely meant.
    if (!otherLayers.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Change Layer"),
                        tr("%1 is a label of the %2 layer; the selection is in %3. Relabel it as %1?")
                            .arg(label, layer, otherLayers.join(u", "_s)),
                        QMessageBox::NoButton, this);
        QPushButton *yes = box.addButton(tr("&Relabel"), QMessageBox::AcceptRole);
        box.addButton(tr("&Keep"), QMessageBox::RejectRole);
        box.setDefaultButton(yes);
        box.setObjectName(u"relabelAcrossLayers"_s);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    const bool changed = m_editor->setLabel(ids, label);
    if (changed)
        statusBar()->showMessage(tr("Relabelled as %1").arg(label), 3000);
    return changed;
}

// ---- Key modes: linking and a quote's form ---------------------------------------------------

void MainWindow::startKeyMode(KeyMode mode)
{
    m_keyMode = mode;
    qApp->installEventFilter(this);
}

void MainWindow::endKeyMode()
{
    if (m_keyMode.kind == KeyMode::None)
        return;
    m_keyMode = {};
    qApp->removeEventFilter(this);
    m_prompt->hide();
    m_view->setLinks(m_presented.links);
}

void MainWindow::showPrompt(const QString &text)
{
    m_prompt->setText(text);
    m_prompt->adjustSize();
    m_prompt->move(std::max(0, m_view->width() - m_prompt->width() - 24), 8);
    m_prompt->show();
    m_prompt->raise();
    statusBar()->showMessage(QString(text).replace(u'\n', u' '), 0);
}

void MainWindow::startLinking(const QString &relation)
{
    endKeyMode();
    const Annotation *head = m_presented.annotation(m_panel->currentAnnotationId());
    const LabelSchema schema = m_store->schema();
    const RelationDefinition *definition = schema.relation(relation);
    if (!head || !definition || !definition->headLabels.contains(head->label)) {
        statusBar()->showMessage(tr("Select a quote first, then press the key to link its %1").arg(relationDisplayName(relation)), 4000);
        return;
    }
    KeyMode mode;
    mode.kind = KeyMode::Link;
    mode.headId = head->id;
    mode.relation = relation;
    mode.childLabel = definition->childLabels.value(0);
    // Candidates: the child labels' annotations (not rejected), nearest to the quote first
    // in the cycle's start; the arrow keys walk them in text order.
    QList<const Annotation *> candidates;
    for (const Annotation &a : std::as_const(m_presented.annotations)) {
        if (definition->childLabels.contains(a.label) && a.status != AnnotationStatus::Rejected && a.id != head->id)
            candidates.append(&a);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Annotation *x, const Annotation *y) { return x->start < y->start; });
    qint64 linked = 0;
    for (const Relation &r : m_store->relations(head->documentId)) {
        if (r.headId == head->id && r.label == relation)
            linked = r.childId;
    }
    qint64 bestDistance = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Annotation *a = candidates.at(i);
        mode.candidates.append(a->id);
        const qint64 distance = a->end <= head->start ? head->start - a->end : std::max<qint64>(0, a->start - head->end);
        if (a->id == linked || (!linked && (bestDistance < 0 || distance < bestDistance))) {
            bestDistance = a->id == linked ? 0 : distance;
            mode.current = int(i);
        }
        if (a->id == linked)
            linked = -1; // found: keep it
    }
    startKeyMode(mode);
    showLinkCandidate();
}

void MainWindow::showLinkCandidate()
{
    const KeyMode &mode = m_keyMode;
    QList<ViewLink> links = m_presented.links;
    QString candidateText;
    if (mode.current >= 0 && mode.current < mode.candidates.size()) {
        const qint64 child = mode.candidates.at(mode.current);
        ViewLink preview;
        preview.from = mode.headId;
        preview.to = child;
        preview.label = mode.relation;
        links.append(preview);
        if (const Annotation *a = m_presented.annotation(child)) {
            const qsizetype from = m_presented.offsets.toUtf16(a->start);
            const qsizetype to = m_presented.offsets.toUtf16(a->end);
            candidateText = tr("%1 “%2” (%3 of %4)")
                                .arg(a->label, m_presented.text.mid(from, to - from).simplified().left(60))
                                .arg(mode.current + 1)
                                .arg(mode.candidates.size());
            m_view->scrollToPosition(from);
        }
    }
    m_view->setLinks(links);
    const QString what = relationDisplayName(mode.relation);
    if (candidateText.isEmpty()) {
        showPrompt(tr("Link the %1: no %2 yet. Select its words (Shift+arrows) and press Enter to add one; Esc cancels.")
                       .arg(what, mode.childLabel));
    } else {
        showPrompt(tr("Link the %1: %2\n←/→ other candidates · Enter links · with words selected, Enter adds a %3 · Esc cancels")
                       .arg(what, candidateText, mode.childLabel));
    }
}

bool MainWindow::finishLinking()
{
    const KeyMode mode = m_keyMode;
    endKeyMode();
    const ViewRange range = m_view->selection();
    bool ok = false;
    if (!range.isEmpty()) {
        const qint64 start = m_presented.offsets.toCodePoint(range.start);
        const qint64 end = m_presented.offsets.toCodePoint(range.end);
        ok = m_editor->createAndLink(mode.headId, mode.relation, mode.childLabel, start, end).has_value();
        if (ok)
            m_view->clearSelection();
    } else if (mode.current >= 0 && mode.current < mode.candidates.size()) {
        const qint64 child = mode.candidates.at(mode.current);
        bool already = false;
        for (const Relation &r : m_store->relations(m_presented.documentId))
            already |= r.headId == mode.headId && r.label == mode.relation && r.childId == child;
        if (already) {
            selectAnnotation(mode.headId);
            statusBar()->showMessage(tr("The %1 was linked already").arg(relationDisplayName(mode.relation)), 3000);
            return true;
        }
        ok = m_editor->setRelation(mode.headId, mode.relation, child);
    }
    // The quote stays selected: its other links are the next keys.
    selectAnnotation(mode.headId);
    statusBar()->showMessage(ok ? tr("Linked the %1").arg(relationDisplayName(mode.relation))
                                : tr("Nothing linked: choose a candidate, or select words, then Enter"), 3000);
    return ok;
}

void MainWindow::askQuoteForm(qint64 quoteId)
{
    const Annotation *quote = m_presented.annotation(quoteId);
    const LabelSchema schema = m_store->schema();
    const LabelDefinition *def = quote ? schema.label(quote->label) : nullptr;
    const QJsonArray values = def ? def->attributes.value(u"form").toArray() : QJsonArray();
    if (values.isEmpty() || quote->attrs.contains(u"form"))
        return;
    KeyMode mode;
    mode.kind = KeyMode::Form;
    mode.headId = quoteId;
    QStringList choices;
    for (const QJsonValue &value : values) {
        const QString name = value.toString();
        // The value's first letter not taken yet, else its number.
        QChar key;
        for (const QChar c : name) {
            if (c.isLetter() && !mode.formKeys.contains(c.toUpper())) {
                key = c.toUpper();
                break;
            }
        }
        if (key.isNull())
            key = QChar(char16_t(u'1' + mode.formKeys.size()));
        mode.formKeys.insert(key, name);
        choices.append(tr("%1 %2").arg(key, attributeValueDisplayName(name)));
    }
    startKeyMode(mode);
    showPrompt(tr("Form of the quote: %1 · Esc leaves it open").arg(choices.join(u" · "_s)));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_keyMode.kind == KeyMode::None || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QMainWindow::eventFilter(watched, event);
    // Keys typed into a field of a dialog, or of the window's fields, are theirs.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this || QApplication::activeModalWidget())
        return QMainWindow::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool handled = handleModeKey(key, event->type() == QEvent::KeyPress);
    if (handled && event->type() == QEvent::ShortcutOverride)
        event->accept(); // the key comes as a KeyPress, not as a shortcut
    return handled && event->type() == QEvent::KeyPress;
}

bool MainWindow::handleModeKey(QKeyEvent *key, bool press)
{
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (key->key() == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        if (press) {
            endKeyMode();
            statusBar()->showMessage(tr("Cancelled"), 2000);
        }
        return true;
    }
    if (m_keyMode.kind == KeyMode::Form) {
        const QString text = key->text().toUpper();
        const auto it = text.size() == 1 && !(modifiers & ~Qt::ShiftModifier) ? m_keyMode.formKeys.constFind(text.front())
                                                                              : m_keyMode.formKeys.constEnd();
        if (it == m_keyMode.formKeys.constEnd()) {
            if (press && key->key() != Qt::Key_Shift)
                endKeyMode(); // any other key: the form stays open, the key does its own work
            return false;
        }
        if (press) {
            const qint64 quote = m_keyMode.headId;
            const QString value = it.value();
            endKeyMode();
            m_editor->setAttribute(quote, u"form"_s, value);
            statusBar()->showMessage(tr("Form: %1").arg(attributeValueDisplayName(value)), 3000);
        }
        return true;
    }
    // Linking: plain arrows choose, Enter links; Shift+arrows still select words.
    if (modifiers != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (press && !m_keyMode.candidates.isEmpty()) {
            const int step = key->key() == Qt::Key_Left || key->key() == Qt::Key_Up ? -1 : 1;
            const int count = int(m_keyMode.candidates.size());
            m_keyMode.current = ((m_keyMode.current < 0 ? 0 : m_keyMode.current) + step + count) % count;
            showLinkCandidate();
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (press)
            finishLinking();
        return true;
    default:
        return false;
    }
}

// ---- Document status ---------------------------------------------------------------------------

bool MainWindow::markDone()
{
    if (!m_presented.documentId)
        return false;
    QList<qint64> pending;
    int hidden = 0;
    for (const Annotation &a : std::as_const(m_presented.annotations)) {
        if (a.status == AnnotationStatus::Suggested) {
            pending.append(a.id);
            hidden += !m_panel->isShown(a.id);
        }
    }
    if (pending.isEmpty())
        return m_editor->setDocumentStatus(m_presented.documentId, DocumentStatus::Done) || true;
    // Never decided silently: the person says what becomes of them.
    QString text = tr("%n suggestion(s) in this document are not reviewed yet.", nullptr, int(pending.size()));
    if (hidden > 0)
        text += u' ' + tr("%n of them are hidden (layers or filters).", nullptr, hidden);
    QMessageBox box(QMessageBox::Question, tr("Mark Done"), text, QMessageBox::NoButton, this);
    box.setObjectName(u"donePending"_s);
    box.setInformativeText(tr("Accept them all, reject them all, or leave them for later (the document stays in "
                              "progress)?"));
    QPushButton *accept = box.addButton(tr("&Accept Them"), QMessageBox::AcceptRole);
    QPushButton *reject = box.addButton(tr("&Reject Them"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("&Leave for Later"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    accept->setObjectName(u"acceptPending"_s);
    reject->setObjectName(u"rejectPending"_s);
    later->setObjectName(u"leavePending"_s);
    box.setDefaultButton(later);
    box.exec();
    const qint64 document = m_presented.documentId;
    if (box.clickedButton() == accept)
        return m_editor->decideAndSetStatus(document, pending, {}, DocumentStatus::Done);
    if (box.clickedButton() == reject)
        return m_editor->decideAndSetStatus(document, {}, pending, DocumentStatus::Done);
    if (box.clickedButton() == later) {
        m_editor->setDocumentStatus(document, DocumentStatus::InProgress);
        return true; // go on to the next document
    }
    return false;
}

} // namespace Copydesk
