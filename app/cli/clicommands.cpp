#include "clicommands.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <unistd.h>

#include <QElapsedTimer>
#include <QFileInfo>

#include "engines/engine.h"
#include "exporter.h"
#include "formats/documentwriter.h"
#include "formats/formatregistry.h"
#include "formats/formatsupport.h"
#include "importer.h"
#include "preannotator.h"
#include "projectjobs.h"
#include "projectstore.h"
#include "engines/enginerunner.h"
#include "engines/linefrequencyindex.h"
#include "engines/engineregistry.h"
#include "traincommand.h"
#include "agreementcommand.h"
#include "mergecommand.h"
#include "teachcommand.h"
#include "curatecommand.h"
#include "sourcingstats.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {
namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QStringList splitList(const QString &value)
{
    QStringList list = value.split(u',', Qt::SkipEmptyParts);
    for (QString &item : list)
        item = item.trimmed();
    return list;
}

int usage(QCommandLineParser &parser, const QString &message)
{
    err() << message << u'\n' << parser.helpText();
    err().flush();
    return UsageError;
}

// Parses a command's options: -1 to go on, else the exit status (help shown, or a usage error).
int parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usage(parser, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return -1;
}


bool openProject(ProjectStore &store, const QString &path)
{
    QString error;
    if (!store.open(path, ProjectStore::OpenMode::Existing, &error)) {
        err() << FormatSupport::printable(error) << u'\n';
        err().flush();
        return false;
    }
    return true;
}

bool parseLabelMap(const QString &value, QHash<QString, QString> *map, QString *error)
{
    for (const QString &pair : splitList(value)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) { // "LABEL=" (nothing after =) drops that label
            *error = QCoreApplication::translate("copydesk-cli", "--label-map takes FILE_LABEL=LABEL pairs separated by commas, not \"%1\"").arg(pair);
            return false;
        }
        map->insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return true;
}

bool progressWanted()
{
    return isatty(STDERR_FILENO);
}

int newProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Creates an empty project file with the default label schema."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file to create (*.copydesk)."));
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "new takes one project file."));
    ProjectStore store;
    QString error;
    if (!store.open(parser.positionalArguments().constFirst(), ProjectStore::OpenMode::Create, &error)) {
        err() << error << u'\n';
        return InputFailed;
    }
    err() << QCoreApplication::translate("copydesk-cli", "Created %1\n").arg(parser.positionalArguments().constFirst());
    return Ok;
}

int importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Imports files and folders (recursively) into a project. Each document is imported "
                                        "whole or not at all; a document whose text is already in the project gets the file's "
                                        "annotations as another annotator's set, never a second copy of the text."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addPositionalArgument(u"PATH"_s, QCoreApplication::translate("copydesk-cli", "Files or folders to import."), u"PATH..."_s);
    parser.addOption({u"format"_s, QCoreApplication::translate("copydesk-cli", "Read every file as this format (%1); default: by extension.").arg(readerNames().join(u", ")), u"NAME"_s});
    parser.addOption({u"label-map"_s, QCoreApplication::translate("copydesk-cli", "Map the files' labels to the project's: A=B,C=D."), u"MAP"_s});
    parser.addOption({u"text-only"_s, QCoreApplication::translate("copydesk-cli", "Import the texts without their annotations.")});
    parser.addOption({u"as-suggestions"_s, QCoreApplication::translate("copydesk-cli", "Import the files' annotations as suggestions to review, not as decisions.")});
    parser.addOption({u"add-labels"_s, QCoreApplication::translate("copydesk-cli", "Add labels the schema does not know instead of refusing the document.")});
    parser.addOption({u"annotator"_s, QCoreApplication::translate("copydesk-cli", "The person whose annotations the files hold (default: the file's annotator). "
                                         "A text the project has already gets them as another annotation set."), u"NAME"_s});
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "import takes a project file and at least one file or folder."));
    ImportOptions options;
    options.format = parser.value(u"format"_s);
    QString error;
    if (!parseLabelMap(parser.value(u"label-map"_s), &options.labelMap, &error))
        return usage(parser, error);
    options.textOnly = parser.isSet(u"text-only"_s);
    options.asSuggestions = parser.isSet(u"as-suggestions"_s);
    options.addLabels = parser.isSet(u"add-labels"_s);
    options.annotator = parser.value(u"annotator"_s).trimmed();
    if (!options.format.isEmpty() && !readerNames().contains(options.format))
        return usage(parser, QCoreApplication::translate("copydesk-cli", "unknown format \"%1\" (known: %2)").arg(options.format, readerNames().join(u", ")));

    ProjectStore store;
    if (!openProject(store, positional.constFirst()))
        return InputFailed;
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = progressWanted();
    const ImportReport report = importAndAnnotate(store, positional.mid(1), options, false, [&](int done, int total, const QString &) {
        if (showProgress && total > 0)
            err() << u"\r"_s << QCoreApplication::translate("copydesk-cli", "importing: %1%").arg(qint64(done) * 100 / total) << Qt::flush;
    }).import;
    if (showProgress)
        err() << u"\r"_s;
    for (const ImportProblem &note : report.notes)
        err() << note.toString() << u'\n';
    for (const ImportProblem &problem : report.problems)
        err() << QCoreApplication::translate("copydesk-cli", "error: ") << problem.toString() << u'\n';
    err() << QCoreApplication::translate("copydesk-cli", "Imported %1 documents with %2 annotations and %3 relations from %4 files in %5 s")
                 .arg(report.documents).arg(report.annotations).arg(report.relations).arg(report.files)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 2);
    if (!report.problems.isEmpty())
        err() << QCoreApplication::translate("copydesk-cli", "; %n input(s) failed", nullptr, int(report.problems.size()));
    err() << u'\n';
    if (!report.labelsAdded.isEmpty())
        err() << QCoreApplication::translate("copydesk-cli", "Labels added to the schema: %1\n").arg(FormatSupport::printable(report.labelsAdded.join(u", ")));
    err().flush();
    return report.problems.isEmpty() ? Ok : InputFailed;
}

int exportDocuments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Exports the project's documents and annotations."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"format"_s, QCoreApplication::translate("copydesk-cli", "Format to write (%1).").arg(writerNames().join(u", ")), u"NAME"_s, u"jsonl"_s});
    parser.addOption({{u"o"_s, u"output"_s}, QCoreApplication::translate("copydesk-cli", "File to write (written beside and renamed into place; a FIFO or "
                                                "device is written into); - or none: standard output. Formats of many files "
                                                "(brat, webanno, html) write a new or empty folder."), u"FILE"_s, u"-"_s});
    parser.addOption({u"annotators"_s, QCoreApplication::translate("copydesk-cli", "Only annotations by (or decided by, or in the set of) these annotators, by name. "
                                                                                    "With --format html, two names REFERENCE,STUDENT make an answer key and a handout."), u"LIST"_s});
    parser.addOption({u"status"_s, QCoreApplication::translate("copydesk-cli", "Only annotations with these statuses (suggested, accepted, rejected, manual); "
                                      "default: accepted,manual, the decisions. Name suggested to write the engines' suggestions too."), u"LIST"_s});
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "export takes one project file."));
    auto writer = createWriter(parser.value(u"format"_s));
    if (!writer)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "unknown format \"%1\" (known: %2)").arg(parser.value(u"format"_s), writerNames().join(u", ")));
    if (writer->writesDirectory() && parser.value(u"output"_s) == u"-")
        return usage(parser, QCoreApplication::translate("copydesk-cli", "the %1 format writes a folder of files; name it with -o FOLDER").arg(writer->name()));
    ExportOptions options;
    options.annotators = splitList(parser.value(u"annotators"_s));
    if (parser.isSet(u"status"_s)) {
        options.statuses.clear();
        for (const QString &name : splitList(parser.value(u"status"_s))) {
            AnnotationStatus status;
            if (!parseAnnotationStatus(name, &status))
                return usage(parser, QCoreApplication::translate("copydesk-cli", "unknown status \"%1\" (suggested, accepted, rejected, manual)").arg(name));
            options.statuses.append(status);
        }
    }
    ProjectStore store;
    if (!openProject(store, positional.constFirst()))
        return InputFailed;

    QString error;
    ExportReport report;
    const bool ok = exportToPath(store, *writer, parser.value(u"output"_s), options, &report, &error);
    for (const QString &warning : std::as_const(report.warnings))
        err() << QCoreApplication::translate("copydesk-cli", "warning: ") << FormatSupport::printable(warning) << u'\n';
    if (!ok) {
        err() << QCoreApplication::translate("copydesk-cli", "Export failed: %1\n").arg(FormatSupport::printable(error));
        return InputFailed;
    }
    err() << QCoreApplication::translate("copydesk-cli", "Exported %1\n").arg(FormatSupport::printable(report.summary));
    return Ok;
}

namespace {

// --from and --to: a day (2024-03-05) or a month (2024-03: its first day for --from, its last
// for --to).
bool parseDashboardDate(const QString &text, bool end, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid())
        return true;
    const QDate month = QDate::fromString(text + u"-01"_s, Qt::ISODate);
    if (!month.isValid())
        return false;
    *date = end ? month.addMonths(1).addDays(-1) : month;
    return true;
}

// `stats P --sourcing --csv`: the corpus dashboard's tables (model/corpusdashboard.h).
int sourcingCsv(QCommandLineParser &parser, ProjectStore &store)
{
    DashboardFilter filter;
    filter.scope = parser.isSet(u"decided-only"_s) ? SourcingScope::DecisionsOnly : SourcingScope::DecisionsAndSuggestions;
    filter.source = parser.value(u"source"_s);
    filter.exactSource = parser.isSet(u"exact-source"_s);
    filter.annotator = parser.value(u"annotator"_s);
    if (parser.isSet(u"from"_s) && !parseDashboardDate(parser.value(u"from"_s), false, &filter.from))
        return usage(parser, QCoreApplication::translate("copydesk-cli", "--from takes a date (2024-03-05) or a month (2024-03), not %1.").arg(parser.value(u"from"_s)));
    if (parser.isSet(u"to"_s) && !parseDashboardDate(parser.value(u"to"_s), true, &filter.to))
        return usage(parser, QCoreApplication::translate("copydesk-cli", "--to takes a date (2024-03-05) or a month (2024-03), not %1.").arg(parser.value(u"to"_s)));
    if (parser.isSet(u"status"_s)) {
        DocumentStatus status;
        if (!parseDocumentStatus(parser.value(u"status"_s), &status))
            return usage(parser, QCoreApplication::translate("copydesk-cli", "--status takes new, in-progress or done, not %1.").arg(parser.value(u"status"_s)));
        filter.status = status;
    }
    std::optional<DashboardTable> table;
    if (parser.isSet(u"table"_s)) {
        DashboardTable t;
        if (!parseDashboardTable(parser.value(u"table"_s), &t))
            return usage(parser, QCoreApplication::translate("copydesk-cli", "--table takes speakers, publications, months, articles or progress, not %1.").arg(parser.value(u"table"_s)));
        table = t;
    }
    return printSourcingCsv(store, filter, table);
}

} // namespace

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Counts the project's documents and annotations (per layer, label, status and annotator)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"json"_s, QCoreApplication::translate("copydesk-cli", "Write JSON.")});
    parser.addOption({u"sourcing"_s, QCoreApplication::translate("copydesk-cli", "Summarise each document's sourcing: speakers, quotes by form and source kind, unattributed claims, furniture.")});
    parser.addOption({u"decided-only"_s, QCoreApplication::translate("copydesk-cli", "With --sourcing: count decisions only (accepted and manual), not suggestions.")});
    parser.addOption({u"csv"_s, QCoreApplication::translate("copydesk-cli", "With --sourcing: the corpus dashboard's tables as CSV (all, each after a line \"# name\", or the one --table names).")});
    parser.addOption({u"table"_s, QCoreApplication::translate("copydesk-cli", "With --csv: one table: speakers, publications, months, articles or progress."), u"TABLE"_s});
    parser.addOption({u"source"_s, QCoreApplication::translate("copydesk-cli", "With --csv: documents whose source contains this text."), u"TEXT"_s});
    parser.addOption({u"exact-source"_s, QCoreApplication::translate("copydesk-cli", "With --source: the whole source, not a part of it.")});
    parser.addOption({u"from"_s, QCoreApplication::translate("copydesk-cli", "With --csv: documents dated on or after this day or month (2024-03-05, 2024-03)."), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("copydesk-cli", "With --csv: documents dated on or before this day or month."), u"DATE"_s});
    parser.addOption({u"status"_s, QCoreApplication::translate("copydesk-cli", "With --csv: documents with this status: new, in-progress or done."), u"STATUS"_s});
    parser.addOption({u"annotator"_s, QCoreApplication::translate("copydesk-cli", "With --csv: this annotator's documents and decisions (with the suggestions unless --decided-only)."), u"NAME"_s});
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "stats takes one project file."));
    ProjectStore store;
    if (!openProject(store, parser.positionalArguments().constFirst()))
        return InputFailed;
    if (parser.isSet(u"csv"_s) && !parser.isSet(u"sourcing"_s))
        return usage(parser, QCoreApplication::translate("copydesk-cli", "--csv goes with --sourcing."));
    if (parser.isSet(u"sourcing"_s) && parser.isSet(u"csv"_s))
        return sourcingCsv(parser, store);
    if (parser.isSet(u"sourcing"_s))
        return printSourcingStats(store, parser.isSet(u"json"_s),
                                  parser.isSet(u"decided-only"_s) ? SourcingScope::DecisionsOnly : SourcingScope::DecisionsAndSuggestions);
    const ProjectStatistics s = store.statistics();
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        QJsonObject byStatus, layers, labels, annotators;
        for (const auto &[status, count] : s.documentsByStatus)
            byStatus.insert(status, count);
        for (const Annotator &a : s.annotators)
            annotators.insert(a.displayName(), QJsonObject{{u"kind"_s, annotatorKindName(a.kind)}, {u"name"_s, a.name},
                                                           {u"version"_s, a.version}, {u"annotations"_s, 0},
                                                           {u"by_status"_s, QJsonObject()}});
        auto add = [](QJsonObject &object, const QString &key, const QString &status, int count) {
            QJsonObject entry = object.value(key).toObject();
            entry.insert(u"total"_s, entry.value(u"total").toInt() + count);
            QJsonObject statuses = entry.value(u"by_status").toObject();
            statuses.insert(status, statuses.value(status).toInt() + count);
            entry.insert(u"by_status"_s, statuses);
            object.insert(key, entry);
        };
        for (const ProjectStatistics::Row &row : s.rows) {
            add(layers, row.layer.isEmpty() ? u"(none)"_s : row.layer, row.status, row.count);
            add(labels, row.label, row.status, row.count);
            QJsonObject a = annotators.value(row.annotator).toObject();
            a.insert(u"annotations"_s, a.value(u"annotations").toInt() + row.count);
            QJsonObject st = a.value(u"by_status").toObject();
            st.insert(row.status, st.value(row.status).toInt() + row.count);
            a.insert(u"by_status"_s, st);
            annotators.insert(row.annotator, a);
        }
        const QJsonObject root{{u"documents"_s, s.documents}, {u"documents_by_status"_s, byStatus},
                               {u"annotations"_s, s.annotations}, {u"relations"_s, s.relations},
                               {u"layers"_s, layers}, {u"labels"_s, labels}, {u"annotators"_s, annotators}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << QCoreApplication::translate("copydesk-cli", "Documents: %1").arg(s.documents);
    QStringList parts;
    for (const auto &[status, count] : s.documentsByStatus)
        parts.append(u"%1 %2"_s.arg(count).arg(status));
    if (!parts.isEmpty())
        out << u" ("_s << parts.join(u", ") << u')';
    out << u'\n' << QCoreApplication::translate("copydesk-cli", "Annotations: %1, relations: %2\n").arg(s.annotations).arg(s.relations);
    if (!s.rows.isEmpty()) {
        out << u'\n' << QCoreApplication::translate("copydesk-cli", "layer").leftJustified(12) << QCoreApplication::translate("copydesk-cli", "label").leftJustified(14) << QCoreApplication::translate("copydesk-cli", "status").leftJustified(11)
            << QCoreApplication::translate("copydesk-cli", "count").rightJustified(8) << u"  "_s << QCoreApplication::translate("copydesk-cli", "annotator") << u'\n';
        for (const ProjectStatistics::Row &row : s.rows) {
            out << row.layer.leftJustified(12) << row.label.leftJustified(14) << row.status.leftJustified(11)
                << QString::number(row.count).rightJustified(8) << u"  "_s << row.annotator << u'\n';
        }
    }
    out << u'\n' << QCoreApplication::translate("copydesk-cli", "Annotators:") << u'\n';
    for (const Annotator &a : s.annotators)
        out << u"  "_s << a.displayName() << u" ("_s << annotatorKindName(a.kind) << u")\n"_s;
    return Ok;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Checks a project's integrity: every span inside its text, relations valid, "
                                        "the full-text index in sync, SQLite's own check. Exit status 1 on a problem."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "check takes one project file."));
    ProjectStore store;
    if (!openProject(store, parser.positionalArguments().constFirst()))
        return InputFailed;
    const QStringList problems = store.check();
    for (const QString &problem : problems)
        err() << problem << u'\n';
    if (!problems.isEmpty()) {
        err() << QCoreApplication::translate("copydesk-cli", "%n problem(s) found\n", nullptr, int(problems.size()));
        return InputFailed;
    }
    QTextStream(stdout) << QCoreApplication::translate("copydesk-cli", "%1: no problems (%2 documents)\n").arg(parser.positionalArguments().constFirst()).arg(store.documentCount());
    return Ok;
}

int annotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Runs the pre-annotation engines over the project's documents and stores their "
                                        "suggestions. Each engine replaces only its own untouched suggestions; "
                                        "people's decisions are never changed, and rejected suggestions are not made again."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"layers"_s, QCoreApplication::translate("copydesk-cli", "Layers to annotate: furniture,sourcing,entities (default: all)."), u"LIST"_s});
    parser.addOption({u"engines"_s, QCoreApplication::translate("copydesk-cli", "Engines to run, by name (%1).").arg(availableEngineNames().join(u", ")), u"LIST"_s});
    parser.addOption({u"jobs"_s, QCoreApplication::translate("copydesk-cli", "Worker threads (default: one per core)."), u"N"_s});
    parser.addOption({u"documents"_s, QCoreApplication::translate("copydesk-cli", "Only these documents, by external id."), u"IDS"_s});
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "annotate takes one project file."));
    PreAnnotateOptions options;
    options.selection.layers = splitList(parser.value(u"layers"_s));
    options.selection.engines = splitList(parser.value(u"engines"_s));
    bool ok = true;
    options.jobs = parser.isSet(u"jobs"_s) ? parser.value(u"jobs"_s).toInt(&ok) : 0;
    if (!ok || options.jobs < 0)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "--jobs takes a number of threads"));
    {
        QString error;
        createEngines(options.selection, &error);
        if (!error.isEmpty())
            return usage(parser, error);
    }
    ProjectStore store;
    if (!openProject(store, parser.positionalArguments().constFirst()))
        return InputFailed;
    for (const QString &id : splitList(parser.value(u"documents"_s))) {
        const qint64 documentId = store.documentIdByExternalId(id);
        if (!documentId) {
            err() << QCoreApplication::translate("copydesk-cli", "No document with the id \"%1\" in the project\n").arg(id);
            return InputFailed;
        }
        options.documents.append(documentId);
    }
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = progressWanted();
    const PreAnnotateReport report = preAnnotate(store, options, [&](int done, int total) {
        if (showProgress)
            err() << u"\r"_s << QCoreApplication::translate("copydesk-cli", "annotating: %1/%2 documents").arg(done).arg(total) << Qt::flush;
    });
    if (showProgress)
        err() << u"\n"_s;
    if (!report.error.isEmpty()) {
        err() << QCoreApplication::translate("copydesk-cli", "Annotation failed: %1\n").arg(report.error);
        return InputFailed;
    }
    err() << QCoreApplication::translate("copydesk-cli", "Annotated %1 documents in %2 s: %3 suggestions, one per span and layer")
                 .arg(report.documents).arg(timer.elapsed() / 1000.0, 0, 'f', 2).arg(report.suggestions);
    err() << u'\n';
    QStringList parts;
    for (auto it = report.perEngine.cbegin(); it != report.perEngine.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    parts.sort();
    if (!parts.isEmpty())
        err() << QCoreApplication::translate("copydesk-cli", "Proposed by the engines: %1\n").arg(parts.join(u", "));
    if (report.blockedByDecisions > 0)
        err() << QCoreApplication::translate("copydesk-cli", "Not suggested: %n span(s) overlapping a person's decision\n", nullptr,
                                             report.blockedByDecisions);
    if (report.belowThreshold > 0)
        err() << QCoreApplication::translate("copydesk-cli", "Not suggested: %n span(s) the combiner judged unlikely\n", nullptr,
                                             report.belowThreshold);
    return Ok;
}

int annotateJsonl(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli", "Runs the engines on Copydesk JSONL documents from standard input "
                                        "and writes them with the engines' spans to standard output, in the same order. "
                                        "Documents are read in blocks; lines that recur across the documents of a block "
                                        "(by source) count as boilerplate, as in a project."));
    parser.addHelpOption();
    parser.addOption({u"layers"_s, QCoreApplication::translate("copydesk-cli", "Layers to annotate (furniture,sourcing,entities)."), u"LIST"_s});
    parser.addOption({u"engines"_s, QCoreApplication::translate("copydesk-cli", "Engines to run, by name."), u"LIST"_s});
    parser.addOption({u"jobs"_s, QCoreApplication::translate("copydesk-cli", "Worker threads (default: one per core)."), u"N"_s});
    parser.addOption({u"block"_s, QCoreApplication::translate("copydesk-cli", "Documents read at a time (default 1000)."), u"N"_s, u"1000"_s});
    parser.addOption({u"keep"_s, QCoreApplication::translate("copydesk-cli", "Keep the spans the input already had.")});
    parser.addOption({u"models-from"_s, QCoreApplication::translate("copydesk-cli", "Also run the learned engines of this project "
                                          "(after \"train\"): copydesk-tagger, copydesk-string-match, copydesk-attribution."), u"PROJECT"_s});
    if (const int status = parse(parser, arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usage(parser, QCoreApplication::translate("copydesk-cli", "annotate-jsonl takes no file arguments; it reads standard input."));

    EngineSelection selection;
    selection.layers = splitList(parser.value(u"layers"_s));
    selection.engines = splitList(parser.value(u"engines"_s));
    if (parser.isSet(u"models-from"_s)) {
        ProjectStore models;
        if (!openProject(models, parser.value(u"models-from"_s)))
            return InputFailed;
        for (const QString &name : models.modelNames())
            selection.models.append({name, models.model(name)});
    }
    QString error;
    const auto engines = createEngines(selection, &error);
    if (!error.isEmpty())
        return usage(parser, error);
    bool ok = true;
    const int jobs = parser.isSet(u"jobs"_s) ? parser.value(u"jobs"_s).toInt(&ok) : 0;
    const int block = parser.value(u"block"_s).toInt(&ok) ;
    if (!ok || jobs < 0 || block < 1)
        return usage(parser, QCoreApplication::translate("copydesk-cli", "--jobs and --block take whole numbers"));
    const bool keep = parser.isSet(u"keep"_s);

    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return InputFailed;
    QThreadPool pool;
    pool.setMaxThreadCount(jobs > 0 ? jobs : QThread::idealThreadCount());

    struct Item
    {
        QJsonObject object;
        EngineDocument document;
        QList<EngineRun> runs;
    };
    int status = Ok;
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        QList<Item> items;
        while (!in.atEnd() && items.size() < block) {
            const QByteArray line = in.readLine();
            ++lineNumber;
            if (line.trimmed().isEmpty())
                continue;
            // Checked as import checks JSON: a lone surrogate is an error, not a changed text.
            QJsonObject object;
            QString lineError;
            if (!FormatSupport::parseJsonObject(line, &object, &lineError) || !object.value(u"text").isString()) {
                err() << QCoreApplication::translate("copydesk-cli", "<stdin>:%1: not a Copydesk JSONL document (%2); skipped")
                             .arg(lineNumber)
                             .arg(!lineError.isEmpty() ? lineError : QCoreApplication::translate("copydesk-cli", "no \"text\" string"))
                      << u'\n';
                status = InputFailed;
                continue;
            }
            Item item;
            item.object = object;
            item.document.id = item.object.value(u"id").toVariant().toString();
            item.document.text = item.object.value(u"text").toString();
            item.document.meta = item.object.value(u"meta").toObject();
            item.document.source = item.document.meta.value(u"source").toString();
            items.append(std::move(item));
        }
        LineFrequencyIndex corpus;
        for (const Item &item : std::as_const(items))
            corpus.addDocument(item.document.source, item.document.text);
        QtConcurrent::blockingMap(&pool, items, [&](Item &item) { item.runs = runEngines(engines, item.document, &corpus); });

        for (Item &item : items) {
            QJsonObject &object = item.object;
            QJsonArray spans = keep ? object.value(u"spans").toArray() : QJsonArray();
            QJsonArray relations = keep ? object.value(u"relations").toArray() : QJsonArray();
            int next = 1;
            for (const EngineRun &run : std::as_const(item.runs)) {
                QHash<QString, QString> ids;
                for (const EngineSpan &span : run.spans) {
                    const QString id = u"e%1"_s.arg(next++);
                    if (!span.key.isEmpty())
                        ids.insert(span.key, id);
                    QJsonObject s{{u"id"_s, id}, {u"start"_s, span.start}, {u"end"_s, span.end}, {u"label"_s, span.label}};
                    if (!span.attrs.isEmpty())
                        s.insert(u"attrs"_s, span.attrs);
                    s.insert(u"confidence"_s, span.confidence);
                    if (!span.reason.isEmpty())
                        s.insert(u"reason"_s, span.reason);
                    s.insert(u"annotator"_s, run.engineName + u' ' + run.engineVersion);
                    spans.append(s);
                }
                for (const SuggestedRelation &relation : run.relations) {
                    relations.append(QJsonObject{{u"label"_s, relation.label}, {u"head"_s, ids.value(relation.head)},
                                                 {u"child"_s, ids.value(relation.child)}});
                }
            }
            object.insert(u"spans"_s, spans);
            object.insert(u"relations"_s, relations);
            out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
            out.write("\n");
        }
        out.flush();
    }
    err().flush();
    return status;
}

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Command commands[] = {
    {"new", QT_TRANSLATE_NOOP("copydesk-cli", "create a project file"), newProject},
    {"import", QT_TRANSLATE_NOOP("copydesk-cli", "import files and folders into a project"), importFiles},
    {"export", QT_TRANSLATE_NOOP("copydesk-cli", "export documents and annotations"), exportDocuments},
    {"stats", QT_TRANSLATE_NOOP("copydesk-cli", "count documents and annotations"), stats},
    {"annotate", QT_TRANSLATE_NOOP("copydesk-cli", "pre-annotate a project's documents with the engines"), annotate},
    {"check", QT_TRANSLATE_NOOP("copydesk-cli", "check a project's integrity"), check},
    {"annotate-jsonl", QT_TRANSLATE_NOOP("copydesk-cli", "run the engines on JSONL from stdin to stdout"), annotateJsonl},
    {"train", QT_TRANSLATE_NOOP("copydesk-cli", "train the entity tagger on the project's decisions"), trainCommand},
    // Several annotators (app/cli/agreementcommand.cpp, mergecommand.cpp, teachcommand.cpp)
    {"agreement", QT_TRANSLATE_NOOP("copydesk-cli", "measure agreement between annotators' sets"), agreementCommand},
    {"merge", QT_TRANSLATE_NOOP("copydesk-cli", "merge project files into a new one"), mergeCommand},
    {"curate", QT_TRANSLATE_NOOP("copydesk-cli", "curation progress; take what annotators agree on"), curateCommand},
    {"teach", QT_TRANSLATE_NOOP("copydesk-cli", "turn teaching mode on or off, list students' scores"), teachCommand},
};

int mainHelp(bool toStdout)
{
    QString text = QCoreApplication::translate("copydesk-cli", "Usage: copydesk-cli COMMAND [OPTIONS] ...\n\nCommands:\n");
    for (const Command &command : commands)
        text += u"  %1  %2\n"_s.arg(QString::fromLatin1(command.name).leftJustified(15), QCoreApplication::translate("copydesk-cli", command.summary));
    text += QCoreApplication::translate("copydesk-cli", "\nRun \"copydesk-cli COMMAND --help\" for a command's options.\n"
               "Exit status: 0 ok, 1 some input failed, 2 usage error.\n");
    if (toStdout) {
        QTextStream(stdout) << text;
        return Ok;
    }
    err() << text;
    err().flush();
    return UsageError;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return mainHelp(false);
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help")
        return mainHelp(true);
    if (name == u"--version" || name == u"-v") {
        QTextStream(stdout) << "copydesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.at(0) + u' ' + name);
            return command.run(rest);
        }
    }
    err() << QCoreApplication::translate("copydesk-cli", "copydesk-cli: unknown command \"%1\"\n").arg(name);
    return mainHelp(false);
}

} // namespace Copydesk::Cli
