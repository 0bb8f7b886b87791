// Training from a project: which documents teach, what is stored, and that the stored
// tagger finds names it was taught.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/stringmatchmodel.h"
#include "projectstore.h"
#include "trainer.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QStringList kPeople{u"Ada Lind"_s, u"Piet Varga"_s, u"Mira Kovac"_s, u"Tomas Brenn"_s, u"Lea Orsini"_s, u"Ivo Halden"_s};
const QStringList kPlaces{u"Kelmar"_s, u"Ostrava"_s, u"Brenton"_s, u"Varnia"_s, u"Lisk"_s};
const QStringList kOrganisations{u"Harbour Board"_s, u"Rail Union"_s, u"Grain Council"_s};

// Builds a text from pieces, recording the spans of the labelled ones (code points: every
// text here is in the Basic Multilingual Plane).
class TextBuilder
{
public:
    TextBuilder &add(const QString &text)
    {
        m_text += text;
        return *this;
    }
    TextBuilder &add(const QString &label, const QString &text)
    {
        m_spans.append({QString(), label, m_text.size(), m_text.size() + text.size(), {}, AnnotationStatus::Accepted, 0,
                        -1, QString(), QString()});
        m_text += text;
        return *this;
    }
    QString text() const { return m_text; }
    QList<NewAnnotation> spans(AnnotationStatus status, qint64 annotatorId) const
    {
        QList<NewAnnotation> result = m_spans;
        for (NewAnnotation &span : result) {
            span.status = status;
            span.annotatorId = annotatorId;
        }
        return result;
    }

private:
    QString m_text;
    QList<NewAnnotation> m_spans;
};

// A news-like document of six sentences; `seed` varies the names.
TextBuilder article(int seed)
{
    TextBuilder b;
    for (int s = 0; s < 6; ++s) {
        const int k = seed * 7 + s;
        const QString person = kPeople[k % kPeople.size()];
        const QString place = kPlaces[(k / 2) % kPlaces.size()];
        const QString organisation = kOrganisations[(k / 3) % kOrganisations.size()];
        switch (k % 3) {
        case 0:
            b.add(u"PERSON"_s, person).add(u" said in "_s).add(u"GPE"_s, place).add(u" on Monday that talks would go on. "_s);
            break;
        case 1:
            b.add(u"Officials in "_s).add(u"GPE"_s, place).add(u" met "_s).add(u"PERSON"_s, person)
                .add(u" and the "_s).add(u"ORG"_s, organisation).add(u" late at night. "_s);
            break;
        default:
            b.add(u"The "_s).add(u"ORG"_s, organisation).add(u" hired "_s).add(u"PERSON"_s, person)
                .add(u" last year, a spokesman said. "_s);
            break;
        }
    }
    return b;
}

} // namespace

class TestTrain final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void whichDocumentsTeach();
    void storedModelsTagSeenNames();
    void nothingToLearn();
    void cancelStoresNothing();
    void commandLine();

private:
    qint64 add(const QString &id, const QString &text, const QList<NewAnnotation> &spans);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_person = 0;
    qint64 m_file = 0;
    qint64 m_engine = 0;
};

void TestTrain::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    m_person = m_store->ensureAnnotator(AnnotatorKind::Person, u"Anna"_s);
    m_file = m_store->ensureAnnotator(AnnotatorKind::File, u"gold.jsonl"_s);
    m_engine = m_store->ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1.0.0"_s);
}

qint64 TestTrain::add(const QString &id, const QString &text, const QList<NewAnnotation> &spans)
{
    Document doc;
    doc.externalId = id;
    doc.text = text;
    if (!m_store->addDocument(doc, spans, {}, u"test"_s))
        qFatal("cannot add %s: %s", qPrintable(id), qPrintable(m_store->lastError()));
    return doc.id;
}

void TestTrain::whichDocumentsTeach()
{
    // Used: decisions by a person, by an imported file, and both at once (taught once).
    add(u"person"_s, article(1).text(), article(1).spans(AnnotationStatus::Manual, m_person));
    add(u"file"_s, article(2).text(), article(2).spans(AnnotationStatus::Accepted, m_file));
    add(u"both"_s, article(3).text(),
        article(3).spans(AnnotationStatus::Accepted, m_file) + article(3).spans(AnnotationStatus::Accepted, m_person));
    // Used: every suggestion rejected, so the document teaches "no entity here".
    add(u"rejected"_s, u"Nothing of note happened in the quiet hall today."_s,
        {{QString(), u"ORG"_s, 27, 31, {}, AnnotationStatus::Rejected, m_engine, 0.4, QString(), QString()}});
    // Not used: decided spans, but engine suggestions still waiting...
    TextBuilder waiting = article(4);
    QList<NewAnnotation> waitingSpans = waiting.spans(AnnotationStatus::Accepted, m_person);
    waitingSpans.last().status = AnnotationStatus::Suggested;
    waitingSpans.last().annotatorId = m_engine;
    add(u"waiting"_s, waiting.text(), waitingSpans);
    // ...unless a person marked the document done.
    TextBuilder done = article(5);
    QList<NewAnnotation> doneSpans = done.spans(AnnotationStatus::Accepted, m_person);
    doneSpans.last().status = AnnotationStatus::Suggested;
    doneSpans.last().annotatorId = m_engine;
    QVERIFY(m_store->setDocumentStatus(add(u"done"_s, done.text(), doneSpans), DocumentStatus::Done, m_person));
    // Not used: only suggestions; nothing at all; only decisions of another layer.
    add(u"suggested"_s, article(6).text(), article(6).spans(AnnotationStatus::Suggested, m_engine));
    add(u"bare"_s, article(7).text(), {});
    add(u"quotes"_s, u"\"We will rebuild,\" the mayor said."_s,
        {{QString(), u"QUOTE"_s, 0, 18, {}, AnnotationStatus::Manual, m_person, -1, QString(), QString()}});

    const TrainReport report = trainProject(*m_store, TrainOptions{3});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.documents, 5);
    QCOMPARE(report.skippedUnreviewed, 1);
    QCOMPARE(report.skippedUndecided, 3);
    const int perArticle = int(article(1).spans(AnnotationStatus::Manual, 0).size());
    QCOMPARE(report.spans, 4 * perArticle - 1); // "done" taught without its waiting suggestion
    QVERIFY(report.taggerTrained);
    QCOMPARE(report.labels, (QStringList{u"GPE"_s, u"ORG"_s, u"PERSON"_s}));
    // Measured on one of the five, trained on the others, then on all five.
    QCOMPARE(report.heldOutDocuments, 1);
    QVERIFY(report.taggerGate.isMeasured());
    QVERIFY(report.sentences >= 25);

    // The string-match model has every decided entity span, the waiting document's too.
    QVERIFY(report.stringMatchBuilt);
    QCOMPARE(report.stringMatchTexts, 4 * perArticle - 1 + perArticle - 1);
    const std::optional<StringMatchModel> matcher = StringMatchModel::read(m_store->model(stringMatchModelName()));
    QVERIFY(matcher);
    QStringList texts;
    for (const StringMatchEntry &entry : matcher->entries())
        texts.append(entry.text);
    QVERIFY(texts.contains(u"Ada Lind"_s));
    QVERIFY(!texts.contains(u"hall"_s));
}

void TestTrain::storedModelsTagSeenNames()
{
    for (int i = 0; i < 40; ++i)
        add(u"a%1"_s.arg(i), article(i).text(), article(i).spans(AnnotationStatus::Accepted, m_file));
    double trained = 0;
    const TrainReport report = trainProject(*m_store, {}, [&](TrainStage stage, double fraction) {
        if (stage == TrainStage::Training)
            trained = fraction;
    });
    QVERIFY2(report.taggerTrained, qPrintable(report.error));
    QVERIFY(trained > 0.9);
    QCOMPARE(report.documents, 40);

    QString version;
    const QByteArray blob = m_store->model(learnedEntityModelName(), &version);
    QVERIFY(!blob.isEmpty());
    QCOMPARE(version, report.taggerVersion);
    const std::unique_ptr<Engine> tagger = createLearnedEntityEngine(blob);
    QVERIFY(tagger);
    QCOMPARE(tagger->version(), version);

    // A sentence it never saw, with names it did.
    EngineDocument document;
    document.text = u"On Friday Ivo Halden flew to Lisk with the Rail Union."_s;
    QStringList found;
    for (const SuggestedSpan &span : tagger->annotate(document, nullptr).spans)
        found.append(span.label + u'=' + document.text.mid(span.start, span.end - span.start));
    QVERIFY2(found.contains(u"PERSON=Ivo Halden"_s), qPrintable(found.join(u", ")));
    QVERIFY2(found.contains(u"GPE=Lisk"_s), qPrintable(found.join(u", ")));

    const std::unique_ptr<Engine> matcher = createStringMatchEngine(m_store->model(stringMatchModelName()));
    QVERIFY(matcher);
    QStringList matched;
    for (const SuggestedSpan &span : matcher->annotate(document, nullptr).spans)
        matched.append(span.label + u'=' + document.text.mid(span.start, span.end - span.start));
    QVERIFY2(matched.contains(u"ORG=Rail Union"_s), qPrintable(matched.join(u", ")));
}

void TestTrain::nothingToLearn()
{
    QVERIFY(m_store->setModel(learnedEntityModelName(), u"old"_s, "earlier model"));
    add(u"suggested"_s, article(1).text(), article(1).spans(AnnotationStatus::Suggested, m_engine));
    const TrainReport report = trainProject(*m_store, {});
    QVERIFY(!report.taggerTrained);
    QVERIFY(!report.error.isEmpty());
    QVERIFY(!report.stringMatchBuilt);
    QCOMPARE(report.skippedUndecided, 1);
    // The tagger the project had is kept.
    QString version;
    QCOMPARE(m_store->model(learnedEntityModelName(), &version), QByteArray("earlier model"));
    QCOMPARE(version, u"old"_s);
}

void TestTrain::cancelStoresNothing()
{
    for (int i = 0; i < 5; ++i)
        add(u"a%1"_s.arg(i), article(i).text(), article(i).spans(AnnotationStatus::Accepted, m_file));
    std::atomic_bool cancel = false;
    const TrainReport report = trainProject(*m_store, {}, [&](TrainStage stage, double) {
        if (stage == TrainStage::Training)
            cancel = true;
    }, &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(!report.taggerTrained);
    QVERIFY(m_store->modelNames().isEmpty());
}

void TestTrain::commandLine()
{
    auto cli = [&](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(COPYDESK_CLI), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const QString project = m_dir->filePath(u"p.copydesk"_s);
    QCOMPARE(cli({u"train"_s, project}), 1); // nothing decided yet
    for (int i = 0; i < 5; ++i)
        add(u"a%1"_s.arg(i), article(i).text(), article(i).spans(AnnotationStatus::Accepted, m_file));
    QCOMPARE(cli({u"train"_s, project, u"--epochs"_s, u"2"_s}), 0);
    QVERIFY(!m_store->model(learnedEntityModelName()).isEmpty());
    QCOMPARE(cli({u"train"_s, project, u"--epochs"_s, u"many"_s}), 2);
    QCOMPARE(cli({u"train"_s}), 2);
    QCOMPARE(cli({u"train"_s, u"--help"_s}), 0);
    QCOMPARE(cli({u"train"_s, m_dir->filePath(u"missing.copydesk"_s)}), 1);
}

QTEST_GUILESS_MAIN(TestTrain)
#include "tst_train.moc"
