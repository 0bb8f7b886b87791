#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;           // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message") {
            ts.messages.append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            // A plural message holds <numerusform> children instead of text.
            if (!message.numerus)
                message.translations.append(xml.readElementText());
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(COPYDESK_SOURCE_DIR "/translations/copydesk_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(u"</?[a-z0-9]+[^>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured(0));
    return found;
}

int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

// Strings that QKeySequence reads ("Ctrl+Shift+%1", "J"): a translation must keep them valid.
bool isKeySequence(const QString &text)
{
    static const QRegularExpression pattern(u"^((Ctrl|Shift|Alt|Meta)\\+)*([A-Z0-9]|%1|Left|Right|Up|Down|PgUp|PgDown|Return|F\\d+)$"_s);
    return pattern.match(text).hasMatch();
}

QString translate(const QString &language, const char *context, const char *source, int n = -1)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(COPYDESK_QM_DIR "/copydesk_%1.qm").arg(language)))
        return u"<cannot load copydesk_%1.qm>"_s.arg(language);
    // QCoreApplication::translate() fills in %n; a bare QTranslator leaves it to the caller.
    QString text = translator.translate(context, source, nullptr, n);
    return n < 0 ? text : text.replace(u"%n"_s, QString::number(n));
}

} // namespace

// The .ts files are complete and well-formed, the compiled .qm files translate and pluralise, and
// both executables speak the user's language.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void tsComplete_data();
    void tsComplete();
    void tsMatchesSources_data();
    void tsMatchesSources();
    void translated_data();
    void translated();
    void plurals_data();
    void plurals();
    void executablesSpeakTheLocale_data();
    void executablesSpeakTheLocale();
    void cliPlurals_data();
    void cliPlurals();

private:
    static QString run(const QString &locale, const QString &executable, const QStringList &arguments,
                       const QString &directory);
};

void TestTranslations::tsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("it") << u"it"_s << false;
    QTest::newRow("de") << u"de"_s << false;
    QTest::newRow("en") << u"en"_s << true;
}

// Every live message is finished, not empty, keeps its placeholders, HTML tags, accelerator and
// key sequence, and has both plural forms.
void TestTranslations::tsComplete()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    QVERIFY(!ts.messages.isEmpty());

    QStringList problems;
    int live = 0;
    for (const TsMessage &m : ts.messages) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        ++live;
        const QString where = u"[%1] \"%2\": "_s.arg(m.context, m.source);
        if (m.type == u"unfinished")
            problems << where + u"unfinished"_s;
        if (pluralsOnly && !m.numerus)
            problems << where + u"not a plural form (the English file holds plurals only)"_s;
        if (m.numerus && m.translations.size() != 2)
            problems << where + u"%1 plural forms instead of 2"_s.arg(m.translations.size());
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << where + u"empty translation"_s;
                continue;
            }
            // A singular may say "once" instead of "%n time", so %n is only required in the plural.
            QSet<QString> expected = placeholders(m.source);
            if (placeholders(t) != expected)
                problems << where + u"placeholders differ in \"%1\""_s.arg(t);
            if (m.numerus && t == m.translations.last() && !t.contains(u"%n") && !t.contains(u"%Ln"))
                problems << where + u"the plural form lacks %n (or %Ln)"_s;
            QStringList sourceTags = tags(m.source), translationTags = tags(t);
            sourceTags.sort();
            translationTags.sort();
            if (sourceTags != translationTags)
                problems << where + u"HTML tags differ in \"%1\""_s.arg(t);
            if (accelerators(m.source) != accelerators(t))
                problems << where + u"accelerators differ in \"%1\""_s.arg(t);
            if (isKeySequence(m.source) && t != m.source)
                problems << where + u"a key sequence must stay \"%1\", not \"%2\""_s.arg(m.source, t);
            if (m.source.endsWith(u'\n') != t.endsWith(u'\n'))
                problems << where + u"line end differs in \"%1\""_s.arg(t);
        }
    }
    QVERIFY(live > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::tsMatchesSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("it") << u"it"_s << false;
    QTest::newRow("de") << u"de"_s << false;
    QTest::newRow("en") << u"en"_s << true;
}

// lupdate over today's sources finds exactly the messages the .ts file holds: no string is left
// untranslated and no translation is stale.
void TestTranslations::tsMatchesSources()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"copydesk_%1.ts"_s.arg(language));
    QProcess lupdate;
    QStringList arguments{u"@"_s + QStringLiteral(COPYDESK_LUPDATE_LIST), u"-locations"_s, u"none"_s, u"-silent"_s};
    if (pluralsOnly)
        arguments << u"-pluralonly"_s;
    arguments << u"-ts"_s << fresh;
    lupdate.start(QStringLiteral(COPYDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    auto keys = [](const TsFile &ts) {
        QSet<QString> set;
        for (const TsMessage &m : ts.messages) {
            if (m.type != u"vanished" && m.type != u"obsolete")
                set.insert(m.context + u" | "_s + m.source + (m.numerus ? u" (plural)"_s : QString()));
        }
        return set;
    };
    const TsFile extracted = readTs(fresh);
    QVERIFY2(extracted.error.isEmpty(), qPrintable(extracted.error));
    const QSet<QString> inSources = keys(extracted);
    const QSet<QString> inTs = keys(readTs(tsPath(language)));
    QStringList missing = (inSources - inTs).values();
    QStringList stale = (inTs - inSources).values();
    missing.sort();
    stale.sort();
    // The same text under another context: lupdate does not see through a file-local tr()
    // wrapper, it files the call under the enclosing namespace or class instead.
    QSet<QString> staleTexts;
    for (const QString &key : std::as_const(stale))
        staleTexts.insert(key.section(u" | "_s, 1));
    for (QString &key : missing) {
        if (staleTexts.contains(key.section(u" | "_s, 1)))
            key += u"   <- in another context in the .ts file: call QCoreApplication::translate(\"Context\", ...) "
                   "or a Q_DECLARE_TR_FUNCTIONS class's tr(), not a wrapper"_s;
    }
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
             qPrintable(u"translations/copydesk_%1.ts is out of date; run \"cmake --build build --target "
                        "update_translations\" and translate.\nNot in the .ts file:\n  %2\nNo longer in the sources:\n  %3"_s
                            .arg(language, missing.join(u"\n  "_s), stale.join(u"\n  "_s))));
}

void TestTranslations::translated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    const QList<std::tuple<const char *, const char *, QString, QString>> strings{
        // model
        {"Copydesk::ProjectStore", "%1 does not exist.", u"%1 non esiste."_s, u"%1 existiert nicht."_s},
        {"Import", "the file is empty; nothing to import", u"il file è vuoto; niente da importare"_s,
         u"die Datei ist leer; nichts zu importieren"_s},
        {"Copydesk::AnnotationEditor", "Move boundary", u"Sposta il confine"_s, u"Grenze verschieben"_s},
        {"Sourcing", "colon after a speaker", u"due punti dopo chi parla"_s, u"Doppelpunkt nach einem Sprecher"_s},
        {"FurnitureEngine", "legal disclaimer", u"avvertenza legale"_s, u"Haftungsausschluss"_s},
        // widgets
        {"Copydesk::MainWindow", "&Edit", u"&Modifica"_s, u"&Bearbeiten"_s},
        {"Copydesk::MainWindow", "Pre-annotate &All Layers", u"Preannota &tutti i livelli"_s, u"&Alle Ebenen vorannotieren"_s},
        {"Copydesk::AnnotationPanel", "✓ &Accept", u"✓ &Accetta"_s, u"✓ &Annehmen"_s},
        {"Copydesk::PreferencesDialog", "System language", u"Lingua del sistema"_s, u"Systemsprache"_s},
        {"DocumentPresenter", "decided by %1", u"decisa da %1"_s, u"entschieden von %1"_s},
        // executables
        {"copydesk-cli", "create a project file", u"crea un file di progetto"_s, u"eine Projektdatei anlegen"_s},
        {"copydesk-cli", "The project file.", u"Il file di progetto."_s, u"Die Projektdatei."_s},
        {"main", "Render the window to this PNG file and exit.", u"Disegna la finestra in questo file PNG ed esce."_s,
         u"Das Fenster in diese PNG-Datei zeichnen und beenden."_s},
    };
    for (const auto &[context, source, italian, german] : strings) {
        QTest::addRow("it %s %s", context, source) << u"it"_s << QByteArray(context) << QByteArray(source) << italian;
        QTest::addRow("de %s %s", context, source) << u"de"_s << QByteArray(context) << QByteArray(source) << german;
    }
}

// A handful of strings of every library and executable come out of the compiled .qm files.
void TestTranslations::translated()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    const QString translation = translate(language, context.constData(), source.constData());
    QVERIFY(translation != QString::fromUtf8(source));
    QCOMPARE(translation, expected);
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("en documents") << u"en"_s << "Copydesk::CorpusBrowser"_ba << "%n document(s)"_ba << u"1 document"_s << u"2 documents"_s;
    QTest::newRow("it documents") << u"it"_s << "Copydesk::CorpusBrowser"_ba << "%n document(s)"_ba << u"1 documento"_s << u"2 documenti"_s;
    QTest::newRow("de documents") << u"de"_s << "Copydesk::CorpusBrowser"_ba << "%n document(s)"_ba << u"1 Dokument"_s << u"2 Dokumente"_s;
    QTest::newRow("en problems") << u"en"_s << "copydesk-cli"_ba << "%n problem(s) found\n"_ba << u"1 problem found\n"_s << u"2 problems found\n"_s;
    QTest::newRow("it problems") << u"it"_s << "copydesk-cli"_ba << "%n problem(s) found\n"_ba << u"1 problema trovato\n"_s << u"2 problemi trovati\n"_s;
    QTest::newRow("de problems") << u"de"_s << "copydesk-cli"_ba << "%n problem(s) found\n"_ba << u"1 Problem gefunden\n"_s << u"2 Probleme gefunden\n"_s;
    QTest::newRow("en spans") << u"en"_s << "Export"_ba << "document %1: %n span(s) across sentences left out"_ba
                              << u"document %1: 1 span across sentences left out"_s << u"document %1: 2 spans across sentences left out"_s;
    QTest::newRow("it spans") << u"it"_s << "Export"_ba << "document %1: %n span(s) across sentences left out"_ba
                              << u"documento %1: 1 span a cavallo tra frasi tralasciato"_s << u"documento %1: 2 span a cavallo tra frasi tralasciati"_s;
    QTest::newRow("de accept") << u"de"_s << "Copydesk::AnnotationEditor"_ba << "Accept %n suggestion(s)"_ba
                               << u"1 Vorschlag annehmen"_s << u"2 Vorschläge annehmen"_s;
}

// Singular and plural differ in English, Italian and German.
void TestTranslations::plurals()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, one);
    QFETCH(QString, two);
    const QString singular = translate(language, context.constData(), source.constData(), 1);
    const QString plural = translate(language, context.constData(), source.constData(), 2);
    QCOMPARE(singular, one);
    QCOMPARE(plural, two);
    QVERIFY(QString(singular).replace(u'1', u'#') != QString(plural).replace(u'2', u'#'));
}

void TestTranslations::executablesSpeakTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString cli = QStringLiteral(COPYDESK_CLI);
    const QString window = QStringLiteral(COPYDESK_WINDOW);
    QTest::newRow("cli it") << u"it_IT.UTF-8"_s << cli << QStringList() << u"crea un file di progetto"_s;
    QTest::newRow("cli de") << u"de_DE.UTF-8"_s << cli << QStringList() << u"eine Projektdatei anlegen"_s;
    QTest::newRow("cli en") << u"en_GB.UTF-8"_s << cli << QStringList() << u"create a project file"_s;
    QTest::newRow("window it") << u"it_IT.UTF-8"_s << window << QStringList{u"--help"_s}
                               << u"Annota articoli di cronaca: entità, fonti ed elementi di pagina."_s;
    QTest::newRow("window de") << u"de_DE.UTF-8"_s << window << QStringList{u"--help"_s}
                               << u"Nachrichtenartikel annotieren: Entitäten, Quellen und Seitenelemente."_s;
}

// Runs an executable in a locale, with a home of its own (so no language is chosen in the window's
// preferences), and returns what it wrote.
QString TestTranslations::run(const QString &locale, const QString &executable, const QStringList &arguments,
                              const QString &directory)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, locale);
    environment.insert(u"LANGUAGE"_s, locale.section(u'.', 0, 0));
    environment.insert(u"HOME"_s, directory);
    environment.insert(u"XDG_CONFIG_HOME"_s, directory + u"/.config"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(directory);
    process.start(executable, arguments);
    if (!process.waitForFinished(60000))
        return u"<%1 did not finish: %2>"_s.arg(executable, process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// Both executables embed the translations and follow the system locale (LC_ALL, LANGUAGE).
void TestTranslations::executablesSpeakTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, executable);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString output = run(locale, executable, arguments, home.path());
    QVERIFY2(output.contains(expected), qPrintable(output));
}

void TestTranslations::cliPlurals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    // The C locale has no translation of its own: the English file still makes plurals right.
    QTest::newRow("C") << u"C"_s << u"; 1 input failed"_s;
    QTest::newRow("en") << u"en_US.UTF-8"_s << u"; 1 input failed"_s;
    QTest::newRow("it") << u"it_IT.UTF-8"_s << u"; 1 input non riuscito"_s;
    QTest::newRow("de") << u"de_DE.UTF-8"_s << u"; 1 Eingabe fehlgeschlagen"_s;
}

// A counted message of the command line comes out in the singular.
void TestTranslations::cliPlurals()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString cli = QStringLiteral(COPYDESK_CLI);
    const QString project = home.filePath(u"p.copydesk"_s);
    run(locale, cli, {u"new"_s, project}, home.path());
    QVERIFY(QFile::exists(project));
    const QString output = run(locale, cli, {u"import"_s, project, home.filePath(u"missing.txt"_s)}, home.path());
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
