// brat standoff: pairs and folders, fragments, events, attributes and notes, line ends and
// byte order marks, UTF-16 files, bad files reported by line, folder export (through the API
// and the command line) and round trips, and the PolNeAR files against their JSONL.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include "labelschema.h"
#include "formats/bratformat.h"
#include "formats/formatregistry.h"
#include "formattestsupport.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;
using namespace FormatTest;

namespace {

// A T line for the n-th occurrence of needle, offsets in code points.
QString tLine(const QString &text, const QString &id, const QString &label, const QString &needle, int occurrence = 0)
{
    const qint64 start = codePointOf(text, needle, occurrence);
    return u"%1\t%2 %3 %4\t%5\n"_s.arg(id, label).arg(start).arg(start + codePointLength(needle)).arg(needle);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

class TestBratFormat final : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void importPair();
    void discontinuousAttribution();
    void otherEvents();
    void lineEnds_data();
    void lineEnds();
    void utf16Offsets();
    void malformed_data();
    void malformed();
    void annWithoutText();
    void folderImport();
    void labelMapLeavesOut();
    void exportRoundTrip();
    void exportWarnings();
    void lineBreaksBecomeFragments();
    void exportNeedsAnEmptyFolder();
    void commandLine();
    void polnear();
};

void TestBratFormat::registered()
{
    QVERIFY(readerNames().contains(u"brat"_s));
    QVERIFY(writerNames().contains(u"brat"_s));
    QVERIFY(createReaderForPath(u"news/story.ann"_s));
    QCOMPARE(formatForPath(u"news/story.ann"_s)->name, u"brat"_s);
    QCOMPARE(formatForPath(u"story.txt"_s)->name, u"txt"_s);
    QVERIFY(createWriter(u"brat"_s)->writesDirectory());
    QVERIFY(!createWriter(u"jsonl"_s)->writesDirectory());
}

void TestBratFormat::importPair()
{
    Project project;
    const QString t = fixtureText();
    QVERIFY(QDir(project.path(QString())).mkpath(u"collection"_s));
    project.write(u"collection/story.txt"_s, utf8(t));
    const QString quote = u"We\u2019re ready \U0001F469\u200D\U0001F52C, truly."_s;
    const QString name = u"Zoe\u0308 Brandt"_s;
    QString ann = tLine(t, u"T1"_s, u"PERSON"_s, name) + tLine(t, u"T2"_s, u"SOURCE"_s, name)
                  + tLine(t, u"T3"_s, u"CUE"_s, u"said"_s) + tLine(t, u"T4"_s, u"QUOTE"_s, quote);
    ann += u"R1\tSPEAKER Arg1:T4 Arg2:T2\n"_s
           u"R2\tCUE Arg2:T3 Arg1:T4\n"_s
           u"A1\tform T4 direct\n"_s
           u"A2\tNegated T1\n"_s
           u"#1\tAnnotatorNotes T4\tfrom the recording\n"_s
           u"N1\tReference T1 Wikidata:Q1\tZo\u00EB Brandt\n"_s;
    const QString annPath = project.write(u"collection/story.ann"_s, utf8(ann));

    const ImportReport report = project.import({annPath});
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    QCOMPARE(report.documents, 1);
    const qint64 id = project.onlyDocument();
    const Document doc = *project.store().document(id);
    QCOMPARE(doc.text, t);
    QCOMPARE(doc.externalId, u"story"_s);
    QCOMPARE(doc.title, u"Harbour talks \U0001F6A2 resume"_s);

    const QList<Annotation> annotations = project.store().annotations(id);
    QCOMPARE(annotations.size(), 4);
    const Annotation *person = project.find(annotations, u"PERSON"_s);
    const Annotation *quoteSpan = project.find(annotations, u"QUOTE"_s);
    QVERIFY(person && quoteSpan);
    QCOMPARE(project.covered(*person), name);
    QCOMPARE(project.covered(*quoteSpan), quote);
    QCOMPARE(quoteSpan->start, codePointOf(t, quote));
    QCOMPARE(quoteSpan->externalId, u"T4"_s);
    QCOMPARE(quoteSpan->attrs.value(u"form"_s).toString(), u"direct"_s);
    QCOMPARE(quoteSpan->note, u"from the recording"_s);
    QCOMPARE(person->attrs.value(u"Negated"_s), QJsonValue(true));
    const QJsonArray norms = person->attrs.value(u"normalizations"_s).toArray();
    QCOMPARE(norms.size(), 1);
    QCOMPARE(norms.first().toObject().value(u"ref"_s).toString(), u"Wikidata:Q1"_s);
    QCOMPARE(project.store().annotator(quoteSpan->annotatorId)->name, u"collection"_s);

    const auto relations = relationKeys(project.store(), id);
    QCOMPARE(relations.size(), 2);
    const SpanKey quoteKey{u"QUOTE"_s, quoteSpan->start, quoteSpan->end};
    QCOMPARE(std::get<0>(relations[0]), u"CUE"_s);
    QCOMPARE(std::get<1>(relations[0]), quoteKey);
    QCOMPARE(std::get<0>(std::get<2>(relations[0])), u"CUE"_s);
    QCOMPARE(std::get<0>(relations[1]), u"SPEAKER"_s);
    QCOMPARE(std::get<1>(relations[1]), quoteKey);
    QCOMPARE(std::get<0>(std::get<2>(relations[1])), u"SOURCE"_s);
}

// A quote in two fragments around its attribution: a span per fragment, each related.
void TestBratFormat::discontinuousAttribution()
{
    Project project;
    const QString t = u"The port, officials said, will reopen soon.\n"_s;
    project.write(u"port.txt"_s, utf8(t));
    const qint64 a = codePointOf(t, u"The port"_s), b = codePointOf(t, u"will reopen soon"_s);
    QString ann = u"T1\tContent %1 %2;%3 %4\tThe port will reopen soon\n"_s.arg(a).arg(a + 8).arg(b).arg(b + 16);
    ann += tLine(t, u"T2"_s, u"Source"_s, u"officials"_s) + tLine(t, u"T3"_s, u"Cue"_s, u"said"_s)
           + tLine(t, u"T4"_s, u"Attribution"_s, u"said"_s) + u"E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1\n"_s;
    const QString path = project.write(u"port.ann"_s, utf8(ann));
    ImportOptions options;
    options.labelMap = {{u"Content"_s, u"QUOTE"_s}, {u"Source"_s, u"SOURCE"_s}, {u"Cue"_s, u"CUE"_s}, {u"Attribution"_s, QString()}};
    const ImportReport report = project.import({path}, options);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    const QList<SpanKey> expected{{u"CUE"_s, codePointOf(t, u"said"_s), codePointOf(t, u"said"_s) + 4},
                                  {u"QUOTE"_s, a, a + 8},
                                  {u"QUOTE"_s, b, b + 16},
                                  {u"SOURCE"_s, codePointOf(t, u"officials"_s), codePointOf(t, u"officials"_s) + 9}};
    QCOMPARE(spanKeys(project.store(), id), expected);
    QStringList ids;
    for (const Annotation &x : project.store().annotations(id))
        ids.append(x.externalId);
    ids.sort();
    QCOMPARE(ids, (QStringList{u"T1.0"_s, u"T1.1"_s, u"T2"_s, u"T3"_s}));
    const auto relations = relationKeys(project.store(), id);
    QCOMPARE(relations.size(), 4); // SPEAKER and CUE from each fragment
    for (const auto &[label, head, child] : relations) {
        QCOMPARE(std::get<0>(head), u"QUOTE"_s);
        QCOMPARE(std::get<0>(child), label == u"SPEAKER" ? u"SOURCE"_s : u"CUE"_s);
    }
}

// An event that is not an attribution: relations from its trigger, labelled with the role.
void TestBratFormat::otherEvents()
{
    Project project;
    const QString t = u"Lind met Arvo and Kask in Tartu.\n"_s;
    project.write(u"meet.txt"_s, utf8(t));
    const QString ann = tLine(t, u"T1"_s, u"Meeting"_s, u"met"_s) + tLine(t, u"T2"_s, u"PERSON"_s, u"Lind"_s)
                        + tLine(t, u"T3"_s, u"PERSON"_s, u"Arvo"_s) + tLine(t, u"T4"_s, u"PERSON"_s, u"Kask"_s)
                        + u"E1\tMeeting:T1 Participant:T2 Participant2:T3 Participant3:T4\n"_s
                        + u"E2\tMeeting:T1 Theme:E1\n"_s;
    ImportOptions options;
    options.addLabels = true;
    const ImportReport report = project.import({project.write(u"meet.ann"_s, utf8(ann))}, options);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const auto relations = relationKeys(project.store(), project.onlyDocument());
    QCOMPARE(relations.size(), 3); // E2's argument is E1's trigger, the trigger itself: no relation
    for (const auto &[label, head, child] : relations) {
        QCOMPARE(label, u"Participant"_s);
        QCOMPARE(std::get<0>(head), u"Meeting"_s);
        QCOMPARE(std::get<0>(child), u"PERSON"_s);
    }
}

void TestBratFormat::lineEnds_data()
{
    QTest::addColumn<QString>("lineEnd");
    QTest::addColumn<bool>("bom");
    QTest::newRow("crlf") << u"\r\n"_s << false;
    QTest::newRow("lone cr") << u"\r"_s << false;
    QTest::newRow("bom, lf") << u"\n"_s << true;
    QTest::newRow("bom, crlf") << u"\r\n"_s << true;
}

// brat counts the characters of the .txt as they are: a CR of CRLF and a byte order mark too.
void TestBratFormat::lineEnds()
{
    QFETCH(QString, lineEnd);
    QFETCH(bool, bom);
    Project project;
    QString raw = u"Harbour talks \U0001F6A2 resume"_s + lineEnd + lineEnd + u"Zoe\u0308 Brandt said it."_s + lineEnd
                  + u"Kelmar waits."_s + lineEnd;
    if (bom)
        raw.prepend(QChar(0xFEFF));
    project.write(u"ends.txt"_s, utf8(raw));
    const QString ann = tLine(raw, u"T1"_s, u"PERSON"_s, u"Zoe\u0308 Brandt"_s) + tLine(raw, u"T2"_s, u"GPE"_s, u"Kelmar"_s)
                        + tLine(raw, u"T3"_s, u"HEADLINE"_s, u"Harbour talks \U0001F6A2 resume"_s);
    const ImportReport report = project.import({project.write(u"ends.ann"_s, utf8(ann))});
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    const QString text = project.store().document(id)->text;
    QVERIFY(!text.contains(u'\r'));
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
    QCOMPARE(text, u"Harbour talks \U0001F6A2 resume\n\nZoe\u0308 Brandt said it.\nKelmar waits.\n"_s);
    const QList<Annotation> annotations = project.store().annotations(id);
    QCOMPARE(project.covered(*project.find(annotations, u"PERSON"_s)), u"Zoe\u0308 Brandt"_s);
    QCOMPARE(project.covered(*project.find(annotations, u"GPE"_s)), u"Kelmar"_s);
    QCOMPARE(project.covered(*project.find(annotations, u"HEADLINE"_s)), u"Harbour talks \U0001F6A2 resume"_s);
}

// Files written where Python counted UTF-16 units (brat on a narrow build) are read that way.
void TestBratFormat::utf16Offsets()
{
    Project project;
    const QString t = u"\U0001F6A2\U0001F6A2 Kelmar port reopens.\n"_s;
    project.write(u"narrow.txt"_s, utf8(t));
    const qsizetype at = t.indexOf(u"Kelmar"_s);
    const QString ann = u"T1\tGPE %1 %2\tKelmar\n"_s.arg(at).arg(at + 6);
    const ImportReport report = project.import({project.write(u"narrow.ann"_s, utf8(ann))});
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const Annotation a = project.store().annotations(project.onlyDocument()).first();
    QCOMPARE(a.start, 3);
    QCOMPARE(project.covered(a), u"Kelmar"_s);
}

void TestBratFormat::malformed_data()
{
    QTest::addColumn<QString>("ann");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    const QString ok = u"T1\tPERSON 0 4\tMira\n"_s;
    QTest::newRow("text differs") << ok + u"T2\tORG 22 28\tcouncil\n"_s << 2 << u"differs"_s;
    QTest::newRow("outside the text") << u"\n"_s + u"T1\tPERSON 0 999\tMira\n"_s << 2 << u"outside"_s;
    QTest::newRow("offsets not numbers") << u"T1\tPERSON zero 4\tMira\n"_s << 1 << u"START END"_s;
    QTest::newRow("reversed offsets") << u"T1\tPERSON 4 0\tMira\n"_s << 1 << u"START END"_s;
    QTest::newRow("unknown kind") << ok + u"X1\tsomething T1\n"_s << 2 << u"unknown kind"_s;
    QTest::newRow("no tab") << u"T1 PERSON 0 4 Mira\n"_s << 1 << u"tab"_s;
    QTest::newRow("duplicate id") << ok + ok << 2 << u"twice"_s;
    QTest::newRow("relation to nothing") << ok + u"R1\tREL Arg1:T1 Arg2:T9\n"_s << 2 << u"T9"_s;
    QTest::newRow("relation with one argument") << ok + u"R1\tREL Arg1:T1\n"_s << 2 << u"two arguments"_s;
    QTest::newRow("event without trigger") << ok + u"E1\tMeeting:T7 Person:T1\n"_s << 2 << u"T7"_s;
    QTest::newRow("attribute of nothing") << ok + u"A1\tNegated T5\n"_s << 2 << u"T5"_s;
    QTest::newRow("note of nothing") << ok + u"#1\tAnnotatorNotes T5\tsee\n"_s << 2 << u"T5"_s;
}

void TestBratFormat::malformed()
{
    QFETCH(QString, ann);
    QFETCH(int, line);
    QFETCH(QString, says);
    Project project;
    project.write(u"bad.txt"_s, "Mira Lind spoke to the council.\n");
    const ImportReport report = project.import({project.write(u"bad.ann"_s, utf8(ann))});
    QCOMPARE(report.problems.size(), 1);
    const ImportProblem problem = report.problems.first();
    QVERIFY2(problem.file.endsWith(u"bad.ann"_s), qPrintable(problem.toString()));
    QCOMPARE(problem.line, qint64(line));
    QVERIFY2(problem.message.contains(says), qPrintable(problem.toString()));
    QCOMPARE(report.documents, 0);
    QCOMPARE(project.store().documentCount(), 0);
}

void TestBratFormat::annWithoutText()
{
    Project project;
    const ImportReport report = project.import({project.write(u"lonely.ann"_s, "T1\tPERSON 0 4\tMira\n")});
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 0);
    QVERIFY(report.problems.first().message.contains(u"lonely.txt"_s));
    QCOMPARE(project.store().documentCount(), 0);
}

// A brat collection: pairs in folders, a text without annotations, brat's configuration.
void TestBratFormat::folderImport()
{
    for (const bool named : {true, false}) {
        Project project;
        QDir root(project.path(u"corpus"_s));
        QVERIFY(root.mkpath(u"sub"_s));
        project.write(u"corpus/a.txt"_s, "Mira Lind spoke.\n");
        project.write(u"corpus/a.ann"_s, "T1\tPERSON 0 9\tMira Lind\n");
        project.write(u"corpus/sub/b.txt"_s, "Arvo Kask replied.\n");
        project.write(u"corpus/sub/b.ann"_s, "T1\tPERSON 0 9\tArvo Kask\n");
        project.write(u"corpus/c.txt"_s, "Nobody annotated this one.\n");
        project.write(u"corpus/annotation.conf"_s, "[entities]\nPERSON\n");
        ImportOptions options;
        if (named)
            options.format = u"brat"_s;
        const ImportReport report = project.import({root.path()}, options);
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(project.store().documentCount(), 3);
        QHash<QString, int> annotations;
        for (const qint64 id : project.store().documentIds())
            annotations.insert(project.store().document(id)->externalId, int(project.store().annotations(id).size()));
        const QHash<QString, int> expected{{u"a"_s, 1}, {u"sub/b"_s, 1}, {u"c"_s, 0}};
        QCOMPARE(annotations, expected);
    }
}

void TestBratFormat::labelMapLeavesOut()
{
    Project project;
    const QString t = u"Mira Lind spoke to the council in Tartu.\n"_s;
    project.write(u"m.txt"_s, utf8(t));
    const QString ann = tLine(t, u"T1"_s, u"Person"_s, u"Mira Lind"_s) + tLine(t, u"T2"_s, u"Junk"_s, u"council"_s)
                        + tLine(t, u"T3"_s, u"City"_s, u"Tartu"_s) + u"R1\tnear Arg1:T1 Arg2:T2\n"_s
                        + u"A1\tNegated T2\n"_s + u"#1\tAnnotatorNotes T2\tignore\n"_s;
    ImportOptions options;
    options.labelMap = {{u"Person"_s, u"PERSON"_s}, {u"Junk"_s, QString()}, {u"City"_s, u"GPE"_s}, {u"near"_s, u"SPEAKER"_s}};
    const ImportReport report = project.import({project.write(u"m.ann"_s, utf8(ann))}, options);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    const QList<SpanKey> expected{{u"GPE"_s, codePointOf(t, u"Tartu"_s), codePointOf(t, u"Tartu"_s) + 5}, {u"PERSON"_s, 0, 9}};
    QCOMPARE(spanKeys(project.store(), id), expected);
    QVERIFY(project.store().relations(id).isEmpty());
}

// Copydesk -> brat folder -> Copydesk keeps texts, spans, relations, text attributes, notes.
void TestBratFormat::exportRoundTrip()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const qint64 id = project.onlyDocument();
    const auto ownedWriter = createWriter(u"brat"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    QString error;
    const QString out = project.path(u"out"_s);
    QVERIFY2(exportProjectToDirectory(project.store(), writer, out, withSuggestions(), &report, &error), qPrintable(error));
    QCOMPARE(report.documents, 1);
    QVERIFY(QFileInfo::exists(out + u"/wire/harbour_talks.txt"_s));
    QVERIFY(QFileInfo::exists(out + u"/wire/harbour_talks.ann"_s));
    QVERIFY(QFileInfo::exists(out + u"/annotation.conf"_s));
    QFile text(out + u"/wire/harbour_talks.txt"_s);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(text.readAll()), fixtureText());
    QFile conf(out + u"/annotation.conf"_s);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QString confText = QString::fromUtf8(conf.readAll());
    QVERIFY2(confText.contains(u"SPEAKER\tArg1:QUOTE, Arg2:SOURCE\n"_s), qPrintable(confText));
    QVERIFY(confText.contains(u"form\tArg:<ENTITY>, Value:direct\n"_s));
    QVERIFY(confText.contains(u"<OVERLAP>"_s));
    QDir parent = QFileInfo(out).dir();
    QCOMPARE(parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"out"_s});

    Project again;
    ImportOptions options;
    options.format = u"brat"_s;
    const ImportReport imported = again.import({out}, options);
    QVERIFY2(imported.problems.isEmpty(), qPrintable(problems(imported)));
    const qint64 copy = again.onlyDocument();
    QCOMPARE(again.store().document(copy)->externalId, u"wire/harbour_talks"_s);
    QCOMPARE(again.store().document(copy)->text, fixtureText());
    QList<SpanKey> original = spanKeys(project.store(), id);
    original.removeIf([](const SpanKey &k) { return std::get<0>(k) == u"DATE"; }); // rejected: not exported
    QCOMPARE(spanKeys(again.store(), copy), original);
    QCOMPARE(relationKeys(again.store(), copy), relationKeys(project.store(), id));
    const QList<Annotation> annotations = again.store().annotations(copy);
    const Annotation *quote = again.find(annotations, u"QUOTE"_s);
    QCOMPARE(quote->attrs.value(u"form"_s).toString(), u"direct"_s);
    QCOMPARE(quote->attrs.value(u"rank"_s).toString(), u"2"_s);
    QVERIFY(!quote->attrs.contains(u"tags"_s));
    QCOMPARE(quote->note, u"checked, against \"the\" audio second line"_s);
}

// A span across line breaks is written as fragments split at each break (brat's own reader
// refuses it otherwise); annotation.conf and visual.conf carry the project's labels and
// colours; re-importing the export reads its annotation.conf without a word and makes the
// fragments one span again. Another collection's fragments stay apart.
void TestBratFormat::lineBreaksBecomeFragments()
{
    Project project;
    const QString t = u"Mira Lind said the port\nwill reopen \U0001F6A2 soon.\n\nIt was\n\nquiet.\n"_s;
    auto span = [&](const QString &id, const QString &from, const QString &to, const QString &label) {
        const qint64 start = codePointOf(t, from);
        return QJsonObject{{u"id"_s, id}, {u"start"_s, start}, {u"end"_s, codePointOf(t, to) + codePointLength(to)}, {u"label"_s, label}};
    };
    const QJsonObject doc{{u"id"_s, u"lines"_s}, {u"text"_s, t},
                          {u"spans"_s, QJsonArray{span(u"q"_s, u"the port"_s, u"soon."_s, u"QUOTE"_s),
                                                  span(u"s"_s, u"Mira Lind"_s, u"Mira Lind"_s, u"SOURCE"_s),
                                                  span(u"b"_s, u"It was"_s, u"quiet."_s, u"BOILERPLATE"_s),
                                                  QJsonObject{{u"start"_s, codePointOf(t, u"\n\n"_s)}, {u"end"_s, codePointOf(t, u"\n\n"_s) + 2},
                                                              {u"label"_s, u"METADATA"_s}}}},
                          {u"relations"_s, QJsonArray{QJsonObject{{u"label"_s, u"SPEAKER"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"s"_s}}}}};
    QVERIFY(project.import({project.write(u"lines.jsonl"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n')}).problems.isEmpty());
    const qint64 id = project.onlyDocument();
    const auto writer = createWriter(u"brat"_s);
    ExportReport report;
    QString error;
    const QString out = project.path(u"out"_s);
    QVERIFY2(exportToPath(project.store(), *writer, out, {}, &report, &error), qPrintable(error));
    QVERIFY2(report.warnings.join(u'\n').contains(u"1 span(s) without text"_s), qPrintable(report.warnings.join(u'\n')));

    QFile ann(out + u"/lines.ann"_s);
    QVERIFY(ann.open(QIODevice::ReadOnly));
    const QString annText = QString::fromUtf8(ann.readAll());
    const qint64 port = codePointOf(t, u"the port"_s), will = codePointOf(t, u"will"_s), soon = codePointOf(t, u"soon."_s) + 5;
    QVERIFY2(annText.contains(u"\tQUOTE %1 %2;%3 %4\tthe port will reopen \U0001F6A2 soon.\n"_s.arg(port).arg(will - 1).arg(will).arg(soon)),
             qPrintable(annText));
    const qint64 it = codePointOf(t, u"It was"_s), quiet = codePointOf(t, u"quiet."_s);
    QVERIFY2(annText.contains(u"\tBOILERPLATE %1 %2;%3 %4\tIt was quiet.\n"_s.arg(it).arg(it + 6).arg(quiet).arg(quiet + 6)),
             qPrintable(annText));
    QVERIFY(!annText.contains(u"METADATA"_s));

    auto read = [&](const QString &name) {
        QFile file(out + u'/' + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString annotationConf = read(u"annotation.conf"_s), visualConf = read(u"visual.conf"_s);
    for (const QString &label : {u"PERSON"_s, u"NORP"_s, u"QUOTE"_s, u"HEADLINE"_s})
        QVERIFY2(annotationConf.contains(u'\n' + label + u'\n'), qPrintable(label)); // every label of the project
    QVERIFY2(annotationConf.contains(u"SPEAKER\tArg1:QUOTE, Arg2:SOURCE\n"_s), qPrintable(annotationConf));
    const LabelSchema schema = project.store().schema();
    const LabelDefinition *person = schema.label(u"PERSON");
    QVERIFY2(visualConf.contains(u"PERSON\tbgColor:%1"_s.arg(person->color)), qPrintable(visualConf));
    QVERIFY(visualConf.contains(u"[labels]\nPERSON | PERSON\n"_s) || visualConf.contains(u"\nPERSON | PERSON\n"_s));

    // Re-imported by extension: no notes about the .conf files, the spans whole again.
    Project again;
    const ImportReport imported = again.import({out});
    QVERIFY2(imported.problems.isEmpty(), qPrintable(problems(imported)));
    QVERIFY2(imported.notes.isEmpty(), qPrintable(imported.notes.value(0).toString()));
    const qint64 copy = again.onlyDocument();
    QList<SpanKey> original = spanKeys(project.store(), id);
    original.removeIf([](const SpanKey &k) { return std::get<0>(k) == u"METADATA"; });
    QCOMPARE(spanKeys(again.store(), copy), original);
    QCOMPARE(relationKeys(again.store(), copy), relationKeys(project.store(), id));

    // Not Copydesk's annotation.conf: the fragments are spans of their own.
    QFile foreignConf(out + u"/annotation.conf"_s);
    QVERIFY(foreignConf.open(QIODevice::WriteOnly));
    foreignConf.write("[entities]\nQUOTE\n");
    foreignConf.close();
    Project foreign;
    QVERIFY(foreign.import({out}).problems.isEmpty());
    QCOMPARE(spanKeys(foreign.store(), foreign.onlyDocument()).size(), original.size() + 2);
}

void TestBratFormat::exportWarnings()
{
    Project project;
    const QString t = u"Mira Lind wrote an op-ed.\n\nAnd more.\n"_s;
    const QJsonObject doc{{u"id"_s, u"x"_s}, {u"text"_s, t},
                          {u"spans"_s, QJsonArray{QJsonObject{{u"start"_s, 19}, {u"end"_s, 24}, {u"label"_s, u"OP ED"_s}},
                                                  QJsonObject{{u"start"_s, 3}, {u"end"_s, 3}, {u"label"_s, u"PERSON"_s}},
                                                  QJsonObject{{u"start"_s, 0}, {u"end"_s, 9}, {u"label"_s, u"PERSON"_s},
                                                              {u"status"_s, u"suggested"_s},
                                                              {u"attrs"_s, QJsonObject{{u"checked"_s, false}}}}}}};
    ImportOptions options;
    options.addLabels = true;
    QVERIFY(project.import({project.write(u"w.jsonl"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact))}, options)
                .problems.isEmpty());
    const auto ownedWriter = createWriter(u"brat"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    QString error;
    QVERIFY2(exportProjectToDirectory(project.store(), writer, project.path(u"w"_s), withSuggestions(), &report, &error), qPrintable(error));
    const QString warnings = report.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"1 suggestion(s)"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"1 span(s) without text"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"1 attribute(s) left out"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"\"OP ED\" written as \"OP_ED\""_s), qPrintable(warnings));
    QFile ann(project.path(u"w/x.ann"_s));
    QVERIFY(ann.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(ann.readAll()), u"T1\tPERSON 0 9\tMira Lind\nT2\tOP_ED 19 24\top-ed\n"_s);
}

void TestBratFormat::exportNeedsAnEmptyFolder()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const auto ownedWriter = createWriter(u"brat"_s);
    DocumentWriter &writer = *ownedWriter;
    ExportReport report;
    QString error;
    project.write(u"full-keep.txt"_s, "x");
    QVERIFY(QDir(project.path(QString())).mkpath(u"full"_s));
    project.write(u"full/keep.txt"_s, "mine");
    QVERIFY(!exportProjectToDirectory(project.store(), writer, project.path(u"full"_s), {}, &report, &error));
    QVERIFY2(error.contains(u"not empty"_s), qPrintable(error));
    QVERIFY(!exportProjectToDirectory(project.store(), writer, project.path(u"full-keep.txt"_s), {}, &report, &error));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!exportProject(project.store(), writer, &buffer, {}, &report, &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    QVERIFY(QDir(project.path(QString())).mkpath(u"empty"_s));
    const auto ownedSecond = createWriter(u"brat"_s);
    DocumentWriter &second = *ownedSecond;
    QVERIFY2(exportProjectToDirectory(project.store(), second, project.path(u"empty"_s), {}, &report, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(project.path(u"empty/wire/harbour_talks.ann"_s)));
}

void TestBratFormat::commandLine()
{
    QTemporaryDir dir;
    auto cli = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(COPYDESK_CLI), arguments);
        process.waitForFinished(120000);
        return std::pair{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         QString::fromUtf8(process.readAllStandardError())};
    };
    const QString t = fixtureText();
    QVERIFY(QDir(dir.path()).mkpath(u"in"_s));
    QVERIFY(writeFile(dir.filePath(u"in/story.txt"_s), utf8(t)));
    QVERIFY(writeFile(dir.filePath(u"in/story.ann"_s),
                      utf8(tLine(t, u"T1"_s, u"PERSON"_s, u"Zoe\u0308 Brandt"_s) + tLine(t, u"T2"_s, u"GPE"_s, u"Kelmar"_s))));
    QCOMPARE(cli({u"new"_s, u"p.copydesk"_s}).first, 0);
    auto [status, err] = cli({u"import"_s, u"p.copydesk"_s, u"in"_s, u"--format"_s, u"brat"_s});
    QVERIFY2(status == 0, qPrintable(err));
    std::tie(status, err) = cli({u"export"_s, u"p.copydesk"_s, u"--format"_s, u"brat"_s, u"-o"_s, u"out"_s});
    QVERIFY2(status == 0, qPrintable(err));
    QFile ann(dir.filePath(u"out/story.ann"_s));
    QVERIFY(ann.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(ann.readAll()),
             tLine(t, u"T1"_s, u"PERSON"_s, u"Zoe\u0308 Brandt"_s) + tLine(t, u"T2"_s, u"GPE"_s, u"Kelmar"_s));
    QFile text(dir.filePath(u"out/story.txt"_s));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), utf8(t));

    std::tie(status, err) = cli({u"export"_s, u"p.copydesk"_s, u"--format"_s, u"brat"_s});
    QCOMPARE(status, 2);
    QVERIFY2(err.contains(u"-o FOLDER"_s), qPrintable(err));
    std::tie(status, err) = cli({u"export"_s, u"p.copydesk"_s, u"--format"_s, u"brat"_s, u"-o"_s, u"out"_s});
    QCOMPARE(status, 1);
    QVERIFY2(err.contains(u"not empty"_s), qPrintable(err));
}

// The PolNeAR dev articles as brat files must import to exactly the spans of the JSONL made
// from them (Source, Cue, Content and Discard mapped; attribution triggers and Discuss left
// out), with its SPEAKER and CUE relations.
void TestBratFormat::polnear()
{
    COPYDESK_EVAL_FILE(bratFolder, "polnear/brat");
    COPYDESK_EVAL_FILE(goldFile, "polnear/dev.jsonl");
    Project project;
    ImportOptions options;
    options.format = u"brat"_s;
    options.labelMap = {{u"Source"_s, u"SOURCE"_s}, {u"Cue"_s, u"CUE"_s}, {u"Content"_s, u"QUOTE"_s},
                        {u"Discard"_s, u"BOILERPLATE"_s}, {u"Attribution"_s, QString()},
                        {u"Attribution-no-source"_s, QString()}, {u"Discuss"_s, QString()}};
    const ImportReport report = project.import({bratFolder}, options);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    QCOMPARE(report.files, 168);
    QCOMPARE(report.documents, 84);

    COPYDESK_READ_JSONL(gold, goldFile);
    int documents = 0, spans = 0, extraRelations = 0;
    for (const CopydeskTest::JsonlLine &line : std::as_const(gold)) {
        const QJsonObject &object = line.object;
        ++documents;
        const QString name = object.value(u"id"_s).toString().section(u'/', -1);
        const qint64 id = project.store().documentIdByExternalId(name);
        QVERIFY2(id, qPrintable(name));
        QCOMPARE(project.store().document(id)->text, object.value(u"text"_s).toString());
        QList<SpanKey> expected;
        QHash<QString, SpanKey> byId;
        for (const QJsonValue &v : object.value(u"spans"_s).toArray()) {
            const QJsonObject s = v.toObject();
            const SpanKey key{s.value(u"label"_s).toString(), s.value(u"start"_s).toInteger(), s.value(u"end"_s).toInteger()};
            expected.append(key);
            byId.insert(s.value(u"id"_s).toString(), key);
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(spanKeys(project.store(), id), expected);
        spans += int(expected.size());

        // Every relation of the JSONL is imported; the JSONL leaves out the relations of a
        // second Content argument ("Content2"), which the import keeps: those, and only those,
        // are extra, and their heads head nothing in the JSONL.
        QList<std::tuple<QString, SpanKey, SpanKey>> goldRelations;
        QList<SpanKey> goldHeads;
        for (const QJsonValue &v : object.value(u"relations"_s).toArray()) {
            const QJsonObject r = v.toObject();
            goldRelations.append({r.value(u"label"_s).toString(), byId.value(r.value(u"head"_s).toString()),
                                  byId.value(r.value(u"child"_s).toString())});
            goldHeads.append(byId.value(r.value(u"head"_s).toString()));
        }
        auto imported = relationKeys(project.store(), id);
        for (const auto &relation : std::as_const(goldRelations)) {
            const qsizetype at = imported.indexOf(relation);
            QVERIFY2(at >= 0, qPrintable(name));
            imported.removeAt(at);
        }
        for (const auto &relation : std::as_const(imported)) {
            QVERIFY2(!goldHeads.contains(std::get<1>(relation)), qPrintable(name));
            QCOMPARE(std::get<0>(std::get<1>(relation)), u"QUOTE"_s);
        }
        extraRelations += int(imported.size());
    }
    QCOMPARE(documents, 84);
    qInfo("PolNeAR: %d documents, %d spans equal to dev.jsonl; %d relations of second Content arguments beyond it",
          documents, spans, extraRelations);
}

QTEST_GUILESS_MAIN(TestBratFormat)
#include "tst_bratformat.moc"
