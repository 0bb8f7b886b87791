#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include "articleview.h"
#include "dashboarddock.h"
#include "mainwindow.h"
#include "preferences.h"
#include "sampleproject.h"

using namespace Qt::StringLiterals;

// Installs Qt's and Copydesk's translations for the chosen (or the system's) language.
static void installTranslations(QApplication &app)
{
    const QString setting = Copydesk::Preferences::language().value();
    const QLocale locale = setting.isEmpty() ? QLocale::system() : QLocale(setting);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // English has no translation but its plural forms ("1 document", "2 documents"); it is
    // also what a language without a translation falls back to.
    if (ours->load(locale, u"copydesk"_s, u"_"_s, u":/i18n"_s) || ours->load(u":/i18n/copydesk_en.qm"_s))
        app.installTranslator(ours);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Copydesk"_s);
    QApplication::setOrganizationName(u"Copydesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/copydesk/icons/copydesk.svg"_s));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Annotate news articles: entities, sourcing and page furniture."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s, QApplication::translate("main", "The project to open (*.copydesk); "
                                                                        "default: the last one, or the sample project."));
    parser.addOption({u"document"_s, QApplication::translate("main", "Show this document (its external id)."), u"ID"_s});
    parser.addOption({u"screenshot"_s, QApplication::translate("main", "Render the window to this PNG file and exit."), u"FILE"_s});
    parser.addOption({u"size"_s, QApplication::translate("main", "Window size, e.g. 1600x1000."), u"WxH"_s});
    parser.addOption({u"annotation"_s, QApplication::translate("main", "Select this annotation (its number in the project), e.g. "
                                                                        "to show a quote with its speaker and cue in a screenshot."), u"N"_s});
    parser.addOption({u"compare"_s, QApplication::translate("main", "Show where the article's annotators differ (the comparison dock).")});
    parser.addOption({u"dashboard"_s, QApplication::translate("main", "Show the corpus dashboard (Ctrl+Shift+B).")});
    parser.addOption({u"curate"_s, QApplication::translate("main", "Curate: show the curated set and the differences to settle.")});
    parser.process(app);

    QTextStream err(stderr);
    Copydesk::MainWindow window;
    QSize size;
    if (parser.isSet(u"size"_s)) {
        const QStringList parts = parser.value(u"size"_s).split(u'x');
        if (parts.size() != 2 || parts.at(0).toInt() < 200 || parts.at(1).toInt() < 200) {
            err << QApplication::translate("main", "--size takes WIDTHxHEIGHT, e.g. 1600x1000\n");
            return 2;
        }
        size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
        window.resize(size);
    } else if (!Copydesk::Preferences::windowGeometry().isSet()) {
        window.resize(QSize(1500, 950).boundedTo(window.screen()->availableSize()));
    }

    const bool screenshot = parser.isSet(u"screenshot"_s);
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() && !screenshot)
        path = Copydesk::Preferences::lastProject().value();
    QString error;
    if (!parser.positionalArguments().isEmpty() && !QFileInfo::exists(path)) {
        error = QApplication::translate("main", "%1 does not exist.").arg(path);
    } else if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (!Copydesk::SampleProject::ensure(&error)) {
            err << error << u'\n';
            return 1;
        }
        path = Copydesk::SampleProject::path();
    }
    if (error.isEmpty() && !window.openProject(path, &error) && error.isEmpty())
        error = QApplication::translate("main", "%1 could not be opened.").arg(path);
    if (!error.isEmpty()) {
        err << error << u'\n';
        if (screenshot)
            return 1;
        // A person is there: the window says why, in a dialog, and offers Open Recent.
        window.show();
        window.showOpenError(path, error);
    }
    if (parser.isSet(u"document"_s) && !window.selectDocumentByExternalId(parser.value(u"document"_s))) {
        err << QApplication::translate("main", "No document with the id %1 in %2\n").arg(parser.value(u"document"_s), path);
        if (parser.isSet(u"screenshot"_s))
            return 1;
    }
    window.show();
    // Several annotators (widgets/mainwindow_sets.cpp).
    if (parser.isSet(u"curate"_s))
        window.action(u"curate"_s)->setChecked(true);
    else if (parser.isSet(u"compare"_s))
        window.action(u"compare"_s)->trigger();
    if (parser.isSet(u"dashboard"_s) && !window.action(u"dashboard"_s)->isChecked())
        window.action(u"dashboard"_s)->trigger();
    if (parser.isSet(u"annotation"_s)) {
        const qint64 id = parser.value(u"annotation"_s).toLongLong();
        if (!window.selectAnnotation(id)) {
            err << QApplication::translate("main", "No annotation %1 in this document\n").arg(parser.value(u"annotation"_s));
            if (parser.isSet(u"screenshot"_s))
                return 1;
        }
    }

    if (parser.isSet(u"screenshot"_s)) {
        // Let the layout settle (the view measures paragraphs in the background), then grab.
        for (int i = 0; i < 200 && !window.articleView()->isLayoutSettled(); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // The dashboard counts on a worker thread.
        if (auto *dashboard = window.findChild<Copydesk::DashboardDock *>()) {
            for (int i = 0; i < 3000 && dashboard->isVisible() && dashboard->isComputing(); ++i) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                QThread::msleep(10);
            }
            QCoreApplication::processEvents();
        }
        if (size.isValid() && window.size() != size) {
            // The window has a minimum size; a picture of another size than asked would mislead.
            err << QApplication::translate("main", "The window cannot be %1x%2: it needs at least %3x%4.\n")
                       .arg(size.width()).arg(size.height())
                       .arg(window.size().width()).arg(window.size().height());
            return 2;
        }
        const QString out = parser.value(u"screenshot"_s);
        if (!window.grab().save(out, "PNG")) {
            err << QApplication::translate("main", "Cannot write %1\n").arg(out);
            return 1;
        }
        return 0;
    }
    return app.exec();
}
