#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "textoffsets.h"

using namespace Qt::StringLiterals;

// `copydesk-cli stats P --sourcing [--json] [--decided-only]`, run as a user would.
class TestSourcingStats final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void decidedOnly();
    void table();
    void usage();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments);
    void writeArticle(const QString &path, const QString &id, const QString &speakerKind);
    QTemporaryDir m_dir;
    QString m_project;
};

TestSourcingStats::Result TestSourcingStats::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COPYDESK_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// One invented article in Copydesk JSONL: a quote linked to its speaker, a hedge, a footer.
void TestSourcingStats::writeArticle(const QString &path, const QString &id, const QString &speakerKind)
{
    const QString text = u"Tolls on the %1 bridge will rise, a spokeswoman said. The plan is reportedly final.\n"
                         u"Subscribe to our newsletter\n"_s.arg(id);
    const Copydesk::TextOffsets offsets(text);
    auto span = [&](const QString &sid, const QString &label, const QString &needle, const QJsonObject &attrs = {}) {
        const qsizetype at = text.indexOf(needle);
        QJsonObject s{{u"id"_s, sid}, {u"label"_s, label}, {u"start"_s, offsets.toCodePoint(at)},
                      {u"end"_s, offsets.toCodePoint(at + needle.size())}};
        if (!attrs.isEmpty())
            s.insert(u"attrs"_s, attrs);
        return s;
    };
    const QJsonArray spans{
        span(u"q"_s, u"QUOTE"_s, u"Tolls on the %1 bridge will rise"_s.arg(id), {{u"form"_s, u"indirect"_s}}),
        span(u"s"_s, u"SOURCE"_s, u"a spokeswoman"_s, {{u"kind"_s, speakerKind}}),
        span(u"c"_s, u"CUE"_s, u"said"_s),
        span(u"h"_s, u"CUE"_s, u"reportedly"_s),
        span(u"b"_s, u"BOILERPLATE"_s, u"Subscribe to our newsletter"_s),
    };
    const QJsonArray relations{QJsonObject{{u"label"_s, u"SPEAKER"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"s"_s}},
                               QJsonObject{{u"label"_s, u"CUE"_s}, {u"head"_s, u"q"_s}, {u"child"_s, u"c"_s}}};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"id"_s, id}, {u"text"_s, text}, {u"spans"_s, spans}, {u"relations"_s, relations}})
                   .toJson(QJsonDocument::Compact));
    file.write("\n");
}

void TestSourcingStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(u"s.copydesk"_s);
    QCOMPARE(cli({u"new"_s, m_project}).exitCode, 0);
    const QString decided = m_dir.filePath(u"decided.jsonl"_s);
    const QString suggested = m_dir.filePath(u"suggested.jsonl"_s);
    writeArticle(decided, u"river"_s, u"anonymous"_s);
    writeArticle(suggested, u"harbour"_s, u"named"_s);
    QCOMPARE(cli({u"import"_s, m_project, decided}).exitCode, 0);
    QCOMPARE(cli({u"import"_s, m_project, suggested, u"--as-suggestions"_s}).exitCode, 0);
}

void TestSourcingStats::json()
{
    const Result r = cli({u"stats"_s, m_project, u"--sourcing"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"scope").toString(), u"decisions_and_suggestions"_s);
    const QJsonArray documents = root.value(u"documents").toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject first = documents.at(0).toObject();
    QCOMPARE(first.value(u"external_id").toString(), u"river"_s);
    const QJsonObject sourcing = first.value(u"sourcing").toObject();
    QCOMPARE(sourcing.value(u"quotes").toObject().value(u"total").toInt(), 1);
    const QJsonObject speaker = sourcing.value(u"speakers").toArray().at(0).toObject();
    QCOMPARE(speaker.value(u"name").toString(), u"a spokeswoman"_s);
    QCOMPARE(speaker.value(u"kind").toString(), u"anonymous"_s);
    const QJsonArray mentions = speaker.value(u"mentions").toArray();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.at(0).toObject().value(u"text").toString(), u"a spokeswoman"_s);
    QCOMPARE(mentions.at(0).toObject().value(u"kind").toString(), u"anonymous"_s);
    QVERIFY(mentions.at(0).toObject().value(u"speaks").toBool());
    QCOMPARE(sourcing.value(u"unattributed_claims").toArray().at(0).toObject().value(u"sentence").toString(),
             u"The plan is reportedly final."_s);
    QCOMPARE(sourcing.value(u"suggestions_counted").toInt(), 0);

    const QJsonObject total = root.value(u"total").toObject();
    QCOMPARE(total.value(u"documents").toInt(), 2);
    QCOMPARE(total.value(u"quotes").toObject().value(u"total").toInt(), 2);
    // Both documents' speakers are "a spokeswoman": one speaker in the total, the first kind kept.
    QCOMPARE(total.value(u"speakers").toArray().size(), 1);
    QCOMPARE(total.value(u"speakers").toArray().at(0).toObject().value(u"quotes").toInt(), 2);
    const QJsonObject kinds = total.value(u"quoted_words_by_kind").toObject();
    QCOMPARE(kinds.value(u"anonymous").toObject().value(u"percent").toInt(), 50);
    QCOMPARE(kinds.value(u"person").toObject().value(u"percent").toInt(), 50); // "named", as older files say
    QCOMPARE(total.value(u"unattributed_claim_count").toInt(), 2);
    // Totals hold counts, not every document's ids: memory stays bounded however large the corpus.
    QVERIFY(!total.value(u"speakers").toArray().at(0).toObject().contains(u"quote_ids"));
    QVERIFY(total.value(u"suggestions_counted").toInt() > 0);
}

void TestSourcingStats::decidedOnly()
{
    const Result r = cli({u"stats"_s, m_project, u"--sourcing"_s, u"--json"_s, u"--decided-only"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(u"scope").toString(), u"decisions_only"_s);
    const QJsonObject total = root.value(u"total").toObject();
    QCOMPARE(total.value(u"quotes").toObject().value(u"total").toInt(), 1);
    QCOMPARE(total.value(u"suggestions_counted").toInt(), 0);
    QCOMPARE(total.value(u"quoted_words_by_kind").toObject().value(u"anonymous").toObject().value(u"percent").toInt(), 100);
}

void TestSourcingStats::table()
{
    const Result r = cli({u"stats"_s, m_project, u"--sourcing"_s});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"counting accepted, manual and suggested annotations"), qPrintable(out));
    QVERIFY(out.contains(u"a spokeswoman"));
    QVERIFY(out.contains(u"The plan is reportedly final."));
    QVERIFY(out.contains(u"All documents (2)"));
    QVERIFY(out.contains(u"[NNNNNNNNNNNNNNNNNNNNAAAAAAAAAAAAAAAAAAAA]"));
    // The plain statistics stay as they were without --sourcing.
    const QString plain = QString::fromUtf8(cli({u"stats"_s, m_project}).out);
    QVERIFY(plain.startsWith(u"Documents: 2"));
    QVERIFY(!plain.contains(u"Unattributed claims"));
}

void TestSourcingStats::usage()
{
    QCOMPARE(cli({u"stats"_s, u"--sourcing"_s}).exitCode, 2);
    QCOMPARE(cli({u"stats"_s, m_dir.filePath(u"missing.copydesk"_s), u"--sourcing"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestSourcingStats)
#include "tst_sourcingstats.moc"
