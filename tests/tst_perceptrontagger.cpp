#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include "engines/builtinengines.h"
#include "engines/enginerunner.h"
#include "engines/learnedengines.h"
#include "engines/perceptrontagger.h"
#include "engines/stringmatchmodel.h"
#include "engines/taggertokenizer.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

TaggedSentence sentence(const QString &tokens, const QString &tags)
{
    return TaggedSentence{tokens.split(u' '), tags.split(u' '), {}};
}

// Invented newswire-like sentences.
QList<TaggedSentence> smallCorpus()
{
    return {
        sentence(u"Marta Kowalczyk visited Lisbon on Monday ."_s, u"B-PERSON I-PERSON O B-GPE O B-DATE O"_s),
        sentence(u"The Harbour Authority said on Tuesday it would close ."_s,
                 u"O B-ORG I-ORG O O B-DATE O O O O"_s),
        sentence(u"Tomas Ferreira of Northwind Foods spoke in Oslo ."_s,
                 u"B-PERSON I-PERSON O B-ORG I-ORG O O B-GPE O"_s),
        sentence(u"Officials in Lisbon and Oslo met last week ."_s, u"O O B-GPE O B-GPE O B-DATE I-DATE O"_s),
        sentence(u"Kowalczyk told Northwind Foods to wait ."_s, u"B-PERSON O B-ORG I-ORG O O O"_s),
        sentence(u"Ferreira left the Harbour Authority on Friday ."_s,
                 u"B-PERSON O O B-ORG I-ORG O B-DATE O"_s),
        sentence(u"Nothing happened here ."_s, u"O O O O"_s),
    };
}

PerceptronTagger trained(const QList<TaggedSentence> &corpus = smallCorpus(), int epochs = 10)
{
    PerceptronTagger tagger;
    tagger.train(corpus, epochs);
    return tagger;
}

QString joinSentences(const QList<TaggerSentence> &sentences)
{
    QStringList parts;
    for (const TaggerSentence &s : sentences) {
        QStringList tokens;
        for (const TaggerToken &token : s)
            tokens.append(token.text);
        parts.append(tokens.join(u'|'));
    }
    return parts.join(u" / ");
}

} // namespace

class TestPerceptronTagger final : public QObject
{
    Q_OBJECT

private slots:
    void learnsTrainingSentences();
    void confidences();
    void untrained();
    void roundTrip();
    void corruptBlobsRejected_data();
    void corruptBlobsRejected();
    void everyTruncationRejected();
    void deterministic();
    void progressAndCancel();
    void readsIob1AndBioes();
    void featureExtras();
    void uncertaintyOrder();
    void tokenizer_data();
    void tokenizer();
    void tokenPositions();
    void taggedSentencesFromSpans_data();
    void taggedSentencesFromSpans();
    void engineThroughRunner();
    void engineRejectsForeignBlob();
};

void TestPerceptronTagger::learnsTrainingSentences()
{
    const QList<TaggedSentence> corpus = smallCorpus();
    const PerceptronTagger tagger = trained(corpus);
    QVERIFY(tagger.isTrained());
    QCOMPARE(tagger.labels(), (QStringList{u"DATE"_s, u"GPE"_s, u"ORG"_s, u"PERSON"_s}));
    QCOMPARE(tagger.tagSet().size(), 9);
    QCOMPARE(tagger.trainingSentenceCount(), int(corpus.size()));
    for (const TaggedSentence &s : corpus)
        QCOMPARE(tagger.tag(s.tokens), s.tags);
}

void TestPerceptronTagger::confidences()
{
    const PerceptronTagger tagger = trained();
    const QStringList tokens = u"Marta Kowalczyk visited Oslo on Friday ."_s.split(u' ');
    const TagResult result = tagger.tagWithConfidence(tokens);
    QCOMPARE(result.tags, tagger.tag(tokens));
    QCOMPARE(result.confidences.size(), tokens.size());
    for (const double c : result.confidences)
        QVERIFY2(c > 0.0 && c <= 1.0, qPrintable(QString::number(c)));
    QCOMPARE(tagger.tagWithConfidence({}).tags, QStringList());
}

void TestPerceptronTagger::untrained()
{
    const PerceptronTagger tagger;
    QVERIFY(!tagger.isTrained());
    QCOMPARE(tagger.tag({u"Lisbon"_s, u"."_s}), (QStringList{u"O"_s, u"O"_s}));
    QVERIFY(tagger.serialize().isEmpty());
    PerceptronTagger empty;
    QVERIFY(!empty.train({}, 5));
    QVERIFY(!empty.train({sentence(u"no entities"_s, u"O O"_s)}, 5)); // no label to learn
    QVERIFY(!empty.train({sentence(u"length mismatch"_s, u"B-ORG"_s)}, 5));
    QVERIFY(!empty.isTrained());
}

void TestPerceptronTagger::roundTrip()
{
    const PerceptronTagger tagger = trained();
    const QByteArray blob = tagger.serialize();
    QVERIFY(!blob.isEmpty());
    const std::optional<PerceptronTagger> loaded = PerceptronTagger::deserialize(blob);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->labels(), tagger.labels());
    QCOMPARE(loaded->trainedAt(), tagger.trainedAt());
    QCOMPARE(loaded->trainingSentenceCount(), tagger.trainingSentenceCount());
    QCOMPARE(loaded->trainingTokenCount(), tagger.trainingTokenCount());
    QCOMPARE(loaded->trainingEpochs(), 10);
    QCOMPARE(loaded->featureCount(), tagger.featureCount());
    QCOMPARE(loaded->serialize(), blob);
    const QStringList probes = {
        u"Tomas Ferreira visited Northwind Foods in Lisbon last week ."_s,
        u"The Harbour Authority met Kowalczyk on Monday ."_s,
        u"Unseen Words Everywhere today"_s,
    };
    for (const QString &probe : probes) {
        const QStringList tokens = probe.split(u' ');
        QCOMPARE(loaded->tag(tokens), tagger.tag(tokens));
        QCOMPARE(loaded->tagWithConfidence(tokens).confidences, tagger.tagWithConfidence(tokens).confidences);
    }
}

void TestPerceptronTagger::corruptBlobsRejected_data()
{
    QTest::addColumn<QByteArray>("blob");
    const QByteArray good = trained().serialize();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << "this is not a model at all, just some bytes"_ba;
    QTest::newRow("header only") << good.left(20);
    QTest::newRow("half") << good.left(good.size() / 2);
    QTest::newRow("one byte short") << good.left(good.size() - 1);
    QTest::newRow("one byte more") << good + 'x';
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    QTest::newRow("flipped byte") << flipped;
    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("other magic") << magic;
    QByteArray version = good;
    version[7] = char(version[7] + 1);
    QTest::newRow("other version") << version;
    QTest::newRow("string-match model") << StringMatchModel::build({{u"PERSON"_s, u"Ana Silva"_s}});

    // A well-formed envelope around a payload that is not a model.
    auto envelope = [](const QByteArray &payload, quint32 declaredSize) {
        const QByteArray compressed = qCompress(payload);
        quint64 hash = 0xcbf29ce484222325ULL;
        for (const char c : compressed)
            hash = (hash ^ quint8(c)) * 0x100000001b3ULL;
        QByteArray blob;
        QDataStream out(&blob, QIODevice::WriteOnly);
        out << quint32(0x43445054) << quint32(1) << declaredSize << hash;
        out.writeRawData(compressed.constData(), int(compressed.size()));
        return blob;
    };
    const QByteArray garbage = QByteArray(5000, 'z') + "tail"_ba;
    QTest::newRow("garbage payload") << envelope(garbage, quint32(garbage.size()));
    QTest::newRow("lying size") << envelope(garbage, 0x7fffffff);
    QByteArray huge;
    {
        QDataStream out(&huge, QIODevice::WriteOnly);
        out << u"2024-01-01T00:00:00Z"_s << qint32(1) << qint32(1) << qint32(1) << 8.0 << quint32(1) << u"X"_s;
        for (int i = 0; i < 4 * 3; ++i)
            out << 0.0f;
        out << quint32(0xffffffff); // rows the payload cannot hold
    }
    QTest::newRow("huge row count") << envelope(huge, quint32(huge.size()));
}

void TestPerceptronTagger::corruptBlobsRejected()
{
    QFETCH(QByteArray, blob);
    QVERIFY(!PerceptronTagger::deserialize(blob).has_value());
    QVERIFY(!createLearnedEntityEngine(blob));
}

void TestPerceptronTagger::everyTruncationRejected()
{
    const QByteArray good = trained().serialize();
    for (qsizetype length = 0; length < good.size(); length += 7)
        QVERIFY2(!PerceptronTagger::deserialize(good.left(length)), qPrintable(QString::number(length)));
    QVERIFY(PerceptronTagger::deserialize(good).has_value());
}

void TestPerceptronTagger::deterministic()
{
    PerceptronTagger first = trained();
    PerceptronTagger second = trained();
    const QDateTime when(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    first.setTrainedAt(when);
    second.setTrainedAt(when);
    QCOMPARE(first.serialize(), second.serialize());
    // The data's order matters only through the fixed shuffle, not through the labels' order.
    QList<TaggedSentence> reordered = smallCorpus();
    std::reverse(reordered.begin(), reordered.end());
    PerceptronTagger third = trained(reordered);
    QCOMPARE(third.labels(), first.labels());
}

void TestPerceptronTagger::progressAndCancel()
{
    QList<double> seen;
    PerceptronTagger tagger;
    QVERIFY(tagger.train(smallCorpus(), 3, [&](int epoch, double progress) {
        seen.append(progress);
        return epoch >= 0;
    }));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast(), 1.0);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    PerceptronTagger cancelled;
    int calls = 0;
    QVERIFY(!cancelled.train(smallCorpus(), 50, [&](int epoch, double) {
        ++calls;
        return epoch < 2;
    }));
    QVERIFY(!cancelled.isTrained());
    QVERIFY(calls >= 3);
}

void TestPerceptronTagger::readsIob1AndBioes()
{
    const QList<TaggedSentence> corpus = {
        sentence(u"Marta Kowalczyk visited Lisbon ."_s, u"I-PERSON I-PERSON O I-GPE O"_s),        // IOB1
        sentence(u"Tomas Ferreira left Oslo ."_s, u"B-PERSON E-PERSON O S-GPE O"_s),             // BIOES
        sentence(u"Lisbon welcomed Marta Kowalczyk ."_s, u"B-GPE O B-PERSON I-PERSON O"_s),
    };
    const PerceptronTagger tagger = trained(corpus);
    QCOMPARE(tagger.labels(), (QStringList{u"GPE"_s, u"PERSON"_s}));
    QCOMPARE(tagger.tag(corpus[0].tokens), u"B-PERSON I-PERSON O B-GPE O"_s.split(u' '));
    QCOMPARE(tagger.tag(corpus[1].tokens), u"B-PERSON I-PERSON O B-GPE O"_s.split(u' '));
}

void TestPerceptronTagger::featureExtras()
{
    // Invented lower-case "names" the words themselves cannot tell apart from other words:
    // only the caller's gazetteer says which are people.
    const QStringList people = {u"brel"_s, u"dovo"_s, u"kanti"_s, u"mosk"_s, u"ulla"_s, u"zefir"_s, u"quorn"_s};
    const QStringList others = {u"blik"_s, u"dova"_s, u"kante"_s, u"mask"_s, u"ullo"_s, u"zafir"_s, u"quern"_s};
    auto withGazetteer = [people](TaggedSentence s) {
        for (const QString &token : std::as_const(s.tokens)) {
            s.extras.append(people.contains(token) ? QList<quint64>{PerceptronTagger::extraFeature(u"gaz=person")}
                                                   : QList<quint64>{});
        }
        return s;
    };
    QList<TaggedSentence> corpus;
    for (qsizetype i = 0; i + 1 < people.size(); ++i) {
        corpus.append(withGazetteer(sentence(u"we saw %1 there"_s.arg(people[i]), u"O O B-PERSON O"_s)));
        corpus.append(withGazetteer(sentence(u"we saw %1 there"_s.arg(others[i]), u"O O O O"_s)));
    }
    PerceptronTagger tagger;
    QVERIFY(tagger.train(corpus, 10));
    const QList<TagResult> tagged = tagger.tagDocument({withGazetteer(sentence(u"we saw quorn there"_s, u"O O O O"_s)),
                                                        withGazetteer(sentence(u"we saw quern there"_s, u"O O O O"_s))});
    QCOMPARE(tagged[0].tags, u"O O B-PERSON O"_s.split(u' '));
    QCOMPARE(tagged[1].tags, u"O O O O"_s.split(u' '));
    // Without the extras the words alone do not tell.
    QCOMPARE(tagger.tag(u"we saw quorn there"_s.split(u' ')), u"O O O O"_s.split(u' '));
}

void TestPerceptronTagger::uncertaintyOrder()
{
    QVERIFY(PerceptronTagger::uncertainty(0.95) < PerceptronTagger::uncertainty(0.6));
    QCOMPARE(PerceptronTagger::uncertainty(1.5), 0.0);
    QCOMPARE(PerceptronTagger::uncertainty(-1.0), 1.0);
    QList<SuggestedSpan> spans(3);
    spans[0].key = u"sure"_s;
    spans[0].confidence = 0.97;
    spans[1].key = u"unsure"_s;
    spans[1].confidence = 0.41;
    spans[2].key = u"middling"_s;
    spans[2].confidence = 0.7;
    sortByUncertainty(spans);
    QCOMPARE(spans[0].key, u"unsure"_s);
    QCOMPARE(spans[1].key, u"middling"_s);
    QCOMPARE(spans[2].key, u"sure"_s);
}

void TestPerceptronTagger::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // tokens joined by |, sentences by " / "
    QTest::newRow("words") << u"Rain fell, briefly."_s << u"Rain|fell|,|briefly|."_s;
    QTest::newRow("abbreviations") << u"Mr. Doe joined Acme Inc. in the U.S. last year."_s
                                   << u"Mr.|Doe|joined|Acme|Inc.|in|the|U.S.|last|year|."_s;
    QTest::newRow("initial") << u"J. R. Hartley wrote it."_s << u"J.|R.|Hartley|wrote|it|."_s;
    QTest::newRow("clitics") << u"The mayor's aides don't know, they're sure."_s
                             << u"The|mayor|'s|aides|do|n't|know|,|they|'re|sure|."_s;
    QTest::newRow("curly clitic") << u"Sam\u2019s plan"_s << u"Sam|\u2019s|plan"_s;
    QTest::newRow("name with apostrophe") << u"O'Brien spoke"_s << u"O'Brien|spoke"_s;
    QTest::newRow("numbers") << u"It cost $1,200.50 at 10:30 on 2024-03-01, up 3.5%."_s
                             << u"It|cost|$|1,200.50|at|10:30|on|2024-03-01|,|up|3.5|%|."_s;
    QTest::newRow("hyphen compound") << u"an Anglo-Dutch firm -- said"_s << u"an|Anglo-Dutch|firm|--|said"_s;
    QTest::newRow("sentences") << u"He left. She stayed! Why? \"No,\" he said."_s
                               << u"He|left|. / She|stayed|! / Why|? / \"|No|,|\"|he|said|."_s;
    QTest::newRow("closing quote") << u"\u201CWe won.\u201D Then silence."_s
                                   << u"\u201C|We|won|.|\u201D / Then|silence|."_s;
    QTest::newRow("no break before lower case") << u"It was 5 p.m. and late. then more"_s
                                                << u"It|was|5|p.m.|and|late|.|then|more"_s;
    QTest::newRow("newlines") << u"HEADLINE HERE\nBody text\n\nMore"_s << u"HEADLINE|HERE / Body|text / More"_s;
    QTest::newRow("url") << u"See https://example.com/a?b=c. Then"_s << u"See|https://example.com/a?b=c|. / Then"_s;
    QTest::newRow("ellipsis") << u"Wait... What"_s << u"Wait|... / What"_s;
    QTest::newRow("emoji") << u"Fans \U0001F44D\U0001F3FD cheered \U0001F468\u200D\U0001F469\u200D\U0001F467!"_s
                           << u"Fans|\U0001F44D\U0001F3FD|cheered|\U0001F468\u200D\U0001F469\u200D\U0001F467|!"_s;
    QTest::newRow("non-latin") << u"Zürich and Μαρία and 東京 met"_s << u"Zürich|and|Μαρία|and|東京|met"_s;
    QTest::newRow("empty") << u"  \n "_s << QString();
}

void TestPerceptronTagger::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joinSentences(TaggerTokenizer::sentences(text)), expected);
}

void TestPerceptronTagger::tokenPositions()
{
    const QString text = u"\U0001F600 Dr. Ana\u00A0Silva (CEO of Foo\u2011Bar Ltd.) said: \u201CIt's 9/11.\u201D\nNext \U0001F600x."_s;
    const QList<TaggerToken> tokens = TaggerTokenizer::tokens(text);
    QVERIFY(tokens.size() > 10);
    qsizetype previousEnd = 0;
    for (const TaggerToken &token : tokens) {
        QCOMPARE(text.mid(token.start, token.end - token.start), token.text);
        QVERIFY(token.start >= previousEnd);
        QVERIFY(!text[token.start].isLowSurrogate());
        QVERIFY(token.end == text.size() || !text[token.end].isLowSurrogate());
        previousEnd = token.end;
    }
    QCOMPARE(tokens[0].text, u"\U0001F600"_s);
    QCOMPARE(tokens[1].text, u"Dr."_s);
    QCOMPARE(tokens[1].start, 3);
}

void TestPerceptronTagger::taggedSentencesFromSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<LabelledSpan>>("spans");
    QTest::addColumn<QString>("expected"); // token/tag pairs, sentences by " / "
    QTest::newRow("two sentences") << u"Ana Silva met Acme Inc. staff. Lisbon cheered."_s
                                   << QList<LabelledSpan>{{0, 9, u"PERSON"_s}, {14, 23, u"ORG"_s}, {31, 37, u"GPE"_s}}
                                   << u"Ana/B-PERSON Silva/I-PERSON met/O Acme/B-ORG Inc./I-ORG staff/O ./O"
                                      " / Lisbon/B-GPE cheered/O ./O"_s;
    QTest::newRow("adjacent entities") << u"Lisbon Oslo"_s
                                       << QList<LabelledSpan>{{0, 6, u"GPE"_s}, {7, 11, u"GPE"_s}}
                                       << u"Lisbon/B-GPE Oslo/B-GPE"_s;
    QTest::newRow("overlap: longer wins") << u"the Bank of Lisbon said"_s
                                          << QList<LabelledSpan>{{12, 18, u"GPE"_s}, {4, 18, u"ORG"_s}}
                                          << u"the/O Bank/B-ORG of/I-ORG Lisbon/I-ORG said/O"_s;
    QTest::newRow("possessive") << u"Silva's plan"_s << QList<LabelledSpan>{{0, 5, u"PERSON"_s}}
                                << u"Silva/B-PERSON 's/O plan/O"_s;
    QTest::newRow("empty span ignored") << u"Oslo"_s << QList<LabelledSpan>{{2, 2, u"GPE"_s}} << u"Oslo/O"_s;
}

void TestPerceptronTagger::taggedSentencesFromSpans()
{
    QFETCH(QString, text);
    QFETCH(QList<LabelledSpan>, spans);
    QFETCH(QString, expected);
    QStringList parts;
    for (const TaggedSentence &s : Copydesk::taggedSentencesFromSpans(text, spans)) {
        QStringList pairs;
        for (qsizetype i = 0; i < s.tokens.size(); ++i)
            pairs.append(s.tokens[i] + u'/' + s.tags[i]);
        parts.append(pairs.join(u' '));
    }
    QCOMPARE(parts.join(u" / "), expected);
}

void TestPerceptronTagger::engineThroughRunner()
{
    // Train from documents the way a project does, with PER as CoNLL names it.
    QList<LabelledDocument> documents;
    const QStringList texts = {
        u"Marta Kowalczyk visited Lisbon on Monday."_s,
        u"Tomas Ferreira spoke in Oslo."_s,
        u"Officials in Lisbon and Oslo met Marta Kowalczyk."_s,
        u"Nothing happened here."_s,
    };
    for (const QString &text : texts) {
        LabelledDocument document{text, {}};
        for (const QString &name : {u"Marta Kowalczyk"_s, u"Tomas Ferreira"_s}) {
            if (const qsizetype at = text.indexOf(name); at >= 0)
                document.spans.append({at, at + name.size(), u"PER"_s});
        }
        for (const QString &place : {u"Lisbon"_s, u"Oslo"_s}) {
            if (const qsizetype at = text.indexOf(place); at >= 0)
                document.spans.append({at, at + place.size(), u"GPE"_s});
            if (const qsizetype at = text.lastIndexOf(place); at >= 0 && text.indexOf(place) != at)
                document.spans.append({at, at + place.size(), u"GPE"_s});
        }
        documents.append(document);
    }
    const QByteArray blob = trainLearnedEntityModel(documents);
    QVERIFY(!blob.isEmpty());
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createLearnedEntityEngine(blob));
    QVERIFY(engines.back());
    QCOMPARE(engines.back()->name(), u"copydesk-tagger"_s);
    QCOMPARE(engines.back()->layers(), QStringList{u"entities"_s});
    // The version names the model: its training date and a hash of the blob.
    const QString trainedOn = PerceptronTagger::deserialize(blob)->trainedAt().toString(u"yyyyMMdd"_s);
    const QString version = engines.back()->version();
    QVERIFY2(version.startsWith(u"1.0.0+"_s + trainedOn + u'.'), qPrintable(version));
    QCOMPARE(version.size(), 6 + 8 + 1 + 8);

    EngineDocument document;
    document.id = u"d1"_s;
    // Two characters outside the BMP before the names: UTF-16 and code points differ by 2.
    document.text = u"\U0001F600\U0001F4F0 Marta Kowalczyk visited Oslo."_s;
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].engineName, u"copydesk-tagger"_s);
    QCOMPARE(runs[0].spans.size(), 2);
    const EngineSpan &person = runs[0].spans[0];
    QCOMPARE(person.label, u"PERSON"_s);
    QCOMPARE(person.start, 3);
    QCOMPARE(person.end, 18);
    QVERIFY(person.confidence > 0.0 && person.confidence <= 1.0);
    QVERIFY2(person.reason.startsWith(u"learned tagger (trained "_s), qPrintable(person.reason));
    QVERIFY2(person.reason.contains(u"on 4 sentence"_s), qPrintable(person.reason));
    const EngineSpan &place = runs[0].spans[1];
    QCOMPARE(place.label, u"GPE"_s);
    QCOMPARE(place.start, 27);
    QCOMPARE(place.end, 31);

    // A span a person already made is not suggested again.
    SuggestedSpan manual;
    manual.label = u"GPE"_s;
    manual.start = 29;
    manual.end = 33;
    document.existing.append(manual);
    const QList<EngineRun> again = runEngines(engines, document, nullptr);
    QCOMPARE(again[0].spans.size(), 1);
    QCOMPARE(again[0].spans[0].label, u"PERSON"_s);
}

void TestPerceptronTagger::engineRejectsForeignBlob()
{
    QVERIFY(!createLearnedEntityEngine(QByteArray()));
    QVERIFY(!createLearnedEntityEngine("CDPT"_ba));
    QCOMPARE(learnedEntityModelName(), u"entity-tagger"_s);
}

QTEST_GUILESS_MAIN(TestPerceptronTagger)
#include "tst_perceptrontagger.moc"
