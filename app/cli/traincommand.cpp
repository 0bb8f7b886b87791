#include "traincommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <unistd.h>

#include "annotationsets.h"
#include "attributiontrainer.h"
#include "clicommands.h"
#include "projectstore.h"
#include "trainer.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

QString scoreText(const Score &s)
{
    return u"%1 %2 %3"_s.arg(s.precision(), 0, 'f', 2).arg(s.recall(), 0, 'f', 2).arg(s.f1(), 0, 'f', 2);
}

// The held-out measure: P, R, F1 per label for the rules, the new tagger and every engine
// combined, then what each model's gate decided.
void printHeldOut(QTextStream &err, const TrainReport &report)
{
    if (report.heldOutDocuments > 0) {
        err << QCoreApplication::translate("copydesk-cli", "Measured on %n finished document(s) held out of training (P R F1):\n", nullptr,
                                           report.heldOutDocuments);
        QStringList labels = report.rulesScores.keys() + report.taggerScores.keys() + report.combinedScores.keys();
        labels.sort();
        labels.removeDuplicates();
        const QString header = u"  %1  %2  %3  %4\n"_s;
        err << header.arg(QCoreApplication::translate("copydesk-cli", "label"), -10)
                   .arg(QCoreApplication::translate("copydesk-cli", "rules"), -14)
                   .arg(QCoreApplication::translate("copydesk-cli", "tagger"), -14)
                   .arg(QCoreApplication::translate("copydesk-cli", "combined"), -14);
        Score rules, tagger, combined;
        for (const QString &label : std::as_const(labels)) {
            err << header.arg(label, -10)
                       .arg(scoreText(report.rulesScores.value(label)), -14)
                       .arg(scoreText(report.taggerScores.value(label)), -14)
                       .arg(scoreText(report.combinedScores.value(label)), -14);
            rules += report.rulesScores.value(label);
            tagger += report.taggerScores.value(label);
            combined += report.combinedScores.value(label);
        }
        err << header.arg(QCoreApplication::translate("copydesk-cli", "all"), -10).arg(scoreText(rules), -14).arg(scoreText(tagger), -14)
                   .arg(scoreText(combined), -14);
    }
    if (report.taggerGate.isMeasured())
        err << report.taggerGate.summary(QCoreApplication::translate("copydesk-cli", "Entity tagger")) << u'\n';
    if (report.stringMatchGate.isMeasured())
        err << report.stringMatchGate.summary(QCoreApplication::translate("copydesk-cli", "String match")) << u'\n';
}

} // namespace

int trainCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("copydesk-cli", "Trains the project's entity tagger and string-match model from its entity decisions. The tagger learns "
           "from documents with at least one entity decision (accepted, manual or rejected; imported annotations "
           "count as accepted) and no entity suggestion left to review, or marked done. Run \"annotate --engines "
           "copydesk-tagger\" afterwards to use it.") + u"\n\n"_s
        + QCoreApplication::translate("copydesk-cli", "With %1 or more documents whose sourcing is finished in the same way (QUOTE, SOURCE "
           "and CUE decisions with their SPEAKER and CUE links), it also trains the attribution model, the engine "
           "copydesk-attribution.").arg(kMinAttributionDocuments));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"models-from"_s, QCoreApplication::translate("copydesk-cli", "Do not train: copy the learned models of another project into this one "
                                          "(train on one corpus, pre-annotate another)."), u"OTHER"_s});
    parser.addOption({u"annotators"_s, QCoreApplication::translate("copydesk-cli", "Learn only from these annotation sets, by annotator name "
                                                                   "(\"curated\": the curated set)."), u"LIST"_s});
    parser.addOption({u"epochs"_s, QCoreApplication::translate("copydesk-cli", "Passes over the training sentences (default %1).").arg(kDefaultTaggerEpochs),
                      u"N"_s, QString::number(kDefaultTaggerEpochs)});
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
        return usage(QCoreApplication::translate("copydesk-cli", "train takes one project file."));
    bool ok = false;
    TrainOptions options;
    options.epochs = parser.value(u"epochs"_s).toInt(&ok);
    if (!ok || options.epochs < 1 || options.epochs > 1000)
        return usage(QCoreApplication::translate("copydesk-cli", "--epochs takes a whole number from 1 to 1000, not \"%1\"").arg(parser.value(u"epochs"_s)));

    ProjectStore store;
    QString error;
    if (!store.open(parser.positionalArguments().constFirst(), ProjectStore::OpenMode::Existing, &error)) {
        err << error << u'\n';
        return InputFailed;
    }
    for (const QString &name : parser.value(u"annotators"_s).split(u',', Qt::SkipEmptyParts)) {
        const qint64 owner = findAnnotator(store.annotators(), name.trimmed(), &error);
        if (!owner) {
            err << error << u'\n';
            return InputFailed;
        }
        options.owners.append(owner);
    }
    if (parser.isSet(u"models-from"_s)) {
        ProjectStore other;
        if (!other.open(parser.value(u"models-from"_s), ProjectStore::OpenMode::Existing, &error)) {
            err << error << u'\n';
            return InputFailed;
        }
        const QStringList names = other.modelNames();
        if (names.isEmpty()) {
            err << QCoreApplication::translate("copydesk-cli", "%1 has no learned models; run \"copydesk-cli train\" on it first\n").arg(parser.value(u"models-from"_s));
            return InputFailed;
        }
        for (const QString &name : names) {
            QString version;
            const QByteArray data = other.model(name, &version);
            if (!store.setModel(name, version, data)) {
                err << QCoreApplication::translate("copydesk-cli", "Cannot store the model %1: %2\n").arg(name, store.lastError());
                return InputFailed;
            }
            err << QCoreApplication::translate("copydesk-cli", "Copied the model %1 (%2)\n").arg(name, version);
        }
        return Ok;
    }
    const bool showProgress = isatty(STDERR_FILENO);
    const TrainReport report = trainProject(store, options, [&](TrainStage stage, double fraction) {
        if (!showProgress)
            return;
        const QString what = stage == TrainStage::Collecting ? QCoreApplication::translate("copydesk-cli", "reading decisions")
                             : stage == TrainStage::Training ? QCoreApplication::translate("copydesk-cli", "training")
                                                             : QCoreApplication::translate("copydesk-cli", "storing");
        err << u"\r\033[K"_s << what << u": "_s << int(fraction * 100) << u'%' << Qt::flush;
    });
    if (showProgress)
        err << u"\r\033[K"_s;

    if (report.taggerTrained) {
        err << QCoreApplication::translate("copydesk-cli", "Trained the entity tagger %1 on %n document(s) (%2 sentences, %3 tokens, %4 entity spans; "
                  "labels %5) in %6 s\n", nullptr, report.documents)
                   .arg(report.taggerVersion)
                   .arg(report.sentences)
                   .arg(report.tokens)
                   .arg(report.spans)
                   .arg(report.labels.join(u", "))
                   .arg(double(report.collectMilliseconds + report.trainMilliseconds) / 1000.0, 0, 'f', 1);
    }
    if (report.skippedUnreviewed > 0)
        err << QCoreApplication::translate("copydesk-cli", "Left out %n document(s) with entity suggestions still to review\n", nullptr, report.skippedUnreviewed);
    printHeldOut(err, report);
    if (report.stringMatchBuilt)
        err << QCoreApplication::translate("copydesk-cli", "String-match model: %n labelled text(s)\n", nullptr, report.stringMatchTexts);
    if (report.attributionTrained) {
        err << QCoreApplication::translate("copydesk-cli", "Trained the attribution model %1 on %n document(s) with finished sourcing "
                  "(%2 quotes) in %3 s\n", nullptr, report.attributionDocuments)
                   .arg(report.attributionVersion)
                   .arg(report.attributionQuotes)
                   .arg(double(report.attributionMilliseconds) / 1000.0, 0, 'f', 1);
    } else if (!report.attributionNote.isEmpty() && report.attributionDocuments > 0) {
        err << QCoreApplication::translate("copydesk-cli", "Attribution model not trained: ") << report.attributionNote << u'\n';
    }
    // A project with sourcing decisions only trains the attribution model: then the missing
    // entity decisions are a note, not a failure.
    const bool succeeded = report.taggerTrained ? report.error.isEmpty() : report.attributionTrained;
    if (!report.error.isEmpty())
        err << (succeeded ? QCoreApplication::translate("copydesk-cli", "note: ") : QCoreApplication::translate("copydesk-cli", "error: ")) << report.error << u'\n';
    return succeeded ? Ok : InputFailed;
}

} // namespace Copydesk::Cli
