#include "curatecommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "annotationeditor.h"
#include "annotationsets.h"
#include "clicommands.h"
#include "curation.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

int curateCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli",
        "Curation of the differences between annotators' sets into the curated set (\"curated\"): per document, the "
        "differences still open. --take-agreed brings what the annotators agree on into the curated set first. The "
        "differences are settled in the window (Annotate > Curate)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"annotators"_s, QCoreApplication::translate("copydesk-cli", "The annotators whose sets are curated, two or more."), u"A,B"_s});
    parser.addOption({u"take-agreed"_s, QCoreApplication::translate("copydesk-cli", "Bring what they agree on into the curated set.")});
    parser.addOption({u"curator"_s, QCoreApplication::translate("copydesk-cli", "The person named as the decider of --take-agreed (default: $COPYDESK_ANNOTATOR, else $USER)."),
                      u"NAME"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("copydesk-cli", "Write JSON.")});
    auto usage = [&](const QString &message) {
        err << message << u'\n' << parser.helpText();
        return int(UsageError);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("copydesk-cli", "curate takes one project file."));
    const QStringList names = parser.value(u"annotators"_s).split(u',', Qt::SkipEmptyParts);
    if (names.size() < 2)
        return usage(QCoreApplication::translate("copydesk-cli", "--annotators takes two or more annotators, separated by commas."));

    ProjectStore store;
    QString error;
    const auto mode = parser.isSet(u"take-agreed"_s) ? ProjectStore::OpenMode::Existing : ProjectStore::OpenMode::ReadOnly;
    if (!store.open(parser.positionalArguments().constFirst(), mode, &error)) {
        err << error << u'\n';
        return InputFailed;
    }
    QList<qint64> annotators;
    for (const QString &name : names) {
        const qint64 id = findAnnotator(store.annotators(), name.trimmed(), &error);
        if (!id) {
            err << error << u'\n';
            return InputFailed;
        }
        annotators.append(id);
    }
    AnnotationEditor editor(&store);
    if (parser.isSet(u"take-agreed"_s)) {
        QString curator = parser.value(u"curator"_s);
        if (curator.isEmpty())
            curator = qEnvironmentVariable("COPYDESK_ANNOTATOR", qEnvironmentVariable("USER"));
        editor.setPersonName(curator);
    }
    // Opened read-only (no --take-agreed) a project without a curated set has nothing settled yet.
    Curator curator(&editor, annotators);
    int taken = 0, curated = 0, compared = 0;
    QJsonArray rows;
    QTextStream out(stdout);
    for (const DocumentSummary &doc : store.documentSummaries()) {
        if (curator.setsOn(doc.id).size() < 2)
            continue;
        ++compared;
        if (parser.isSet(u"take-agreed"_s) && curator.takeAgreed(doc.id))
            ++taken;
        const QList<CurationItem> items = curator.items(doc.id);
        int open = 0;
        for (const CurationItem &item : items)
            open += item.settled ? 0 : 1;
        curated += open == 0 ? 1 : 0;
        const QString title = doc.title.isEmpty() ? doc.externalId : doc.title;
        if (parser.isSet(u"json"_s)) {
            rows.append(QJsonObject{{u"document"_s, doc.id}, {u"title"_s, title}, {u"differences"_s, int(items.size())},
                                    {u"open"_s, open}, {u"curated"_s, open == 0}});
        } else {
            out << u"%1 %2 %3  %4\n"_s.arg(doc.id, -6).arg(items.size(), 6).arg(open, 6).arg(title);
        }
    }
    if (parser.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    if (parser.isSet(u"take-agreed"_s))
        err << QCoreApplication::translate("copydesk-cli", "Documents whose agreed annotations went into the curated set: %1.\n").arg(taken);
    err << QCoreApplication::translate("copydesk-cli", "Documents curated: %1 of the %2 the annotators share (columns: document, differences, still open).\n")
               .arg(curated).arg(compared);
    return Ok;
}

} // namespace Copydesk::Cli
