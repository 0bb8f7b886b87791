#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QString articleText = u"Officials in Lisbon said on Monday that the old bridge would reopen.\n"
                            u"“We are nearly done,” said engineer Marta Vaz 🙂 of Pontes SA.\n"
                            u"She added that traffic would be light."_s;
const QString otherText = u"A second, shorter text about Porto."_s;

} // namespace

class TestAnnotationListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void layersAndOrder();
    void rolesAndText();
    void unknownLabelGoesToOther();
    void singleEditsAreIncremental();
    void relabelAcrossLayersMovesTheRow();
    void testerThroughEdits();
    void engineRunAndReset();
    void displayText_data();
    void displayText();

private:
    // The code point span of the n-th occurrence of needle in the article.
    QPair<qint64, qint64> span(const QString &needle, int occurrence = 0) const;
    qint64 create(const QString &label, const QString &needle);
    qint64 suggest(const QString &engine, const QString &label, const QString &needle, double confidence);
    QStringList labelsOfLayer(const QString &layer) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<AnnotationListModel> m_model;
    qint64 m_doc = 0;
    qint64 m_otherDoc = 0;
};

QPair<qint64, qint64> TestAnnotationListModel::span(const QString &needle, int occurrence) const
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = articleText.indexOf(needle, at + 1);
    const TextOffsets offsets(articleText);
    return {offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
}

qint64 TestAnnotationListModel::create(const QString &label, const QString &needle)
{
    const auto [start, end] = span(needle);
    return m_editor->createAnnotation(m_doc, label, start, end).value_or(0);
}

qint64 TestAnnotationListModel::suggest(const QString &engine, const QString &label, const QString &needle, double confidence)
{
    const qint64 engineId = m_store->ensureAnnotator(AnnotatorKind::Engine, engine, u"1.0"_s);
    const auto [start, end] = span(needle);
    NewAnnotation n;
    n.label = label;
    n.start = start;
    n.end = end;
    n.status = AnnotationStatus::Suggested;
    n.annotatorId = engineId;
    n.confidence = confidence;
    n.reason = u"test-rule"_s;
    m_store->replaceSuggestions(m_doc, engineId, {n}, {});
    for (const Annotation &a : m_store->annotations(m_doc)) {
        if (a.label == label && a.start == start && a.status == AnnotationStatus::Suggested)
            return a.id;
    }
    return 0;
}

QStringList TestAnnotationListModel::labelsOfLayer(const QString &layer) const
{
    QStringList labels;
    const QModelIndex parent = m_model->indexOfLayer(layer);
    for (int r = 0; r < m_model->rowCount(parent); ++r)
        labels.append(m_model->index(r, AnnotationListModel::LabelColumn, parent).data().toString());
    return labels;
}

void TestAnnotationListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"m.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"bridge"_s;
    doc.text = articleText;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    Document other;
    other.externalId = u"porto"_s;
    other.text = otherText;
    NewAnnotation porto;
    porto.label = u"GPE"_s;
    porto.start = 29;
    porto.end = 34;
    porto.annotatorId = m_store->ensureAnnotator(AnnotatorKind::File, u"seed.jsonl"_s);
    QVERIFY(m_store->addDocument(other, {porto}, {}, u"test"_s));
    m_otherDoc = other.id;
    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Ada"_s);
    m_model = std::make_unique<AnnotationListModel>();
    m_model->setStore(m_store.get());
    m_model->setDocument(m_doc);
}

void TestAnnotationListModel::cleanup()
{
    m_model.reset();
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAnnotationListModel::layersAndOrder()
{
    QCOMPARE(m_model->rowCount(), 4); // entities, sourcing, furniture, other
    QCOMPARE(m_model->index(0, 0).data(AnnotationListModel::LayerRole).toString(), u"entities"_s);
    QCOMPARE(m_model->index(3, 0).data(AnnotationListModel::LayerRole).toString(), u"other"_s);
    for (int l = 0; l < 4; ++l)
        QCOMPARE(m_model->rowCount(m_model->index(l, 0)), 0);

    create(u"ORG"_s, u"Pontes SA"_s);
    create(u"GPE"_s, u"Lisbon"_s);
    create(u"PERSON"_s, u"Marta Vaz"_s);
    create(u"QUOTE"_s, u"“We are nearly done,”"_s);
    QCOMPARE(labelsOfLayer(u"entities"_s), QStringList({u"GPE"_s, u"PERSON"_s, u"ORG"_s})); // by position
    QCOMPARE(labelsOfLayer(u"sourcing"_s), QStringList({u"QUOTE"_s}));
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Entities (3)"_s);
    QVERIFY(m_model->index(0, 0).data(AnnotationListModel::IsLayerRole).toBool());
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsSelectable));
}

void TestAnnotationListModel::rolesAndText()
{
    const qint64 id = suggest(u"people"_s, u"PERSON"_s, u"Marta Vaz 🙂"_s, 0.875);
    QVERIFY(id);
    const QModelIndex label = m_model->indexOfAnnotation(id, AnnotationListModel::LabelColumn);
    QVERIFY(label.isValid());
    QCOMPARE(label.data().toString(), u"PERSON"_s);
    QVERIFY(!label.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(label.data(AnnotationListModel::AnnotationIdRole).toLongLong(), id);
    QCOMPARE(label.data(AnnotationListModel::StatusRole).toInt(), int(AnnotationStatus::Suggested));
    QCOMPARE(label.data(AnnotationListModel::LabelRole).toString(), u"PERSON"_s);
    QCOMPARE(label.data(AnnotationListModel::LayerRole).toString(), u"entities"_s);
    QCOMPARE(label.data(AnnotationListModel::ConfidenceRole).toDouble(), 0.875);
    QCOMPARE(label.data(AnnotationListModel::ReasonRole).toString(), u"test-rule"_s);
    // Code points: the emoji is one character, the covered text is whole.
    QCOMPARE(label.data(AnnotationListModel::CoveredTextRole).toString(), u"Marta Vaz 🙂"_s);
    QCOMPARE(label.data(AnnotationListModel::EndRole).toLongLong() - label.data(AnnotationListModel::StartRole).toLongLong(), 11);
    QCOMPARE(label.siblingAtColumn(AnnotationListModel::TextColumn).data().toString(), u"Marta Vaz 🙂"_s);
    QCOMPARE(label.siblingAtColumn(AnnotationListModel::StatusColumn).data().toString(), u"suggested"_s);
    QCOMPARE(label.siblingAtColumn(AnnotationListModel::AnnotatorColumn).data().toString(), u"people 1.0"_s);
    QCOMPARE(label.siblingAtColumn(AnnotationListModel::ConfidenceColumn).data().toString(), u"0.88"_s);
    QCOMPARE(label.siblingAtColumn(AnnotationListModel::StartColumn).data().toLongLong(), span(u"Marta"_s).first);
    QVERIFY(label.siblingAtColumn(AnnotationListModel::TextColumn).data(Qt::ToolTipRole).toString().contains(u"test-rule"_s));

    // A span over the line break shows it as ⏎.
    const qint64 across = create(u"METADATA"_s, u"reopen.\n“We"_s);
    QCOMPARE(m_model->indexOfAnnotation(across, AnnotationListModel::TextColumn).data().toString(), u"reopen.⏎“We"_s);
}

void TestAnnotationListModel::unknownLabelGoesToOther()
{
    Document doc;
    doc.externalId = u"odd"_s;
    doc.text = u"Tickets cost 12 euros."_s;
    NewAnnotation money;
    money.label = u"MONEY"_s; // not in the default schema
    money.start = 13;
    money.end = 21;
    money.annotatorId = m_store->ensureAnnotator(AnnotatorKind::File, u"import.jsonl"_s);
    QVERIFY(m_store->addDocument(doc, {money}, {}, u"test"_s));
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setDocument(doc.id);
    QCOMPARE(labelsOfLayer(u"other"_s), QStringList{u"MONEY"_s});
    QCOMPARE(m_model->index(0, 0, m_model->indexOfLayer(u"other"_s)).data(AnnotationListModel::LayerRole).toString(), u"other"_s);
}

void TestAnnotationListModel::singleEditsAreIncremental()
{
    const qint64 gpe = create(u"GPE"_s, u"Lisbon"_s);
    const qint64 org = create(u"ORG"_s, u"Pontes SA"_s);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    const qint64 person = create(u"PERSON"_s, u"Marta Vaz"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1); // between Lisbon and Pontes SA
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);

    // A note changes one row: dataChanged for that row (and no layer count change).
    changed.clear();
    QVERIFY(m_editor->setNote(org, u"check the name"_s));
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.data(AnnotationListModel::AnnotationIdRole).toLongLong(), org);
    QCOMPARE(bottomRight.row(), topLeft.row());

    // Persistent indexes of the other rows survive a deletion.
    const QPersistentModelIndex gpeIndex = m_model->indexOfAnnotation(gpe);
    QVERIFY(m_editor->remove({person}));
    QCOMPARE(removed.count(), 1);
    QVERIFY(gpeIndex.isValid());
    QCOMPARE(gpeIndex.data(AnnotationListModel::AnnotationIdRole).toLongLong(), gpe);
    m_editor->undoStack()->undo();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(resets.count(), 0);

    // Edits of another document do not touch this one.
    inserted.clear();
    changed.clear();
    QVERIFY(m_editor->createAnnotation(m_otherDoc, u"GPE"_s, 0, 1));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestAnnotationListModel::relabelAcrossLayersMovesTheRow()
{
    const qint64 id = create(u"PERSON"_s, u"Marta Vaz"_s);
    create(u"QUOTE"_s, u"“We are nearly done,”"_s);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    const QPersistentModelIndex index = m_model->indexOfAnnotation(id);
    QVERIFY(m_editor->setLabel({id}, u"SOURCE"_s));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(resets.count(), 0);
    QVERIFY(index.isValid()); // a view keeps it selected
    QCOMPARE(index.parent().data(AnnotationListModel::LayerRole).toString(), u"sourcing"_s);
    QCOMPARE(index.data().toString(), u"SOURCE"_s);
    QCOMPARE(labelsOfLayer(u"sourcing"_s), QStringList({u"QUOTE"_s, u"SOURCE"_s}));
    QCOMPARE(labelsOfLayer(u"entities"_s), QStringList());
    m_editor->undoStack()->undo();
    QCOMPARE(index.parent().data(AnnotationListModel::LayerRole).toString(), u"entities"_s);
    QCOMPARE(index.data().toString(), u"PERSON"_s);
}

void TestAnnotationListModel::testerThroughEdits()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Inserts
    const qint64 gpe = create(u"GPE"_s, u"Lisbon"_s);
    const qint64 person = create(u"PERSON"_s, u"Marta Vaz"_s);
    const qint64 org = create(u"ORG"_s, u"Pontes SA"_s);
    const qint64 quote = create(u"QUOTE"_s, u"“We are nearly done,”"_s);
    const qint64 cue = create(u"CUE"_s, u"said"_s);
    const qint64 date = create(u"DATE"_s, u"Monday"_s);
    QVERIFY(gpe && person && org && quote && cue && date);
    // Relabels across layers, both ways
    QVERIFY(m_editor->setLabel({person}, u"SOURCE"_s));
    QVERIFY(m_editor->setLabel({quote}, u"HEADLINE"_s));
    QVERIFY(m_editor->setLabel({person, quote}, u"PERSON"_s));
    // Bounds that change the order within a layer
    const auto [start, end] = span(u"traffic"_s);
    QVERIFY(m_editor->setBounds(gpe, start, end));
    QCOMPARE(labelsOfLayer(u"entities"_s).constLast(), u"GPE"_s);
    // Status and notes
    QVERIFY(m_editor->reject({org}));
    QVERIFY(m_editor->setNote(date, u"relative"_s));
    // Removals, several at once
    QVERIFY(m_editor->remove({org, date, cue}));
    // Undo everything, then redo everything
    QUndoStack *stack = m_editor->undoStack();
    while (stack->canUndo())
        stack->undo();
    for (int l = 0; l < m_model->rowCount(); ++l)
        QCOMPARE(m_model->rowCount(m_model->index(l, 0)), 0);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(m_model->annotations().size(), 3);
    // Document switches
    m_model->setDocument(m_otherDoc);
    QCOMPARE(labelsOfLayer(u"entities"_s), QStringList{u"GPE"_s});
    m_model->setDocument(0);
    QCOMPARE(m_model->annotations().size(), 0);
    m_model->setDocument(m_doc);
    QCOMPARE(m_model->annotations().size(), 3);
}

void TestAnnotationListModel::engineRunAndReset()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    create(u"GPE"_s, u"Lisbon"_s);
    // An engine run: several rows at once, its earlier suggestions replaced.
    const qint64 engineId = m_store->ensureAnnotator(AnnotatorKind::Engine, u"sourcing"_s, u"1.0"_s);
    auto run = [&](const QStringList &needles) {
        QList<NewAnnotation> spans;
        for (const QString &needle : needles) {
            const auto [start, end] = span(needle);
            spans.append({{}, u"CUE"_s, start, end, {}, AnnotationStatus::Suggested, engineId, 0.6, u"cue-verb"_s, {}});
        }
        QVERIFY(m_store->replaceSuggestions(m_doc, engineId, spans, {}) >= 0);
    };
    run({u"said"_s, u"added"_s});
    QCOMPARE(labelsOfLayer(u"sourcing"_s), QStringList({u"CUE"_s, u"CUE"_s}));
    run({u"added"_s});
    QCOMPARE(labelsOfLayer(u"sourcing"_s), QStringList({u"CUE"_s}));
    QCOMPARE(m_model->indexOfAnnotation(m_model->annotations().constLast().id, AnnotationListModel::AnnotatorColumn).data().toString(),
             u"sourcing 1.0"_s);

    // A rename resets: the annotations follow the label.
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_store->renameLabel(u"GPE"_s, u"PLACE"_s));
    QVERIFY(resets.count() >= 1);
    QCOMPARE(labelsOfLayer(u"entities"_s), QStringList{u"PLACE"_s});

    // A schema change within the same layers is not a reset; a label can change its layer.
    resets.clear();
    LabelSchema schema = m_store->schema();
    LabelDefinition place = *schema.label(u"PLACE");
    place.layer = u"furniture"_s;
    place.color = u"#000000"_s;
    schema.removeLabel(u"PLACE"_s);
    schema.addLabel(place); // last, so the order of the layers stays
    QVERIFY(m_store->setSchema(schema));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(labelsOfLayer(u"furniture"_s), QStringList{u"PLACE"_s});
}

void TestAnnotationListModel::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << u"Lisbon"_s << u"Lisbon"_s;
    QTest::newRow("newline") << u"Bridge\nreopens"_s << u"Bridge⏎reopens"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
    const QString longText = QString(60, u'a') + QString(60, u'b');
    QTest::newRow("long") << longText << QString(52, u'a') + u'…' + QString(27, u'b');
}

void TestAnnotationListModel::displayText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString shown = AnnotationListModel::displayText(text);
    QCOMPARE(shown, expected);
    QVERIFY(shown.size() <= 80);
}

QTEST_MAIN(TestAnnotationListModel)
#include "tst_annotationlistmodel.moc"
