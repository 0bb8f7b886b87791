#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotationeditor.h"
#include "annotationsets.h"
#include "englishplurals.h"
#include "projectmerge.h"
#include "projectstore.h"
#include "teaching.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Teaching mode: the reference hidden until the student is done, then compared.
class TestTeaching final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init();
    void settings();
    void hidingAndRevealing();
    void comparison();
    void wrongSpeaker();
    void classScoresOfMergedStudents();
    void commandLine();

private:
    qint64 addSet(const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans, const QList<std::tuple<int, int>> &speakers,
                  AnnotatorKind kind = AnnotatorKind::Person);

    EnglishPlurals m_plurals;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_doc = 0;
    qint64 m_teacher = 0;
};

static const QString text = u"Anna Rossi said it rained in Rome."_s;
// The reference: SOURCE "Anna Rossi", CUE "said", QUOTE "it rained in Rome", GPE "Rome", SPEAKER.
static const QList<std::tuple<qint64, qint64, QString>> referenceSpans{
    {0, 10, u"SOURCE"_s}, {11, 15, u"CUE"_s}, {16, 33, u"QUOTE"_s}, {29, 33, u"GPE"_s}};

void TestTeaching::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"class.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    Document doc;
    doc.externalId = u"rain"_s;
    doc.title = u"Rain"_s;
    doc.text = text;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    m_teacher = addSet(u"Ms Rossi"_s, referenceSpans, {{2, 0}});
    QVERIFY(m_teacher);
}

qint64 TestTeaching::addSet(const QString &name, const QList<std::tuple<qint64, qint64, QString>> &spans,
                            const QList<std::tuple<int, int>> &speakers, AnnotatorKind kind)
{
    const qint64 person = m_store->ensureAnnotator(kind, name);
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

void TestTeaching::settings()
{
    QVERIFY(!TeachingSettings::read(*m_store).isOn());
    TeachingSettings settings;
    settings.reference = TeachingSettings::referenceKey(*m_store->annotator(m_teacher));
    QCOMPARE(settings.reference, u"person:Ms Rossi"_s);
    QVERIFY(settings.write(*m_store));
    const TeachingSettings read = TeachingSettings::read(*m_store);
    QVERIFY(read.isOn());
    QCOMPARE(read.referenceId(*m_store), m_teacher);
    // The reference person is the teacher unless another is named.
    QVERIFY(read.isTeacher(u"Ms Rossi"_s));
    QVERIFY(!read.isTeacher(u"anna"_s));
    settings.teacher = u"Mr Bianchi"_s;
    QVERIFY(settings.isTeacher(u"Mr Bianchi"_s));
    QVERIFY(!settings.isTeacher(u"Ms Rossi"_s));
    // A reference the project does not have (yet): no id.
    settings.reference = u"file:reference.jsonl"_s;
    QCOMPARE(settings.referenceId(*m_store), 0);
}

void TestTeaching::hidingAndRevealing()
{
    // An engine's suggestion, the reference, and the student's own work.
    const qint64 engine = m_store->ensureAnnotator(AnnotatorKind::Engine, u"copydesk-sourcing"_s, u"1.0"_s);
    NewAnnotation suggestion;
    suggestion.label = u"PERSON"_s;
    suggestion.start = 0;
    suggestion.end = 10;
    suggestion.status = AnnotationStatus::Suggested;
    suggestion.annotatorId = engine;
    QCOMPARE(m_store->replaceSuggestions(m_doc, engine, {suggestion}, {}), 1);
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"anna"_s);
    QVERIFY(editor.createAnnotation(m_doc, u"QUOTE"_s, 16, 33));
    const qint64 anna = editor.personId();

    const SetSelection selection = studentSelection(anna, m_teacher);
    QVERIFY(!referenceRevealed(*m_store, m_doc, anna));
    const QList<Annotation> shown = selectAnnotations(m_store->annotations(m_doc), selection);
    QCOMPARE(shown.size(), 1); // her quote: no suggestion, nothing of the reference
    QCOMPARE(shown.first().ownerId, anna);
    // Marking the article done reveals the reference (the comparison); undoing hides it again.
    QVERIFY(editor.setDocumentStatus(m_doc, DocumentStatus::Done));
    QVERIFY(referenceRevealed(*m_store, m_doc, anna));
    editor.undoStack()->undo();
    QVERIFY(!referenceRevealed(*m_store, m_doc, anna));
    // Another student's status reveals nothing to her.
    AnnotationEditor other(m_store.get());
    other.setPersonName(u"bob"_s);
    QVERIFY(other.setDocumentStatus(m_doc, DocumentStatus::Done));
    QVERIFY(!referenceRevealed(*m_store, m_doc, anna));
}

void TestTeaching::comparison()
{
    // The student: "Rossi" as SOURCE (other bounds), the quote (match), Rome as LOC (other label),
    // "Anna" as PERSON (extra), no CUE (missed), the speaker linked to her "Rossi" (right: it
    // overlaps the reference's speaker).
    const qint64 anna = addSet(u"anna"_s, {{5, 10, u"SOURCE"_s}, {16, 33, u"QUOTE"_s}, {29, 33, u"LOC"_s}, {0, 4, u"PERSON"_s}}, {{1, 0}});
    const TeachingComparison c = compareWithReference(m_store->annotations(m_doc), m_store->relations(m_doc), anna, m_teacher,
                                                      m_store->schema());
    QStringList items;
    for (const TeachingItem &item : c.items)
        items.append(u"%1 %2 %3-%4"_s.arg(TeachingItem::kindName(item.kind), item.label).arg(item.start).arg(item.end));
    QCOMPARE(items, (QStringList{u"extra PERSON 0-4"_s, u"partial SOURCE 0-10"_s, u"miss CUE 11-15"_s, u"match QUOTE 16-33"_s,
                                 u"wrong label GPE 29-33"_s}));
    QCOMPARE(c.count(TeachingItem::Miss), 1);
    QCOMPARE(c.speakers, 1);
    QCOMPARE(c.speakersRight, 1);
    // Scores per layer: sourcing 3 reference spans, 2 of hers; exact 1 (the quote), overlap 2.
    const SpanCounts sourcing = c.layers.value(u"sourcing"_s);
    QCOMPARE(sourcing.reference, 3);
    QCOMPARE(sourcing.candidate, 2);
    QCOMPARE(sourcing.exact, 1);
    QCOMPARE(sourcing.overlap, 2);
    QCOMPARE(sourcing.f1(true), 0.4);
    const SpanCounts entities = c.layers.value(u"entities"_s);
    QCOMPARE(entities.reference, 1);
    QCOMPARE(entities.candidate, 2);
    QCOMPARE(entities.exact, 0);
    QVERIFY(!c.layers.contains(u"furniture"_s));
}

void TestTeaching::wrongSpeaker()
{
    // Bob marks the quote and a source elsewhere, links nothing; Carl links the quote to "Rome".
    const qint64 bob = addSet(u"bob"_s, {{16, 33, u"QUOTE"_s}, {0, 10, u"SOURCE"_s}}, {});
    const qint64 carl = addSet(u"carl"_s, {{16, 33, u"QUOTE"_s}, {29, 33, u"SOURCE"_s}}, {{0, 1}});
    for (const auto &[student, hasSpeaker] : {std::pair{bob, false}, std::pair{carl, true}}) {
        const TeachingComparison c = compareWithReference(m_store->annotations(m_doc), m_store->relations(m_doc), student, m_teacher,
                                                          m_store->schema());
        QCOMPARE(c.speakers, 1);
        QCOMPARE(c.speakersRight, 0);
        QCOMPARE(c.count(TeachingItem::WrongSpeaker), 1);
        for (const TeachingItem &item : c.items) {
            if (item.kind != TeachingItem::WrongSpeaker)
                continue;
            QCOMPARE(item.referenceSpeaker->start, 0);
            QCOMPARE(item.studentSpeaker.has_value(), hasSpeaker);
        }
    }
}

void TestTeaching::classScoresOfMergedStudents()
{
    TeachingSettings settings;
    settings.reference = u"person:Ms Rossi"_s;
    QVERIFY(settings.write(*m_store));
    m_store->close();
    // Two students get a copy each; Anna finishes, Bob does not.
    const QString handout = m_dir->filePath(u"class.copydesk"_s);
    for (const QString &student : {u"anna"_s, u"bob"_s}) {
        const QString copy = m_dir->filePath(student + u".copydesk"_s);
        QVERIFY(QFile::copy(handout, copy));
        ProjectStore store;
        QString error;
        QVERIFY(store.open(copy, ProjectStore::OpenMode::Existing, &error));
        AnnotationEditor editor(&store);
        editor.setPersonName(student);
        QVERIFY(editor.createAnnotation(m_doc, u"QUOTE"_s, 16, 33));
        if (student == u"anna")
            QVERIFY(editor.setDocumentStatus(m_doc, DocumentStatus::Done));
    }
    const QString merged = m_dir->filePath(u"results.copydesk"_s);
    const MergeReport report = mergeProjectFiles({m_dir->filePath(u"anna.copydesk"_s), m_dir->filePath(u"bob.copydesk"_s)}, merged, false);
    QVERIFY2(report.ok(), qPrintable(report.error));
    ProjectStore store;
    QString error;
    QVERIFY(store.open(merged, ProjectStore::OpenMode::ReadOnly, &error));
    const QList<StudentScore> scores = classScores(store, TeachingSettings::read(store));
    QCOMPARE(scores.size(), 2);
    QCOMPARE(scores.at(0).student, u"anna"_s);
    QVERIFY(scores.at(0).done);
    QCOMPARE(scores.at(0).document, u"Rain"_s);
    QCOMPARE(scores.at(0).comparison.layers.value(u"sourcing"_s).exact, 1);
    QCOMPARE(scores.at(0).comparison.count(TeachingItem::Miss), 3);
    QCOMPARE(scores.at(1).student, u"bob"_s);
    QVERIFY(!scores.at(1).done);
    QVERIFY(scores.at(1).comparison.items.isEmpty()); // no scores before he is done
}

void TestTeaching::commandLine()
{
    const QString project = m_dir->filePath(u"class.copydesk"_s);
    AnnotationEditor editor(m_store.get());
    editor.setPersonName(u"anna"_s);
    QVERIFY(editor.createAnnotation(m_doc, u"QUOTE"_s, 16, 33));
    QVERIFY(editor.setDocumentStatus(m_doc, DocumentStatus::Done));
    m_store->close();
    QProcess cli;
    auto run = [&](const QStringList &arguments) {
        cli.start(QStringLiteral(COPYDESK_CLI), arguments);
        cli.waitForFinished(60000);
        return cli.exitCode();
    };
    QCOMPARE(run({u"teach"_s, project, u"--scores"_s}), 1); // not on yet
    QCOMPARE(run({u"teach"_s, project, u"--reference"_s, u"nobody"_s}), 1);
    QCOMPARE(run({u"teach"_s, project, u"--reference"_s, u"Ms Rossi"_s}), 0);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(u"Teaching mode is on"_s) && err.contains(u"Ms Rossi sees everything"_s), qPrintable(err));
    QCOMPARE(run({u"teach"_s, project, u"--scores"_s, u"--json"_s}), 0);
    const QJsonArray scores = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores.first()[u"student"_s].toString(), u"anna"_s);
    QCOMPARE(scores.first()[u"layers"_s][u"sourcing"_s][u"exact"_s][u"matched"_s].toInt(), 1);
    QCOMPARE(scores.first()[u"items"_s][u"miss"_s].toInt(), 3);
    QCOMPARE(run({u"teach"_s, project, u"--scores"_s}), 0);
    QVERIFY(cli.readAllStandardOutput().contains("anna"));
    QCOMPARE(run({u"teach"_s, project, u"--off"_s}), 0);
    QCOMPARE(run({u"teach"_s, project}), 2);
}

QTEST_GUILESS_MAIN(TestTeaching)
#include "tst_teaching.moc"
