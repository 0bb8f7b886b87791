#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "clicommands.h"
#include "sqlite.h"

using namespace Qt::StringLiterals;

// Installs Qt's and Copydesk's translations for the system's language (the command line has no
// preferences; LANGUAGE, LC_ALL, LC_MESSAGES and LANG choose it). Languages Copydesk does not
// speak get its English file, which turns "%n document(s)" into proper singulars and plurals.
static void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"copydesk"_s, u"_"_s, u":/i18n"_s) || ours->load(u":/i18n/copydesk_en.qm"_s))
        QCoreApplication::installTranslator(ours);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    installTranslations(app);
    // A batch command waits up to two minutes for another program's write (the window waits
    // ten seconds): two imports started together into one project run one after the other.
    Copydesk::Sql::Database::setDefaultBusyTimeout(120000);
    return Copydesk::Cli::run(QCoreApplication::arguments());
}
