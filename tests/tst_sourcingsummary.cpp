#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <vector>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "formats/jsonlformat.h"
#include "sourcingsummary.h"
#include "testsupport.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// An invented article: masthead, headline (with an emoji, so code points and UTF-16 differ),
// byline, a body with named, anonymous, publication-only and unattributed quotes, a scare quote,
// a hedge nobody is linked to, and footer furniture.
const QString article = u"Harbour Town Gazette\n"
                        u"Council approves new ferry terminal 🚢\n"
                        u"By Ana Ruiz\n"
                        u"The council voted on Tuesday to build a new ferry terminal. \"It will change the town,\" said Price, "
                        u"the mayor. Price added that the work would start in May.\n"
                        u"A senior official said the budget had already doubled. Residents say fares will rise.\n"
                        u"The plan is reportedly opposed by the U.S. Navy and local fishermen. Critics called it a \"vanity project\".\n"
                        u"According to the Coastal Post, the port authority was not consulted.\n"
                        u"Share this article\n"
                        u"© 2025 Harbour Town Gazette. All rights reserved.\n"_s;

class ArticleBuilder
{
public:
    explicit ArticleBuilder(const QString &text) : m_text(text), m_offsets(text) {}

    // Annotates the n-th occurrence of needle; returns the annotation's id.
    qint64 add(const QString &label, const QString &needle, const QJsonObject &attrs = {},
               AnnotationStatus status = AnnotationStatus::Manual, int occurrence = 0)
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = m_text.indexOf(needle, at + 1);
        if (at < 0)
            qFatal("needle not in the text");
        Annotation a;
        a.id = ++m_nextId;
        a.documentId = 7;
        a.label = label;
        a.start = m_offsets.toCodePoint(at);
        a.end = m_offsets.toCodePoint(at + needle.size());
        a.attrs = attrs;
        a.status = status;
        annotations.append(a);
        return a.id;
    }
    void link(const QString &label, qint64 head, qint64 child)
    {
        relations.append(Relation{++m_nextRelationId, 7, 0, label, head, child});
    }

    QList<Annotation> annotations;
    QList<Relation> relations;

private:
    QString m_text;
    TextOffsets m_offsets;
    qint64 m_nextId = 100;
    qint64 m_nextRelationId = 0;
};

// The occurrence of a pronoun that is a word of its own (not the "he" of "the").
int pronounAt(const QString &text, QStringView pronoun)
{
    int occurrence = 0;
    for (qsizetype at = text.indexOf(pronoun); at >= 0; at = text.indexOf(pronoun, at + 1)) {
        const bool alone = (at == 0 || !text.at(at - 1).isLetter())
                           && (at + pronoun.size() >= text.size() || !text.at(at + pronoun.size()).isLetter());
        if (alone)
            return occurrence;
        ++occurrence;
    }
    return -1;
}

QJsonObject form(const QString &name)
{
    return QJsonObject{{u"form"_s, name}};
}

QJsonObject kind(const QString &name)
{
    return QJsonObject{{u"kind"_s, name}};
}

// Ids of the invented article's annotations the tests look at.
struct Ids
{
    qint64 directQuote = 0;
    qint64 priceIndirect = 0;
    qint64 anonymousQuote = 0;
    qint64 hedge = 0;
    qint64 viaQuote = 0;
    qint64 accordingTo = 0;
};

ArticleBuilder annotatedArticle(Ids *ids = nullptr)
{
    ArticleBuilder b(article);
    Ids local;
    Ids &id = ids ? *ids : local;
    b.add(u"BOILERPLATE"_s, u"Harbour Town Gazette"_s);
    b.add(u"HEADLINE"_s, u"Council approves new ferry terminal 🚢"_s);
    b.add(u"METADATA"_s, u"By Ana Ruiz"_s);
    b.add(u"BOILERPLATE"_s, u"Share this article"_s);
    b.add(u"DISCLAIMER"_s, u"© 2025 Harbour Town Gazette. All rights reserved."_s);

    id.directQuote = b.add(u"QUOTE"_s, u"\"It will change the town,\""_s, form(u"direct"_s));
    const qint64 price1 = b.add(u"SOURCE"_s, u"Price"_s, kind(u"named"_s));
    const qint64 said1 = b.add(u"CUE"_s, u"said"_s);
    b.link(u"SPEAKER"_s, id.directQuote, price1);
    b.link(u"CUE"_s, id.directQuote, said1);

    id.priceIndirect = b.add(u"QUOTE"_s, u"the work would start in May"_s, form(u"indirect"_s));
    // A person's SOURCE without a kind counts as a name.
    const qint64 price2 = b.add(u"SOURCE"_s, u"Price"_s, {}, AnnotationStatus::Manual, 1);
    b.link(u"SPEAKER"_s, id.priceIndirect, price2);
    b.link(u"CUE"_s, id.priceIndirect, b.add(u"CUE"_s, u"added"_s));

    // The engine's suggestion, not yet reviewed.
    id.anonymousQuote = b.add(u"QUOTE"_s, u"the budget had already doubled"_s, form(u"indirect"_s), AnnotationStatus::Suggested);
    const qint64 official = b.add(u"SOURCE"_s, u"A senior official"_s, kind(u"anonymous"_s), AnnotationStatus::Suggested);
    const qint64 said2 = b.add(u"CUE"_s, u"said"_s, {}, AnnotationStatus::Suggested, 1);
    b.link(u"SPEAKER"_s, id.anonymousQuote, official);
    b.link(u"CUE"_s, id.anonymousQuote, said2);

    // A quote whose speaker is marked but not linked.
    const qint64 fares = b.add(u"QUOTE"_s, u"fares will rise"_s, form(u"indirect"_s), AnnotationStatus::Accepted);
    b.add(u"SOURCE"_s, u"Residents"_s, kind(u"anonymous"_s));
    b.link(u"CUE"_s, fares, b.add(u"CUE"_s, u"say"_s));

    id.hedge = b.add(u"CUE"_s, u"reportedly"_s);
    b.add(u"QUOTE"_s, u"\"vanity project\""_s, form(u"scare"_s));

    id.viaQuote = b.add(u"QUOTE"_s, u"the port authority was not consulted"_s, form(u"indirect"_s));
    b.link(u"VIA"_s, id.viaQuote, b.add(u"SOURCE"_s, u"Coastal Post"_s, kind(u"publication"_s)));
    id.accordingTo = b.add(u"CUE"_s, u"According to"_s);
    b.link(u"CUE"_s, id.viaQuote, id.accordingTo);

    // Rejected: neither the quote nor its speaker may count.
    const qint64 rejectedQuote = b.add(u"QUOTE"_s, u"The council voted on Tuesday"_s, form(u"indirect"_s), AnnotationStatus::Rejected);
    const qint64 council = b.add(u"SOURCE"_s, u"council"_s, kind(u"named"_s), AnnotationStatus::Rejected);
    b.link(u"SPEAKER"_s, rejectedQuote, council);
    return b;
}

} // namespace

class TestSourcingSummary final : public QObject
{
    Q_OBJECT

private slots:
    void countWords_data();
    void countWords();
    void normalizedSourceKey_data();
    void normalizedSourceKey();
    void wholePercentages_data();
    void wholePercentages();
    void quotesByForm();
    void shareByKind();
    void speakers();
    void pronounSpeakers();
    void publications();
    void unattributedClaims();
    void cueNextToASourceIsNoClaim();
    void claimSentence_data();
    void claimSentence();
    void furnitureAndBody();
    void decisionsOnly();
    void rejectedRelationsDoNotCount();
    void corpusTotal();
    void json();
    void emptyDocument();
    void speakerOfManyMentions();
    void nestedQuotesCountOnce_data();
    void nestedQuotesCountOnce();
    void stageDirectionsAreNoQuotes();
    void transcriptTurns();
    void oneRuleForClaims_data();
    void oneRuleForClaims();
    void sharesOnPolnearDev();
};

void TestSourcingSummary::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("words");
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("plain") << u"the work would start"_s << qint64(4);
    QTest::newRow("quote marks stick to words") << u"\"It will change the town,\""_s << qint64(5);
    QTest::newRow("em dash separates") << u"backing\u2014especially"_s << qint64(2);
    QTest::newRow("spaced dash is no word") << u"yes \u2013 no"_s << qint64(2);
    QTest::newRow("abbreviation one word") << u"the U.S. Navy"_s << qint64(3);
    QTest::newRow("apostrophe inside") << u"it’s fine"_s << qint64(2);
    QTest::newRow("emoji alone is no word") << u"🙂 ok"_s << qint64(1);
    QTest::newRow("punctuation only") << u"… ! ?"_s << qint64(0);
    QTest::newRow("line breaks") << u"one\ntwo\n\nthree"_s << qint64(3);
}

void TestSourcingSummary::countWords()
{
    QFETCH(QString, text);
    QFETCH(qint64, words);
    QCOMPARE(Copydesk::countWords(text), words);
}

void TestSourcingSummary::normalizedSourceKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("case") << u"PRICE"_s << u"price"_s;
    QTest::newRow("spaces") << u"  Tom \n Price "_s << u"tom price"_s;
    QTest::newRow("article") << u"The Coastal Post"_s << u"coastal post"_s;
    QTest::newRow("possessive") << u"Coastal Post’s"_s << u"coastal post"_s;
    QTest::newRow("punctuation") << u"“Price,”"_s << u"price"_s;
    QTest::newRow("the alone stays") << u"The"_s << u"the"_s;
    QTest::newRow("pronoun stays") << u"He"_s << u"he"_s;
}

void TestSourcingSummary::normalizedSourceKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(Copydesk::normalizedSourceKey(text), key);
}

void TestSourcingSummary::wholePercentages_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<int>>("percentages");
    QTest::newRow("exact") << QList<qint64>{11, 5, 6, 3} << QList<int>{44, 20, 24, 12};
    QTest::newRow("thirds add up to 100") << QList<qint64>{1, 1, 1} << QList<int>{34, 33, 33};
    QTest::newRow("zero total") << QList<qint64>{0, 0} << QList<int>{0, 0};
    QTest::newRow("one only") << QList<qint64>{0, 7, 0} << QList<int>{0, 100, 0};
    QTest::newRow("a share above zero never shows 0%") << QList<qint64>{995, 5} << QList<int>{99, 1};
}

void TestSourcingSummary::wholePercentages()
{
    QFETCH(QList<qint64>, values);
    QFETCH(QList<int>, percentages);
    QCOMPARE(Copydesk::wholePercentages(values), percentages);
}

void TestSourcingSummary::quotesByForm()
{
    const ArticleBuilder b = annotatedArticle();
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.documents, 1);
    QCOMPARE(s.quotes, 6);
    QCOMPARE(s.forms.size(), 4);
    QCOMPARE(s.forms.at(0).form, u"direct"_s);
    QCOMPARE(s.forms.at(0).quotes, 1);
    QCOMPARE(s.forms.at(0).characters, qint64(u"\"It will change the town,\""_s.size() - 4)); // no white space
    QCOMPARE(s.forms.at(0).words, qint64(5));
    QCOMPARE(s.forms.at(1).form, u"indirect"_s);
    QCOMPARE(s.forms.at(1).quotes, 4);
    QCOMPARE(s.forms.at(1).words, qint64(6 + 5 + 3 + 6));
    QCOMPARE(s.forms.at(2).form, u"mixed"_s);
    QCOMPARE(s.forms.at(2).quotes, 0);
    QCOMPARE(s.forms.at(3).form, u"scare"_s);
    QCOMPARE(s.forms.at(3).quotes, 1);
    QCOMPARE(s.quotedWords, qint64(5 + 20)); // scare quotes are nobody's words
}

void TestSourcingSummary::shareByKind()
{
    const ArticleBuilder b = annotatedArticle();
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.share(SourceKind::Person).quotes, 2);
    QCOMPARE(s.share(SourceKind::Person).words, qint64(11));
    QCOMPARE(s.share(SourceKind::Anonymous).words, qint64(5));
    // No speaker, but the publication that carried it.
    QCOMPARE(s.share(SourceKind::Publication).quotes, 1);
    QCOMPARE(s.share(SourceKind::Publication).words, qint64(6));
    // "fares will rise": its speaker is marked but not linked; the scare quote is left out.
    QCOMPARE(s.share(SourceKind::Unattributed).quotes, 1);
    QCOMPARE(s.share(SourceKind::Unattributed).words, qint64(3));
    QCOMPARE(s.attributableWords(), qint64(25));
    QCOMPARE(s.kindShare(SourceKind::Person), 11.0 / 25.0);
}

void TestSourcingSummary::speakers()
{
    Ids ids;
    const ArticleBuilder b = annotatedArticle(&ids);
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.speakers.size(), 2);
    const SpeakerSummary &price = s.speakers.at(0);
    QCOMPARE(price.name, u"Price"_s);
    QCOMPARE(price.key, u"price"_s);
    QCOMPARE(price.kind, SourceKind::Person);
    QCOMPARE(price.quotes, 2);
    QCOMPARE(price.direct, 1);
    QCOMPARE(price.indirect, 1);
    QCOMPARE(price.mixed, 0);
    QCOMPARE(price.words, qint64(11));
    QCOMPARE(price.sourceIds.size(), 2);
    QVERIFY(!price.pronoun);
    QCOMPARE(s.speakersWithoutKind, 1); // Price's second mention
    QCOMPARE(price.quoteIds, (QList<qint64>{ids.directQuote, ids.priceIndirect}));
    const SpeakerSummary &official = s.speakers.at(1);
    QCOMPARE(official.name, u"A senior official"_s);
    QCOMPARE(official.kind, SourceKind::Anonymous);
    QCOMPARE(official.quotes, 1);
    QCOMPARE(official.indirect, 1);
    QCOMPARE(official.quoteIds, QList<qint64>{ids.anonymousQuote});
}

void TestSourcingSummary::pronounSpeakers()
{
    const QString text = u"\"We are ready,\" he said. She said it was late."_s;
    ArticleBuilder b(text);
    const qint64 q1 = b.add(u"QUOTE"_s, u"\"We are ready,\""_s, form(u"direct"_s));
    b.link(u"SPEAKER"_s, q1, b.add(u"SOURCE"_s, u"he"_s, kind(u"named"_s)));
    const qint64 q2 = b.add(u"QUOTE"_s, u"it was late"_s, form(u"indirect"_s));
    b.link(u"SPEAKER"_s, q2, b.add(u"SOURCE"_s, u"She"_s, kind(u"named"_s)));
    const SourcingSummary s = summarizeSourcing(text, b.annotations, b.relations);
    QCOMPARE(s.speakers.size(), 2); // nothing links them: "he" and "she" stay apart, unresolved
    QVERIFY(s.speakers.at(0).pronoun);
    QVERIFY(s.speakers.at(1).pronoun);
    QCOMPARE(s.speakers.at(0).kind, SourceKind::Unresolved);
    QCOMPARE(s.speakers.at(1).kind, SourceKind::Unresolved);
    QCOMPARE(s.share(SourceKind::Unresolved).quotes, 2);
    QCOMPARE(s.share(SourceKind::Person).quotes, 0);
    QCOMPARE(s.speakersWithoutKind, 0);
}

void TestSourcingSummary::publications()
{
    Ids ids;
    ArticleBuilder b = annotatedArticle(&ids);
    // A publication speaking itself is cited too, grouped with the VIA mention.
    const qint64 quote = b.add(u"QUOTE"_s, u"Navy and local fishermen"_s, form(u"indirect"_s));
    b.link(u"SPEAKER"_s, quote, b.add(u"SOURCE"_s, u"the Coastal Post"_s, kind(u"publication"_s)));
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.publications.size(), 1);
    QCOMPARE(s.publications.at(0).name, u"the Coastal Post"_s); // its first mention
    QCOMPARE(s.publications.at(0).key, u"coastal post"_s);
    QCOMPARE(s.publications.at(0).quotes, 2);
    QCOMPARE(s.publications.at(0).quoteIds, (QList<qint64>{quote, ids.viaQuote}));
    QCOMPARE(s.publications.at(0).sourceIds.size(), 2);
    QCOMPARE(s.share(SourceKind::Publication).quotes, 2);
    // It is a speaker as well, of kind publication.
    const auto it = std::find_if(s.speakers.cbegin(), s.speakers.cend(),
                                 [](const SpeakerSummary &sp) { return sp.key == u"coastal post"; });
    QVERIFY(it != s.speakers.cend());
    QCOMPARE(it->kind, SourceKind::Publication);
}

void TestSourcingSummary::unattributedClaims()
{
    Ids ids;
    const ArticleBuilder b = annotatedArticle(&ids);
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.unattributedClaims.size(), 1);
    const UnattributedClaim &claim = s.unattributedClaims.at(0);
    QCOMPARE(claim.documentId, qint64(7));
    QCOMPARE(claim.sentence, u"The plan is reportedly opposed by the U.S. Navy and local fishermen."_s);
    QCOMPARE(claim.cues, QStringList{u"reportedly"_s});
    QCOMPARE(claim.cueIds, QList<qint64>{ids.hedge});
    // Code points: the emoji in the headline is one.
    const TextOffsets offsets(article);
    QCOMPARE(claim.start, offsets.toCodePoint(article.indexOf(u"The plan is")));
    QCOMPARE(claim.end - claim.start, qint64(claim.sentence.size()));
}

void TestSourcingSummary::cueNextToASourceIsNoClaim()
{
    Ids ids;
    ArticleBuilder b = annotatedArticle(&ids);
    // Without its CUE link, "According to" still introduces the Coastal Post, which a quote is
    // linked to by VIA: part of that attribution, not a claim of its own.
    const qsizetype before = b.relations.size();
    b.relations.removeIf([&](const Relation &r) { return r.childId == ids.accordingTo; });
    QCOMPARE(b.relations.size(), before - 1);
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.unattributedClaims.size(), 1);
    QCOMPARE(s.unattributedClaims.at(0).cues, QStringList{u"reportedly"_s});

    // A cue next to a source is attributed even with no quote marked: it says who claims it.
    ArticleBuilder lone(u"Rain fell. According to officials, the road is shut."_s);
    lone.add(u"CUE"_s, u"According to"_s);
    lone.add(u"SOURCE"_s, u"officials"_s, kind(u"anonymous"_s));
    QCOMPARE(summarizeSourcing(u"Rain fell. According to officials, the road is shut."_s, lone.annotations,
                               lone.relations).unattributedClaims.size(), 0);
}

void TestSourcingSummary::claimSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("middle") << u"First one. It is understood talks failed. Last one."_s << u"It is understood"_s
                            << u"It is understood talks failed."_s;
    QTest::newRow("title abbreviation") << u"Rain fell. Mr. Ward reportedly left. Then dusk."_s << u"reportedly"_s
                                        << u"Mr. Ward reportedly left."_s;
    QTest::newRow("closing quote ends") << u"He said \"no.\" Talks reportedly stalled. Next."_s << u"reportedly"_s
                                        << u"Talks reportedly stalled."_s;
    QTest::newRow("line ends") << u"Header line\nOfficials reportedly agreed\nFooter"_s << u"reportedly"_s
                               << u"Officials reportedly agreed"_s;
    QTest::newRow("decimal") << u"Prices reportedly rose 3.5 per cent. Done."_s << u"reportedly"_s
                             << u"Prices reportedly rose 3.5 per cent."_s;
    QTest::newRow("question") << u"Why? Sources say it was late! Fine."_s << u"Sources say"_s
                              << u"Sources say it was late!"_s;
    QTest::newRow("text end") << u"One. Two reportedly"_s << u"reportedly"_s << u"Two reportedly"_s;
}

void TestSourcingSummary::claimSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, cue);
    QFETCH(QString, sentence);
    ArticleBuilder b(text);
    b.add(u"CUE"_s, cue);
    const SourcingSummary s = summarizeSourcing(text, b.annotations, b.relations);
    QCOMPARE(s.unattributedClaims.size(), 1);
    QCOMPARE(s.unattributedClaims.at(0).sentence, sentence);
}

void TestSourcingSummary::furnitureAndBody()
{
    const ArticleBuilder b = annotatedArticle();
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    // Characters that are not white space: masthead 18 + footer link 16, byline 9, notice 42.
    QCOMPARE(s.furnitureByLabel,
             (QList<QPair<QString, qint64>>{{u"DISCLAIMER"_s, 42}, {u"BOILERPLATE"_s, 34}, {u"METADATA"_s, 9}}));
    QCOMPARE(s.furnitureCharacters, qint64(85));
    QCOMPARE(s.headlineCharacters, qint64(32)); // the emoji is one character
    QCOMPARE(s.pageCharacters, s.furnitureCharacters + s.headlineCharacters + s.bodyCharacters);
    QCOMPARE(s.bodyWords, qint64(72));
    QCOMPARE(s.furnitureShare(), 85.0 / double(s.pageCharacters));
    QCOMPARE(s.quotedShareOfBody(), 25.0 / 72.0);
    QCOMPARE(s.suggestionsCounted, 3);
}

void TestSourcingSummary::decisionsOnly()
{
    const ArticleBuilder b = annotatedArticle();
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations, SourcingScope::DecisionsOnly);
    QCOMPARE(s.scope, SourcingScope::DecisionsOnly);
    QCOMPARE(s.suggestionsCounted, 0);
    QCOMPARE(s.quotes, 5);
    QCOMPARE(s.share(SourceKind::Anonymous).words, qint64(0));
    QCOMPARE(s.speakers.size(), 1);
    QCOMPARE(s.speakers.at(0).name, u"Price"_s);
    QCOMPARE(s.unattributedClaims.size(), 1);
}

void TestSourcingSummary::rejectedRelationsDoNotCount()
{
    Ids ids;
    ArticleBuilder b = annotatedArticle(&ids);
    // Rejecting Price's first mention leaves its quote without a speaker.
    for (Annotation &a : b.annotations) {
        if (a.label == u"SOURCE" && a.attrs.value(u"kind").toString() == u"named" && a.status == AnnotationStatus::Manual)
            a.status = AnnotationStatus::Rejected;
    }
    const SourcingSummary s = summarizeSourcing(article, b.annotations, b.relations);
    QCOMPARE(s.speakers.at(0).key, u"price"_s);
    QCOMPARE(s.speakers.at(0).quotes, 1);
    QCOMPARE(s.share(SourceKind::Unattributed).quotes, 2);
    QCOMPARE(s.share(SourceKind::Unattributed).words, qint64(3 + 5));
    QVERIFY(std::none_of(s.speakers.cbegin(), s.speakers.cend(),
                         [](const SpeakerSummary &sp) { return sp.key == u"council"; }));
}

void TestSourcingSummary::corpusTotal()
{
    const ArticleBuilder b = annotatedArticle();
    const SourcingSummary one = summarizeSourcing(article, b.annotations, b.relations);
    SourcingTotals totals;
    totals.add(one);
    totals.add(one);
    const SourcingSummary total = totals.finish();
    QCOMPARE(total.documents, 2);
    QCOMPARE(total.quotes, 12);
    QCOMPARE(total.speakers.size(), 2);
    QCOMPARE(total.speakers.at(0).quotes, 4);
    QCOMPARE(total.speakers.at(0).direct, 2);
    QCOMPARE(total.share(SourceKind::Person).words, qint64(22));
    QCOMPARE(total.kindShare(SourceKind::Person), one.kindShare(SourceKind::Person));
    QCOMPARE(total.claimCount, 2);
    QVERIFY(total.unattributedClaims.isEmpty()); // counted, not held: totals stay small
    QCOMPARE(total.publications.size(), 1);
    QCOMPARE(total.publications.at(0).quotes, 2);
    QCOMPARE(total.furnitureCharacters, qint64(170));
    QCOMPARE(total.bodyWords, qint64(144));
    QCOMPARE(total.forms.at(3).quotes, 2);
    QCOMPARE(total.speakersWithoutKind, 2);
}

void TestSourcingSummary::json()
{
    const ArticleBuilder b = annotatedArticle();
    const QJsonObject json = toJson(summarizeSourcing(article, b.annotations, b.relations));
    QCOMPARE(json.value(u"scope").toString(), u"decisions_and_suggestions"_s);
    QCOMPARE(json.value(u"quotes").toObject().value(u"total").toInt(), 6);
    QCOMPARE(json.value(u"quotes").toObject().value(u"by_form").toObject().value(u"scare").toObject().value(u"quotes").toInt(), 1);
    const QJsonObject kinds = json.value(u"quoted_words_by_kind").toObject();
    QCOMPARE(kinds.value(u"person").toObject().value(u"percent").toInt(), 44);
    QCOMPARE(kinds.value(u"anonymous").toObject().value(u"percent").toInt(), 20);
    QCOMPARE(kinds.value(u"publication").toObject().value(u"percent").toInt(), 24);
    QCOMPARE(kinds.value(u"unattributed").toObject().value(u"percent").toInt(), 12);
    const QJsonArray speakers = json.value(u"speakers").toArray();
    QCOMPARE(speakers.size(), 2);
    QCOMPARE(speakers.at(0).toObject().value(u"name").toString(), u"Price"_s);
    QCOMPARE(speakers.at(0).toObject().value(u"kind").toString(), u"person"_s);
    QCOMPARE(speakers.at(0).toObject().value(u"quote_ids").toArray().size(), 2);
    const QJsonArray claims = json.value(u"unattributed_claims").toArray();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.at(0).toObject().value(u"cues").toArray().at(0).toString(), u"reportedly"_s);
    QCOMPARE(json.value(u"publications").toArray().at(0).toObject().value(u"name").toString(), u"Coastal Post"_s);
    const QJsonObject furniture = json.value(u"furniture").toObject();
    QCOMPARE(furniture.value(u"by_label").toObject().value(u"DISCLAIMER").toInteger(), qint64(42));
    QCOMPARE(furniture.value(u"characters").toInteger(), qint64(85));
    QCOMPARE(json.value(u"body").toObject().value(u"words").toInteger(), qint64(72));
}

void TestSourcingSummary::emptyDocument()
{
    const SourcingSummary s = summarizeSourcing(u"Just a line of text."_s, {}, {});
    QVERIFY(s.isEmpty());
    QCOMPARE(s.attributableWords(), qint64(0));
    QCOMPARE(s.kindShare(SourceKind::Person), 0.0);
    QCOMPARE(s.furnitureShare(), 0.0);
    QCOMPARE(s.bodyWords, qint64(5));
    QCOMPARE(s.pageCharacters, qint64(16));
    QVERIFY(s.speakers.isEmpty());
}

// "he" and "Pompeo" linked (REFERS_TO) to "US Secretary of State Mike Pompeo": one speaker,
// shown by the fullest name, of the kind of that mention; a pronoun linked to nobody apart.
void TestSourcingSummary::speakerOfManyMentions()
{
    const QString text = u"US Secretary of State Mike Pompeo said the talks would resume. Pompeo added that the "
                         u"envoys were ready. \"We will be there,\" he said. \"Not yet,\" she said."_s;
    ArticleBuilder b(text);
    const qint64 full = b.add(u"SOURCE"_s, u"US Secretary of State Mike Pompeo"_s, kind(u"person"_s));
    const qint64 shortName = b.add(u"SOURCE"_s, u"Pompeo"_s, kind(u"person"_s), AnnotationStatus::Suggested, 1);
    const qint64 he = b.add(u"SOURCE"_s, u"he"_s, kind(u"person"_s), AnnotationStatus::Manual, pronounAt(text, u"he"));
    const qint64 she = b.add(u"SOURCE"_s, u"she"_s, kind(u"unresolved"_s), AnnotationStatus::Manual, pronounAt(text, u"she"));
    const qint64 q1 = b.add(u"QUOTE"_s, u"the talks would resume"_s, form(u"indirect"_s));
    const qint64 q2 = b.add(u"QUOTE"_s, u"the envoys were ready"_s, form(u"indirect"_s));
    const qint64 q3 = b.add(u"QUOTE"_s, u"\"We will be there,\""_s, form(u"direct"_s));
    const qint64 q4 = b.add(u"QUOTE"_s, u"\"Not yet,\""_s, form(u"direct"_s));
    b.link(u"SPEAKER"_s, q1, full);
    b.link(u"SPEAKER"_s, q2, shortName);
    b.link(u"SPEAKER"_s, q3, he);
    b.link(u"SPEAKER"_s, q4, she);
    b.link(u"REFERS_TO"_s, shortName, full);
    b.link(u"REFERS_TO"_s, he, shortName);
    const SourcingSummary s = summarizeSourcing(text, b.annotations, b.relations);
    QCOMPARE(s.speakers.size(), 2);
    const SpeakerSummary &pompeo = s.speakers.at(0);
    QCOMPARE(pompeo.name, u"US Secretary of State Mike Pompeo"_s);
    QCOMPARE(pompeo.kind, SourceKind::Person);
    QCOMPARE(pompeo.quotes, 3);
    QCOMPARE(pompeo.quoteIds, (QList<qint64>{q1, q2, q3}));
    QCOMPARE(pompeo.mentions.size(), 3);
    QCOMPARE(pompeo.sourceIds, (QList<qint64>{full, shortName, he}));
    QVERIFY(!pompeo.pronoun);
    const SpeakerSummary &unknown = s.speakers.at(1);
    QCOMPARE(unknown.name, u"she"_s);
    QCOMPARE(unknown.kind, SourceKind::Unresolved);
    QVERIFY(unknown.pronoun);
    QCOMPARE(s.share(SourceKind::Person).quotes, 3);
    QCOMPARE(s.share(SourceKind::Unresolved).quotes, 1);
    // The JSON carries the speakers with their mentions and kinds.
    const QJsonObject json = toJson(s);
    const QJsonObject first = json.value(u"speakers").toArray().at(0).toObject();
    QCOMPARE(first.value(u"kind").toString(), u"person"_s);
    const QJsonArray mentions = first.value(u"mentions").toArray();
    QCOMPARE(mentions.size(), 3);
    QCOMPARE(mentions.at(2).toObject().value(u"text").toString(), u"he"_s);
    QVERIFY(mentions.at(2).toObject().value(u"pronoun").toBool());
    QCOMPARE(mentions.at(1).toObject().value(u"source_id").toInteger(), shortName);
    // Across documents an unresolved pronoun is nobody: counted, not listed.
    SourcingTotals totals;
    totals.add(s);
    const SourcingSummary total = totals.finish();
    QCOMPARE(total.speakers.size(), 1);
    QCOMPARE(total.unresolvedQuotes, 1);
}

// A quoted passage inside another, or marked twice, counts once: no share above 100%.
void TestSourcingSummary::nestedQuotesCountOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<qint64>("words");
    const QString text = u"The mayor said the plan \"will change the town for good\" and would start in May."_s;
    QTest::newRow("direct inside indirect")
        << text << QStringList{u"the plan \"will change the town for good\" and would start in May"_s,
                               u"\"will change the town for good\""_s}
        << qint64(13);
    QTest::newRow("the same quote twice") << text << QStringList{u"the plan"_s, u"the plan"_s} << qint64(2);
    QTest::newRow("overlapping") << text << QStringList{u"the plan \"will change"_s, u"\"will change the town"_s}
                                 << qint64(6);
    QTest::newRow("the whole text twice") << text << QStringList{text, text.chopped(1)} << qint64(16);
}

void TestSourcingSummary::nestedQuotesCountOnce()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);
    QFETCH(qint64, words);
    ArticleBuilder b(text);
    const qint64 mayor = b.add(u"SOURCE"_s, u"The mayor"_s, kind(u"person"_s));
    for (const QString &quote : std::as_const(quotes))
        b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, quote, form(u"indirect"_s)), mayor);
    const SourcingSummary s = summarizeSourcing(text, b.annotations, b.relations);
    QCOMPARE(s.quotes, int(quotes.size()));
    QCOMPARE(s.quotedWords, words);
    QCOMPARE(s.share(SourceKind::Person).words, words);
    QCOMPARE(s.speakers.at(0).words, words);
    QVERIFY(s.quotedShareOfBody() <= 1.0);
    QVERIFY(s.quotedWords <= s.bodyWords);
}

void TestSourcingSummary::stageDirectionsAreNoQuotes()
{
    const QString text = u"PENCE: We will win.\n(CROSSTALK.)\n\"(LAUGHTER)\n"_s;
    ArticleBuilder b(text);
    const qint64 pence = b.add(u"SOURCE"_s, u"PENCE"_s, kind(u"person"_s));
    b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, u"We will win."_s, form(u"indirect"_s)), pence);
    b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, u"(CROSSTALK.)"_s, form(u"indirect"_s)), pence);
    b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, u"\"(LAUGHTER)"_s, form(u"direct"_s)), pence);
    const SourcingSummary s = summarizeSourcing(text, b.annotations, b.relations);
    QCOMPARE(s.quotes, 1);
    QCOMPARE(s.speakers.at(0).quotes, 1);
    QCOMPARE(s.quotedWords, qint64(3));
    QVERIFY(isStageDirection(u"(BEGIN VIDEO CLIP)"));
    QVERIFY(!isStageDirection(u"(D-N.C.)"));
    QVERIFY(!isStageDirection(u"(AP)"));
    QVERIFY(!isStageDirection(u"(He laughs)"));
}

// Transcript turns: each name speaks its turns; a turn name linked to the full name is that
// speaker.
void TestSourcingSummary::transcriptTurns()
{
    const QString text = u"Host Chris Wallace asked Gov. Mike Pence about the debate.\n"
                         u"WALLACE: Will he be there?\nPENCE: He will.\nWALLACE: Thank you.\n"_s;
    ArticleBuilder b(text);
    const qint64 host = b.add(u"SOURCE"_s, u"Host Chris Wallace"_s, kind(u"person"_s));
    const qint64 pence = b.add(u"SOURCE"_s, u"Gov. Mike Pence"_s, kind(u"person"_s));
    const qint64 w1 = b.add(u"SOURCE"_s, u"WALLACE"_s, kind(u"person"_s));
    const qint64 p1 = b.add(u"SOURCE"_s, u"PENCE"_s, kind(u"person"_s));
    const qint64 w2 = b.add(u"SOURCE"_s, u"WALLACE"_s, kind(u"person"_s), AnnotationStatus::Manual, 1);
    b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, u"Will he be there?"_s, form(u"indirect"_s)), w1);
    b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, u"He will."_s, form(u"indirect"_s)), p1);
    b.link(u"SPEAKER"_s, b.add(u"QUOTE"_s, u"Thank you."_s, form(u"indirect"_s)), w2);
    b.link(u"REFERS_TO"_s, w1, host);
    b.link(u"REFERS_TO"_s, p1, pence);
    const SourcingSummary s = summarizeSourcing(text, b.annotations, b.relations);
    QCOMPARE(s.speakers.size(), 2);
    QCOMPARE(s.speakers.at(0).name, u"Host Chris Wallace"_s); // the same name, and the link
    QCOMPARE(s.speakers.at(0).quotes, 2);
    QCOMPARE(s.speakers.at(1).name, u"Gov. Mike Pence"_s);
    QCOMPARE(s.speakers.at(1).quotes, 1);
}

// The one rule for unattributed claims (the dock, the status bar, the tooltips and stats all
// call unattributedClaims()).
void TestSourcingSummary::oneRuleForClaims_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("quote");  // a quote holding or linking the cue ("" for none)
    QTest::addColumn<bool>("linked");    // the quote links the cue as its CUE
    QTest::addColumn<QString>("source"); // a SOURCE ("" for none)
    QTest::addColumn<int>("claims");
    QTest::newRow("reportedly") << u"The firm is reportedly for sale."_s << u"reportedly"_s << QString() << false << QString() << 1;
    QTest::newRow("apparently") << u"The minister apparently misled parliament."_s << u"apparently"_s << QString() << false
                                << QString() << 1;
    QTest::newRow("is expected") << u"The vote is expected to pass."_s << u"is expected"_s << QString() << false << QString() << 1;
    QTest::newRow("it is understood") << u"It is understood that talks failed."_s << u"It is understood"_s << QString()
                                      << false << QString() << 1;
    QTest::newRow("a hedge inside someone's words")
        << u"Smith said the firm is reportedly for sale."_s << u"reportedly"_s << u"the firm is reportedly for sale"_s
        << false << u"Smith"_s << 0;
    QTest::newRow("a cue a quote links") << u"Smith said the firm is for sale."_s << u"said"_s << u"the firm is for sale"_s
                                         << true << u"Smith"_s << 0;
    QTest::newRow("a verb after its source") << u"Officials on Monday said more."_s << u"said"_s << QString() << false
                                             << u"Officials"_s << 0;
    QTest::newRow("a verb before its source") << u"Talks failed, said the envoy."_s << u"said"_s << QString() << false
                                              << u"the envoy"_s << 0;
    QTest::newRow("according to a source") << u"According to the Harbour Post, talks failed."_s << u"According to"_s
                                           << QString() << false << u"Harbour Post"_s << 0;
    QTest::newRow("a source in another sentence") << u"Smith spoke. The firm is reportedly for sale."_s << u"reportedly"_s
                                                  << QString() << false << u"Smith"_s << 1;
}

void TestSourcingSummary::oneRuleForClaims()
{
    QFETCH(QString, text);
    QFETCH(QString, cue);
    QFETCH(QString, quote);
    QFETCH(bool, linked);
    QFETCH(QString, source);
    QFETCH(int, claims);
    ArticleBuilder b(text);
    const qint64 cueId = b.add(u"CUE"_s, cue);
    if (!source.isEmpty())
        b.add(u"SOURCE"_s, source, kind(u"anonymous"_s));
    if (!quote.isEmpty()) {
        const qint64 quoteId = b.add(u"QUOTE"_s, quote, form(u"indirect"_s));
        if (linked)
            b.link(u"CUE"_s, quoteId, cueId);
    }
    const QList<UnattributedClaim> found = Copydesk::unattributedClaims(text, b.annotations, b.relations);
    QCOMPARE(found.size(), claims);
    if (claims)
        QCOMPARE(found.at(0).cueIds, QList<qint64>{cueId});
    QCOMPARE(summarizeSourcing(text, b.annotations, b.relations).claimCount, claims);
    // Rejected, the cue is nothing.
    for (Annotation &a : b.annotations)
        a.status = AnnotationStatus::Rejected;
    QVERIFY(Copydesk::unattributedClaims(text, b.annotations, b.relations).isEmpty());
}

// Every PolNeAR dev article with its reference annotations and the engines' suggestions
// together (quotes marked twice, nested and overlapping): no share above 100%.
void TestSourcingSummary::sharesOnPolnearDev()
{
    COPYDESK_EVAL_FILE(path, "polnear/dev.jsonl");
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createFurnitureEngine());
    engines.push_back(createSourcingEngine());
    int documents = 0;
    QList<ImportProblem> problems;
    const bool read = JsonlReader().read(path, {}, [&](ImportedDocument &&imported) {
        const QString &text = imported.document.text;
        QList<Annotation> annotations;
        QList<Relation> relations;
        QHash<QString, qint64> ids;
        auto addAnnotation = [&](const QString &label, qint64 start, qint64 end, const QJsonObject &attrs, AnnotationStatus status) {
            Annotation a;
            a.id = annotations.size() + 1;
            a.documentId = 1;
            a.label = label;
            a.start = start;
            a.end = end;
            a.attrs = attrs;
            a.status = status;
            annotations.append(a);
            return a.id;
        };
        for (const ImportedSpan &span : imported.spans)
            ids.insert(span.id, addAnnotation(span.label, span.start, span.end, span.attrs, AnnotationStatus::Accepted));
        for (const ImportedRelation &r : imported.relations)
            relations.append(Relation{relations.size() + 1, 1, 0, r.label, ids.value(r.head), ids.value(r.child)});
        EngineDocument document;
        document.text = text;
        for (const EngineRun &run : runEngines(engines, document, nullptr)) {
            QHash<QString, qint64> keys;
            for (const EngineSpan &span : run.spans)
                keys.insert(span.key, addAnnotation(span.label, span.start, span.end, span.attrs, AnnotationStatus::Suggested));
            for (const SuggestedRelation &r : run.relations)
                relations.append(Relation{relations.size() + 1, 1, 0, r.label, keys.value(r.head), keys.value(r.child)});
        }
        const SourcingSummary s = summarizeSourcing(text, annotations, relations);
        const QByteArray id = imported.document.externalId.toUtf8();
        [&] {
            QVERIFY2(s.quotedShareOfBody() <= 1.0, id.constData());
            QVERIFY2(s.quotedWords <= s.bodyWords, id.constData());
            QVERIFY2(s.attributableWords() == s.quotedWords, id.constData());
            double shares = 0;
            for (int k = 0; k < sourceKindCount; ++k) {
                QVERIFY2(s.kindShare(SourceKind(k)) <= 1.0, id.constData());
                shares += s.kindShare(SourceKind(k));
            }
            QVERIFY2(shares <= 1.0 + 1e-9, id.constData());
            qint64 speakerWords = 0;
            for (const SpeakerSummary &speaker : s.speakers)
                speakerWords += speaker.words;
            QVERIFY2(speakerWords <= s.quotedWords, id.constData());
            int percent = 0;
            for (int p : Copydesk::wholePercentages({s.byKind[0].words, s.byKind[1].words, s.byKind[2].words, s.byKind[3].words,
                                           s.byKind[4].words, s.byKind[5].words, s.byKind[6].words}))
                percent += p;
            QVERIFY2(percent == 0 || percent == 100, id.constData());
        }();
        ++documents;
        return !QTest::currentTestFailed();
    }, &problems);
    QVERIFY(read);
    QVERIFY(problems.isEmpty());
    QCOMPARE(documents, 84);
}

QTEST_GUILESS_MAIN(TestSourcingSummary)
#include "tst_sourcingsummary.moc"
