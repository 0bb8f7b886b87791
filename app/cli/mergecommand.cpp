#include "mergecommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

#include "clicommands.h"
#include "projectmerge.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

int mergeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli",
        "Merges project files into a new one. Documents are matched by their text (SHA-256), never by id; every "
        "annotator's annotation sets stay apart, with the audit history. A set that differs between two inputs is "
        "taken from the earlier one and reported. A label in two different layers is a conflict: nothing is written. "
        "Merging a file the output holds already changes nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project files to merge, in order of precedence."),
                                 u"PROJECT..."_s);
    parser.addOption({{u"o"_s, u"output"_s}, QCoreApplication::translate("copydesk-cli", "The project file to write (a new file)."), u"OUT"_s});
    parser.addOption({u"force"_s, QCoreApplication::translate("copydesk-cli", "Replace OUT if it exists (it may be one of the inputs).")});
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
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return usage(QCoreApplication::translate("copydesk-cli", "merge takes one or more project files."));
    if (!parser.isSet(u"output"_s))
        return usage(QCoreApplication::translate("copydesk-cli", "name the merged project with -o OUT.copydesk."));
    const QString output = parser.value(u"output"_s);
    for (const QString &input : inputs) {
        if (!QFileInfo::exists(input)) {
            err << QCoreApplication::translate("copydesk-cli", "%1: no such file\n").arg(input);
            return InputFailed;
        }
    }
    const bool showProgress = isatty(STDERR_FILENO);
    const MergeReport report = mergeProjectFiles(inputs, output, parser.isSet(u"force"_s), [&](int input, int done, int total) {
        if (showProgress && (done % 64 == 0 || done == total))
            err << u"\r\033[K"_s << QCoreApplication::translate("copydesk-cli", "merging %1: %2 of %3 documents")
                                        .arg(QFileInfo(inputs.value(input)).fileName()).arg(done).arg(total) << Qt::flush;
    });
    if (showProgress)
        err << u"\r\033[K"_s;
    for (const QString &conflict : report.conflicts)
        err << QCoreApplication::translate("copydesk-cli", "conflict: ") << conflict << u'\n';
    if (!report.conflicts.isEmpty()) {
        err << QCoreApplication::translate("copydesk-cli", "Nothing merged: the schemas conflict. Rename or move the labels in one "
                                                           "project (Edit ▸ Edit Labels) and merge again.\n");
        return InputFailed;
    }
    for (const QString &warning : report.warnings)
        err << QCoreApplication::translate("copydesk-cli", "warning: ") << warning << u'\n';
    if (!report.error.isEmpty()) {
        err << QCoreApplication::translate("copydesk-cli", "Merge failed: %1\n").arg(report.error);
        return InputFailed;
    }
    err << QCoreApplication::translate("copydesk-cli", "Merged %n project(s) into %1: ", nullptr, report.inputs).arg(output)
        << QCoreApplication::translate("copydesk-cli", "%n document(s)", nullptr, report.documentsAdded)
        << QCoreApplication::translate("copydesk-cli", " (%n matched by text)", nullptr, report.documentsMatched)
        << QCoreApplication::translate("copydesk-cli", ", %n annotation(s)", nullptr, report.annotationsAdded)
        << QCoreApplication::translate("copydesk-cli", " (%n already there)", nullptr, report.annotationsThere)
        << QCoreApplication::translate("copydesk-cli", ", %n relation(s)", nullptr, report.relationsAdded)
        << QCoreApplication::translate("copydesk-cli", ", %n history record(s)\n", nullptr, report.auditEntriesAdded);
    return Ok;
}

} // namespace Copydesk::Cli
