#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotationeditor.h"
#include "labelschema.h"
#include "projectstore.h"
#include "sqlite.h"
#include "sourcingsummary.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestAnnotationEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createUndoRedo();
    void relabelMakesManual();
    void acceptAndReject();
    void moveBoundsMerges();
    void deleteRestoresRelations();
    void relationsAreSingleValued();
    void mergeAndSplitSpeakers();
    void documentStatus();
    void invalidEditsPushNothing();
    void survivesReopen();
    void moveBackIsNoStep();
    void createAndLinkIsOneStep();
    void startsWorkWithTheFirstDecision();
    void decideAndSetStatusIsOneStep();
    void failedUndoIsReportedAndClearsTheStack();
    void failedEditPushesNothing();
    void schemaEditsUndo();

private:
    qint64 suggestion(const QString &label, qint64 start, qint64 end);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0;
};

void TestAnnotationEditor::init()
{
    m_editor.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"e.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"d"_s;
    doc.text = u"“We will wait,” said Mayor Ines Ro on Friday in 🙂 Lisbon."_s;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Ada"_s);
}

qint64 TestAnnotationEditor::suggestion(const QString &label, qint64 start, qint64 end)
{
    // One engine per label: an engine's new run replaces its earlier suggestions.
    const qint64 engine = m_store->ensureAnnotator(AnnotatorKind::Engine, label, u"1"_s);
    m_store->replaceSuggestions(m_doc, engine, {{{}, label, start, end, {}, AnnotationStatus::Suggested, engine, 0.7, u"r"_s, {}}}, {});
    const QList<Annotation> all = m_store->annotations(m_doc);
    for (const Annotation &a : all) {
        if (a.label == label && a.start == start && a.end == end && a.status == AnnotationStatus::Suggested)
            return a.id;
    }
    return 0;
}

void TestAnnotationEditor::createUndoRedo()
{
    QSignalSpy spy(m_store.get(), &ProjectStore::changed);
    const std::optional<qint64> id = m_editor->createAnnotation(m_doc, u"PERSON"_s, 27, 34);
    QVERIFY(id);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_store->annotation(*id)->status, AnnotationStatus::Manual);
    QCOMPARE(m_store->annotation(*id)->annotatorId, m_editor->personId());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QVERIFY(!m_store->annotation(*id));
    m_editor->undoStack()->redo();
    QVERIFY(m_store->annotation(*id)); // the same id again
    QCOMPARE(m_store->annotation(*id)->label, u"PERSON"_s);
    // import, create, undo and redo are all in the history
    QCOMPARE(m_store->history(m_doc).size(), 4);
}

void TestAnnotationEditor::relabelMakesManual()
{
    const qint64 id = suggestion(u"ORG"_s, 27, 34);
    QVERIFY(id);
    QVERIFY(m_editor->setLabel({id}, u"PERSON"_s));
    QCOMPARE(m_store->annotation(id)->label, u"PERSON"_s);
    QCOMPARE(m_store->annotation(id)->status, AnnotationStatus::Manual);
    QCOMPARE(m_store->annotation(id)->deciderId, m_editor->personId());
    QVERIFY(!m_editor->setLabel({id}, u"PERSON"_s)); // no change, no command
    QVERIFY(!m_editor->setLabel({id}, u"NOT_A_LABEL"_s));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(id)->label, u"ORG"_s);
    QCOMPARE(m_store->annotation(id)->status, AnnotationStatus::Suggested);
}

void TestAnnotationEditor::acceptAndReject()
{
    const qint64 a = suggestion(u"DATE"_s, 38, 44);
    const qint64 b = suggestion(u"GPE"_s, 50, 56);
    QVERIFY(m_editor->accept({a}));
    QCOMPARE(m_store->annotation(a)->status, AnnotationStatus::Accepted);
    QVERIFY(m_editor->reject({b}));
    QCOMPARE(m_store->annotation(b)->status, AnnotationStatus::Rejected);
    QVERIFY(!m_editor->accept({a}));
    const qint64 c = suggestion(u"PERSON"_s, 27, 34);
    QVERIFY(m_editor->acceptAllOfLabel(m_doc, u"PERSON"_s));
    QCOMPARE(m_store->annotation(c)->status, AnnotationStatus::Accepted);
}

void TestAnnotationEditor::moveBoundsMerges()
{
    const std::optional<qint64> id = m_editor->createAnnotation(m_doc, u"PERSON"_s, 21, 34);
    QVERIFY(id);
    QVERIFY(m_editor->setBounds(*id, 22, 34));
    QVERIFY(m_editor->setBounds(*id, 23, 34));
    QVERIFY(m_editor->setBounds(*id, 27, 34));
    QCOMPARE(m_editor->undoStack()->count(), 2); // create + one merged move
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(*id)->start, 21);
    QVERIFY(!m_editor->setBounds(*id, 30, 30));   // empty
    QVERIFY(!m_editor->setBounds(*id, 0, 999));   // past the end
}

void TestAnnotationEditor::deleteRestoresRelations()
{
    const qint64 quote = *m_editor->createAnnotation(m_doc, u"QUOTE"_s, 0, 15, {{u"form"_s, u"direct"_s}});
    const qint64 cue = *m_editor->createAnnotation(m_doc, u"CUE"_s, 16, 20);
    const qint64 source = *m_editor->createAnnotation(m_doc, u"SOURCE"_s, 21, 34);
    QVERIFY(m_editor->setRelation(quote, u"SPEAKER"_s, source));
    QVERIFY(m_editor->setRelation(quote, u"CUE"_s, cue));
    QCOMPARE(m_store->relations(m_doc).size(), 2);
    QVERIFY(m_editor->remove({quote}));
    QVERIFY(!m_store->annotation(quote));
    QCOMPARE(m_store->relations(m_doc).size(), 0);
    m_editor->undoStack()->undo();
    QVERIFY(m_store->annotation(quote));
    QCOMPARE(m_store->relations(m_doc).size(), 2);
    QVERIFY(m_store->check().isEmpty());
}

void TestAnnotationEditor::relationsAreSingleValued()
{
    const qint64 quote = *m_editor->createAnnotation(m_doc, u"QUOTE"_s, 0, 15);
    const qint64 first = *m_editor->createAnnotation(m_doc, u"SOURCE"_s, 21, 26);
    const qint64 second = *m_editor->createAnnotation(m_doc, u"SOURCE"_s, 27, 34);
    QVERIFY(m_editor->setRelation(quote, u"SPEAKER"_s, first));
    QVERIFY(m_editor->setRelation(quote, u"SPEAKER"_s, second));
    const QList<Relation> relations = m_store->relations(m_doc);
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().childId, second);
    QVERIFY(!m_editor->setRelation(quote, u"SPEAKER"_s, second));
    QVERIFY(m_editor->removeRelation(relations.first().id));
    QVERIFY(m_store->relations(m_doc).isEmpty());
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->relations(m_doc).size(), 1);
}

// Merging and splitting speakers are one undoable step each, seen in the sourcing summary.
void TestAnnotationEditor::mergeAndSplitSpeakers()
{
    Document doc;
    doc.externalId = u"speakers"_s;
    doc.text = u"Mike Pompeo said talks would resume. \"Soon,\" he said."_s;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    auto at = [&](const QString &needle) {
        const qint64 start = doc.text.indexOf(needle);
        return qMakePair(start, start + needle.size());
    };
    auto create = [&](const QString &label, const QString &needle, const QJsonObject &attrs) {
        const auto [start, end] = at(needle);
        return *m_editor->createAnnotation(doc.id, label, start, end, attrs);
    };
    const qint64 pompeo = create(u"SOURCE"_s, u"Mike Pompeo"_s, {{u"kind"_s, u"person"_s}});
    const qint64 he = create(u"SOURCE"_s, u"he"_s, {{u"kind"_s, u"unresolved"_s}});
    const qint64 q1 = create(u"QUOTE"_s, u"talks would resume"_s, {{u"form"_s, u"indirect"_s}});
    const qint64 q2 = create(u"QUOTE"_s, u"\"Soon,\""_s, {{u"form"_s, u"direct"_s}});
    QVERIFY(m_editor->setRelation(q1, u"SPEAKER"_s, pompeo));
    QVERIFY(m_editor->setRelation(q2, u"SPEAKER"_s, he));
    auto speakers = [&] {
        return summarizeSourcing(doc.text, m_store->annotations(doc.id), m_store->relations(doc.id)).speakers;
    };
    QCOMPARE(speakers().size(), 2);

    const int steps = m_editor->undoStack()->count();
    QVERIFY(m_editor->mergeSpeakers(pompeo, he));
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QCOMPARE(speakers().size(), 1);
    QCOMPARE(speakers().at(0).name, u"Mike Pompeo"_s);
    QCOMPARE(speakers().at(0).quotes, 2);
    QVERIFY(!m_editor->mergeSpeakers(pompeo, he)); // one already
    m_editor->undoStack()->undo();
    QCOMPARE(speakers().size(), 2);
    m_editor->undoStack()->redo();
    QCOMPARE(speakers().size(), 1);

    QVERIFY(m_editor->splitSpeaker({he}));
    QCOMPARE(speakers().size(), 2);
    QVERIFY(!m_editor->splitSpeaker({he})); // nothing links it any more
    m_editor->undoStack()->undo();
    QCOMPARE(speakers().size(), 1);
    QVERIFY(!m_editor->mergeSpeakers(pompeo, q1)); // a quote is no speaker mention
}

void TestAnnotationEditor::documentStatus()
{
    QVERIFY(m_editor->setDocumentStatus(m_doc, DocumentStatus::Done));
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::Done);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
}

void TestAnnotationEditor::invalidEditsPushNothing()
{
    QVERIFY(!m_editor->createAnnotation(m_doc, u"PERSON"_s, 5, 5));
    QVERIFY(!m_editor->createAnnotation(m_doc, u"PERSON"_s, 0, 500));
    QVERIFY(!m_editor->createAnnotation(m_doc, u"UNKNOWN"_s, 0, 3));
    QVERIFY(!m_editor->createAnnotation(999, u"PERSON"_s, 0, 3));
    QVERIFY(!m_editor->remove({12345}));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestAnnotationEditor::survivesReopen()
{
    const qint64 id = *m_editor->createAnnotation(m_doc, u"GPE"_s, 50, 56);
    QVERIFY(m_editor->setNote(id, u"the city, not the club"_s));
    const QString path = m_store->path();
    m_editor.reset();
    m_store.reset();
    ProjectStore reopened;
    QVERIFY(reopened.open(path, ProjectStore::OpenMode::Existing, nullptr));
    QCOMPARE(reopened.annotation(id)->note, u"the city, not the club"_s);
    QCOMPARE(reopened.annotation(id)->label, u"GPE"_s);
}

void TestAnnotationEditor::moveBackIsNoStep()
{
    const qint64 id = *m_editor->createAnnotation(m_doc, u"PERSON"_s, 21, 34);
    QVERIFY(m_editor->setBounds(id, 22, 34));
    QVERIFY(m_editor->setBounds(id, 21, 34)); // back where it began: the merged step is obsolete
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Add PERSON"_s);
}

void TestAnnotationEditor::createAndLinkIsOneStep()
{
    const qint64 quote = *m_editor->createAnnotation(m_doc, u"QUOTE"_s, 0, 15);
    const int steps = m_editor->undoStack()->count();
    const std::optional<qint64> source = m_editor->createAndLink(quote, u"SPEAKER"_s, u"SOURCE"_s, 21, 34);
    QVERIFY(source);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QCOMPARE(m_store->relations(m_doc).size(), 1);
    QCOMPARE(m_store->relations(m_doc).first().childId, *source);
    m_editor->undoStack()->undo();
    QVERIFY(!m_store->annotation(*source));
    QVERIFY(m_store->relations(m_doc).isEmpty());
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->annotation(*source)->label, u"SOURCE"_s);
    QCOMPARE(m_store->relations(m_doc).size(), 1);
    // Refused as a whole: no half step (an annotation without its link) stays.
    QVERIFY(!m_editor->createAndLink(quote, u"SPEAKER"_s, u"SOURCE"_s, 21, 999));
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QVERIFY(m_store->check().isEmpty());
}

void TestAnnotationEditor::startsWorkWithTheFirstDecision()
{
    const qint64 a = suggestion(u"DATE"_s, 38, 44);
    QVERIFY(m_editor->accept({a})); // off by default: the document stays new
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
    m_editor->undoStack()->undo();
    m_editor->setStartsWork(true);
    QVERIFY(m_editor->accept({a}));
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::InProgress);
    QCOMPARE(m_store->annotation(a)->status, AnnotationStatus::Accepted);
    m_editor->undoStack()->undo(); // one step: both go back
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
    QCOMPARE(m_store->annotation(a)->status, AnnotationStatus::Suggested);
    // A note is no decision.
    QVERIFY(m_editor->setNote(a, u"check"_s));
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
}

void TestAnnotationEditor::decideAndSetStatusIsOneStep()
{
    const qint64 a = suggestion(u"DATE"_s, 38, 44);
    const qint64 b = suggestion(u"GPE"_s, 50, 56);
    QVERIFY(m_editor->decideAndSetStatus(m_doc, {a}, {b}, DocumentStatus::Done));
    QCOMPARE(m_store->annotation(a)->status, AnnotationStatus::Accepted);
    QCOMPARE(m_store->annotation(b)->status, AnnotationStatus::Rejected);
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::Done);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(a)->status, AnnotationStatus::Suggested);
    QCOMPARE(m_store->annotation(b)->status, AnnotationStatus::Suggested);
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
}

// Makes the project refuse writes to annotations (a trigger set by another connection), as a
// full disk or a damaged file would.
static void refuseAnnotationWrites(const QString &path, bool refuse)
{
    Sql::Database db;
    QVERIFY(db.open(path, Sql::Database::Access::ReadWrite));
    if (refuse)
        QVERIFY(db.exec("CREATE TRIGGER refuse_update BEFORE UPDATE ON annotations BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    else
        QVERIFY(db.exec("DROP TRIGGER refuse_update"));
}

void TestAnnotationEditor::failedUndoIsReportedAndClearsTheStack()
{
    const qint64 id = *m_editor->createAnnotation(m_doc, u"PERSON"_s, 27, 34);
    QVERIFY(m_editor->setLabel({id}, u"ORG"_s));
    QCOMPARE(m_editor->undoStack()->count(), 2);
    QSignalSpy failed(m_editor.get(), &AnnotationEditor::editFailed);
    refuseAnnotationWrites(m_store->path(), true);
    m_editor->undoStack()->undo();
    // The failed command is gone at once; the rest of the stack, which no longer fits the
    // project, goes when the event loop runs; the person is told.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"Could not undo"_s));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(!m_editor->undoStack()->canRedo());
    refuseAnnotationWrites(m_store->path(), false);
    QCOMPARE(m_store->annotation(id)->label, u"ORG"_s); // nothing half undone
}

void TestAnnotationEditor::failedEditPushesNothing()
{
    const qint64 a = suggestion(u"DATE"_s, 38, 44);
    m_editor->setStartsWork(true); // two writes in one step: the status must not stay either
    QSignalSpy failed(m_editor.get(), &AnnotationEditor::editFailed);
    refuseAnnotationWrites(m_store->path(), true);
    QVERIFY(!m_editor->accept({a}));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"refused"_s));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    refuseAnnotationWrites(m_store->path(), false);
    QCOMPARE(m_store->annotation(a)->status, AnnotationStatus::Suggested);
    QCOMPARE(m_store->document(m_doc)->status, DocumentStatus::New);
}

void TestAnnotationEditor::schemaEditsUndo()
{
    LabelSchema schema = m_store->schema();
    LabelDefinition topic{u"topics"_s, u"TOPIC"_s, u"#112233"_s, u"T"_s, {}, {}};
    schema.addLabel(topic);
    QVERIFY(m_editor->setSchema(schema, u"Add label TOPIC"_s));
    QVERIFY(m_store->schema().hasLabel(u"TOPIC"));
    const qint64 id = *m_editor->createAnnotation(m_doc, u"TOPIC"_s, 0, 3);
    QVERIFY(m_editor->renameLabel(u"TOPIC"_s, u"SUBJECT"_s));
    QCOMPARE(m_store->annotation(id)->label, u"SUBJECT"_s);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(id)->label, u"TOPIC"_s);
    m_editor->undoStack()->undo(); // the annotation
    m_editor->undoStack()->undo(); // the label
    QVERIFY(!m_store->schema().hasLabel(u"TOPIC"));
    m_editor->undoStack()->redo();
    QVERIFY(m_store->schema().hasLabel(u"TOPIC"));
    // An engine uses the label meanwhile: taking the label away is refused, and said.
    QVERIFY(suggestion(u"TOPIC"_s, 4, 8));
    QSignalSpy failed(m_editor.get(), &AnnotationEditor::editFailed);
    m_editor->undoStack()->undo();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"TOPIC"_s));
    QVERIFY(m_store->schema().hasLabel(u"TOPIC"));
}

QTEST_GUILESS_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
