// WebAnno TSV 3.3: the shape INCEpTION reads, a round trip, files as INCEpTION writes them.

#include <QDirIterator>

#include "formats/formatregistry.h"
#include "formattestsupport.h"

using namespace FormatTest;

class TestWebAnnoFormat final : public QObject
{
    Q_OBJECT

private slots:
    void shape();
    void roundTrip();
    void filesAsInceptionWritesThem_data();
    void filesAsInceptionWritesThem();
};

namespace {

ImportOptions webanno()
{
    ImportOptions options;
    options.format = u"webanno"_s;
    options.addLabels = true;
    return options;
}

QString exportWebAnno(Project &project, ExportReport *report = nullptr)
{
    const auto writer = createWriter(u"webanno"_s);
    ExportReport local;
    QString error;
    const QString out = project.path(u"tsv"_s);
    if (!exportToPath(project.store(), *writer, out, {}, report ? report : &local, &error))
        qWarning("export failed: %s", qPrintable(error));
    return out;
}

} // namespace

void TestWebAnnoFormat::shape()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    ExportReport report;
    QFile file(exportWebAnno(project, &report) + u"/wire/harbour_talks.tsv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(lines.mid(0, 6), (QStringList{u"#FORMAT=WebAnno TSV 3.3"_s, u"#T_SP=webanno.custom.Copydesk|label"_s,
                                           u"#T_RL=webanno.custom.CopydeskRelation|label|BT_webanno.custom.Copydesk"_s,
                                           QString(), QString(), u"#Text=Harbour talks \U0001F6A2 resume"_s}));
    // UTF-16 offsets: the ship counts two.
    const QString ship = lines.filter(u"\t\U0001F6A2\t"_s).value(0);
    QVERIFY2(ship.startsWith(u"1-3\t14-16\t\U0001F6A2\tHEADLINE[1]\t"_s), qPrintable(ship));
    QVERIFY(ship.endsWith(u'\t'));
    // The quote: a multi-token span with its id on each token; its relations on the source and cue.
    const QStringList quote = lines.filter(u"QUOTE["_s);
    QVERIFY(quote.size() > 3);
    const QString id = quote.first().section(u"QUOTE["_s, 1).section(u']', 0, 0);
    for (const QString &row : quote)
        QVERIFY2(row.contains(u"QUOTE[%1]"_s.arg(id)), qPrintable(row));
    QCOMPARE(lines.filter(u"\tSPEAKER\t"_s).size(), 1);
    QCOMPARE(lines.filter(u"\tCUE\t"_s).size(), 1);
    QVERIFY2(report.summary.startsWith(u"5 span"_s), qPrintable(report.summary));
}

// Copydesk -> WebAnno TSV -> Copydesk keeps the text (paragraph breaks, emoji, combining
// marks), the spans (stacked and multi-token) and the relations.
void TestWebAnnoFormat::roundTrip()
{
    Project project;
    QVERIFY(project.import({project.write(u"fixture.jsonl"_s, fixtureJsonl())}).problems.isEmpty());
    const qint64 id = project.onlyDocument();
    Project again;
    const ImportReport imported = again.import({exportWebAnno(project)}, webanno());
    QVERIFY2(imported.problems.isEmpty(), qPrintable(problems(imported)));
    const qint64 copy = again.onlyDocument();
    QCOMPARE(again.store().document(copy)->text, fixtureText());
    QCOMPARE(again.store().document(copy)->externalId, u"wire/harbour_talks"_s);
    QList<SpanKey> decided;
    for (const Annotation &a : project.store().annotations(id)) {
        if (a.status == AnnotationStatus::Accepted || a.status == AnnotationStatus::Manual)
            decided.append({a.label, a.start, a.end});
    }
    std::sort(decided.begin(), decided.end());
    QCOMPARE(spanKeys(again.store(), copy), decided);
    QCOMPARE(relationKeys(again.store(), copy), relationKeys(project.store(), id));
}

void TestWebAnnoFormat::filesAsInceptionWritesThem_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");      // "LABEL start end", sorted
    QTest::addColumn<QStringList>("relations");  // "LABEL head-start child-start"
    QTest::newRow("named entities, stacked and multi-token, a relation with ids")
        << QByteArray("#FORMAT=WebAnno TSV 3.3\n"
                      "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n"
                      "#T_RL=webanno.custom.Relation|value|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity\n\n\n"
                      "#Text=Ms. Haag plays .\n"
                      "1-1\t0-3\tMs.\t*[1]\tPER[1]\t_\t_\t\n"
                      "1-2\t4-8\tHaag\t*[1]|*[2]\tPER[1]|LOC[2]\tSUBJ\t1-1[1_2]\t\n"
                      "1-3\t9-14\tplays\t*\tORG\tOBJ\t1-2[2_0]\t\n"
                      "1-4\t15-16\t.\t_\t_\t_\t_\t\n")
        << u"Ms. Haag plays ."_s << QStringList{u"LOC 4 8"_s, u"ORG 9 14"_s, u"PER 0 8"_s}
        << QStringList{u"OBJ 4 9"_s, u"SUBJ 0 4"_s};
    QTest::newRow("sub-tokens, two sentences, a gap")
        << QByteArray("#FORMAT=WebAnno TSV 3.3\n"
                      "#T_SP=webanno.custom.Span|label\n\n\n"
                      "#Text=He plays .\n"
                      "1-1\t0-2\tHe\t_\t\n"
                      "1-2\t3-8\tplays\t_\t\n"
                      "1-2.1\t3-7\tplay\tVERB\t\n"
                      "1-3\t9-10\t.\t_\t\n\n"
                      "#Text=Again\n"
                      "2-1\t12-17\tAgain\tADV\t\n")
        << u"He plays .\n Again"_s << QStringList{u"ADV 12 17"_s, u"VERB 3 7"_s} << QStringList();
}

void TestWebAnnoFormat::filesAsInceptionWritesThem()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    QFETCH(QStringList, relations);
    Project project;
    const ImportReport report = project.import({project.write(u"inception.tsv"_s, file)}, webanno());
    QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
    const qint64 id = project.onlyDocument();
    QCOMPARE(project.store().document(id)->text, text);
    QStringList found;
    for (const SpanKey &k : spanKeys(project.store(), id))
        found.append(u"%1 %2 %3"_s.arg(std::get<0>(k)).arg(std::get<1>(k)).arg(std::get<2>(k)));
    QCOMPARE(found, spans);
    QStringList relationsFound;
    for (const auto &[label, head, child] : relationKeys(project.store(), id))
        relationsFound.append(u"%1 %2 %3"_s.arg(label).arg(std::get<1>(head)).arg(std::get<1>(child)));
    relationsFound.sort();
    QCOMPARE(relationsFound, relations);
}

QTEST_GUILESS_MAIN(TestWebAnnoFormat)
#include "tst_webannoformat.moc"
