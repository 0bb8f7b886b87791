#include "clicommands.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "engines/engine.h"
#include "engines/enginerunner.h"
#include "engines/engineregistry.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {
namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("copydesk-cli", text);
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

int annotateJsonl(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the engines on Copydesk JSONL documents from standard input "
                                        "and writes them with the engines' spans to standard output."));
    parser.addHelpOption();
    parser.addOption({u"layers"_s, tr("Layers to annotate (furniture,sourcing,entities)."), u"LIST"_s});
    parser.addOption({u"engines"_s, tr("Engines to run, by name."), u"LIST"_s});
    parser.addOption({u"keep"_s, tr("Keep the spans the input already had.")});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        return usage(parser, tr("annotate-jsonl takes no file arguments; it reads standard input."));

    EngineSelection selection;
    selection.layers = splitList(parser.value(u"layers"_s));
    selection.engines = splitList(parser.value(u"engines"_s));
    QString error;
    const auto engines = createEngines(selection, &error);
    if (!error.isEmpty())
        return usage(parser, error);

    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return InputFailed;
    int status = Ok;
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (!json.isObject() || !json.object().value(u"text").isString()) {
            err() << tr("<stdin>:%1: not a Copydesk JSONL document (%2); skipped")
                         .arg(lineNumber)
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : tr("no \"text\" string"))
                  << u'\n';
            status = InputFailed;
            continue;
        }
        QJsonObject object = json.object();
        EngineDocument document;
        document.id = object.value(u"id").toVariant().toString();
        document.text = object.value(u"text").toString();
        document.meta = object.value(u"meta").toObject();
        document.source = document.meta.value(u"source").toString();
        const QList<EngineRun> runs = runEngines(engines, document, nullptr);
        QJsonArray spans = parser.isSet(u"keep"_s) ? object.value(u"spans").toArray() : QJsonArray();
        QJsonArray relations = parser.isSet(u"keep"_s) ? object.value(u"relations").toArray() : QJsonArray();
        int next = 1;
        for (const EngineRun &run : runs) {
            QHash<QString, QString> ids;
            for (const EngineSpan &span : run.spans) {
                const QString id = u"e%1"_s.arg(next++);
                if (!span.key.isEmpty())
                    ids.insert(span.key, id);
                QJsonObject s{{u"id"_s, id}, {u"start"_s, span.start}, {u"end"_s, span.end},
                              {u"label"_s, span.label}};
                if (!span.attrs.isEmpty())
                    s.insert(u"attrs"_s, span.attrs);
                s.insert(u"confidence"_s, span.confidence);
                if (!span.reason.isEmpty())
                    s.insert(u"reason"_s, span.reason);
                s.insert(u"annotator"_s, run.engineName + u' ' + run.engineVersion);
                spans.append(s);
            }
            for (const SuggestedRelation &relation : run.relations) {
                relations.append(QJsonObject{{u"label"_s, relation.label},
                                             {u"head"_s, ids.value(relation.head)},
                                             {u"child"_s, ids.value(relation.child)}});
            }
        }
        object.insert(u"spans"_s, spans);
        object.insert(u"relations"_s, relations);
        out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        out.write("\n");
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
    {"annotate-jsonl", QT_TRANSLATE_NOOP("copydesk-cli", "run the engines on JSONL from stdin to stdout"), annotateJsonl},
};

int mainHelp(bool toStdout)
{
    QString text = tr("Usage: copydesk-cli COMMAND [OPTIONS] ...\n\nCommands:\n");
    for (const Command &command : commands)
        text += u"  %1  %2\n"_s.arg(QString::fromLatin1(command.name).leftJustified(15), tr(command.summary));
    text += tr("\nRun \"copydesk-cli COMMAND --help\" for a command's options.\n"
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
    err() << tr("copydesk-cli: unknown command \"%1\"\n").arg(name);
    return mainHelp(false);
}

} // namespace Copydesk::Cli
