#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "agreement.h"
#include "annotationsets.h"
#include "labelschema.h"
#include "projectstore.h"
#include "setcomparison.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Agreement figures against hand computations (in the comments) and against an independent
// implementation: tests/scripts/agreement_crosscheck.py (Python's standard library, from the
// formulas of Krippendorff 2011 and Cohen 1960) prints the same numbers as exact fractions.
class TestAgreement final : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void tokenValues();
    void handComputedKappaAlpha();
    void krippendorffPaperExample();
    void alphaUndefined();
    void spanCounts();
    void project();
    void relations();
    void rankingAndDocuments();
    void findAnnotatorNames();
    void commandLine();

private:
    struct Set { QString name; QList<std::tuple<qint64, qint64, QString>> spans; };
    qint64 addDocument(ProjectStore &store, const QString &id, const QString &text, const QList<Set> &sets);
};

static Annotation span(qint64 start, qint64 end, const QString &label)
{
    Annotation a;
    a.start = start;
    a.end = end;
    a.label = label;
    a.status = AnnotationStatus::Accepted;
    return a;
}

void TestAgreement::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("bounds"); // start, end, start, end, ...
    QTest::newRow("words and punctuation") << u"Anna said: \"No.\""_s << QList<qint64>{0, 4, 5, 9, 9, 10, 11, 12, 12, 14, 14, 15, 15, 16};
    QTest::newRow("digits and underscore are word characters") << u"G7 a_b"_s << QList<qint64>{0, 2, 3, 6};
    QTest::newRow("code points, not UTF-16") << u"\U0001F600 ok"_s << QList<qint64>{0, 1, 2, 4};
    QTest::newRow("combining mark inside a word") << u"cafe\u0301 x"_s << QList<qint64>{0, 5, 6, 7};
    QTest::newRow("empty") << QString() << QList<qint64>{};
}

void TestAgreement::tokens()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, bounds);
    QList<qint64> found;
    for (const AgreementToken &t : agreementTokens(text))
        found << t.start << t.end;
    QCOMPARE(found, bounds);
}

void TestAgreement::tokenValues()
{
    // "Anna Rossi met Bob": tokens 0-4, 5-10, 11-14, 15-18.
    const QList<AgreementToken> tokens = agreementTokens(u"Anna Rossi met Bob");
    QCOMPARE(Copydesk::tokenValues(tokens, {span(0, 10, u"PERSON"_s)}, {u"PERSON"_s}),
             (QStringList{u"PERSON"_s, u"PERSON"_s, u"O"_s, u"O"_s}));
    // A span covering part of a token gives it its label; a label of another layer counts nothing;
    // two labels of the layer on one token are one value.
    QCOMPARE(Copydesk::tokenValues(tokens, {span(2, 3, u"QUOTE"_s), span(0, 6, u"SOURCE"_s), span(15, 18, u"PERSON"_s)},
                                   {u"QUOTE"_s, u"SOURCE"_s}),
             (QStringList{u"QUOTE+SOURCE"_s, u"SOURCE"_s, u"O"_s, u"O"_s}));
}

void TestAgreement::handComputedKappaAlpha()
{
    // Ten tokens, two annotators.
    const QStringList a = u"P P O O O O O O G G"_s.split(u' ');
    const QStringList b = u"P O O O O O O O G P"_s.split(u' ');
    // Cohen's kappa: they agree on 8 of 10 tokens, po = 0.8. A gives P 2, O 6, G 2 times; B gives
    // P 2, O 7, G 1 times: pe = (2*2 + 6*7 + 2*1) / 100 = 0.48.
    // kappa = (0.8 - 0.48) / (1 - 0.48) = 0.32 / 0.52 = 8/13 = 0.615385.
    QCOMPARE(qRound(cohensKappa(a, b) * 1e6), 615385);
    // Krippendorff's alpha: each unit has two values, so each ordered pair counts 1/(2-1) = 1.
    // Coincidences: o_PP = 2, o_OO = 12, o_GG = 2, o_PO = o_OP = 1, o_GP = o_PG = 1.
    // n_P = 4, n_O = 13, n_G = 3, n = 20. Off the diagonal: sum o_ck = 4;
    // sum n_c n_k = n^2 - sum n_c^2 = 400 - (16 + 169 + 9) = 206.
    // alpha = 1 - (n - 1) * 4 / 206 = 1 - 76/206 = 65/103 = 0.631068.
    QList<QStringList> units;
    for (qsizetype i = 0; i < a.size(); ++i)
        units.append({a.at(i), b.at(i)});
    int pairable = 0;
    QCOMPARE(qRound(krippendorffAlpha(units, &pairable) * 1e6), 631068);
    QCOMPARE(pairable, 20);

    // Three annotators, one value missing (unit 4 has two values).
    //   u1 a a a: o_aa += 3*2/2 = 3
    //   u2 a a b: o_aa += 2*1/2 = 1, o_ab += 2*1/2 = 1, o_ba += 1
    //   u3 b b b: o_bb += 3
    //   u4 a b:   o_ab += 1, o_ba += 1 (m - 1 = 1)
    //   u5 b b b: o_bb += 3
    // o_aa = 4, o_ab = o_ba = 2, o_bb = 6; n_a = 6, n_b = 8, n = 14.
    // alpha = 1 - (n - 1) (o_ab + o_ba) / (2 n_a n_b) = 1 - 13 * 4 / 96 = 11/24 = 0.458333.
    const QList<QStringList> three{{u"a"_s, u"a"_s, u"a"_s}, {u"a"_s, u"a"_s, u"b"_s}, {u"b"_s, u"b"_s, u"b"_s},
                                   {u"a"_s, u"b"_s}, {u"b"_s, u"b"_s, u"b"_s}};
    QCOMPARE(qRound(krippendorffAlpha(three, &pairable) * 1e6), 458333);
    QCOMPARE(pairable, 14);
}

void TestAgreement::krippendorffPaperExample()
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
    // observers, twelve units, missing values ("."); the paper gives alpha = 0.743 for nominal
    // data, the cross-check script 113/152 = 0.743421.
    const QStringList rows{u"1 2 3 3 2 1 4 1 2 . . ."_s, u"1 2 3 3 2 2 4 1 2 5 . 3"_s, u". 3 3 3 2 3 4 2 2 5 1 ."_s,
                           u"1 2 3 3 2 4 4 1 2 5 1 ."_s};
    QList<QStringList> units(12);
    for (const QString &row : rows) {
        const QStringList values = row.split(u' ');
        for (qsizetype u = 0; u < 12; ++u) {
            if (values.at(u) != u".")
                units[u].append(values.at(u));
        }
    }
    QCOMPARE(qRound(krippendorffAlpha(units) * 1e6), 743421);
}

void TestAgreement::alphaUndefined()
{
    QVERIFY(std::isnan(krippendorffAlpha({{u"O"_s, u"O"_s}, {u"O"_s, u"O"_s}})));
    QVERIFY(std::isnan(krippendorffAlpha({{u"O"_s}})));
    QVERIFY(std::isnan(cohensKappa({u"O"_s, u"O"_s}, {u"O"_s, u"O"_s})));
    QVERIFY(std::isnan(cohensKappa({}, {})));
    // Perfect agreement with variation is 1.
    QCOMPARE(krippendorffAlpha({{u"a"_s, u"a"_s}, {u"b"_s, u"b"_s}}), 1.0);
    QCOMPARE(cohensKappa({u"a"_s, u"b"_s}, {u"a"_s, u"b"_s}), 1.0);
}

void TestAgreement::spanCounts()
{
    const QList<Annotation> reference{span(0, 10, u"PERSON"_s), span(15, 18, u"PERSON"_s), span(22, 26, u"GPE"_s)};
    const QList<Annotation> candidate{span(0, 4, u"PERSON"_s), span(15, 18, u"PERSON"_s), span(22, 26, u"LOC"_s),
                                      span(40, 45, u"DATE"_s)};
    const SpanCounts c = countSpans(reference, candidate);
    QCOMPARE(c.reference, 3);
    QCOMPARE(c.candidate, 4);
    QCOMPARE(c.exact, 1);
    QCOMPARE(c.overlap, 2); // PERSON 0-4 overlaps PERSON 0-10; LOC is not GPE
    QCOMPARE(c.precision(true), 0.25);
    QCOMPARE(c.recall(true), 1.0 / 3.0);
    QCOMPARE(c.f1(true), 2.0 / 7.0);
    QCOMPARE(c.f1(false), 4.0 / 7.0);
    // One to one: two candidates on one reference span match once.
    const SpanCounts twice = countSpans({span(0, 10, u"PERSON"_s)}, {span(0, 4, u"PERSON"_s), span(5, 10, u"PERSON"_s)});
    QCOMPARE(twice.overlap, 1);
}

qint64 TestAgreement::addDocument(ProjectStore &store, const QString &id, const QString &text, const QList<Set> &sets)
{
    Document doc;
    doc.externalId = id;
    doc.text = text;
    if (!store.addDocument(doc, {}, {}, u"test"_s))
        return 0;
    for (const Set &set : sets) {
        const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, set.name);
        QList<NewAnnotation> annotations;
        for (const auto &[start, end, label] : set.spans) {
            NewAnnotation n;
            n.label = label;
            n.start = start;
            n.end = end;
            n.annotatorId = person;
            annotations.append(n);
        }
        if (annotations.isEmpty())
            store.setDocumentStatus(doc.id, DocumentStatus::Done, person);
        else if (!store.addAnnotations(doc.id, annotations, {}, u"test"_s))
            return 0;
    }
    return doc.id;
}

static const QString rossiText = u"Anna Rossi met Bob in Rome on Monday."_s;
// Tokens: Anna 0-4, Rossi 5-10, met 11-14, Bob 15-18, in 19-21, Rome 22-26, on 27-29, Monday 30-36, . 36-37
using Spans = QList<std::tuple<qint64, qint64, QString>>;
static const Spans annaSpans{{0, 10, u"PERSON"_s}, {15, 18, u"PERSON"_s}, {22, 26, u"GPE"_s}, {30, 36, u"DATE"_s}};
static const Spans bobSpans{{0, 4, u"PERSON"_s}, {15, 18, u"PERSON"_s}, {22, 26, u"LOC"_s}, {30, 36, u"DATE"_s}};
static const Spans carlSpans{{0, 10, u"PERSON"_s}, {22, 26, u"GPE"_s}, {27, 36, u"DATE"_s}};

void TestAgreement::project()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    QVERIFY(addDocument(store, u"d1"_s, rossiText, {{u"anna"_s, annaSpans}, {u"bob"_s, bobSpans}, {u"carl"_s, carlSpans}}));
    const QList<Annotator> annotators = store.annotators();
    AgreementOptions options;
    for (const QString &name : {u"anna"_s, u"bob"_s, u"carl"_s})
        options.annotators.append(findAnnotator(annotators, name, &error));
    const AgreementReport report = computeAgreement(store, options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.documents, 1);
    QCOMPARE(report.layers, QStringList{u"entities"_s});
    QCOMPARE(report.pairs.size(), 3);

    // bob against anna: exact PERSON 15-18 and DATE 30-36 (2 of 4 each), overlap also PERSON 0-4.
    const PairAgreement &ab = report.pairs.at(0);
    const SpanCounts entities = ab.layers.value(u"entities"_s);
    QCOMPARE(entities.reference, 4);
    QCOMPARE(entities.candidate, 4);
    QCOMPARE(entities.exact, 2);
    QCOMPARE(entities.overlap, 3);
    QCOMPARE(ab.labels.value(u"PERSON"_s).exact, 1);
    QCOMPARE(ab.labels.value(u"GPE"_s).candidate, 0);
    QCOMPARE(ab.labels.value(u"LOC"_s).candidate, 1);
    QCOMPARE(ab.tokens.value(u"entities"_s), 9);
    // Tokens: anna P P O P O GPE O DATE O; bob P O O P O LOC O DATE O: 7 of 9 agree.
    // anna: P 3, O 4, GPE 1, DATE 1; bob: P 2, O 5, LOC 1, DATE 1.
    // pe = (3*2 + 4*5 + 1*1) / 81 = 27/81 = 1/3; kappa = (7/9 - 1/3) / (2/3) = 2/3.
    QCOMPARE(qRound(ab.kappa.value(u"entities"_s) * 1e6), 666667);
    // Cross-check script: kappa anna-carl 19/28, bob-carl 19/55.
    QCOMPARE(qRound(report.pairs.at(1).kappa.value(u"entities"_s) * 1e6), 678571);
    QCOMPARE(qRound(report.pairs.at(2).kappa.value(u"entities"_s) * 1e6), 345455);

    // Alpha of three (carl: P P O O O GPE DATE DATE O), nine units of three values, each ordered
    // pair of values in a unit counting 1/(3-1):
    //   Anna P P P: o_PP += 3;  Rossi P O P: o_PP += 1, o_PO += 1, o_OP += 1;  met O O O: o_OO += 3;
    //   Bob P P O: o_PP += 1, o_PO += 1, o_OP += 1;  in O O O: o_OO += 3;
    //   Rome GPE LOC GPE: o_GPE,GPE += 1, o_GPE,LOC += 1, o_LOC,GPE += 1;
    //   on O O DATE: o_OO += 1, o_O,DATE += 1, o_DATE,O += 1;  Monday DATE x3: o_DATE,DATE += 3;  . O O O: o_OO += 3.
    //   n_P = 7, n_O = 13, n_GPE = 2, n_LOC = 1, n_DATE = 4, n = 27.
    //   Off the diagonal: sum o_ck = 2 + 2 + 1 + 1 + 1 + 1 = 8; sum n_c n_k = 27^2 - (49 + 169 + 4 + 1 + 16) = 490.
    //   alpha = 1 - (n - 1) * 8 / 490 = 1 - 208/490 = 141/245 = 0.575510.
    QCOMPARE(qRound(report.alpha.value(u"entities"_s) * 1e6), 575510);
    QCOMPARE(report.alphaValues.value(u"entities"_s), 27);

    // Four places differ: Anna Rossi, Bob (carl has nothing), Rome (GPE/LOC), (on) Monday.
    QCOMPARE(report.ranking.size(), 1);
    QCOMPARE(report.ranking.first().differences, 4);
    QCOMPARE(report.ranking.first().tokens, 9);
    QCOMPARE(report.ranking.first().disagreeingTokens, 4); // Rossi, Bob, Rome, on
}

void TestAgreement::relations()
{
    // Two annotators find the same quote; anna links the speaker "the minister", bob "minister".
    const QString text = u"\"We will win,\" the minister said."_s;
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error));
    Document doc;
    doc.text = text;
    QVERIFY(store.addDocument(doc, {}, {}, u"test"_s));
    auto addSet = [&](const QString &name, qint64 sourceStart) {
        const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, name);
        QList<NewAnnotation> spans;
        for (const auto &[start, end, label] : Spans{{0, 14, u"QUOTE"_s}, {sourceStart, 27, u"SOURCE"_s}, {28, 32, u"CUE"_s}}) {
            NewAnnotation n;
            n.label = label;
            n.start = start;
            n.end = end;
            n.annotatorId = person;
            spans.append(n);
        }
        return store.addAnnotations(doc.id, spans, {{u"SPEAKER"_s, 0, 1, person}, {u"CUE"_s, 0, 2, person}}, u"test"_s);
    };
    QVERIFY(addSet(u"anna"_s, 15));
    QVERIFY(addSet(u"bob"_s, 19));
    AgreementOptions options;
    options.annotators = {findAnnotator(store.annotators(), u"anna"_s, &error), findAnnotator(store.annotators(), u"bob"_s, &error)};
    const AgreementReport report = computeAgreement(store, options);
    const PairAgreement &pair = report.pairs.first();
    QCOMPARE(pair.relations.value(u"SPEAKER"_s).compared, 1);
    QCOMPARE(pair.relations.value(u"SPEAKER"_s).same, 0);
    QCOMPARE(pair.relations.value(u"SPEAKER"_s).overlapping, 1);
    QCOMPARE(pair.relations.value(u"CUE"_s).same, 1);
    // The one difference: the SOURCE's bounds (the links agree once the spans do).
    const QList<SetDifference> differences = compareSets(store.annotations(doc.id), store.relations(doc.id), options.annotators, store.schema());
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().kind, SetDifference::Spans);
    QCOMPARE(differences.first().start, 15);
}

void TestAgreement::rankingAndDocuments()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error));
    const qint64 calm = addDocument(store, u"calm"_s, u"Rome is calm."_s, {{u"anna"_s, {{0, 4, u"GPE"_s}}}, {u"bob"_s, {{0, 4, u"GPE"_s}}}});
    const qint64 busy = addDocument(store, u"busy"_s, rossiText, {{u"anna"_s, annaSpans}, {u"bob"_s, bobSpans}});
    // Only anna: not compared. Bob marked it done with nothing: an empty set, all "O".
    const qint64 alone = addDocument(store, u"alone"_s, u"Paris."_s, {{u"anna"_s, {{0, 5, u"GPE"_s}}}});
    const qint64 empty = addDocument(store, u"empty"_s, u"Oslo."_s, {{u"anna"_s, {{0, 4, u"GPE"_s}}}, {u"bob"_s, {}}});
    QVERIFY(calm && busy && alone && empty);
    AgreementOptions options;
    options.annotators = {findAnnotator(store.annotators(), u"anna"_s, &error), findAnnotator(store.annotators(), u"bob"_s, &error)};
    AgreementReport report = computeAgreement(store, options);
    QCOMPARE(report.documents, 3);
    QCOMPARE(report.ranking.size(), 3);
    QCOMPARE(report.ranking.at(0).documentId, busy);  // 2 differences: Anna Rossi, Rome
    QCOMPARE(report.ranking.at(0).differences, 2);
    QCOMPARE(report.ranking.at(1).documentId, empty); // 1 difference
    QCOMPARE(report.ranking.at(2).documentId, calm);  // none
    QCOMPARE(report.ranking.at(2).differences, 0);
    QCOMPARE(report.pairs.first().documents, 3);
    QCOMPARE(report.pairs.first().layers.value(u"entities"_s).reference, 6);

    options.documents = {calm};
    report = computeAgreement(store, options);
    QCOMPARE(report.documents, 1);
    QCOMPARE(report.pairs.first().layers.value(u"entities"_s).f1(true), 1.0);
    // They agree on every token: kappa 1.
    QCOMPARE(report.pairs.first().kappa.value(u"entities"_s), 1.0);

    options.layers = {u"sourcing"_s};
    report = computeAgreement(store, options);
    QCOMPARE(report.layers, QStringList{u"sourcing"_s});
    QVERIFY(std::isnan(report.alpha.value(u"sourcing"_s))); // nothing but O
}

void TestAgreement::findAnnotatorNames()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error));
    const qint64 person = store.ensureAnnotator(AnnotatorKind::Person, u"anna"_s);
    const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"anna"_s);
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"copydesk-entities"_s, u"1.0"_s);
    const qint64 curated = curationAnnotator(store);
    const QList<Annotator> all = store.annotators();
    QCOMPARE(findAnnotator(all, u"anna"_s, &error), 0);
    QVERIFY(error.contains(u"person:anna"_s));
    QCOMPARE(findAnnotator(all, u"person:anna"_s, &error), person);
    QCOMPARE(findAnnotator(all, u"file:anna"_s, &error), file);
    QCOMPARE(findAnnotator(all, u"copydesk-entities 1.0"_s, &error), engine);
    QCOMPARE(findAnnotator(all, u"copydesk-entities"_s, &error), engine);
    QCOMPARE(findAnnotator(all, u"curated"_s, &error), curated);
    QCOMPARE(findAnnotator(all, u"nobody"_s, &error), 0);
    QVERIFY(error.contains(u"nobody"_s));
}

void TestAgreement::commandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.copydesk"_s);
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(path, ProjectStore::OpenMode::Create, &error));
        QVERIFY(addDocument(store, u"d1"_s, rossiText, {{u"anna"_s, annaSpans}, {u"bob"_s, bobSpans}, {u"carl"_s, carlSpans}}));
    }
    QProcess cli;
    cli.start(QStringLiteral(COPYDESK_CLI), {u"agreement"_s, path, u"--annotators"_s, u"anna,bob,carl"_s, u"--json"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(json.value(u"documents"_s).toInt(), 1);
    QCOMPARE(json.value(u"alpha"_s)[u"entities"_s][u"alpha"_s].toDouble(), 0.5755);
    const QJsonObject pair = json.value(u"pairs"_s).toArray().first().toObject();
    QCOMPARE(pair.value(u"candidate"_s).toString(), u"bob"_s);
    QCOMPARE(pair[u"layers"_s][u"entities"_s][u"kappa"_s].toDouble(), 0.6667);
    QCOMPARE(pair[u"layers"_s][u"entities"_s][u"exact"_s][u"f1"_s].toDouble(), 0.5);
    QCOMPARE(pair[u"layers"_s][u"entities"_s][u"overlap"_s][u"f1"_s].toDouble(), 0.75);

    cli.start(QStringLiteral(COPYDESK_CLI), {u"agreement"_s, path, u"--annotators"_s, u"anna,bob"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString text = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(text.contains(u"bob against anna"_s), qPrintable(text));
    QVERIFY(text.contains(u"Krippendorff"_s));

    cli.start(QStringLiteral(COPYDESK_CLI), {u"agreement"_s, path, u"--annotators"_s, u"anna,zed"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("zed"));
    cli.start(QStringLiteral(COPYDESK_CLI), {u"agreement"_s, path, u"--annotators"_s, u"anna"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
