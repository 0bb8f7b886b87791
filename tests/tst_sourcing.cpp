#include <thread>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engines/abbreviationlexicon.h"
#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "engines/quotefinder.h"
#include "engines/sourcekinds.h"
#include "engines/sourcinglexicon.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// What the engine said about one text, with helpers to look spans up by label and text.
struct Annotated
{
    QString text;
    EngineResult result;

    QList<SuggestedSpan> spans(const QString &label) const
    {
        QList<SuggestedSpan> out;
        for (const SuggestedSpan &span : result.spans) {
            if (span.label == label)
                out.append(span);
        }
        return out;
    }
    QString textOf(const SuggestedSpan &span) const { return text.mid(span.start, span.end - span.start); }
    const SuggestedSpan *find(const QString &label, const QString &spanText) const
    {
        for (const SuggestedSpan &span : result.spans) {
            if (span.label == label && textOf(span) == spanText)
                return &span;
        }
        return nullptr;
    }
    const SuggestedSpan *byKey(const QString &key) const
    {
        for (const SuggestedSpan &span : result.spans) {
            if (span.key == key)
                return &span;
        }
        return nullptr;
    }
    // The span a relation of this label leads to from the quote.
    QString related(const SuggestedSpan *quote, const QString &label) const
    {
        if (!quote)
            return {};
        for (const SuggestedRelation &relation : result.relations) {
            if (relation.head == quote->key && relation.label == label) {
                const SuggestedSpan *child = byKey(relation.child);
                return child ? textOf(*child) : QString();
            }
        }
        return {};
    }
    // The earlier mention a SOURCE refers to (REFERS_TO), by text.
    QString refersTo(const SuggestedSpan *source) const { return related(source, u"REFERS_TO"_s); }
    bool hasRelationFrom(const SuggestedSpan *span) const
    {
        for (const SuggestedRelation &relation : result.relations) {
            if (relation.head == span->key || relation.child == span->key)
                return true;
        }
        return false;
    }
};

Annotated annotate(const QString &text, const QList<SuggestedSpan> &existing = {})
{
    static const std::unique_ptr<Engine> engine = createSourcingEngine();
    EngineDocument document;
    document.id = u"test"_s;
    document.text = text;
    document.existing = existing;
    return {text, engine->annotate(document, nullptr)};
}

} // namespace

class TestSourcing final : public QObject
{
    Q_OBJECT

private slots:
    void engineIdentity();
    void inflections_data();
    void inflections();
    void quoteStyles_data();
    void quoteStyles();
    void apostrophesAreNotQuotes();
    void paragraphSpanningQuote();
    void nestedQuote();
    void speakerBeforeQuote_data();
    void speakerBeforeQuote();
    void continuationInheritsSpeaker();
    void indirectQuotes_data();
    void indirectQuotes();
    void coordinatedVerbsShareSubject();
    void accordingTo();
    void publicationVia();
    void sourceKinds_data();
    void sourceKinds();
    void pronounResolution();
    void speakersResolved_data();
    void speakersResolved();
    void unresolvedPronoun();
    void statementAndIssuer();
    void transcripts();
    void kindsOfGivenSpans();
    void mixedQuote();
    void scareQuoteInDisclaimer();
    void scareQuoteWithoutSpeaker();
    void unattributedClaims_data();
    void unattributedClaims();
    void lexiconsOfYourOwn();
    void everySuggestionHasConfidenceAndReason();
    void nonBmpTextKeepsOffsets();
    void deterministicAcrossThreads();
};

void TestSourcing::engineIdentity()
{
    const std::unique_ptr<Engine> engine = createSourcingEngine();
    QCOMPARE(engine->name(), u"copydesk-sourcing"_s);
    QVERIFY(!engine->version().isEmpty());
    QCOMPARE(engine->layers(), QStringList{u"sourcing"_s});
    QVERIFY(SourcingLexicon::builtin().verbCount() > 50);
}

void TestSourcing::inflections_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("doubled");
    QTest::addColumn<QString>("third");
    QTest::addColumn<QString>("past");
    QTest::addColumn<QString>("ing");
    QTest::newRow("regular") << u"claim"_s << false << u"claims"_s << u"claimed"_s << u"claiming"_s;
    QTest::newRow("e-drop") << u"argue"_s << false << u"argues"_s << u"argued"_s << u"arguing"_s;
    QTest::newRow("y") << u"deny"_s << false << u"denies"_s << u"denied"_s << u"denying"_s;
    QTest::newRow("sibilant") << u"stress"_s << false << u"stresses"_s << u"stressed"_s << u"stressing"_s;
    QTest::newRow("doubled") << u"admit"_s << true << u"admits"_s << u"admitted"_s << u"admitting"_s;
    QTest::newRow("vowel y") << u"convey"_s << false << u"conveys"_s << u"conveyed"_s << u"conveying"_s;
}

void TestSourcing::inflections()
{
    QFETCH(QString, base);
    QFETCH(bool, doubled);
    QFETCH(QString, third);
    QFETCH(QString, past);
    QFETCH(QString, ing);
    QCOMPARE(SourcingLexicon::thirdPerson(base), third);
    QCOMPARE(SourcingLexicon::past(base, doubled), past);
    QCOMPARE(SourcingLexicon::ing(base, doubled), ing);
}

void TestSourcing::quoteStyles_data()
{
    QTest::addColumn<QString>("quotation");
    QTest::newRow("straight") << u"\"We will rebuild the bridge,\""_s;
    QTest::newRow("curly") << u"\u201CWe will rebuild the bridge,\u201D"_s;
    QTest::newRow("single curly") << u"\u2018We will rebuild the bridge,\u2019"_s;
    QTest::newRow("guillemets") << u"\u00ABWe will rebuild the bridge,\u00BB"_s;
    QTest::newRow("german") << u"\u201EWe will rebuild the bridge,\u201C"_s;
    QTest::newRow("doubled singles") << u"''We will rebuild the bridge,''"_s;
    QTest::newRow("straight single") << u"'We will rebuild the bridge,'"_s;
}

void TestSourcing::quoteStyles()
{
    QFETCH(QString, quotation);
    const Annotated a = annotate(u"The council met on Tuesday.\n\n"_s + quotation + u" Mayor Ana Ruiz said."_s);
    const SuggestedSpan *quote = a.find(u"QUOTE"_s, quotation);
    QVERIFY2(quote, qPrintable(quotation));
    QCOMPARE(quote->attrs.value(u"form").toString(), u"direct"_s);
    QCOMPARE(a.related(quote, u"SPEAKER"_s), u"Mayor Ana Ruiz"_s);
    QCOMPARE(a.related(quote, u"CUE"_s), u"said"_s);
    QVERIFY(a.find(u"CUE"_s, u"said"_s));
}

void TestSourcing::apostrophesAreNotQuotes()
{
    const Annotated a = annotate(u"The workers' union didn't agree. 'We won't sign,' the union's leader said."_s);
    const QList<SuggestedSpan> quotes = a.spans(u"QUOTE"_s);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(a.textOf(quotes.first()), u"'We won't sign,'"_s);
    QCOMPARE(a.related(&quotes.first(), u"SPEAKER"_s), u"the union's leader"_s);
}

void TestSourcing::paragraphSpanningQuote()
{
    // The first paragraph ends inside the quotation; the next one re-opens it with a mark.
    const QString text = u"Ms. Okafor described the night in detail: \u201CThe water rose quickly and we ran to the roof.\n\n"
                         u"\u201CBy morning the whole street was gone,\u201D she said.\n\nThe rain stopped on Friday."_s;
    const Annotated a = annotate(text);
    const SuggestedSpan *first = a.find(u"QUOTE"_s, u"\u201CThe water rose quickly and we ran to the roof."_s);
    const SuggestedSpan *second = a.find(u"QUOTE"_s, u"\u201CBy morning the whole street was gone,\u201D"_s);
    QVERIFY(first);
    QVERIFY(second);
    QCOMPARE(first->attrs.value(u"form").toString(), u"direct"_s);
    QCOMPARE(second->attrs.value(u"form").toString(), u"direct"_s);
    QVERIFY(!a.related(first, u"SPEAKER"_s).isEmpty());
    QCOMPARE(a.related(second, u"SPEAKER"_s), u"she"_s);
}

void TestSourcing::nestedQuote()
{
    const QString quotation = u"\u201CHe called the plan \u2018a disgrace\u2019 and walked out,\u201D"_s;
    const Annotated a = annotate(quotation + u" said Tom Berg, a council member."_s);
    const QList<SuggestedSpan> quotes = a.spans(u"QUOTE"_s);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(a.textOf(quotes.first()), quotation);
    QCOMPARE(a.related(&quotes.first(), u"SPEAKER"_s), u"Tom Berg"_s);
}

void TestSourcing::speakerBeforeQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("cue");
    QTest::newRow("colon after verb") << u"The minister told reporters: \u201CThe border stays open.\u201D"_s
                                      << u"The minister"_s << u"told"_s;
    QTest::newRow("comma") << u"Then Sara Lind added, \u201CNobody expected this result.\u201D"_s << u"Sara Lind"_s << u"added"_s;
    QTest::newRow("colon after speaker") << u"Pat Moreno: \u201CWe are not leaving this town.\u201D"_s << u"Pat Moreno"_s << u":"_s;
    QTest::newRow("dash") << u"\u201CWe are not leaving this town.\u201D \u2015 Pat Moreno"_s << u"Pat Moreno"_s << u"\u2015"_s;
    QTest::newRow("inverted") << u"\u201CThe data are clear,\u201D said Dr. Irene Vogel, a climate scientist."_s
                              << u"Dr. Irene Vogel"_s << u"said"_s;
    QTest::newRow("apposition") << u"\u201CThe data are clear,\u201D Irene Vogel, a climate scientist, wrote."_s
                                << u"Irene Vogel, a climate scientist"_s << u"wrote"_s;
}

void TestSourcing::speakerBeforeQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, cue);
    const Annotated a = annotate(text);
    const QList<SuggestedSpan> quotes = a.spans(u"QUOTE"_s);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.first().attrs.value(u"form").toString(), u"direct"_s);
    QCOMPARE(a.related(&quotes.first(), u"SPEAKER"_s), speaker);
    QCOMPARE(a.related(&quotes.first(), u"CUE"_s), cue);
}

void TestSourcing::continuationInheritsSpeaker()
{
    const QString text = u"\u201CWe are ready,\u201D coach Lena Hart said. \u201CThe team has trained for months.\u201D\n\n"
                         u"\u201CNobody will stop us now.\u201D\n\nThe final is on Sunday."_s;
    const Annotated a = annotate(text);
    const QList<SuggestedSpan> quotes = a.spans(u"QUOTE"_s);
    QCOMPARE(quotes.size(), 3);
    for (const SuggestedSpan &quote : quotes) {
        QCOMPARE(quote.attrs.value(u"form").toString(), u"direct"_s);
        QCOMPARE(a.related(&quote, u"SPEAKER"_s), u"coach Lena Hart"_s);
        QCOMPARE(a.related(&quote, u"CUE"_s), u"said"_s);
    }
    // One SOURCE and one CUE, shared.
    QCOMPARE(a.spans(u"SOURCE"_s).size(), 1);
    QCOMPARE(a.spans(u"CUE"_s).size(), 1);
}

void TestSourcing::indirectQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("cue");
    QTest::newRow("told that") << u"Engineers told the council that the bridge would reopen in May."_s
                               << u"the bridge would reopen in May"_s << u"Engineers"_s << u"told"_s;
    QTest::newRow("said without that") << u"The mayor said the budget was balanced."_s << u"the budget was balanced"_s
                                       << u"The mayor"_s << u"said"_s;
    QTest::newRow("closing attribution") << u"The bridge will reopen in May, officials said."_s
                                         << u"The bridge will reopen in May"_s << u"officials"_s << u"said"_s;
    QTest::newRow("inflected cue") << u"Prof. Ito cautioned that the results were preliminary."_s
                                   << u"the results were preliminary"_s << u"Prof. Ito"_s << u"cautioned"_s;
    QTest::newRow("noun phrase content") << u"The union called for a new vote on the contract."_s
                                         << u"a new vote on the contract"_s << u"The union"_s << u"called for"_s;
    QTest::newRow("auxiliary") << u"Residents have repeatedly complained that the trains are late."_s
                               << u"the trains are late"_s << u"Residents"_s << u"complained"_s;
}

void TestSourcing::indirectQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, speaker);
    QFETCH(QString, cue);
    const Annotated a = annotate(text);
    const SuggestedSpan *quote = a.find(u"QUOTE"_s, content);
    QVERIFY2(quote, qPrintable(text));
    QCOMPARE(quote->attrs.value(u"form").toString(), u"indirect"_s);
    QCOMPARE(a.related(quote, u"SPEAKER"_s), speaker);
    QCOMPARE(a.related(quote, u"CUE"_s), cue);
}

void TestSourcing::coordinatedVerbsShareSubject()
{
    const Annotated a = annotate(u"Governor Alma Reyes warned that the dam was weak and insisted it must be repaired, "
                                 u"adding that money was ready."_s);
    const SuggestedSpan *first = a.find(u"QUOTE"_s, u"the dam was weak"_s);
    const SuggestedSpan *second = a.find(u"QUOTE"_s, u"it must be repaired"_s);
    const SuggestedSpan *third = a.find(u"QUOTE"_s, u"money was ready"_s);
    QVERIFY(first && second && third);
    QCOMPARE(a.related(first, u"SPEAKER"_s), u"Governor Alma Reyes"_s);
    QCOMPARE(a.related(second, u"SPEAKER"_s), u"Governor Alma Reyes"_s);
    QCOMPARE(a.related(third, u"SPEAKER"_s), u"Governor Alma Reyes"_s);
    QCOMPARE(a.related(second, u"CUE"_s), u"insisted"_s);
    QCOMPARE(a.related(third, u"CUE"_s), u"adding"_s);
}

void TestSourcing::accordingTo()
{
    const Annotated a = annotate(u"According to the fire brigade, the blaze started in the kitchen.\n\n"
                                 u"Two people were hurt, according to the hospital."_s);
    const SuggestedSpan *first = a.find(u"QUOTE"_s, u"the blaze started in the kitchen"_s);
    const SuggestedSpan *second = a.find(u"QUOTE"_s, u"Two people were hurt"_s);
    QVERIFY(first && second);
    QCOMPARE(a.related(first, u"SPEAKER"_s), u"the fire brigade"_s);
    QCOMPARE(a.related(first, u"CUE"_s), u"According to"_s);
    QCOMPARE(a.related(second, u"SPEAKER"_s), u"the hospital"_s);
    QCOMPARE(a.related(second, u"CUE"_s), u"according to"_s);
}

void TestSourcing::publicationVia()
{
    const Annotated a = annotate(u"According to the Springfield Gazette, a senior city official said: "
                                 u"\u201CThe money is gone.\u201D"_s);
    const SuggestedSpan *quote = a.find(u"QUOTE"_s, u"\u201CThe money is gone.\u201D"_s);
    QVERIFY(quote);
    QCOMPARE(a.related(quote, u"SPEAKER"_s), u"a senior city official"_s);
    QCOMPARE(a.related(quote, u"VIA"_s), u"Springfield Gazette"_s);
    const SuggestedSpan *publication = a.find(u"SOURCE"_s, u"Springfield Gazette"_s);
    QVERIFY(publication);
    QCOMPARE(publication->attrs.value(u"kind").toString(), u"publication"_s);
    QCOMPARE(a.find(u"SOURCE"_s, u"a senior city official"_s)->attrs.value(u"kind").toString(), u"anonymous"_s);
}

void TestSourcing::sourceKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("kind");
    QTest::newRow("sources") << u"Sources said the deal was close."_s << u"Sources"_s << u"anonymous"_s;
    QTest::newRow("officials") << u"The talks failed, two officials said."_s << u"two officials"_s << u"anonymous"_s;
    QTest::newRow("familiar") << u"People familiar with the matter said the sale was delayed."_s
                              << u"People familiar with the matter"_s << u"anonymous"_s;
    QTest::newRow("description") << u"A senior Western diplomat said the meeting was tense."_s
                                 << u"A senior Western diplomat"_s << u"anonymous"_s;
    QTest::newRow("analysts") << u"Analysts said the index would fall further."_s << u"Analysts"_s << u"anonymous"_s;
    QTest::newRow("nationality and noun") << u"Two Arab officials said the envoy had left."_s
                                          << u"Two Arab officials"_s << u"anonymous"_s;
    QTest::newRow("nationality alone") << u"The plan failed, Israeli said."_s << u"Israeli"_s << u"anonymous"_s;
    QTest::newRow("person") << u"Kremlin spokesman Oleg Petrov said the meeting was tense."_s
                            << u"Kremlin spokesman Oleg Petrov"_s << u"person"_s;
    QTest::newRow("person at a publication") << u"Harbour Post reporter Lena Vik said the ferry was late."_s
                                             << u"Harbour Post reporter Lena Vik"_s << u"person"_s;
    QTest::newRow("organisation") << u"The Interior Ministry said the border would reopen."_s
                                  << u"The Interior Ministry"_s << u"organisation"_s;
    QTest::newRow("unnamed organisation") << u"The campaign said the rally would go ahead."_s
                                          << u"The campaign"_s << u"organisation"_s;
    QTest::newRow("publication") << u"The Evening Chronicle reported that the factory would close."_s
                                 << u"Evening Chronicle"_s << u"publication"_s;
    QTest::newRow("document") << u"A new poll shows that voters are split on the harbour plan."_s << u"A new poll"_s
                              << u"document"_s;
    QTest::newRow("statement") << u"According to a statement, the pier will close for repairs."_s << u"a statement"_s
                               << u"document"_s;
    QTest::newRow("unresolved") << u"\u201CWe will win,\u201D he said."_s << u"he"_s << u"unresolved"_s;
}

void TestSourcing::sourceKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, source);
    QFETCH(QString, kind);
    const Annotated a = annotate(text);
    const SuggestedSpan *span = a.find(u"SOURCE"_s, source);
    QVERIFY2(span, qPrintable(text));
    QCOMPARE(span->attrs.value(u"kind").toString(), kind);
}

void TestSourcing::pronounResolution()
{
    const Annotated a = annotate(u"Maria Lopez, the harbour master, inspected the pier on Monday.\n\n"
                                 u"\u201CIt will not survive another storm,\u201D she said."_s);
    const SuggestedSpan *quote = a.find(u"QUOTE"_s, u"\u201CIt will not survive another storm,\u201D"_s);
    QVERIFY(quote);
    QCOMPARE(a.related(quote, u"SPEAKER"_s), u"she"_s);
    const SuggestedSpan *pronoun = a.find(u"SOURCE"_s, u"she"_s);
    QVERIFY(pronoun);
    QVERIFY2(pronoun->reason.contains(u"Maria Lopez"), qPrintable(pronoun->reason));
    QCOMPARE(pronoun->attrs.value(u"kind").toString(), u"person"_s);
    QCOMPARE(a.refersTo(pronoun), u"Maria Lopez"_s);

    // The last fitting person, not a publication or an organisation named in between.
    const Annotated b = annotate(u"Officials said the port would close. Captain Ivo Maric said the crews were ready.\n\n"
                                 u"\u201CWe can sail tonight,\u201D he said."_s);
    const SuggestedSpan *he = b.find(u"SOURCE"_s, u"he"_s);
    QVERIFY(he);
    QVERIFY2(he->reason.contains(u"Captain Ivo Maric"), qPrintable(he->reason));
}

// A pronoun, a short name or a description links (REFERS_TO) to the mention it stands for,
// so that all mentions of one speaker make one speaker.
void TestSourcing::speakersResolved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<int>("occurrence"); // among the SOURCE spans of that text
    QTest::addColumn<QString>("antecedent");
    QTest::newRow("pronoun after a named speaker")
        << u"Mayor Ana Ruiz said the budget was tight. \u201CWe will cut costs,\u201D she added."_s << u"she"_s << 0
        << u"Mayor Ana Ruiz"_s;
    QTest::newRow("short name after the full one")
        << u"Finance Minister Tomas Berg said taxes would rise. Berg also said the deficit would shrink."_s << u"Berg"_s
        << 0 << u"Finance Minister Tomas Berg"_s;
    QTest::newRow("two speakers of the same gender in turn")
        << u"Tomas Berg said the plan was sound. Karl Lind said it was reckless. He added that the vote would fail."_s
        << u"He"_s << 0 << u"Karl Lind"_s;
    QTest::newRow("the first of two again by name")
        << u"Tomas Berg said the plan was sound. Karl Lind said it was reckless. Berg said that Lind was wrong."_s
        << u"Berg"_s << 0 << u"Tomas Berg"_s;
    QTest::newRow("title abbreviated, then spelt out")
        << u"Sen. Mara Holt said the bill would pass. The senator said the vote would come on Friday."_s
        << u"The senator"_s << 0 << u"Sen. Mara Holt"_s;
    QTest::newRow("a role, then the role")
        << u"Harbour spokesman Per Dahl said the ferry was late. The spokesman said repairs would take a week."_s
        << u"The spokesman"_s << 0 << u"Harbour spokesman Per Dahl"_s;
}

void TestSourcing::speakersResolved()
{
    QFETCH(QString, text);
    QFETCH(QString, mention);
    QFETCH(int, occurrence);
    QFETCH(QString, antecedent);
    const Annotated a = annotate(text);
    const SuggestedSpan *found = nullptr;
    int seen = 0;
    for (const SuggestedSpan &span : a.result.spans) {
        if (span.label == u"SOURCE" && a.textOf(span) == mention && seen++ == occurrence)
            found = &span;
    }
    QVERIFY2(found, qPrintable(mention));
    QCOMPARE(a.refersTo(found), antecedent);
    const SuggestedSpan *target = a.find(u"SOURCE"_s, antecedent);
    QVERIFY(target);
    QCOMPARE(found->attrs.value(u"kind").toString(), target->attrs.value(u"kind").toString());
}

// A pronoun nobody fits is its own kind, never a named source, and links to nobody.
void TestSourcing::unresolvedPronoun()
{
    const Annotated a = annotate(u"\u201CThe harbour will flood,\u201D she warned."_s);
    const SuggestedSpan *she = a.find(u"SOURCE"_s, u"she"_s);
    QVERIFY(she);
    QCOMPARE(she->attrs.value(u"kind").toString(), u"unresolved"_s);
    QVERIFY(a.refersTo(she).isEmpty());
}

// "According to a statement from X": X speaks, the statement carried the words (VIA).
void TestSourcing::statementAndIssuer()
{
    const Annotated a = annotate(u"According to a statement from the Harbour Authority, the pier will close for repairs."_s);
    const SuggestedSpan *quote = a.find(u"QUOTE"_s, u"the pier will close for repairs"_s);
    QVERIFY(quote);
    QCOMPARE(a.related(quote, u"SPEAKER"_s), u"the Harbour Authority"_s);
    QCOMPARE(a.related(quote, u"VIA"_s), u"a statement"_s);
    QCOMPARE(a.find(u"SOURCE"_s, u"a statement"_s)->attrs.value(u"kind").toString(), u"document"_s);
    QCOMPARE(a.find(u"SOURCE"_s, u"the Harbour Authority"_s)->attrs.value(u"kind").toString(), u"organisation"_s);
}

// Transcript turns give their speaker to the turn; stage directions are nobody's words.
void TestSourcing::transcripts()
{
    const QString text = u"Partial transcript as follows:\n\n"
                         u"DALE: Will the ferry run this winter?\n\n"
                         u"BERG: It will run every day. (LAUGHTER)\n\n"
                         u"(CROSSTALK)\n\n"
                         u"\"DALE: And the fares?\n\n"
                         u"\"(CROSSTALK.)\n\n"
                         u"\"BERG: They will not rise this year.\n"_s;
    const Annotated a = annotate(text);
    const SuggestedSpan *question = a.find(u"QUOTE"_s, u"Will the ferry run this winter?"_s);
    QVERIFY(question);
    QCOMPARE(a.related(question, u"SPEAKER"_s), u"DALE"_s);
    const SuggestedSpan *answer = a.find(u"QUOTE"_s, u"It will run every day."_s);
    QVERIFY2(answer, "the stage direction after a turn is not part of it");
    QCOMPARE(a.related(answer, u"SPEAKER"_s), u"BERG"_s);
    const SuggestedSpan *fares = a.find(u"QUOTE"_s, u"They will not rise this year."_s);
    QVERIFY(fares);
    QCOMPARE(a.related(fares, u"SPEAKER"_s), u"BERG"_s);
    for (const SuggestedSpan &quote : a.spans(u"QUOTE"_s))
        QVERIFY2(!a.textOf(quote).contains(u"CROSSTALK"), qPrintable(a.textOf(quote)));
    // The second turn of a speaker is the same speaker.
    const SuggestedSpan *secondBerg = nullptr;
    for (const SuggestedSpan &span : a.result.spans) {
        if (span.label == u"SOURCE" && a.textOf(span) == u"BERG" && span.start > answer->start)
            secondBerg = &span;
    }
    QVERIFY(secondBerg);
    QCOMPARE(a.refersTo(secondBerg), u"BERG"_s);
}

// The kind classification the learned attribution model calls on its own SOURCE spans.
void TestSourcing::kindsOfGivenSpans()
{
    const QString text = u"Finance Minister Tomas Berg said taxes would rise. Analysts doubted it, the Harbour Post "
                         u"reported. \u201CWe will see,\u201D he said. A new poll shows support. Israeli officials "
                         u"disagreed."_s;
    const QStringList words{u"Finance Minister Tomas Berg"_s, u"Analysts"_s, u"the Harbour Post"_s, u"he"_s,
                            u"A new poll"_s, u"Israeli officials"_s};
    QList<SourceKindClassifier::Span> spans;
    for (const QString &w : words) {
        const qsizetype at = w == u"he" ? text.indexOf(u" he ") + 1 : text.indexOf(w);
        QVERIFY(at >= 0);
        spans.append({at, at + w.size()});
    }
    const SourceKindClassifier classifier(SourcingLexicon::builtin(), AbbreviationLexicon::builtin());
    const QList<SourceKindClassifier::Verdict> verdicts = classifier.classify(text, spans);
    QCOMPARE(verdicts.size(), spans.size());
    const QList<SourceKind> kinds{SourceKind::Person, SourceKind::Anonymous, SourceKind::Publication, SourceKind::Person,
                                  SourceKind::Document, SourceKind::Anonymous};
    for (int i = 0; i < verdicts.size(); ++i)
        QCOMPARE(sourceKindName(verdicts[i].kind) + u' ' + words[i], sourceKindName(kinds[i]) + u' ' + words[i]);
    QCOMPARE(verdicts[3].refersTo, 0); // "he" is Tomas Berg
    QCOMPARE(verdicts[0].refersTo, -1);
    // A pronoun with no one before it is unresolved.
    const QString alone = u"\u201CNo,\u201D she said."_s;
    const qsizetype she = alone.indexOf(u"she");
    QCOMPARE(classifier.classify(alone, {{she, she + 3}}).at(0).kind, SourceKind::Unresolved);
}

void TestSourcing::mixedQuote()
{
    const Annotated a = annotate(u"The senator said the proposal was \u201Cdead on arrival\u201D in its current form."_s);
    const QList<SuggestedSpan> quotes = a.spans(u"QUOTE"_s);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.first().attrs.value(u"form").toString(), u"mixed"_s);
    QCOMPARE(a.textOf(quotes.first()), u"the proposal was \u201Cdead on arrival\u201D in its current form"_s);
    QCOMPARE(a.related(&quotes.first(), u"SPEAKER"_s), u"The senator"_s);
}

void TestSourcing::scareQuoteInDisclaimer()
{
    const QString body = u"\u201CWe will appeal,\u201D the lawyer said.\n\n"_s;
    const QString disclaimer = u"Legal notice:\nThe publisher provides this content \u201Cas is\u201D and the author "
                               u"\"accepts no liability\" for errors, said nobody in particular."_s;
    SuggestedSpan furniture;
    furniture.label = u"DISCLAIMER"_s;
    furniture.start = body.size();
    furniture.end = body.size() + disclaimer.size();
    const Annotated a = annotate(body + disclaimer, {furniture});
    for (const SuggestedSpan &span : a.result.spans) {
        if (span.start < furniture.start)
            continue;
        // Inside the disclaimer: at most scare quotes, no cues, no speakers.
        QCOMPARE(span.label, u"QUOTE"_s);
        QCOMPARE(span.attrs.value(u"form").toString(), u"scare"_s);
        QVERIFY(!a.hasRelationFrom(&span));
    }
    QVERIFY(a.find(u"QUOTE"_s, u"\u201CWe will appeal,\u201D"_s));
}

void TestSourcing::scareQuoteWithoutSpeaker()
{
    const Annotated a = annotate(u"The shop sells furniture \u201Cas is\u201D and offers no refunds."_s);
    for (const SuggestedSpan &quote : a.spans(u"QUOTE"_s)) {
        QCOMPARE(quote.attrs.value(u"form").toString(), u"scare"_s);
        QVERIFY(!a.hasRelationFrom(&quote));
    }
}

void TestSourcing::unattributedClaims_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cue");
    QTest::newRow("reportedly") << u"The company is reportedly preparing a sale."_s << u"reportedly"_s;
    QTest::newRow("is said to") << u"The deal is said to be worth millions."_s << u"is said"_s;
    QTest::newRow("apparently") << u"The minister apparently misled parliament."_s << u"apparently"_s;
    QTest::newRow("is expected to") << u"The vote is expected to pass on Friday."_s << u"is expected"_s;
    QTest::newRow("seen as") << u"The vote is widely seen as a test for the government."_s << u"is widely seen as"_s;
    QTest::newRow("it is understood") << u"It is understood that the talks will resume."_s << u"It is understood"_s;
}

void TestSourcing::unattributedClaims()
{
    QFETCH(QString, text);
    QFETCH(QString, cue);
    const Annotated a = annotate(text);
    const SuggestedSpan *span = a.find(u"CUE"_s, cue);
    QVERIFY2(span, qPrintable(text));
    QVERIFY(!a.hasRelationFrom(span));
    QVERIFY2(span->reason.contains(u"unattributed claim"), qPrintable(span->reason));
    QVERIFY(a.spans(u"QUOTE"_s).isEmpty());
}

// The engine reads the lexicons it is given: a test (or a user) can add a cue verb.
void TestSourcing::lexiconsOfYourOwn()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : QDir(u":/copydesk/lexicons"_s).entryList({u"sourcing-*.txt"_s})) {
        QFile bundled(u":/copydesk/lexicons/"_s + name);
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray content = bundled.readAll();
        if (name == u"sourcing-cue-verbs.txt")
            content += "\nquack loose\n";
        QFile copy(folder.filePath(name));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(content);
    }
    const QString text = u"Smith quacked that the plan was late."_s;
    EngineDocument document;
    document.text = text;
    const EngineResult bundled = createSourcingEngine()->annotate(document, nullptr);
    QVERIFY((Annotated{text, bundled}.spans(u"CUE"_s).isEmpty()));

    const SourcingLexicon lexicon(folder.path());
    const std::unique_ptr<Engine> engine = createSourcingEngine(lexicon, AbbreviationLexicon::builtin());
    const Annotated own{text, engine->annotate(document, nullptr)};
    const SuggestedSpan *quote = own.find(u"QUOTE"_s, u"the plan was late"_s);
    QVERIFY(quote);
    QCOMPARE(own.related(quote, u"CUE"_s), u"quacked"_s);
    QCOMPARE(own.related(quote, u"SPEAKER"_s), u"Smith"_s);
}

void TestSourcing::everySuggestionHasConfidenceAndReason()
{
    const Annotated a = annotate(u"\u201CWe are ready,\u201D coach Lena Hart said. Officials reportedly disagree, "
                                 u"and the league said the final would go ahead."_s);
    QVERIFY(a.result.spans.size() >= 5);
    for (const SuggestedSpan &span : a.result.spans) {
        QVERIFY(!span.key.isEmpty());
        QVERIFY(!span.reason.isEmpty());
        QVERIFY(span.confidence > 0.0 && span.confidence <= 1.0);
        QVERIFY(span.start < span.end);
    }
}

void TestSourcing::nonBmpTextKeepsOffsets()
{
    // Characters outside the BMP before the quote: stored offsets count code points.
    const QString prefix = u"\U0001F389\U0001F389 Party in \U0001D4AE town! "_s;
    const QString quotation = u"\u201CWe won the cup,\u201D"_s;
    const QString text = prefix + quotation + u" captain Jo Ahn said."_s;
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createSourcingEngine());
    EngineDocument document;
    document.text = text;
    const QList<EngineRun> runs = runEngines(engines, document, nullptr);
    QCOMPARE(runs.size(), 1);
    const qint64 prefixCodePoints = prefix.toUcs4().size();
    bool found = false;
    for (const EngineSpan &span : runs.first().spans) {
        if (span.label != u"QUOTE")
            continue;
        QCOMPARE(span.start, prefixCodePoints);
        QCOMPARE(span.end, prefixCodePoints + quotation.size());
        found = true;
    }
    QVERIFY(found);
    QCOMPARE(runs.first().relations.size(), 2);
}

void TestSourcing::deterministicAcrossThreads()
{
    const QString text = u"\u201CWe are ready,\u201D coach Lena Hart said. \u201CThe team has trained for months.\u201D\n\n"
                         u"Officials said the stadium was full, and the league reportedly sold every ticket."_s;
    const std::unique_ptr<Engine> engine = createSourcingEngine();
    EngineDocument document;
    document.text = text;
    const EngineResult reference = engine->annotate(document, nullptr);
    auto same = [&](const EngineResult &result) {
        if (result.spans.size() != reference.spans.size() || result.relations.size() != reference.relations.size())
            return false;
        for (qsizetype i = 0; i < result.spans.size(); ++i) {
            const SuggestedSpan &x = result.spans[i];
            const SuggestedSpan &y = reference.spans[i];
            if (x.key != y.key || x.label != y.label || x.start != y.start || x.end != y.end || x.attrs != y.attrs
                || x.reason != y.reason)
                return false;
        }
        return true;
    };
    std::vector<std::thread> threads;
    std::vector<int> ok(4, 0);
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&, i] {
            bool all = true;
            for (int round = 0; round < 50; ++round)
                all = all && same(engine->annotate(document, nullptr));
            ok[i] = all ? 1 : 0;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int value : ok)
        QCOMPARE(value, 1);
}

QTEST_GUILESS_MAIN(TestSourcing)
#include "tst_sourcing.moc"
