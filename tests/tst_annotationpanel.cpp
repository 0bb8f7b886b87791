#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "annotationpanel.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QString articleText = u"Harbour fees will rise in March, the port authority said on Tuesday.\n"
                            u"“Nobody likes it, but the quay is crumbling,” said Lena Duarte 🙂, its director.\n"
                            u"Fishermen called the plan unfair, according to the Coastal Gazette."_s;

} // namespace

class TestAnnotationPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectingARowEmitsAnnotationSelected();
    void selectAnnotationDoesNotEmit();
    void labelComboRelabelsUndoably();
    void acceptAndRejectButtons();
    void acceptAllOfLabel();
    void relationComboLinksSpeaker();
    void fromSelectionCreatesAndLinksInOneStep();
    void viaFromSelectionIsAPublication();
    void attributeCombo();
    void noteCommitsOnEnter();
    void boundarySpinBoxes();
    void keyboardMovesBoundaries();
    void keyboardNavigation();
    void deleteSelectsTheNextRow();
    void filter_data();
    void filter();
    void filterKeepsOrClearsTheCurrent();
    void relabelKeepsTheSelection();
    void documentStatus();
    void summaryWhenNothingIsSelected();
    void renameKeepsTheCurrent();
    void descendingSortKeepsLayers();
    void filteredViewPassesModelTester();

private:
    QPair<qint64, qint64> span(const QString &needle) const;
    qint64 create(const QString &label, const QString &needle);
    QList<qint64> suggest(const QList<QPair<QString, QString>> &labelled);
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QList<qint64> visibleIds() const;
    qint64 linked(qint64 head, const QString &label) const;
    void choose(QComboBox *combo, const QVariant &data);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<AnnotationPanel> m_panel;
    qint64 m_doc = 0;
    qint64 m_quote = 0;
    qint64 m_source = 0;
    qint64 m_cue = 0;
    qint64 m_person = 0;
    QList<qint64> m_suggestions;
};

QPair<qint64, qint64> TestAnnotationPanel::span(const QString &needle) const
{
    const qsizetype at = articleText.indexOf(needle);
    const TextOffsets offsets(articleText);
    return {offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
}

qint64 TestAnnotationPanel::create(const QString &label, const QString &needle)
{
    const auto [start, end] = span(needle);
    return m_editor->createAnnotation(m_doc, label, start, end).value_or(0);
}

QList<qint64> TestAnnotationPanel::suggest(const QList<QPair<QString, QString>> &labelled)
{
    // One engine run: it replaces the engine's earlier untouched suggestions (with new ids).
    const qint64 engine = m_store->ensureAnnotator(AnnotatorKind::Engine, u"lexicon"_s, u"0.1"_s);
    QList<NewAnnotation> spans;
    for (const auto &[label, needle] : labelled) {
        const auto [start, end] = span(needle);
        spans.append({{}, label, start, end, {}, AnnotationStatus::Suggested, engine, 0.75, u"capitalised-words"_s, {}});
    }
    m_store->replaceSuggestions(m_doc, engine, spans, {});
    QList<qint64> ids;
    for (const NewAnnotation &n : std::as_const(spans)) {
        for (const Annotation &a : m_store->annotations(m_doc)) {
            if (a.label == n.label && a.start == n.start && a.end == n.end && a.annotatorId == engine)
                ids.append(a.id);
        }
    }
    return ids;
}

QList<qint64> TestAnnotationPanel::visibleIds() const
{
    QList<qint64> ids;
    const QAbstractItemModel *model = m_panel->view()->model();
    for (int l = 0; l < model->rowCount(); ++l) {
        const QModelIndex layer = model->index(l, 0);
        for (int r = 0; r < model->rowCount(layer); ++r)
            ids.append(model->index(r, 0, layer).data(AnnotationListModel::AnnotationIdRole).toLongLong());
    }
    return ids;
}

qint64 TestAnnotationPanel::linked(qint64 head, const QString &label) const
{
    for (const Relation &r : m_store->relations(m_doc)) {
        if (r.headId == head && r.label == label)
            return r.childId;
    }
    return 0;
}

void TestAnnotationPanel::choose(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index); // what a person's choice in the popup emits
}

void TestAnnotationPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"harbour"_s;
    doc.text = articleText;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Ada"_s);

    m_quote = create(u"QUOTE"_s, u"“Nobody likes it, but the quay is crumbling,”"_s);
    const qint64 saidLena = span(u"said Lena"_s).first;
    m_cue = m_editor->createAnnotation(m_doc, u"CUE"_s, saidLena, saidLena + 4).value_or(0);
    m_source = create(u"SOURCE"_s, u"Lena Duarte 🙂"_s);
    m_person = create(u"PERSON"_s, u"Lena Duarte"_s);
    m_suggestions = suggest({{u"DATE"_s, u"March"_s}, {u"DATE"_s, u"Tuesday"_s}, {u"ORG"_s, u"Coastal Gazette"_s}});
    QVERIFY(m_quote && m_cue && m_source && m_person);
    QCOMPARE(m_suggestions.size(), 3);
    m_editor->undoStack()->clear();

    m_panel = std::make_unique<AnnotationPanel>();
    m_panel->setEditor(m_editor.get());
    m_panel->setDocument(m_doc);
    m_panel->resize(360, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestAnnotationPanel::cleanup()
{
    m_panel.reset();
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAnnotationPanel::selectingARowEmitsAnnotationSelected()
{
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    QTreeView *view = m_panel->view();
    const QModelIndex index = view->model()->index(0, 0, view->model()->index(0, 0)); // first entity
    QVERIFY(index.isValid());
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    const qint64 id = spy.at(0).at(0).toLongLong();
    QCOMPARE(id, index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    QCOMPARE(m_panel->currentAnnotationId(), id);
    // Clicking the same row again announces nothing new.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
}

void TestAnnotationPanel::selectAnnotationDoesNotEmit()
{
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    m_panel->setFilterText(u"DATE"_s);
    m_panel->selectAnnotation(m_quote); // hidden by the filter: the filter goes
    QCOMPARE(m_panel->currentAnnotationId(), m_quote);
    QVERIFY(m_panel->filterText().isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_panel->selectedAnnotationIds(), QList<qint64>{m_quote});
}

void TestAnnotationPanel::labelComboRelabelsUndoably()
{
    m_panel->selectAnnotation(m_person);
    auto *combo = child<QComboBox>(u"labelCombo"_s);
    QCOMPARE(combo->currentData().toString(), u"PERSON"_s);
    QVERIFY(!combo->itemIcon(combo->currentIndex()).isNull());
    choose(combo, u"ORG"_s);
    QCOMPARE(m_store->annotation(m_person)->label, u"ORG"_s);
    QCOMPARE(m_store->annotation(m_person)->status, AnnotationStatus::Manual);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(m_person)->label, u"PERSON"_s);
    QCOMPARE(combo->currentData().toString(), u"PERSON"_s); // the panel follows the undo
}

void TestAnnotationPanel::acceptAndRejectButtons()
{
    const qint64 march = m_suggestions.at(0);
    m_panel->selectAnnotation(march);
    auto *accept = child<QPushButton>(u"acceptButton"_s);
    auto *reject = child<QPushButton>(u"rejectButton"_s);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(m_store->annotation(march)->status, AnnotationStatus::Accepted);
    QCOMPARE(m_store->annotation(march)->deciderId, m_editor->personId());
    QVERIFY(!accept->isEnabled()); // nothing left to accept
    QTest::mouseClick(reject, Qt::LeftButton);
    QCOMPARE(m_store->annotation(march)->status, AnnotationStatus::Rejected);
    QVERIFY(!reject->isEnabled());
    QVERIFY(accept->isEnabled());
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(march)->status, AnnotationStatus::Suggested);
}

void TestAnnotationPanel::acceptAllOfLabel()
{
    m_panel->selectAnnotation(m_suggestions.at(1));
    auto *button = child<QPushButton>(u"acceptAllButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(u"DATE"_s));
    QVERIFY(button->text().contains(u"2"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_store->annotation(m_suggestions.at(0))->status, AnnotationStatus::Accepted);
    QCOMPARE(m_store->annotation(m_suggestions.at(1))->status, AnnotationStatus::Accepted);
    QCOMPARE(m_store->annotation(m_suggestions.at(2))->status, AnnotationStatus::Suggested); // an ORG
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(!button->isVisible());
}

void TestAnnotationPanel::relationComboLinksSpeaker()
{
    m_panel->selectAnnotation(m_quote);
    auto *speaker = child<QComboBox>(u"relation_SPEAKER"_s);
    auto *cue = child<QComboBox>(u"relation_CUE"_s);
    QVERIFY(speaker && cue && child<QComboBox>(u"relation_VIA"_s));
    QCOMPARE(speaker->count(), 2); // (none) and the one SOURCE
    QCOMPARE(speaker->currentData().toLongLong(), 0);
    QCOMPARE(speaker->itemText(1), u"Lena Duarte 🙂"_s);
    choose(speaker, m_source);
    QCOMPARE(linked(m_quote, u"SPEAKER"_s), m_source);
    choose(cue, m_cue);
    QCOMPARE(linked(m_quote, u"CUE"_s), m_cue);
    QCOMPARE(speaker->currentData().toLongLong(), m_source);
    choose(speaker, qint64(0));
    QCOMPARE(linked(m_quote, u"SPEAKER"_s), 0);
    m_editor->undoStack()->undo();
    QCOMPARE(linked(m_quote, u"SPEAKER"_s), m_source);
    QCOMPARE(speaker->currentData().toLongLong(), m_source);
    // A SOURCE has no relation rows of its own.
    m_panel->selectAnnotation(m_source);
    QVERIFY(!m_panel->findChild<QComboBox *>(u"relation_SPEAKER"_s));
    QVERIFY(child<QComboBox>(u"attribute_kind"_s));
}

void TestAnnotationPanel::fromSelectionCreatesAndLinksInOneStep()
{
    m_panel->selectAnnotation(m_quote);
    auto *fromSelection = child<QToolButton>(u"fromSelection_SPEAKER"_s);
    QVERIFY(!fromSelection->isEnabled()); // nothing selected in the article
    const auto [start, end] = span(u"its director"_s);
    m_panel->setTextSelection(start, end);
    QVERIFY(fromSelection->isEnabled());
    const int before = int(m_store->annotations(m_doc).size());
    QTest::mouseClick(fromSelection, Qt::LeftButton);
    const qint64 speaker = linked(m_quote, u"SPEAKER"_s);
    QVERIFY(speaker);
    QCOMPARE(m_store->annotation(speaker)->label, u"SOURCE"_s);
    QCOMPARE(m_store->annotation(speaker)->start, start);
    QCOMPARE(m_store->annotation(speaker)->end, end);
    QCOMPARE(m_store->annotations(m_doc).size(), before + 1);
    QCOMPARE(m_panel->currentAnnotationId(), m_quote); // the quote stays in the editor
    QCOMPARE(child<QComboBox>(u"relation_SPEAKER"_s)->currentData().toLongLong(), speaker);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QVERIFY(!m_store->annotation(speaker));
    QCOMPARE(linked(m_quote, u"SPEAKER"_s), 0);
    QCOMPARE(m_store->annotations(m_doc).size(), before);

    // A selection that is an existing SOURCE is linked, not duplicated.
    const auto [sourceStart, sourceEnd] = span(u"Lena Duarte 🙂"_s);
    m_panel->setTextSelection(sourceStart, sourceEnd);
    QTest::mouseClick(child<QToolButton>(u"fromSelection_SPEAKER"_s), Qt::LeftButton);
    QCOMPARE(linked(m_quote, u"SPEAKER"_s), m_source);
    QCOMPARE(m_store->annotations(m_doc).size(), before);
}

void TestAnnotationPanel::viaFromSelectionIsAPublication()
{
    m_panel->selectAnnotation(m_quote);
    const auto [start, end] = span(u"Coastal Gazette"_s);
    m_panel->setTextSelection(end, start); // backwards selections work too
    QTest::mouseClick(child<QToolButton>(u"fromSelection_VIA"_s), Qt::LeftButton);
    const qint64 via = linked(m_quote, u"VIA"_s);
    QVERIFY(via);
    QCOMPARE(m_store->annotation(via)->label, u"SOURCE"_s);
    QCOMPARE(m_store->annotation(via)->attrs.value(u"kind").toString(), u"publication"_s);
}

void TestAnnotationPanel::attributeCombo()
{
    m_panel->selectAnnotation(m_quote);
    auto *form = child<QComboBox>(u"attribute_form"_s);
    QCOMPARE(form->count(), 5); // (none), direct, indirect, mixed, scare
    choose(form, u"direct"_s);
    QCOMPARE(m_store->annotation(m_quote)->attrs.value(u"form").toString(), u"direct"_s);
    choose(form, QString());
    QVERIFY(!m_store->annotation(m_quote)->attrs.contains(u"form"));
}

void TestAnnotationPanel::noteCommitsOnEnter()
{
    m_panel->selectAnnotation(m_person);
    auto *note = child<QLineEdit>(u"note"_s);
    note->setFocus();
    QTest::keyClicks(note, u"check spelling"_s);
    QCOMPARE(m_store->annotation(m_person)->note, QString()); // not yet
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(m_store->annotation(m_person)->note, u"check spelling"_s);
    // A note typed and left by selecting another row goes to the annotation it was typed for.
    QTest::keyClicks(note, u"!"_s);
    m_panel->selectAnnotation(m_quote);
    QCOMPARE(m_store->annotation(m_person)->note, u"check spelling!"_s);
    QCOMPARE(m_store->annotation(m_quote)->note, QString());
    QCOMPARE(note->text(), QString());
}

void TestAnnotationPanel::boundarySpinBoxes()
{
    m_panel->selectAnnotation(m_person);
    auto *start = child<QSpinBox>(u"startSpin"_s);
    auto *end = child<QSpinBox>(u"endSpin"_s);
    const auto [s, e] = span(u"Lena Duarte"_s);
    QCOMPARE(start->value(), s);
    QCOMPARE(end->value(), e);
    end->setValue(int(e + 2)); // through the emoji: two code points on, not three UTF-16 units
    QCOMPARE(m_store->annotation(m_person)->end, e + 2);
    QCOMPARE(m_panel->listModel()->coveredText(*m_store->annotation(m_person)), u"Lena Duarte 🙂"_s);
    start->stepUp();
    QCOMPARE(m_store->annotation(m_person)->start, s + 1);
    // Consecutive boundary moves merge into one undo step.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(m_person)->start, s);
    QCOMPARE(m_store->annotation(m_person)->end, e);
    QCOMPARE(start->value(), s);
}

void TestAnnotationPanel::keyboardMovesBoundaries()
{
    m_panel->selectAnnotation(m_person); // "Lena Duarte"
    const auto [s, e] = span(u"Lena Duarte"_s);
    QVERIFY(m_panel->moveStart(-1, true)); // to "said"
    QCOMPARE(m_store->annotation(m_person)->start, span(u"said Lena"_s).first);
    QVERIFY(m_panel->moveStart(1, true)); // back to "Lena"
    QCOMPARE(m_store->annotation(m_person)->start, s);
    QVERIFY(m_panel->moveEnd(-1, true)); // to the end of "Lena"
    QCOMPARE(m_store->annotation(m_person)->end, s + 4);
    QVERIFY(m_panel->moveEnd(2, true)); // past "Duarte" and the emoji's non-word, to "its"
    QCOMPARE(m_store->annotation(m_person)->end, span(u"its"_s).second);
    QVERIFY(m_panel->moveStart(1, false));
    QCOMPARE(m_store->annotation(m_person)->start, s + 1);
    QVERIFY(m_panel->moveEnd(-1, false));
    QCOMPARE(m_store->annotation(m_person)->end, span(u"its"_s).second - 1);
    // A start cannot pass the end.
    QVERIFY(!m_panel->moveStart(100, false));
    QVERIFY(m_editor->setBounds(m_person, s, e));
}

void TestAnnotationPanel::keyboardNavigation()
{
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    const QList<qint64> order = visibleIds();
    QCOMPARE(order.size(), 7);
    QVERIFY(m_panel->selectNext());
    QCOMPARE(m_panel->currentAnnotationId(), order.at(0));
    QVERIFY(m_panel->selectNext());
    QCOMPARE(m_panel->currentAnnotationId(), order.at(1));
    QVERIFY(m_panel->selectPrevious());
    QCOMPARE(m_panel->currentAnnotationId(), order.at(0));
    QVERIFY(!m_panel->selectPrevious());
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(0).toLongLong(), order.at(0));

    // Suggestions in view order, wrapping.
    m_panel->selectAnnotation(m_quote);
    QVERIFY(m_panel->selectNextSuggestion());
    const qint64 first = m_panel->currentAnnotationId();
    QVERIFY(m_suggestions.contains(first));
    QVERIFY(m_panel->acceptSelected());
    QCOMPARE(m_store->annotation(first)->status, AnnotationStatus::Accepted);
    QVERIFY(m_panel->selectNextSuggestion());
    const qint64 second = m_panel->currentAnnotationId();
    QVERIFY(m_suggestions.contains(second) && second != first);
    QVERIFY(m_panel->rejectSelected());
    QVERIFY(m_panel->selectNextSuggestion());
    const qint64 third = m_panel->currentAnnotationId();
    QVERIFY(m_suggestions.contains(third) && third != first && third != second);
    QVERIFY(m_panel->acceptSelected());
    QVERIFY(!m_panel->selectNextSuggestion()); // none left
    QVERIFY(!m_panel->acceptSelected());       // already accepted
}

void TestAnnotationPanel::deleteSelectsTheNextRow()
{
    const QList<qint64> order = visibleIds();
    m_panel->selectAnnotation(order.at(1));
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    QVERIFY(m_panel->deleteSelected());
    QVERIFY(!m_store->annotation(order.at(1)));
    QCOMPARE(m_panel->currentAnnotationId(), order.at(2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), order.at(2));
    m_editor->undoStack()->undo();
    QVERIFY(m_store->annotation(order.at(1)));
    QCOMPARE(visibleIds(), order);
}

void TestAnnotationPanel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("none") << QString() << QStringList({u"DATE"_s, u"DATE"_s, u"PERSON"_s, u"ORG"_s, u"QUOTE"_s, u"CUE"_s, u"SOURCE"_s});
    QTest::newRow("label") << u"QUOTE"_s << QStringList{u"QUOTE"_s};
    QTest::newRow("label, any case") << u"date"_s << QStringList({u"DATE"_s, u"DATE"_s});
    QTest::newRow("two labels") << u"CUE SOURCE"_s << QStringList({u"CUE"_s, u"SOURCE"_s});
    QTest::newRow("status") << u"suggested"_s << QStringList({u"DATE"_s, u"DATE"_s, u"ORG"_s});
    QTest::newRow("label and status") << u"DATE suggested"_s << QStringList({u"DATE"_s, u"DATE"_s});
    QTest::newRow("words") << u"lena"_s << QStringList({u"PERSON"_s, u"SOURCE"_s});
    QTest::newRow("label and words") << u"SOURCE lena"_s << QStringList{u"SOURCE"_s};
    QTest::newRow("annotator") << u"lexicon"_s << QStringList({u"DATE"_s, u"DATE"_s, u"ORG"_s});
    QTest::newRow("layer") << u"sourcing"_s << QStringList({u"QUOTE"_s, u"CUE"_s, u"SOURCE"_s});
    QTest::newRow("layer and status") << u"Entities manual"_s << QStringList{u"PERSON"_s};
    QTest::newRow("nothing") << u"zeppelin"_s << QStringList();
}

void TestAnnotationPanel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, labels);
    auto *edit = child<QLineEdit>(u"filter"_s);
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QStringList shown;
    for (qint64 id : visibleIds())
        shown.append(m_store->annotation(id)->label);
    QCOMPARE(shown, labels);
    // Empty layers are hidden, the others open.
    const QAbstractItemModel *model = m_panel->view()->model();
    for (int l = 0; l < model->rowCount(); ++l) {
        QVERIFY(model->rowCount(model->index(l, 0)) > 0);
        QVERIFY(m_panel->view()->isExpanded(model->index(l, 0)));
    }
}

void TestAnnotationPanel::filterKeepsOrClearsTheCurrent()
{
    m_panel->selectAnnotation(m_source);
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    m_panel->setFilterText(u"lena"_s); // the SOURCE still shows
    QCOMPARE(m_panel->currentAnnotationId(), m_source);
    QCOMPARE(spy.count(), 0);
    m_panel->setFilterText(u"QUOTE"_s); // hidden: nothing is current, once
    QCOMPARE(m_panel->currentAnnotationId(), 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 0);
    QVERIFY(m_panel->selectedAnnotationIds().isEmpty());
    m_panel->setFilterText(QString());
    QCOMPARE(spy.count(), 1);
}

void TestAnnotationPanel::relabelKeepsTheSelection()
{
    m_panel->selectAnnotation(m_person);
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    choose(child<QComboBox>(u"labelCombo"_s), u"SOURCE"_s); // entities -> sourcing
    QCOMPARE(m_panel->currentAnnotationId(), m_person);
    QCOMPARE(m_panel->selectedAnnotationIds(), QList<qint64>{m_person});
    QCOMPARE(spy.count(), 0);
    // The editor now shows the SOURCE's attribute.
    QVERIFY(child<QComboBox>(u"attribute_kind"_s));
    // An engine run that adds a layer's first row shows that layer expanded.
    m_panel->setFilterText(QString());
    const qint64 headline = suggest({{u"HEADLINE"_s, u"Harbour fees will rise in March"_s}}).value(0);
    QVERIFY(headline);
    QVERIFY(visibleIds().contains(headline));
    // (The run replaced the engine's other suggestions: the entities layer is empty and hidden.)
    const QAbstractItemModel *model = m_panel->view()->model();
    QStringList layers;
    for (int l = 0; l < model->rowCount(); ++l) {
        layers.append(model->index(l, 0).data(AnnotationListModel::LayerRole).toString());
        QVERIFY(m_panel->view()->isExpanded(model->index(l, 0)));
    }
    QCOMPARE(layers, QStringList({u"sourcing"_s, u"furniture"_s}));
    QCOMPARE(m_panel->currentAnnotationId(), m_person);
}

void TestAnnotationPanel::documentStatus()
{
    auto *combo = child<QComboBox>(u"documentStatus"_s);
    QCOMPARE(combo->currentData().toInt(), int(DocumentStatus::New));
    choose(combo, int(DocumentStatus::Done));
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::Done);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
    QCOMPARE(combo->currentData().toInt(), int(DocumentStatus::New));
}

void TestAnnotationPanel::summaryWhenNothingIsSelected()
{
    auto *summary = child<QLabel>(u"summary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(u"3 suggested, 0 accepted, 4 manual, 0 rejected"_s));
    m_panel->selectAnnotation(m_quote);
    QVERIFY(!summary->isVisible());
    QVERIFY(m_panel->rejectSelected());
    m_panel->selectAnnotation(0);
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(u"3 manual, 1 rejected"_s));
    m_panel->setDocument(0);
    QCOMPARE(summary->text(), u"No document is open."_s);
}

void TestAnnotationPanel::renameKeepsTheCurrent()
{
    m_panel->selectAnnotation(m_person);
    QSignalSpy spy(m_panel.get(), &AnnotationPanel::annotationSelected);
    QVERIFY(m_store->renameLabel(u"PERSON"_s, u"PER"_s)); // a model reset
    QCOMPARE(m_panel->currentAnnotationId(), m_person);
    QCOMPARE(m_panel->selectedAnnotationIds(), QList<qint64>{m_person});
    QCOMPARE(spy.count(), 0);
    QCOMPARE(child<QComboBox>(u"labelCombo"_s)->currentData().toString(), u"PER"_s);
}

void TestAnnotationPanel::descendingSortKeepsLayers()
{
    m_panel->view()->sortByColumn(AnnotationListModel::LabelColumn, Qt::DescendingOrder);
    const QAbstractItemModel *model = m_panel->view()->model();
    QCOMPARE(model->index(0, 0).data(AnnotationListModel::LayerRole).toString(), u"entities"_s);
    QCOMPARE(model->index(1, 0).data(AnnotationListModel::LayerRole).toString(), u"sourcing"_s);
    QStringList labels;
    for (qint64 id : visibleIds())
        labels.append(m_store->annotation(id)->label);
    QCOMPARE(labels, QStringList({u"PERSON"_s, u"ORG"_s, u"DATE"_s, u"DATE"_s, u"SOURCE"_s, u"QUOTE"_s, u"CUE"_s}));
}

void TestAnnotationPanel::filteredViewPassesModelTester()
{
    QAbstractItemModelTester tester(m_panel->view()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_panel->setFilterText(u"suggested"_s);
    QVERIFY(m_panel->selectNextSuggestion());
    QVERIFY(m_panel->acceptSelected()); // leaves the filtered view
    m_panel->setFilterText(u"sourcing"_s);
    QVERIFY(m_editor->setLabel({m_person}, u"SOURCE"_s)); // comes into it
    QVERIFY(m_editor->setLabel({m_quote}, u"HEADLINE"_s)); // leaves it
    m_panel->view()->sortByColumn(AnnotationListModel::TextColumn, Qt::DescendingOrder);
    QVERIFY(m_editor->remove({m_cue}));
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    m_panel->setFilterText(QString());
    QCOMPARE(visibleIds().size(), 7);
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
