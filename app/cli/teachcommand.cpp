#include "teachcommand.h"

#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "annotationsets.h"
#include "clicommands.h"
#include "labelschema.h"
#include "projectstore.h"
#include "teaching.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

QString figure(double value)
{
    return std::isnan(value) ? u"—"_s : QString::number(value, 'f', 2);
}

QJsonObject scoreJson(const StudentScore &score)
{
    QJsonObject layers;
    for (auto it = score.comparison.layers.constBegin(); it != score.comparison.layers.constEnd(); ++it)
        layers.insert(it.key(), it.value().toJson());
    QJsonObject counts;
    for (TeachingItem::Kind kind : {TeachingItem::Match, TeachingItem::Partial, TeachingItem::WrongLabel, TeachingItem::Miss,
                                    TeachingItem::Extra, TeachingItem::WrongSpeaker})
        counts.insert(TeachingItem::kindName(kind), score.comparison.count(kind));
    return {{u"student"_s, score.student}, {u"document"_s, score.documentId}, {u"title"_s, score.document}, {u"done"_s, score.done},
            {u"layers"_s, layers}, {u"items"_s, counts}, {u"speakers"_s, score.comparison.speakers},
            {u"speakersRight"_s, score.comparison.speakersRight}};
}

int printScores(const ProjectStore &store, const TeachingSettings &settings, bool json)
{
    const QList<StudentScore> scores = classScores(store, settings);
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const StudentScore &score : scores)
            array.append(scoreJson(score));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QStringList layers = store.schema().layers();
    QString header = u"%1 %2"_s.arg(QCoreApplication::translate("copydesk-cli", "student"), -16)
                         .arg(QCoreApplication::translate("copydesk-cli", "article"), -30);
    for (const QString &layer : layers)
        header += u" %1"_s.arg(layer.left(10), 10);
    header += u" %1"_s.arg(QCoreApplication::translate("copydesk-cli", "speakers"), 9);
    out << header << u'\n';
    for (const StudentScore &score : scores) {
        QString row = u"%1 %2"_s.arg(score.student.left(16), -16).arg(score.document.left(30), -30);
        if (!score.done) {
            out << row << u' ' << QCoreApplication::translate("copydesk-cli", "(not done yet)") << u'\n';
            continue;
        }
        for (const QString &layer : layers) {
            const SpanCounts counts = score.comparison.layers.value(layer);
            row += u" %1"_s.arg(counts.reference || counts.candidate ? figure(counts.f1(true)) : u"—"_s, 10);
        }
        row += u" %1"_s.arg(u"%1/%2"_s.arg(score.comparison.speakersRight).arg(score.comparison.speakers), 9);
        out << row << u'\n';
    }
    out << QCoreApplication::translate("copydesk-cli", "(exact F1 against the reference per layer; speakers: quotes with the right speaker)\n");
    return Ok;
}

} // namespace

int teachCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli",
        "Teaching mode. With --reference, students opening the project (everyone but the teacher) work without the "
        "engines' suggestions and without the reference set until they mark an article done; then the window compares "
        "their reading with the reference. --scores lists each student's scores per article (merge the students' "
        "project files first)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"reference"_s, QCoreApplication::translate("copydesk-cli", "The annotator whose set is the reference (person:NAME or file:NAME "
                                                                  "when two kinds share the name)."), u"NAME"_s});
    parser.addOption({u"teacher"_s, QCoreApplication::translate("copydesk-cli", "The person who sees everything (default: the reference, when it is a person)."),
                      u"NAME"_s});
    parser.addOption({u"off"_s, QCoreApplication::translate("copydesk-cli", "Turn teaching mode off.")});
    parser.addOption({u"scores"_s, QCoreApplication::translate("copydesk-cli", "List each student's scores per article.")});
    parser.addOption({u"json"_s, QCoreApplication::translate("copydesk-cli", "With --scores: write JSON.")});
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
        return usage(QCoreApplication::translate("copydesk-cli", "teach takes one project file."));
    const int modes = int(parser.isSet(u"reference"_s)) + int(parser.isSet(u"off"_s)) + int(parser.isSet(u"scores"_s));
    if (modes != 1)
        return usage(QCoreApplication::translate("copydesk-cli", "teach takes one of --reference NAME, --off and --scores."));

    ProjectStore store;
    QString error;
    const auto mode = parser.isSet(u"scores"_s) ? ProjectStore::OpenMode::ReadOnly : ProjectStore::OpenMode::Existing;
    if (!store.open(parser.positionalArguments().constFirst(), mode, &error)) {
        err << error << u'\n';
        return InputFailed;
    }
    TeachingSettings settings = TeachingSettings::read(store);
    if (parser.isSet(u"scores"_s)) {
        if (!settings.isOn()) {
            err << QCoreApplication::translate("copydesk-cli", "Teaching mode is off in this project; turn it on with --reference NAME.\n");
            return InputFailed;
        }
        return printScores(store, settings, parser.isSet(u"json"_s));
    }
    if (parser.isSet(u"off"_s)) {
        if (!TeachingSettings().write(store)) {
            err << store.lastError() << u'\n';
            return InputFailed;
        }
        err << QCoreApplication::translate("copydesk-cli", "Teaching mode is off.\n");
        return Ok;
    }
    const qint64 reference = findAnnotator(store.annotators(), parser.value(u"reference"_s), &error);
    if (!reference) {
        err << error << u'\n';
        return InputFailed;
    }
    const std::optional<Annotator> annotator = store.annotator(reference);
    settings.reference = TeachingSettings::referenceKey(*annotator);
    settings.teacher = parser.value(u"teacher"_s).trimmed();
    if (settings.teacher.isEmpty() && annotator->kind == AnnotatorKind::Person)
        settings.teacher = annotator->name;
    if (!settings.write(store)) {
        err << store.lastError() << u'\n';
        return InputFailed;
    }
    int documents = 0;
    for (qint64 id : store.documentIds()) {
        for (const AnnotationSetSummary &set : store.annotationSets(id))
            documents += set.ownerId == reference ? 1 : 0;
    }
    err << QCoreApplication::translate("copydesk-cli", "Teaching mode is on: the reference is %1's set (%n article(s))", nullptr, documents)
               .arg(annotator->displayName());
    if (!settings.teacher.isEmpty())
        err << QCoreApplication::translate("copydesk-cli", "; %1 sees everything").arg(settings.teacher);
    err << QCoreApplication::translate("copydesk-cli", ". Hand out copies of the project; merge the students' files and run "
                                                       "\"copydesk-cli teach MERGED --scores\".\n");
    return Ok;
}

} // namespace Copydesk::Cli
