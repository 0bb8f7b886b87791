#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// Runs the copydesk executable in its screenshot mode, headless, with a home of its own.
class TestScreenshot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotOfADocument_data();
    void screenshotOfADocument();
    void missingDocumentFails();
    void selectedAnnotation();
    void missingProjectFails();
    void badSizeIsAUsageError();
    void noProjectShowsTheSample();

private:
    int run(const QStringList &arguments, QString *errorOutput = nullptr);
    static int distinctColours(const QImage &image);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(COPYDESK_APP)));
    m_project = m_dir.filePath(u"shots.copydesk"_s);
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_project, ProjectStore::OpenMode::Create, &error), qPrintable(error));
    const QStringList texts{
        u"Ferry crossings resume\n\nThe island ferry will sail again from Monday, the harbour office said. "
        u"“We checked every hull twice,” said Mara Quint, who runs the yard.\n\nTickets go on sale at the pier."_s,
        u"Orchard harvest\n\nApple growers near Lindholm expect a record crop, according to the growers' union."_s};
    const qint64 engine = store.ensureAnnotator(AnnotatorKind::Engine, u"lexicon"_s, u"0.1"_s);
    for (int i = 0; i < texts.size(); ++i) {
        Document doc;
        doc.externalId = u"doc-%1"_s.arg(i + 1);
        doc.title = texts.at(i).section(u'\n', 0, 0);
        doc.text = texts.at(i);
        QVERIFY(store.addDocument(doc, {}, {}, u"test"_s));
        const qsizetype at = doc.text.indexOf(u"said"_s) >= 0 ? doc.text.indexOf(u"said"_s) : doc.text.indexOf(u"according to"_s);
        QCOMPARE(store.replaceSuggestions(doc.id, engine, {{{}, u"CUE"_s, at, at + 4, {}, AnnotationStatus::Suggested, engine, 0.9, {}, {}},
                                                           {{}, u"HEADLINE"_s, 0, doc.title.size(), {}, AnnotationStatus::Suggested, engine, 0.9, {}, {}}},
                                          {}),
                 2);
    }
}

int TestScreenshot::run(const QStringList &arguments, QString *errorOutput)
{
    // A home of its own for each run: no settings or sample project are shared or left behind.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"COPYDESK_ANNOTATOR"_s, u"Ada"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COPYDESK_APP), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("copydesk did not finish");
        return -1;
    }
    if (errorOutput)
        *errorOutput = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int TestScreenshot::distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

void TestScreenshot::screenshotOfADocument_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QSize>("size");

    QTest::newRow("first, wide") << u"doc-1"_s << QSize(1200, 800);
    QTest::newRow("second, small") << u"doc-2"_s << QSize(800, 500);
}

void TestScreenshot::screenshotOfADocument()
{
    QFETCH(QString, document);
    QFETCH(QSize, size);
    const QString out = m_dir.filePath(document + u".png"_s);
    QString errors;
    const int code = run({m_project, u"--document"_s, document, u"--screenshot"_s, out, u"--size"_s,
                          u"%1x%2"_s.arg(size.width()).arg(size.height())}, &errors);
    QVERIFY2(code == 0, qPrintable(errors));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    // Not blank: text, label colours, widgets.
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
}

void TestScreenshot::missingDocumentFails()
{
    const QString out = m_dir.filePath(u"missing.png"_s);
    QString errors;
    QCOMPARE(run({m_project, u"--document"_s, u"no-such-id"_s, u"--screenshot"_s, out}, &errors), 1);
    QVERIFY2(errors.contains(u"no-such-id"_s), qPrintable(errors));
    QVERIFY(!QFile::exists(out));
}

void TestScreenshot::selectedAnnotation()
{
    ProjectStore store;
    QVERIFY(store.open(m_project, ProjectStore::OpenMode::Existing, nullptr));
    const qint64 doc = store.documentIdByExternalId(u"doc-1"_s);
    const QList<Annotation> annotations = store.annotations(doc);
    QVERIFY(!annotations.isEmpty());
    const qint64 id = annotations.first().id;
    store.close();
    const QString out = m_dir.filePath(u"selected.png"_s);
    QString errors;
    QCOMPARE(run({m_project, u"--document"_s, u"doc-1"_s, u"--annotation"_s, QString::number(id), u"--screenshot"_s, out}, &errors), 0);
    QVERIFY(QFile::exists(out));
    QCOMPARE(run({m_project, u"--document"_s, u"doc-1"_s, u"--annotation"_s, u"999999"_s, u"--screenshot"_s, out}, &errors), 1);
    QVERIFY2(errors.contains(u"999999"_s), qPrintable(errors));
}

void TestScreenshot::missingProjectFails()
{
    const QString out = m_dir.filePath(u"none.png"_s);
    QString errors;
    QCOMPARE(run({m_dir.filePath(u"absent.copydesk"_s), u"--screenshot"_s, out}, &errors), 1);
    QVERIFY2(errors.contains(u"absent.copydesk"_s), qPrintable(errors));
    QVERIFY(!QFile::exists(out));
}

void TestScreenshot::badSizeIsAUsageError()
{
    QString errors;
    QCOMPARE(run({m_project, u"--screenshot"_s, m_dir.filePath(u"bad.png"_s), u"--size"_s, u"huge"_s}, &errors), 2);
    QVERIFY(errors.contains(u"--size"_s));
    // Smaller than the window can be: no picture of another size than asked.
    QCOMPARE(run({m_project, u"--screenshot"_s, m_dir.filePath(u"small.png"_s), u"--size"_s, u"200x200"_s}, &errors), 2);
    QVERIFY2(errors.contains(u"200x200"_s), qPrintable(errors));
    QVERIFY(!QFile::exists(m_dir.filePath(u"small.png"_s)));
}

void TestScreenshot::noProjectShowsTheSample()
{
    // With no project, the sample project is made (in the temporary home) and shown.
    const QString out = m_dir.filePath(u"sample.png"_s);
    QString errors;
    QVERIFY2(run({u"--screenshot"_s, out, u"--size"_s, u"1000x700"_s}, &errors) == 0, qPrintable(errors));
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1000, 700));
    QVERIFY(distinctColours(image) > 40);
}

QTEST_GUILESS_MAIN(TestScreenshot)

#include "tst_screenshot.moc"
