// One suggestion per span and layer: the combiner, the evidence it weighs engines with, the
// held-out gate of learned models, and pre-annotation through them.

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "engineevidence.h"
#include "exporter.h"
#include "formats/documentwriter.h"
#include "formats/formatregistry.h"
#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/stringmatchmodel.h"
#include "heldoutevaluation.h"
#include "modelgate.h"
#include "annotationeditor.h"
#include "preannotator.h"
#include "projectstore.h"
#include "suggestioncombiner.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QString rules = u"copydesk-entities"_s;
const QString tagger = u"copydesk-tagger"_s;

Candidate candidate(const QString &engine, const QString &label, qint64 start, qint64 end, double confidence = 0.8)
{
    return {engine, engine == rules ? 1 : 2, label, start, end, {}, confidence, u"because"_s};
}

Annotation decision(qint64 id, const QString &label, qint64 start, qint64 end, AnnotationStatus status)
{
    Annotation a;
    a.id = id;
    a.label = label;
    a.start = start;
    a.end = end;
    a.status = status;
    return a;
}

SuggestionCombiner::RanFor both()
{
    return [](const QString &) { return QStringList{rules, tagger}; };
}

// An engine that labels every occurrence of the words it is given.
class WordEngine final : public Engine
{
public:
    WordEngine(QString name, QList<std::pair<QString, QString>> words) : m_name(std::move(name)), m_words(std::move(words)) {}
    QString name() const override { return m_name; }
    QString version() const override { return u"1"_s; }
    QStringList layers() const override { return {u"entities"_s}; }
    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        EngineResult result;
        for (const auto &[word, label] : m_words) {
            for (qsizetype at = document.text.indexOf(word); at >= 0; at = document.text.indexOf(word, at + 1))
                result.spans.append({{}, label, at, at + word.size(), {}, 0.9, u"word"_s});
        }
        return result;
    }

private:
    QString m_name;
    QList<std::pair<QString, QString>> m_words;
};

} // namespace

class TestCombiner final : public QObject
{
    Q_OBJECT

private slots:
    void combines_data();
    void combines();
    void alternativesAreKept();
    void relationsFollowTheirSpans();
    void learnedModelSupersedesItsRules();
    void switchingReadings();
    void evidenceWeighsEngines();
    void evidenceSurvivesJson();
    void gateKeepsAWorseModelOff();
    void preAnnotationMergesTwinsAndRespectsDecisions();
};

void TestCombiner::combines_data()
{
    QTest::addColumn<QList<Candidate>>("candidates");
    QTest::addColumn<QList<Annotation>>("decisions");
    // Each expected suggestion: "LABEL start end engines"
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("blocked");
    QTest::addColumn<int>("unlikely");

    QTest::newRow("twins are one suggestion") << QList<Candidate>{candidate(rules, u"PERSON"_s, 0, 5), candidate(tagger, u"PERSON"_s, 0, 5)}
                                              << QList<Annotation>{} << QStringList{u"PERSON 0 5 2"_s} << 0 << 0;
    // Prior: the rules alone, the tagger silent: 0.75 * (1 - 0.5 * 0.75) = 0.47; the tagger
    // alone, the rules silent: 0.8 * 0.625 = 0.5.
    QTest::newRow("conflicting labels: one suggestion") << QList<Candidate>{candidate(rules, u"EVENT"_s, 0, 12), candidate(tagger, u"PERSON"_s, 0, 12)}
                                                        << QList<Annotation>{} << QStringList{u"PERSON 0 12 1"_s} << 0 << 0;
    QTest::newRow("conflicting bounds: one suggestion") << QList<Candidate>{candidate(rules, u"ORG"_s, 0, 12), candidate(tagger, u"ORG"_s, 4, 12)}
                                                        << QList<Annotation>{} << QStringList{u"ORG 4 12 1"_s} << 0 << 0;
    QTest::newRow("a lone rules span the tagger did not want") << QList<Candidate>{candidate(rules, u"GPE"_s, 20, 24)}
                                                               << QList<Annotation>{} << QStringList{} << 0 << 1;
    QTest::newRow("separate spans stay separate")
        << QList<Candidate>{candidate(tagger, u"GPE"_s, 0, 4), candidate(rules, u"PERSON"_s, 10, 14), candidate(tagger, u"PERSON"_s, 10, 14)}
        << QList<Annotation>{} << QStringList{u"GPE 0 4 1"_s, u"PERSON 10 14 2"_s} << 0 << 0;
    QTest::newRow("overlapping an accepted span: not suggested")
        << QList<Candidate>{candidate(rules, u"ORG"_s, 2, 8), candidate(tagger, u"ORG"_s, 2, 8)}
        << QList<Annotation>{decision(50, u"PERSON"_s, 0, 5, AnnotationStatus::Accepted)} << QStringList{} << 2 << 0;
    QTest::newRow("a rejected span does not come back")
        << QList<Candidate>{candidate(rules, u"PERSON"_s, 0, 5), candidate(tagger, u"PERSON"_s, 0, 5)}
        << QList<Annotation>{decision(51, u"PERSON"_s, 0, 5, AnnotationStatus::Rejected)} << QStringList{} << 2 << 0;
    QTest::newRow("a corrected span keeps its old bounds away")
        << QList<Candidate>{candidate(rules, u"QUOTE"_s, 10, 40), candidate(tagger, u"QUOTE"_s, 10, 40)}
        << QList<Annotation>{decision(52, u"QUOTE"_s, 10, 35, AnnotationStatus::Manual)} << QStringList{} << 2 << 0;
}

void TestCombiner::combines()
{
    QFETCH(QList<Candidate>, candidates);
    QFETCH(QList<Annotation>, decisions);
    QFETCH(QStringList, expected);
    QFETCH(int, blocked);
    QFETCH(int, unlikely);
    const EngineEvidence evidence;
    const CombinedLayer result = SuggestionCombiner(evidence).combine(candidates, {}, both(), decisions);
    QStringList got;
    for (const NewAnnotation &n : result.spans) {
        QSet<qint64> engines;
        for (const SuggestionEvidence &e : n.evidence) {
            if (e.label == n.label && e.start == n.start && e.end == n.end)
                engines.insert(e.engineId);
        }
        got.append(u"%1 %2 %3 %4"_s.arg(n.label).arg(n.start).arg(n.end).arg(n.evidence.isEmpty() ? 1 : engines.size()));
        QCOMPARE(n.status, AnnotationStatus::Suggested);
        QVERIFY(n.confidence >= 0 && n.confidence <= 1);
    }
    QCOMPARE(got, expected);
    QCOMPARE(result.blockedByDecisions, blocked);
    QCOMPARE(result.belowThreshold, unlikely);
}

void TestCombiner::alternativesAreKept()
{
    const EngineEvidence evidence;
    const QList<Candidate> candidates{candidate(rules, u"EVENT"_s, 0, 12, 0.4), candidate(tagger, u"PERSON"_s, 0, 12, 0.7),
                                      candidate(tagger, u"PERSON"_s, 30, 35)};
    const CombinedLayer result = SuggestionCombiner(evidence).combine(candidates, {}, both(), {});
    QCOMPARE(result.spans.size(), 2);
    const NewAnnotation &day = result.spans.first();
    QCOMPARE(day.label, u"PERSON"_s);
    QCOMPARE(day.annotatorId, 2);
    Annotation stored;
    stored.label = day.label;
    stored.start = day.start;
    stored.end = day.end;
    stored.annotatorId = day.annotatorId;
    stored.evidence = day.evidence;
    QCOMPARE(stored.alternatives().size(), 1);
    QCOMPARE(stored.alternatives().first().label, u"EVENT"_s);
    QCOMPARE(stored.alternatives().first().engineId, 1);
    QCOMPARE(stored.alternatives().first().confidence, 0.4);
    QCOMPARE(stored.engineIds(), QList<qint64>{2});
    // A span with one engine and no rival carries no evidence list.
    QVERIFY(result.spans.at(1).evidence.isEmpty());
}

void TestCombiner::relationsFollowTheirSpans()
{
    const EngineEvidence evidence;
    const auto sourcing = [](const QString &) { return QStringList{u"copydesk-sourcing"_s}; };
    auto quoteEngine = [](const QString &label, qint64 start, qint64 end) {
        return Candidate{u"copydesk-sourcing"_s, 3, label, start, end, {}, 0.9, {}};
    };
    const QList<Candidate> candidates{quoteEngine(u"QUOTE"_s, 20, 60), quoteEngine(u"SOURCE"_s, 0, 9), quoteEngine(u"CUE"_s, 10, 14)};
    const QList<CandidateRelation> relations{{u"SPEAKER"_s, 0, 1, 3}, {u"CUE"_s, 0, 2, 3}};
    // The person accepted the SOURCE as it is, and corrected the CUE.
    const QList<Annotation> decisions{decision(70, u"SOURCE"_s, 0, 9, AnnotationStatus::Accepted),
                                      decision(71, u"CUE"_s, 10, 13, AnnotationStatus::Manual)};
    const CombinedLayer result = SuggestionCombiner(evidence).combine(candidates, relations, sourcing, decisions);
    QCOMPARE(result.spans.size(), 1);
    QCOMPARE(result.spans.first().label, u"QUOTE"_s);
    QCOMPARE(result.relations.size(), 1);
    QCOMPARE(result.relations.first().label, u"SPEAKER"_s);
    QCOMPARE(result.relations.first().head, 0);
    QCOMPARE(result.relations.first().child, -1 - 70);
}

// The attribution model learned from the sourcing rules' findings: where both ran, the rules'
// spans of the labels it proposed are alternatives only, its calibrated confidence is its
// estimate, the rules' silence does not count against it, and a quote keeps one SPEAKER (its
// own engine's), not one from each engine.
void TestCombiner::learnedModelSupersedesItsRules()
{
    const EngineEvidence evidence;
    const QString rulesName = u"copydesk-sourcing"_s, learned = u"copydesk-attribution"_s;
    const auto ran = [&](const QString &) { return QStringList{rulesName, learned}; };
    auto make = [](const QString &engine, const QString &label, qint64 start, qint64 end, double confidence) {
        return Candidate{engine, engine == u"copydesk-sourcing" ? 3 : 4, label, start, end, {}, confidence, {}};
    };
    const QList<Candidate> candidates{
        make(rulesName, u"QUOTE"_s, 20, 60, 0.9),   // 0: the rules' quote, longer
        make(rulesName, u"SOURCE"_s, 0, 3, 0.9),    // 1: the rules' speaker: "The"
        make(learned, u"QUOTE"_s, 20, 58, 0.8),     // 2: the model's quote
        make(learned, u"SOURCE"_s, 0, 9, 0.7),      // 3: the model's speaker
        make(learned, u"QUOTE"_s, 70, 90, 0.6),     // 4: a quote only the model found
        make(learned, u"QUOTE"_s, 100, 120, 0.3),   // 5: one it doubts
    };
    const QList<CandidateRelation> relations{{u"SPEAKER"_s, 0, 1, 3}, {u"SPEAKER"_s, 2, 3, 4}};
    const CombinedLayer result = SuggestionCombiner(evidence).combine(candidates, relations, ran, {});
    QCOMPARE(result.spans.size(), 3);
    QCOMPARE(result.spans.at(0).start, 0);
    QCOMPARE(result.spans.at(0).end, 9);
    QCOMPARE(result.spans.at(1).end, 58);
    QCOMPARE(result.spans.at(1).annotatorId, 4);
    QCOMPARE(result.spans.at(1).confidence, 0.8);
    QCOMPARE(result.spans.at(2).start, 70);
    QCOMPARE(result.spans.at(2).confidence, 0.6);
    QCOMPARE(result.belowThreshold, 1);
    // The rules' quote is reachable as an alternative of the model's.
    bool rulesAlternative = false;
    for (const SuggestionEvidence &e : result.spans.at(1).evidence)
        rulesAlternative = rulesAlternative || (e.engineId == 3 && e.end == 60);
    QVERIFY(rulesAlternative);
    QCOMPARE(result.relations.size(), 1);
    QCOMPARE(result.relations.first().head, 1);
    QCOMPARE(result.relations.first().child, 0);
    QCOMPARE(result.relations.first().annotatorId, 4);

    // Without the model the rules are suggested as before.
    const auto rulesOnly = [&](const QString &) { return QStringList{rulesName}; };
    const CombinedLayer alone = SuggestionCombiner(evidence).combine(candidates.first(2), relations.first(1), rulesOnly, {});
    QCOMPARE(alone.spans.size(), 2);
    QCOMPARE(alone.relations.size(), 1);
}

// W in the window: a suggestion takes the next alternative's reading, then the next, then its
// own again; each switch is one undo step, and it stays a suggestion.
void TestCombiner::switchingReadings()
{
    QTemporaryDir dir;
    ProjectStore store;
    QVERIFY(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 a = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-tagger"_s, u"1"_s);
    const qint64 b = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1"_s);
    Document doc;
    doc.externalId = u"d"_s;
    doc.text = u"On Election Day the polls opened."_s;
    NewAnnotation n{{}, u"PERSON"_s, 3, 15, {}, AnnotationStatus::Suggested, a, 0.7, u"tagger"_s, {}, 0, {}};
    n.evidence = {{a, u"PERSON"_s, 3, 15, 0.7, u"tagger"_s, {}},
                  {b, u"EVENT"_s, 3, 15, 0.4, u"event word"_s, {}},
                  {b, u"DATE"_s, 3, 11, 0.3, u"date word"_s, {}}};
    QVERIFY(store.addDocument(doc, {n}, {}, u"test"_s));
    const qint64 id = store.annotations(doc.id).constFirst().id;
    AnnotationEditor editor(&store);
    editor.setPersonName(u"Ada"_s);
    auto current = [&] { return *store.annotation(id); };
    QCOMPARE(current().alternatives().size(), 2);

    QVERIFY(editor.swapToAlternative(id));
    QCOMPARE(current().label, u"EVENT"_s);
    QCOMPARE(current().annotatorId, b);
    QCOMPARE(current().confidence, 0.4);
    QCOMPARE(current().reason, u"event word"_s);
    QCOMPARE(current().status, AnnotationStatus::Suggested);
    QCOMPARE(current().alternatives().size(), 2);
    QVERIFY(editor.swapToAlternative(id));
    QCOMPARE(current().label, u"DATE"_s);
    QCOMPARE(current().end, 11);
    QVERIFY(editor.swapToAlternative(id));
    QCOMPARE(current().label, u"PERSON"_s);
    QCOMPARE(current().end, 15);
    QCOMPARE(current().annotatorId, a);

    editor.undoStack()->undo();
    QCOMPARE(current().label, u"DATE"_s);
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(current().label, u"PERSON"_s);
    QCOMPARE(current().evidence.constFirst().label, u"PERSON"_s);

    // A decision has no readings to switch to.
    QVERIFY(editor.accept({id}));
    QVERIFY(!editor.swapToAlternative(id));
}

void TestCombiner::evidenceWeighsEngines()
{
    EngineEvidence evidence;
    const QStringList ran{rules, tagger};
    // Prior, nothing observed: the rules alone while the tagger stayed silent.
    QCOMPARE(qRound(evidence.precision(u"GPE"_s, ran, {rules}, 0.9) * 1000), 469);
    // Eight observations, all right, at confidence 0.9: the pattern's mean is
    // (8 + 8 * 0.469) / (8 + 8) = 0.734; its confidence bucket (3) pulls further:
    // (8 + 8 * 0.734) / 16 = 0.867.
    for (int i = 0; i < 8; ++i)
        evidence.observe(u"GPE"_s, ran, {rules}, 0.9, true);
    QCOMPARE(qRound(evidence.precision(u"GPE"_s, ran, {rules}, 0.9) * 1000), 867);
    // Another bucket has no observations of its own: the pattern's mean.
    QCOMPARE(qRound(evidence.precision(u"GPE"_s, ran, {rules}, 0.1) * 1000), 734);
    // Other labels and other patterns are not touched.
    QCOMPARE(qRound(evidence.precision(u"ORG"_s, ran, {rules}, 0.9) * 1000), 469);
    QCOMPARE(evidence.observations(u"GPE"_s, ran, {rules}), 8);
    QCOMPARE(evidence.observations(u"GPE"_s, {rules}, {rules}), 0);
    // The tagger alone (prior 0.8 * 0.625 = 0.5), wrong every time: the pattern's mean is
    // (0 + 8 * 0.5) / 16 = 0.25, its bucket's (0 + 8 * 0.25) / 16 = 0.125; the combiner drops it.
    EngineEvidence wrong;
    for (int i = 0; i < 8; ++i)
        wrong.observe(u"GPE"_s, ran, {tagger}, 0.9, false);
    QCOMPARE(qRound(wrong.precision(u"GPE"_s, ran, {tagger}, 0.9) * 1000), 125);
    const CombinedLayer result = SuggestionCombiner(wrong).combine({candidate(tagger, u"GPE"_s, 0, 4, 0.9)}, {}, both(), {});
    QVERIFY(result.spans.isEmpty());
    // With the observed evidence the lone rules span now passes.
    const CombinedLayer passed = SuggestionCombiner(evidence).combine({candidate(rules, u"GPE"_s, 0, 4, 0.9)}, {}, both(), {});
    QCOMPARE(passed.spans.size(), 1);
    QCOMPARE(passed.spans.first().confidence, 0.867);
}

void TestCombiner::evidenceSurvivesJson()
{
    EngineEvidence evidence;
    evidence.observe(u"PERSON"_s, {rules, tagger}, {tagger, rules}, 0.6, true);
    evidence.observe(u"PERSON"_s, {rules, tagger}, {rules}, 0.2, false);
    const EngineEvidence back = EngineEvidence::fromJson(evidence.toJson());
    QCOMPARE(back.totalObservations(), 2);
    QCOMPARE(back.precision(u"PERSON"_s, {tagger, rules}, {rules, tagger}, 0.6), evidence.precision(u"PERSON"_s, {rules, tagger}, {tagger, rules}, 0.6));
    QVERIFY(EngineEvidence::fromJson({{u"version"_s, 99}}).isEmpty());
}

void TestCombiner::gateKeepsAWorseModelOff()
{
    // People labelled the names; the "good" engine finds them, the "bad" one also calls weekdays
    // people.
    const QString text = u"Anna met Berg on Monday. Anna left on Friday."_s;
    HeldOutDocument document;
    document.text = text;
    for (const QString &name : {u"Anna"_s, u"Berg"_s}) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
            document.gold.append({{}, 0, u"PERSON"_s, at, at + name.size(), {}, -1, {}});
    }
    const WordEngine good(rules, {{u"Anna"_s, u"PERSON"_s}, {u"Berg"_s, u"PERSON"_s}});
    const WordEngine bad(tagger, {{u"Anna"_s, u"PERSON"_s}, {u"Monday"_s, u"PERSON"_s}, {u"Friday"_s, u"PERSON"_s}});
    const HeldOutEvaluation evaluation({document, document}, {&good, &bad}, {u"PERSON"_s});
    const QHash<QString, Score> badAlone = evaluation.engineScores(tagger);
    QCOMPARE(badAlone.value(u"PERSON"_s).truePositives, 4);
    QCOMPARE(badAlone.value(u"PERSON"_s).falsePositives, 4);
    QCOMPARE(badAlone.value(u"PERSON"_s).falseNegatives, 2);

    EngineEvidence evidence;
    const auto withBad = [](const QString &) { return QStringList{rules, tagger}; };
    const auto withoutBad = [](const QString &) { return QStringList{rules}; };
    evaluation.observe(evidence, withBad);
    evaluation.observe(evidence, withoutBad);
    const QHash<QString, Score> baseline = evaluation.combinedScores(evidence, withoutBad);
    const QHash<QString, Score> combined = evaluation.combinedScores(evidence, withBad);
    QCOMPARE(baseline.value(u"PERSON"_s).f1(), 1.0);
    const ModelGate gate = ModelGate::decide({{u"PERSON"_s, badAlone.value(u"PERSON"_s), baseline.value(u"PERSON"_s),
                                               combined.value(u"PERSON"_s), false}},
                                             evaluation.documentCount());
    QVERIFY(gate.isMeasured());
    QVERIFY(!gate.isEnabled(u"PERSON"_s));
    QVERIFY(gate.enabledLabels().isEmpty());
    QVERIFY(gate.summary(u"tagger"_s).contains(u"not used"));
    const ModelGate back = ModelGate::fromJson(gate.toJson());
    QVERIFY(back.isMeasured());
    QVERIFY(!back.isEnabled(u"PERSON"_s));
    // A gate never measured (an older project) keeps the model on.
    QVERIFY(ModelGate::fromJson({}).isEnabled(u"PERSON"_s));
    // The better engine passes its own gate against nothing.
    const ModelGate open = ModelGate::decide({{u"PERSON"_s, {}, Score{0, 0, 6}, Score{6, 0, 0}, false}}, 2);
    QVERIFY(open.isEnabled(u"PERSON"_s));
}

void TestCombiner::preAnnotationMergesTwinsAndRespectsDecisions()
{
    QTemporaryDir dir;
    ProjectStore store;
    QVERIFY(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"d"_s;
    doc.text = u"Maria Rossi met officials in Rome on Monday. Later Maria Rossi flew home to Genoa."_s;
    QVERIFY(store.addDocument(doc, {}, {}, u"test"_s));
    // A string-match model (no gate stored: used for every label) that knows the name.
    const QByteArray matcher = StringMatchModel::build({{u"PERSON"_s, u"Maria Rossi"_s}});
    QVERIFY(store.setModel(stringMatchModelName(), u"1"_s, matcher));
    PreAnnotateOptions options;
    options.selection.layers = {u"entities"_s};
    options.jobs = 1;
    PreAnnotateReport report = preAnnotate(store, options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.perEngine.value(u"copydesk-string-match"_s) >= 2);
    QSet<QString> spans;
    std::optional<Annotation> maria;
    for (const Annotation &a : store.annotations(doc.id)) {
        const QString key = u"%1 %2"_s.arg(a.start).arg(a.end);
        QVERIFY2(!spans.contains(key), qPrintable(u"two suggestions on %1"_s.arg(key)));
        spans.insert(key);
        if (a.label == u"PERSON" && a.start == 0)
            maria = a;
    }
    QVERIFY(maria);
    QCOMPARE(maria->engineIds().size(), 2); // the rules and the string match agree
    QCOMPARE(report.suggestions, spans.size());
    // The export names every engine behind a suggestion, each with its confidence and reason.
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        std::unique_ptr<DocumentWriter> writer = createWriter(u"jsonl"_s);
        ExportOptions exportOptions;
        exportOptions.statuses = {AnnotationStatus::Suggested};
        ExportReport exported;
        QString error;
        QVERIFY2(exportProject(store, *writer, &buffer, exportOptions, &exported, &error), qPrintable(error));
        const QJsonObject line = QJsonDocument::fromJson(buffer.data().split('\n').first()).object();
        bool found = false;
        for (const QJsonValue &span : line.value(u"spans").toArray()) {
            if (span[u"start"].toInt() != 0 || span[u"label"].toString() != u"PERSON")
                continue;
            found = true;
            const QJsonArray engines = span[u"engines"].toArray();
            QCOMPARE(engines.size(), 2);
            QStringList names{engines.at(0)[u"engine"].toString(), engines.at(1)[u"engine"].toString()};
            names.sort();
            QCOMPARE(names, (QStringList{u"copydesk-entities"_s, u"copydesk-string-match"_s}));
            QVERIFY(engines.at(0)[u"confidence"].isDouble());
            QVERIFY(!engines.at(0)[u"reason"].toString().isEmpty());
        }
        QVERIFY(found);
    }

    // A person moves the end of the first name (a correction) and rejects the second.
    const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, u"Ada"_s);
    Annotation corrected = *maria;
    corrected.end = 5;
    corrected.status = AnnotationStatus::Manual;
    ChangeSet change{doc.id, u"resize"_s, {{*maria, corrected}}, {}};
    for (const Annotation &a : store.annotations(doc.id)) {
        if (a.label == u"PERSON" && a.start > 40) {
            Annotation rejected = a;
            rejected.status = AnnotationStatus::Rejected;
            rejected.deciderId = person;
            change.annotations.append({a, rejected});
        }
    }
    QCOMPARE(change.annotations.size(), 2);
    QVERIFY(store.apply(change, person));
    report = preAnnotate(store, options);
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.blockedByDecisions >= 2);
    for (const Annotation &a : store.annotations(doc.id)) {
        if (a.status != AnnotationStatus::Suggested)
            continue;
        for (const Annotation &decided : store.annotations(doc.id)) {
            if (decided.status != AnnotationStatus::Suggested)
                QVERIFY2(a.end <= decided.start || decided.end <= a.start,
                         qPrintable(u"%1 %2-%3 overlaps a decision"_s.arg(a.label).arg(a.start).arg(a.end)));
        }
    }
    QVERIFY(store.check().isEmpty());
}

QTEST_GUILESS_MAIN(TestCombiner)
#include "tst_combiner.moc"
