#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationsets.h"
#include "curation.h"
#include "exporter.h"
#include "formats/jsonlformat.h"
#include "projectstore.h"
#include "trainer.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Curation: the differences between two annotators settled into the curated set.
class TestCuration final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void differences();
    void takeSidesUntilCurated();
    void takeNoneAndKeepEdit();
    void linkDifference();
    void curatedExportAndTraining();

private:
    qint64 addSet(const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans, const QList<std::tuple<int, int>> &speakers);
    QStringList curated() const; // the curated set: "LABEL start-end status"
    const CurationItem *item(const QList<CurationItem> &items, const QString &label) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0;
    qint64 m_anna = 0, m_bob = 0;
};

// "Anna Rossi said it rained in Rome." Anna: SOURCE "Anna Rossi", QUOTE, GPE "Rome", SPEAKER.
// Bob: SOURCE "Rossi", QUOTE, CUE "said", SPEAKER. Three differences: SOURCE bounds, Bob's CUE,
// Anna's GPE; the quote is agreed, its speaker is "the same speaker" (overlapping sources).
static const QString text = u"Anna Rossi said it rained in Rome."_s;

void TestCuration::init()
{
    m_editor.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    Document doc;
    doc.externalId = u"rain"_s;
    doc.text = text;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    m_anna = addSet(u"anna"_s, {{0, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}, {29, 33, u"GPE"_s}}, {{1, 0}});
    m_bob = addSet(u"bob"_s, {{5, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}, {11, 15, u"CUE"_s}}, {{1, 0}});
    QVERIFY(m_anna && m_bob);
    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Carla"_s);
}

qint64 TestCuration::addSet(const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans,
                            const QList<std::tuple<int, int>> &speakers)
{
    const qint64 person = m_store->ensureAnnotator(AnnotatorKind::Person, name);
    QList<NewAnnotation> annotations;
    for (const auto &[start, end, label] : spans) {
        NewAnnotation n;
        n.label = label;
        n.start = start;
        n.end = end;
        n.status = AnnotationStatus::Manual;
        n.annotatorId = person;
        annotations.append(n);
    }
    QList<NewRelation> relations;
    for (const auto &[head, child] : speakers)
        relations.append({u"SPEAKER"_s, head, child, person});
    return m_store->addAnnotations(m_doc, annotations, relations, u"test"_s) ? person : 0;
}

QStringList TestCuration::curated() const
{
    const qint64 curation = findAnnotator(m_store->annotators(), u"curated"_s, nullptr);
    QStringList result;
    QHash<qint64, QString> names;
    for (const Annotation &a : m_store->annotations(m_doc)) {
        if (a.ownerId != curation)
            continue;
        names.insert(a.id, u"%1 %2-%3"_s.arg(a.label).arg(a.start).arg(a.end));
        result.append(names.value(a.id) + u' ' + annotationStatusName(a.status));
    }
    for (const Relation &r : m_store->relations(m_doc)) {
        if (names.contains(r.headId))
            result.append(u"%1: %2 -> %3"_s.arg(r.label, names.value(r.headId), names.value(r.childId)));
    }
    result.sort();
    return result;
}

const CurationItem *TestCuration::item(const QList<CurationItem> &items, const QString &label) const
{
    for (const CurationItem &i : items) {
        if (i.difference.labels().contains(label))
            return &i;
    }
    return nullptr;
}

void TestCuration::differences()
{
    Curator curator(m_editor.get(), {m_anna, m_bob});
    QCOMPARE(curator.setsOn(m_doc), (QList<qint64>{m_anna, m_bob}));
    const QList<CurationItem> items = curator.items(m_doc);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).difference.layer, u"sourcing"_s); // SOURCE 0-10 (by position)
    QCOMPARE(items.at(0).difference.start, 0);
    QCOMPARE(items.at(0).difference.end, 10);
    QCOMPARE(items.at(1).difference.labels(), QStringList{u"CUE"_s});
    QCOMPARE(items.at(2).difference.labels(), QStringList{u"GPE"_s});
    QCOMPARE(items.at(2).difference.reading(m_bob)->spans.size(), 0);
    for (const CurationItem &i : items)
        QVERIFY(!i.settled);
    QCOMPARE(curator.openCount(m_doc), 3);
    QVERIFY(!curator.isCurated(m_doc));
    // A curator of one set has nothing to compare.
    Curator alone(m_editor.get(), {m_anna});
    QVERIFY(alone.items(m_doc).isEmpty());
    QVERIFY(!alone.isCurated(m_doc));
}

void TestCuration::takeSidesUntilCurated()
{
    Curator curator(m_editor.get(), {m_anna, m_bob});
    QList<CurationItem> items = curator.items(m_doc);
    // Bob's SOURCE: his span accepted into the curated set, Anna's rejected there; the agreed quote
    // comes along, linked to the speaker taken.
    QVERIFY(curator.take(m_doc, item(items, u"SOURCE"_s)->difference, m_bob));
    QCOMPARE(curated(), (QStringList{u"QUOTE 16-33 accepted"_s, u"SOURCE 0-10 rejected"_s, u"SOURCE 5-10 accepted"_s,
                                     u"SPEAKER: QUOTE 16-33 -> SOURCE 5-10"_s}));
    items = curator.items(m_doc);
    QVERIFY(item(items, u"SOURCE"_s)->settled);
    QCOMPARE(item(items, u"SOURCE"_s)->takenFrom, m_bob);
    QCOMPARE(curator.openCount(m_doc), 2);
    // Anna's GPE and Bob's CUE.
    QVERIFY(curator.take(m_doc, item(items, u"GPE"_s)->difference, m_anna));
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"CUE"_s)->difference, m_bob));
    QCOMPARE(curator.openCount(m_doc), 0);
    QVERIFY(curator.isCurated(m_doc));
    // The annotators' sets are untouched.
    int annas = 0;
    for (const Annotation &a : m_store->annotations(m_doc))
        annas += a.ownerId == m_anna;
    QCOMPARE(annas, 3);
    // Every step is undoable: undo the CUE, it is open again; redo settles it.
    m_editor->undoStack()->undo();
    QCOMPARE(curator.openCount(m_doc), 1);
    m_editor->undoStack()->redo();
    QVERIFY(curator.isCurated(m_doc));
    // Taking the other side changes the decision.
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"SOURCE"_s)->difference, m_anna));
    QVERIFY(curated().contains(u"SOURCE 0-10 accepted"_s));
    QVERIFY(curated().contains(u"SOURCE 5-10 rejected"_s));
    QVERIFY(curated().contains(u"SPEAKER: QUOTE 16-33 -> SOURCE 0-10"_s));
    QCOMPARE(m_store->check(), QStringList());
}

void TestCuration::takeNoneAndKeepEdit()
{
    Curator curator(m_editor.get(), {m_anna, m_bob});
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"CUE"_s)->difference, 0));
    QVERIFY(curated().contains(u"CUE 11-15 rejected"_s));
    QVERIFY(item(curator.items(m_doc), u"CUE"_s)->settled);
    QCOMPARE(item(curator.items(m_doc), u"CUE"_s)->takenFrom, 0);
    // The curator marks the source her own way in the curated set ("Anna", wrong on purpose) and
    // keeps her edit: both annotators' SOURCE spans are rejected in the curated set.
    m_editor->setSetOwner(curator.curatedId());
    QVERIFY(m_editor->createAnnotation(m_doc, u"SOURCE"_s, 0, 4));
    QVERIFY(!item(curator.items(m_doc), u"SOURCE"_s)->settled);
    QVERIFY(curator.keepCurated(m_doc, item(curator.items(m_doc), u"SOURCE"_s)->difference));
    QVERIFY(curated().contains(u"SOURCE 0-4 manual"_s));
    QVERIFY(curated().contains(u"SOURCE 0-10 rejected"_s));
    QVERIFY(curated().contains(u"SOURCE 5-10 rejected"_s));
    QVERIFY(item(curator.items(m_doc), u"SOURCE"_s)->settled);
    // Taking a side later replaces her edit at that place.
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"SOURCE"_s)->difference, m_anna));
    QVERIFY(!curated().contains(u"SOURCE 0-4 manual"_s));
    QVERIFY(curated().contains(u"SOURCE 0-10 accepted"_s));
    // Nothing changes when nothing would: the same side again pushes no step.
    const int steps = m_editor->undoStack()->count();
    QVERIFY(!curator.take(m_doc, item(curator.items(m_doc), u"SOURCE"_s)->difference, m_anna));
    QCOMPARE(m_editor->undoStack()->count(), steps);
}

void TestCuration::linkDifference()
{
    // Both mark the two people and the quote; Anna says Anna said it, Bob says Bob did.
    Document doc;
    doc.text = u"Anna and Bob spoke. \"It rains,\" one of them said."_s;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    const QList<std::tuple<qint64, qint64, QString>> spans{{0, 4, u"SOURCE"_s}, {9, 12, u"SOURCE"_s}, {20, 31, u"QUOTE"_s}};
    QVERIFY(addSet(u"anna"_s, spans, {{2, 0}}));
    QVERIFY(addSet(u"bob"_s, spans, {{2, 1}}));
    Curator curator(m_editor.get(), {m_anna, m_bob});
    const QList<CurationItem> items = curator.items(m_doc);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().difference.kind, SetDifference::Link);
    QCOMPARE(items.first().difference.relation, u"SPEAKER"_s);
    QCOMPARE(items.first().difference.reading(m_bob)->spans.at(1).start, 9);
    // What they agree on comes first; the quote waits for the link to be settled.
    QVERIFY(curator.takeAgreed(m_doc));
    QCOMPARE(curated(), (QStringList{u"SOURCE 0-4 accepted"_s, u"SOURCE 9-12 accepted"_s}));
    QVERIFY(!curator.takeAgreed(m_doc)); // nothing more to take
    QVERIFY(curator.take(m_doc, items.first().difference, m_bob));
    QCOMPARE(curated(), (QStringList{u"QUOTE 20-31 accepted"_s, u"SOURCE 0-4 accepted"_s, u"SOURCE 9-12 accepted"_s,
                                     u"SPEAKER: QUOTE 20-31 -> SOURCE 9-12"_s}));
    QVERIFY(curator.isCurated(m_doc));
    QCOMPARE(curator.items(m_doc).first().takenFrom, m_bob);
    // Anna's link instead: the curated link moves.
    QVERIFY(curator.take(m_doc, items.first().difference, m_anna));
    QVERIFY(curated().contains(u"SPEAKER: QUOTE 20-31 -> SOURCE 0-4"_s));
    QVERIFY(!curated().contains(u"SPEAKER: QUOTE 20-31 -> SOURCE 9-12"_s));
    QCOMPARE(curator.items(m_doc).first().takenFrom, m_anna);
}

void TestCuration::curatedExportAndTraining()
{
    Curator curator(m_editor.get(), {m_anna, m_bob});
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"SOURCE"_s)->difference, m_bob));
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"GPE"_s)->difference, m_anna));
    QVERIFY(curator.take(m_doc, item(curator.items(m_doc), u"CUE"_s)->difference, 0));
    QVERIFY(curator.isCurated(m_doc));

    // export --annotators curated: the curated set's decisions, not the curator's or the annotators'.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonlWriter writer;
    ExportOptions options;
    options.annotators = {u"curated"_s};
    ExportReport report;
    QString error;
    QVERIFY2(exportProject(*m_store, writer, &buffer, options, &report, &error), qPrintable(error));
    const QJsonObject line = QJsonDocument::fromJson(buffer.data().split('\n').first()).object();
    QStringList spans;
    for (const QJsonValue &v : line.value(u"spans"_s).toArray())
        spans.append(u"%1 %2-%3"_s.arg(v[u"label"_s].toString()).arg(v[u"start"_s].toInt()).arg(v[u"end"_s].toInt()));
    spans.sort();
    QCOMPARE(spans, (QStringList{u"GPE 29-33"_s, u"QUOTE 16-33"_s, u"SOURCE 5-10"_s}));
    QCOMPARE(line.value(u"relations"_s).toArray().size(), 1);
    // The curator's name chooses nothing of the curated set; an annotator's name chooses their set.
    for (const auto &[name, count] : {std::pair{u"Carla"_s, 0}, std::pair{u"anna"_s, 3}}) {
        options.annotators = {name};
        QBuffer other;
        other.open(QIODevice::WriteOnly);
        JsonlWriter otherWriter;
        report = {};
        QVERIFY(exportProject(*m_store, otherWriter, &other, options, &report, &error));
        QCOMPARE(report.annotations, count);
    }

    // train --annotators curated learns from the curated set only: GPE "Rome".
    TrainOptions train;
    train.epochs = 1;
    train.owners = {curator.curatedId()};
    TrainReport trained = trainProject(*m_store, train);
    QCOMPARE(trained.documents, 1);
    QCOMPARE(trained.spans, 1);
    // Bob's set has no entity: nothing to learn from.
    train.owners = {m_bob};
    trained = trainProject(*m_store, train);
    QCOMPARE(trained.documents, 0);
    QCOMPARE(trained.skippedUndecided, 1);
}

QTEST_GUILESS_MAIN(TestCuration)
#include "tst_curation.moc"
