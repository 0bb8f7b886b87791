// Evaluation, end to end through copydesk-cli as a user would run it: import CoNLL++ train
// into a project, train, import CoNLL++ dev as text only into a second project, tag it with
// the learned engine, export CoNLL and score the export against the gold file (conlleval
// chunk F1, the project's labels mapped onto the CoNLL classes as conll_score.py does).
// Must reach 0.85. Skipped without ../shared/eval/conll.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "engines/taggerevaluation.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestConllEval final : public QObject
{
    Q_OBJECT

private slots:
    void endToEnd();

private:
    struct Result
    {
        int exitCode = -1;
        QString err;
    };
    Result cli(const QStringList &arguments);
    bool tagInProcess(const QString &project, const QByteArray &model);

    QTemporaryDir m_dir;
};

TestConllEval::Result TestConllEval::cli(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(COPYDESK_CLI), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

// What "copydesk-cli annotate P --layers entities --engines copydesk-tagger" does, for as long
// as the command line has no annotate command.
bool TestConllEval::tagInProcess(const QString &project, const QByteArray &model)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, ProjectStore::OpenMode::Existing, &error))
        return false;
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createLearnedEntityEngine(model));
    if (!engines.front())
        return false;
    const qint64 annotator = store.ensureAnnotator(AnnotatorKind::Engine, engines.front()->name(), engines.front()->version());
    if (!store.beginBatch())
        return false;
    for (const qint64 id : store.documentIds()) {
        EngineDocument document;
        document.text = store.document(id)->text;
        QList<NewAnnotation> spans;
        for (const EngineRun &run : runEngines(engines, document, nullptr)) {
            for (const EngineSpan &span : run.spans)
                spans.append({QString(), span.label, span.start, span.end, span.attrs, AnnotationStatus::Suggested,
                              annotator, span.confidence, span.reason, QString()});
        }
        if (store.replaceSuggestions(id, annotator, spans, {}) < 0)
            return false;
    }
    return store.commitBatch();
}

static QList<TaggedSentence> readColumns(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readConllColumns(&file);
}

// The project's labels onto CoNLL-2003's classes, as ../shared/eval/conll_score.py maps them.
static QStringList conllClasses(const QStringList &tags)
{
    static const QHash<QString, QString> classes{
        {u"PERSON"_s, u"PER"_s}, {u"PER"_s, u"PER"_s}, {u"ORG"_s, u"ORG"_s}, {u"GPE"_s, u"LOC"_s},
        {u"LOC"_s, u"LOC"_s}, {u"FAC"_s, u"LOC"_s}, {u"NORP"_s, u"MISC"_s}, {u"EVENT"_s, u"MISC"_s},
        {u"PRODUCT"_s, u"MISC"_s}, {u"WORK_OF_ART"_s, u"MISC"_s}, {u"LAW"_s, u"MISC"_s},
        {u"LANGUAGE"_s, u"MISC"_s}, {u"MISC"_s, u"MISC"_s}};
    QStringList mapped;
    for (const QString &tag : tags) {
        const QString type = tag.mid(2);
        mapped.append(tag == u"O" || !classes.contains(type) ? u"O"_s : tag.left(2) + classes.value(type));
    }
    return mapped;
}

void TestConllEval::endToEnd()
{
    const QString dir = QStringLiteral(COPYDESK_SHARED_DIR) + u"/eval/conll/"_s;
    const QString trainFile = dir + u"conllpp_train.txt"_s;
    const QString devFile = dir + u"conllpp_dev.txt"_s;
    if (!QFile::exists(trainFile) || !QFile::exists(devFile))
        QSKIP("CoNLL++ data not found under ../shared/eval/conll");
    QVERIFY(m_dir.isValid());
    const QString train = m_dir.filePath(u"train.copydesk"_s);
    const QString dev = m_dir.filePath(u"dev.copydesk"_s);
    const QString predicted = m_dir.filePath(u"dev.conll"_s);
    QElapsedTimer step;

    auto run = [&](const QStringList &arguments, int expected = 0) {
        step.start();
        const Result result = cli(arguments);
        qInfo("copydesk-cli %s: exit %d, %.2f s", qPrintable(arguments.join(u' ')), result.exitCode, step.elapsed() / 1000.0);
        if (result.exitCode != expected)
            qWarning("%s", qPrintable(result.err));
        return result;
    };
    QCOMPARE(run({u"new"_s, train}).exitCode, 0);
    QCOMPARE(run({u"import"_s, train, trainFile, u"--format"_s, u"conll"_s}).exitCode, 0);
    const Result trained = run({u"train"_s, train});
    QCOMPARE(trained.exitCode, 0);
    qInfo("%s", qPrintable(trained.err.trimmed()));
    QCOMPARE(run({u"new"_s, dev}).exitCode, 0);
    QCOMPARE(run({u"import"_s, dev, devFile, u"--format"_s, u"conll"_s, u"--text-only"_s}).exitCode, 0);

    // A model moves between projects only through the model API; there is no command for it.
    QByteArray model;
    QString version;
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(train, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
        model = store.model(learnedEntityModelName(), &version);
        QVERIFY(!model.isEmpty());
        ProjectStore target;
        QVERIFY2(target.open(dev, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
        QVERIFY(target.setModel(learnedEntityModelName(), version, model));
    }
    if (cli({u"annotate"_s, u"--help"_s}).exitCode == 0) {
        QCOMPARE(run({u"annotate"_s, dev, u"--layers"_s, u"entities"_s, u"--engines"_s, u"copydesk-tagger"_s}).exitCode, 0);
    } else {
        qWarning("copydesk-cli has no annotate command yet: tagging in process");
        step.start();
        QVERIFY(tagInProcess(dev, model));
        qInfo("tagged in process: %.2f s", step.elapsed() / 1000.0);
    }
    // The tagger's output is suggestions: exports hold decisions unless asked for them.
    const Result exported = run({u"export"_s, dev, u"--format"_s, u"conll"_s, u"--status"_s, u"suggested"_s, u"-o"_s, predicted});
    QCOMPARE(exported.exitCode, 0);
    const qsizetype warnings = exported.err.count(u"warning:"_s);
    if (warnings)
        qInfo("export warnings: %lld, first: %s", qlonglong(warnings),
              qPrintable(exported.err.section(u'\n', 0, 0)));

    // The export holds the gold tokens, sentence for sentence.
    const QList<TaggedSentence> gold = readColumns(devFile);
    const QList<TaggedSentence> prediction = readColumns(predicted);
    QCOMPARE(prediction.size(), gold.size());
    QList<QStringList> goldTags, predictedTags;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        QCOMPARE(prediction[i].tokens, gold[i].tokens);
        goldTags.append(gold[i].tags);
        predictedTags.append(conllClasses(prediction[i].tags));
    }
    const ChunkScores scores = scoreChunks(goldTags, predictedTags);
    qInfo("CoNLL++ dev through the project: P %.4f R %.4f F1 %.4f", scores.overall.precision(),
          scores.overall.recall(), scores.overall.f1());
    for (const QString &label : {u"PER"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s})
        qInfo("  %s F1 %.4f", qPrintable(label), scores.byLabel.value(label).f1());
    QVERIFY2(scores.overall.f1() >= 0.85, qPrintable(QString::number(scores.overall.f1())));
}

QTEST_GUILESS_MAIN(TestConllEval)
#include "tst_conll_eval.moc"
