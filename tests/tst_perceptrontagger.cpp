#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include <cmath>
#include <functional>

#include "engines/builtinengines.h"
#include "engines/entityfeatures.h"
#include "engines/enginerunner.h"
#include "engines/learnedengines.h"
#include "engines/perceptrontagger.h"
#include "engines/sequencedecoder.h"
#include "engines/stringmatchmodel.h"
#include "engines/taggertokenizer.h"
#include "engines/wordclusters.h"

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
    void tagSchemes_data();
    void tagSchemes();
    void viterbiKeepsTagsLegal();
    void posteriorsMatchEnumeration_data();
    void posteriorsMatchEnumeration();
    void documentHistory();
    void ruleFeaturesTeachProjectLabels();
    void entityFeatures();
    void wordClusters();
    void wordClustersRejectCorruptBytes();
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
        out << quint32(0x43445054) << quint32(2) << declaredSize << hash;
        out.writeRawData(compressed.constData(), int(compressed.size()));
        return blob;
    };
    const QByteArray garbage = QByteArray(5000, 'z') + "tail"_ba;
    QTest::newRow("garbage payload") << envelope(garbage, quint32(garbage.size()));
    QTest::newRow("lying size") << envelope(garbage, 0x7fffffff);
    // Payloads of format 2: date, counts, temperature, scheme, history, attachment, labels,
    // transitions, rows.
    auto payload = [](quint8 scheme, const QByteArray &attachment, quint32 attachmentSize, quint32 rows) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << u"2024-01-01T00:00:00Z"_s << qint32(1) << qint32(1) << qint32(1) << 8.0 << scheme << quint8(0);
        if (attachmentSize == quint32(attachment.size()))
            out << attachment;
        else
            out << attachmentSize; // a length and no bytes
        out << quint32(1) << u"X"_s;
        for (int i = 0; i < 4 * 3; ++i)
            out << 0.0f;
        out << rows;
        return bytes;
    };
    const QByteArray huge = payload(0, {}, 0, 0xffffffff); // rows the payload cannot hold
    QTest::newRow("huge row count") << envelope(huge, quint32(huge.size()));
    const QByteArray scheme = payload(7, {}, 0, 0);
    QTest::newRow("unknown tag scheme") << envelope(scheme, quint32(scheme.size()));
    const QByteArray attachment = payload(0, {}, 0x7ffffff0, 0);
    QTest::newRow("huge attachment") << envelope(attachment, quint32(attachment.size()));
    const QByteArray settings = payload(0, "not settings"_ba, 12, 0);
    QByteArray engineOnly = envelope(settings, quint32(settings.size()));
    QTest::newRow("foreign attachment") << engineOnly;
}

void TestPerceptronTagger::corruptBlobsRejected()
{
    QFETCH(QByteArray, blob);
    // A tagger with an attachment the engine cannot read is a well-formed tagger blob.
    if (QByteArray(QTest::currentDataTag()) != "foreign attachment")
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

void TestPerceptronTagger::tagSchemes_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("tags");     // as given (IOB1, IOB2, BIOES)
    QTest::addColumn<QString>("expected"); // in the scheme, through names()
    const int iob2 = int(TagScheme::Iob2), bilou = int(TagScheme::Bilou);
    QTest::newRow("iob2") << iob2 << u"B-ORG I-ORG O B-GPE"_s << u"B-ORG I-ORG O B-GPE"_s;
    QTest::newRow("iob1 repaired") << iob2 << u"I-ORG I-ORG I-GPE"_s << u"B-ORG I-ORG B-GPE"_s;
    QTest::newRow("bioes as iob2") << iob2 << u"S-GPE B-ORG E-ORG"_s << u"B-GPE B-ORG I-ORG"_s;
    QTest::newRow("bilou") << bilou << u"B-ORG I-ORG I-ORG O B-GPE"_s << u"B-ORG I-ORG L-ORG O U-GPE"_s;
    QTest::newRow("bilou adjacent") << bilou << u"B-GPE B-GPE I-GPE"_s << u"U-GPE B-GPE L-GPE"_s;
    QTest::newRow("bilou from iob1") << bilou << u"I-ORG I-GPE"_s << u"U-ORG U-GPE"_s;
    QTest::newRow("unknown label is O") << bilou << u"B-LAW I-LAW B-ORG"_s << u"O O U-ORG"_s;
}

void TestPerceptronTagger::tagSchemes()
{
    QFETCH(int, scheme);
    QFETCH(QString, tags);
    QFETCH(QString, expected);
    const TagSet tagSet(TagScheme(scheme), {u"GPE"_s, u"ORG"_s});
    const QHash<QString, int> labels{{u"GPE"_s, 0}, {u"ORG"_s, 1}};
    const std::vector<int> read = tagSet.fromStrings(tags.split(u' '), labels);
    QStringList names, iob2;
    for (size_t i = 0; i < read.size(); ++i) {
        names.append(tagSet.names()[read[i]]);
        iob2.append(tagSet.iob2(read[i]));
        QVERIFY(tagSet.legal(i == 0 ? tagSet.size() : read[i - 1], read[i]));
    }
    QVERIFY(tagSet.legalEnd(read.back()));
    QCOMPARE(names.join(u' '), expected);
    // Read back from IOB2, the scheme gives the same tags.
    QCOMPARE(tagSet.fromStrings(iob2, labels), read);
}

void TestPerceptronTagger::viterbiKeepsTagsLegal()
{
    const TagSet tagSet(TagScheme::Bilou, {u"GPE"_s, u"ORG"_s});
    const int tags = tagSet.size();
    const std::vector<float> transitions(size_t((tags + 1) * tags), 0.0f);
    // Every token prefers B-ORG, the tag no sentence may end on and no B-ORG may follow.
    std::vector<float> emission(size_t(3 * tags), 0.0f);
    for (int i = 0; i < 3; ++i)
        emission[size_t(i * tags + tagSet.tag(TagSet::Begin, 1))] = 5.0f;
    std::vector<int> best;
    ChainTransitions(tagSet, transitions.data()).viterbi(emission.data(), 3, best);
    QVERIFY(tagSet.legalEnd(best.back()));
    for (size_t i = 0; i < best.size(); ++i)
        QVERIFY(tagSet.legal(i == 0 ? tags : best[i - 1], best[i]));
}

void TestPerceptronTagger::posteriorsMatchEnumeration_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("iob2") << int(TagScheme::Iob2);
    QTest::newRow("bilou") << int(TagScheme::Bilou);
}

// Forward-backward against the sum over every legal tag sequence of four tokens.
void TestPerceptronTagger::posteriorsMatchEnumeration()
{
    QFETCH(int, scheme);
    const TagSet tagSet(TagScheme(scheme), {u"GPE"_s, u"ORG"_s});
    const int tags = tagSet.size();
    constexpr int n = 4;
    constexpr double temperature = 2.0;
    std::vector<float> transitions(size_t((tags + 1) * tags)), emission(size_t(n * tags));
    for (size_t i = 0; i < transitions.size(); ++i)
        transitions[i] = float(std::sin(double(i) * 1.7)) * 3.0f;
    for (size_t i = 0; i < emission.size(); ++i)
        emission[i] = float(std::cos(double(i) * 2.3)) * 4.0f;
    const ChainTransitions chain(tagSet, transitions.data(), temperature);
    const ChainPosteriors posteriors(chain, emission.data(), n);

    std::vector<double> marginal(size_t(n * tags), 0.0);
    QHash<QString, double> entity; // "start end label" -> probability
    double total = 0;
    std::vector<int> path(n, 0);
    std::function<void(int)> visit = [&](int i) {
        if (i == n) {
            if (!tagSet.legalEnd(path[n - 1]))
                return;
            double score = 0;
            for (int k = 0; k < n; ++k) {
                score += transitions[size_t((k == 0 ? tags : path[size_t(k - 1)]) * tags + path[size_t(k)])];
                score += emission[size_t(k * tags + path[size_t(k)])];
            }
            const double weight = std::exp(score / temperature);
            total += weight;
            QStringList iob2;
            for (int k = 0; k < n; ++k) {
                marginal[size_t(k * tags + path[size_t(k)])] += weight;
                iob2.append(tagSet.iob2(path[size_t(k)]));
            }
            for (qsizetype k = 0; k < n; ++k) {
                if (!iob2[k].startsWith(u'B'))
                    continue;
                qsizetype end = k + 1;
                while (end < n && iob2[end] == u"I-"_s + iob2[k].mid(2))
                    ++end;
                entity[u"%1 %2 %3"_s.arg(k).arg(end).arg(iob2[k].mid(2))] += weight;
            }
            return;
        }
        for (int t = 0; t < tags; ++t) {
            if (!tagSet.legal(i == 0 ? tags : path[size_t(i - 1)], t))
                continue;
            path[size_t(i)] = t;
            visit(i + 1);
        }
    };
    visit(0);
    for (int k = 0; k < n; ++k) {
        double sum = 0;
        for (int t = 0; t < tags; ++t) {
            QVERIFY(std::abs(posteriors.marginal(k, t) - marginal[size_t(k * tags + t)] / total) < 1e-9);
            sum += posteriors.marginal(k, t);
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
    }
    for (qsizetype start = 0; start < n; ++start) {
        for (qsizetype end = start + 1; end <= n; ++end) {
            for (int label = 0; label < 2; ++label) {
                const double expected = entity.value(u"%1 %2 %3"_s.arg(start).arg(end).arg(tagSet.labels()[label])) / total;
                QVERIFY2(std::abs(posteriors.entityProbability(start, end, label) - expected) < 1e-9,
                         qPrintable(u"%1-%2 %3: %4, not %5"_s.arg(start).arg(end).arg(label)
                                        .arg(posteriors.entityProbability(start, end, label)).arg(expected)));
            }
        }
    }
}

void TestPerceptronTagger::documentHistory()
{
    // Invented names whose first mention has a cue and whose later mention, alone at the start
    // of a sentence, has none: only what the document said before tells the label. Each name
    // is a person, a place and a firm in turn, so the word itself tells nothing.
    const QStringList cues[] = {{u"minister"_s, u"spoke"_s, u"PERSON"_s},
                                {u"flights to"_s, u"resumed"_s, u"GPE"_s},
                                {u"shares of"_s, u"fell"_s, u"ORG"_s}};
    const QStringList names = {u"Bralo"_s, u"Cendra"_s, u"Durvik"_s, u"Elmast"_s, u"Fornic"_s, u"Gaspel"_s};
    auto document = [&](const QString &name, const QStringList &cue) {
        const qsizetype cueWords = cue[0].count(u' ') + 1;
        const QString first = cue[0] + u' ' + name + u' ' + cue[1] + u" ."_s;
        QStringList firstTags(cueWords, u"O"_s);
        firstTags << u"B-"_s + cue[2] << u"O"_s << u"O"_s;
        return QList<TaggedSentence>{sentence(first, firstTags.join(u' ')),
                                     sentence(name + u" was busy ."_s, u"B-"_s + cue[2] + u" O O O"_s)};
    };
    QList<QList<TaggedSentence>> documents;
    for (const QString &name : names) {
        for (const QStringList &cue : cues)
            documents.append(document(name, cue));
    }
    PerceptronTagger::Options options;
    options.epochs = 20;
    PerceptronTagger tagger;
    QVERIFY(tagger.train(documents, options));
    QVERIFY(tagger.usesDocumentHistory());
    const std::optional<PerceptronTagger> loaded = PerceptronTagger::deserialize(tagger.serialize());
    QVERIFY(loaded && loaded->usesDocumentHistory());
    for (const QStringList &cue : cues) {
        const QList<TagResult> tagged = loaded->tagDocument(document(u"Vostrel"_s, cue));
        QCOMPARE(tagged[1].tags.first(), u"B-"_s + cue[2]);
        QCOMPARE(tagged[1].entities.size(), 1);
        QVERIFY(tagged[1].entities[0].confidence > 0.0 && tagged[1].entities[0].confidence <= 1.0);
    }
    // Without the history, one of the three must be wrong.
    options.documentHistory = false;
    PerceptronTagger plain;
    QVERIFY(plain.train(documents, options));
    int right = 0;
    for (const QStringList &cue : cues)
        right += plain.tagDocument(document(u"Vostrel"_s, cue))[1].tags.first() == u"B-"_s + cue[2] ? 1 : 0;
    QVERIFY(right < 3);
}

void TestPerceptronTagger::ruleFeaturesTeachProjectLabels()
{
    // A project with its own label for places (people and firms are not its business): the
    // rules know the countries, the tagger learns that what they call GPE this project calls
    // PLACE, and finds countries it never saw.
    const QStringList texts = {u"Officials flew to France on Monday."_s, u"Talks in Germany ended late."_s,
                               u"The team left Spain for good."_s, u"Nothing happened in the village."_s,
                               u"Farmers in Portugal protested."_s, u"She met Anna Berg at the station."_s,
                               u"Workers at Rolex went home early."_s, u"Peter Holm wrote to Greece."_s};
    QList<LabelledDocument> documents;
    for (const QString &text : texts) {
        LabelledDocument document{text, {}};
        for (const QString &place : {u"France"_s, u"Germany"_s, u"Spain"_s, u"Portugal"_s, u"Greece"_s}) {
            if (const qsizetype at = text.indexOf(place); at >= 0)
                document.spans.append({at, at + place.size(), u"PLACE"_s});
        }
        documents.append(document);
    }
    const QStringList probes = {u"Exports from Kenya grew."_s, u"Prices rose across Chile again."_s,
                                u"The report by Maria Lopez came out."_s};
    auto found = [&](const Engine &engine) {
        QStringList spans;
        for (const QString &text : probes) {
            EngineDocument probe;
            probe.text = text;
            for (const SuggestedSpan &span : engine.annotate(probe, nullptr).spans)
                spans.append(span.label + u'=' + text.mid(span.start, span.end - span.start));
        }
        return spans.join(u", ");
    };
    LearnedTaggerOptions options;
    options.epochs = 15;
    const std::unique_ptr<Engine> engine = createLearnedEntityEngine(trainLearnedEntityModel(documents, options));
    QVERIFY(engine);
    QCOMPARE(found(*engine), u"PLACE=Kenya, PLACE=Chile"_s);
    // The same documents without the rule and gazetteer features: the words alone do not tell.
    options.rules = options.gazetteer = false;
    const std::unique_ptr<Engine> plain = createLearnedEntityEngine(trainLearnedEntityModel(documents, options));
    QVERIFY(plain);
    QVERIFY(found(*plain) != found(*engine));
}

void TestPerceptronTagger::entityFeatures()
{
    const QString text = u"Barack Obama visited Paris, France.\nThe fine print:"_s;
    const QList<TaggerSentence> tokens = TaggerTokenizer::sentences(text);
    auto features = [&](const EntityFeatureSet &set) {
        QList<TaggedSentence> sentences(tokens.size());
        EntityFeatures::add(text, tokens, sentences, set, nullptr);
        return sentences;
    };
    const QList<TaggedSentence> all = features({true, true, false});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].extras.size(), tokens[0].size());
    QCOMPARE(all[1].extras.size(), tokens[1].size());
    // Names have rule and gazetteer features; the comma, "visited" and "fine" none.
    for (const qsizetype i : {0, 1, 3, 5})
        QVERIFY2(!all[0].extras[i].isEmpty(), qPrintable(tokens[0][i].text));
    for (const qsizetype i : {2, 4})
        QVERIFY2(all[0].extras[i].isEmpty(), qPrintable(tokens[0][i].text));
    QVERIFY(all[1].extras[1].isEmpty());
    // The same text gives the same features; each group adds its own.
    QCOMPARE(features({true, true, false})[0].extras, all[0].extras);
    const QList<TaggedSentence> rules = features({true, false, false});
    const QList<TaggedSentence> gazetteer = features({false, true, false});
    for (qsizetype i = 0; i < tokens[0].size(); ++i)
        QCOMPARE(rules[0].extras[i].size() + gazetteer[0].extras[i].size(), all[0].extras[i].size());
    QVERIFY(features({false, false, true})[0].extras.constFirst().isEmpty()); // clusters, but none given
}

void TestPerceptronTagger::wordClusters()
{
    // Places and fruit in their own sentence frames, a few words seen once.
    QList<QStringList> sentences;
    const QStringList places = {u"Lisbon"_s, u"Oslo"_s, u"Quito"_s, u"Hanoi"_s};
    const QStringList fruit = {u"apples"_s, u"pears"_s, u"plums"_s, u"figs"_s};
    for (int round = 0; round < 3; ++round) {
        for (const QString &place : places) {
            sentences.append((u"we flew to "_s + place + u" in May ."_s).split(u' '));
            sentences.append((u"the mayor of "_s + place + u" said so ."_s).split(u' '));
        }
        for (const QString &food : fruit) {
            sentences.append((u"she ate the "_s + food + u" with cream ."_s).split(u' '));
            sentences.append((u"fresh "_s + food + u" are sweet ."_s).split(u' '));
        }
    }
    sentences.append(u"a rare Zanzibar word ."_s.split(u' '));
    WordClusters::Options options;
    options.fineClusters = 6;
    options.coarseClusters = 3;
    options.contextWords = 12;
    const WordClusters clusters = WordClusters::learn(sentences, options);
    QVERIFY(!clusters.isEmpty());
    for (const QString &place : places)
        QCOMPARE(clusters.fineCluster(place), clusters.fineCluster(u"Lisbon"_s));
    for (const QString &food : fruit)
        QCOMPARE(clusters.fineCluster(food), clusters.fineCluster(u"apples"_s));
    QVERIFY(clusters.fineCluster(u"Oslo"_s) != clusters.fineCluster(u"pears"_s));
    QCOMPARE(clusters.fineCluster(u"OSLO"_s), clusters.fineCluster(u"Oslo"_s)); // any case
    QCOMPARE(clusters.fineCluster(u"Zanzibar"_s), -1); // seen once
    QList<quint64> features;
    clusters.addFeatures(u"Quito"_s, features);
    QCOMPARE(features.size(), 2);
    clusters.addFeatures(u"Atlantis"_s, features);
    QCOMPARE(features.size(), 2);
    // Deterministic, and the same after a round trip.
    QCOMPARE(WordClusters::learn(sentences, options).serialize(), clusters.serialize());
    const std::optional<WordClusters> loaded = WordClusters::deserialize(clusters.serialize());
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), clusters.size());
    QCOMPARE(loaded->fineCluster(u"Hanoi"_s), clusters.fineCluster(u"Hanoi"_s));
    QCOMPARE(loaded->coarseCluster(u"figs"_s), clusters.coarseCluster(u"figs"_s));
    QVERIFY(WordClusters::learn({}).isEmpty());
}

void TestPerceptronTagger::wordClustersRejectCorruptBytes()
{
    QList<QStringList> sentences;
    for (int i = 0; i < 4; ++i)
        sentences.append(u"we flew to Lisbon and Oslo in May ."_s.split(u' '));
    const QByteArray good = WordClusters::learn(sentences).serialize();
    QVERIFY(WordClusters::deserialize(good));
    for (qsizetype length = 0; length < good.size(); ++length)
        QVERIFY2(!WordClusters::deserialize(good.left(length)), qPrintable(QString::number(length)));
    QVERIFY(!WordClusters::deserialize(good + 'x'));
    QByteArray huge = good;
    huge[8] = char(0x7f); // the word count
    QVERIFY(!WordClusters::deserialize(huge));
    // A model trained with clusters keeps them in its blob.
    LearnedTaggerOptions options;
    options.clusters = true;
    const QByteArray blob = trainLearnedEntityModel({{u"We flew to Lisbon. We flew to Oslo. Lisbon and Oslo."_s,
                                                      {{11, 17, u"GPE"_s}, {29, 33, u"GPE"_s}}}},
                                                    options);
    QVERIFY(createLearnedEntityEngine(blob));
}

QTEST_GUILESS_MAIN(TestPerceptronTagger)
#include "tst_perceptrontagger.moc"
