// Every fuzz target over its seed corpus and over the inputs that once crashed it (the
// crashes scripts/fuzz found, kept in tests/fuzz/regressions/<target>/): none may crash or
// break the contract the target checks. Runs in the ordinary suite, without libFuzzer.
#include <QDir>
#include <QFile>
#include <QTest>

#include "fuzztargets.h"
#include "formats/formatregistry.h"

using namespace Qt::StringLiterals;

namespace {

const QString fuzzDirectory = QStringLiteral(COPYDESK_SOURCE_DIR "/tests/fuzz");

QStringList inputs(const QString &folder)
{
    QStringList paths;
    const QDir dir(fuzzDirectory + u'/' + folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void everyReaderIsFuzzed();
    void everyTargetHasSeeds();
    void inputs_data();
    void inputs();
};

// A new reader needs a line in tests/fuzz/fuzztargets.cpp and a seed corpus.
void TestFuzzRegressions::everyReaderIsFuzzed()
{
    QStringList fuzzed;
    for (const CopydeskFuzz::Target &target : CopydeskFuzz::targets())
        fuzzed.append(target.readerFormat);
    for (const QString &reader : Copydesk::readerNames())
        QVERIFY2(fuzzed.contains(reader), qPrintable(u"the %1 reader has no fuzz target"_s.arg(reader)));
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const CopydeskFuzz::Target &target : CopydeskFuzz::targets())
        QVERIFY2(!::inputs(u"corpus/"_s + target.name).isEmpty(), qPrintable(u"no seeds in tests/fuzz/corpus/"_s + target.name));
}

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const CopydeskFuzz::Target &target : CopydeskFuzz::targets()) {
        for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
            for (const QString &path : ::inputs(kind + u'/' + target.name))
                QTest::addRow("%s/%s/%s", qPrintable(target.name), qPrintable(kind), qPrintable(QFileInfo(path).fileName()))
                    << target.name << path;
        }
    }
}

void TestFuzzRegressions::inputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const CopydeskFuzz::Target *found = CopydeskFuzz::findTarget(target);
    QVERIFY(found);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // A crash or a broken contract aborts the test here, naming this row.
    found->run(*found, bytes);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
