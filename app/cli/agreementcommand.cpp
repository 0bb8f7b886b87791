#include "agreementcommand.h"

#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include "agreement.h"
#include "annotationsets.h"
#include "clicommands.h"
#include "labelschema.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

QStringList splitList(const QString &value)
{
    QStringList list = value.split(u',', Qt::SkipEmptyParts);
    for (QString &item : list)
        item = item.trimmed();
    list.removeAll(QString());
    return list;
}

QString figure(double value)
{
    return std::isnan(value) ? u"—"_s : QString::number(value, 'f', 3);
}

QString percent(int part, int whole)
{
    return whole ? QString::number(100.0 * part / whole, 'f', 1) + u'%' : u"—"_s;
}

void printPair(QTextStream &out, const AgreementReport &report, const PairAgreement &pair, const LabelSchema &schema)
{
    const QString reference = report.annotatorNames.value(report.annotators.indexOf(pair.reference));
    const QString candidate = report.annotatorNames.value(report.annotators.indexOf(pair.candidate));
    out << QCoreApplication::translate("copydesk-cli", "%1 against %2 (%n document(s) both annotated):\n", nullptr, pair.documents)
               .arg(candidate, reference);
    const QString row = u"  %1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s;
    out << row.arg(QCoreApplication::translate("copydesk-cli", "layer / label"), -18)
               .arg(reference.left(8), 8).arg(candidate.left(8), 8)
               .arg(QCoreApplication::translate("copydesk-cli", "exact P"), 8).arg(u"R"_s, 6).arg(u"F1"_s, 6)
               .arg(QCoreApplication::translate("copydesk-cli", "overlap F1"), 11)
               .arg(QCoreApplication::translate("copydesk-cli", "kappa"), 7)
               .arg(QCoreApplication::translate("copydesk-cli", "tokens"), 7);
    auto line = [&](const QString &name, const SpanCounts &c, const QString &kappa, const QString &tokens) {
        out << row.arg(name, -18).arg(c.reference, 8).arg(c.candidate, 8).arg(figure(c.precision(true)), 8)
                   .arg(figure(c.recall(true)), 6).arg(figure(c.f1(true)), 6).arg(figure(c.f1(false)), 11).arg(kappa, 7).arg(tokens, 7);
    };
    for (const QString &layer : report.layers) {
        line(layer, pair.layers.value(layer), figure(pair.kappa.value(layer, std::nan(""))), QString::number(pair.tokens.value(layer)));
        for (const LabelDefinition &label : schema.labelsOfLayer(layer)) {
            if (pair.labels.contains(label.name))
                line(u"  "_s + label.name, pair.labels.value(label.name), QString(), QString());
        }
    }
    for (auto it = pair.relations.constBegin(); it != pair.relations.constEnd(); ++it) {
        const RelationCounts &r = it.value();
        out << QCoreApplication::translate("copydesk-cli", "  %1 of matched quotes: the same span in %2 of %3 (%4), overlapping in %5\n")
                   .arg(it.key()).arg(r.same).arg(r.compared).arg(percent(r.same, r.compared)).arg(r.overlapping);
    }
}

void printReport(QTextStream &out, const AgreementReport &report, const LabelSchema &schema)
{
    out << QCoreApplication::translate("copydesk-cli", "Agreement of %1 on %n document(s) annotated by two or more of them", nullptr, report.documents)
               .arg(report.annotatorNames.join(u", "_s));
    out << QCoreApplication::translate("copydesk-cli", " (layers: %1)\n\n").arg(report.layers.join(u", "_s));
    for (const PairAgreement &pair : report.pairs) {
        printPair(out, report, pair, schema);
        out << u'\n';
    }
    out << QCoreApplication::translate("copydesk-cli", "Krippendorff's alpha (nominal, on tokens):\n");
    for (const QString &layer : report.layers) {
        out << u"  %1 %2  "_s.arg(layer, -18).arg(figure(report.alpha.value(layer, std::nan(""))), 6)
            << QCoreApplication::translate("copydesk-cli", "(%n pairable value(s))", nullptr, report.alphaValues.value(layer)) << u'\n';
    }
    out << u'\n' << QCoreApplication::translate("copydesk-cli", "Documents by disagreement:\n");
    const QString row = u"  %1 %2 %3  %4\n"_s;
    out << row.arg(QCoreApplication::translate("copydesk-cli", "document"), -9)
               .arg(QCoreApplication::translate("copydesk-cli", "differences"), 12)
               .arg(QCoreApplication::translate("copydesk-cli", "tokens differing"), 17)
               .arg(QCoreApplication::translate("copydesk-cli", "title"));
    for (const DocumentDisagreement &d : report.ranking) {
        out << row.arg(d.documentId, -9).arg(d.differences, 12).arg(percent(d.disagreeingTokens, d.tokens), 17)
                   .arg(d.title.isEmpty() ? d.externalId : d.title);
    }
}

} // namespace

int agreementCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("copydesk-cli",
        "Measures how far annotation sets agree: per layer and label, precision, recall and F1 of each later annotator "
        "against each earlier one (exact bounds and overlap), Cohen's kappa on tokens for each pair, Krippendorff's "
        "alpha (nominal, on tokens) over all of them, speaker and cue agreement of matched quotes, and the documents "
        "ranked by disagreement. A token is a word or a punctuation mark; its value is the label covering it, O when "
        "none."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"PROJECT"_s, QCoreApplication::translate("copydesk-cli", "The project file."));
    parser.addOption({u"annotators"_s, QCoreApplication::translate("copydesk-cli", "Two or more annotation sets by annotator name (\"curated\": the curated set; "
                                                                   "person:NAME or file:NAME when two kinds share a name)."), u"A,B"_s});
    parser.addOption({u"documents"_s, QCoreApplication::translate("copydesk-cli", "Only these documents (ids, or external ids)."), u"IDS"_s});
    parser.addOption({u"layers"_s, QCoreApplication::translate("copydesk-cli", "Only these layers (default: the layers the sets annotated)."), u"LIST"_s});
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
        return usage(QCoreApplication::translate("copydesk-cli", "agreement takes one project file."));
    const QStringList names = splitList(parser.value(u"annotators"_s));
    if (names.size() < 2)
        return usage(QCoreApplication::translate("copydesk-cli", "--annotators takes two or more annotators, separated by commas."));

    ProjectStore store;
    QString error;
    if (!store.open(parser.positionalArguments().constFirst(), ProjectStore::OpenMode::ReadOnly, &error)) {
        err << error << u'\n';
        return InputFailed;
    }
    AgreementOptions options;
    const QList<Annotator> annotators = store.annotators();
    for (const QString &name : names) {
        const qint64 id = findAnnotator(annotators, name, &error);
        if (!id) {
            err << error << u'\n';
            return InputFailed;
        }
        if (options.annotators.contains(id))
            return usage(QCoreApplication::translate("copydesk-cli", "%1 is named twice in --annotators.").arg(name));
        options.annotators.append(id);
    }
    for (const QString &item : splitList(parser.value(u"documents"_s))) {
        bool isNumber = false;
        qint64 id = item.toLongLong(&isNumber);
        if (!isNumber || !store.documentSummary(id))
            id = store.documentIdByExternalId(item);
        if (!id) {
            err << QCoreApplication::translate("copydesk-cli", "no document %1 in the project\n").arg(item);
            return InputFailed;
        }
        options.documents.append(id);
    }
    const QStringList layers = store.schema().layers();
    options.layers = splitList(parser.value(u"layers"_s));
    for (const QString &layer : std::as_const(options.layers)) {
        if (!layers.contains(layer))
            return usage(QCoreApplication::translate("copydesk-cli", "unknown layer \"%1\" (the project's: %2)").arg(layer, layers.join(u", "_s)));
    }

    const AgreementReport report = computeAgreement(store, options);
    if (!report.error.isEmpty()) {
        err << report.error << u'\n';
        return InputFailed;
    }
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        printReport(out, report, store.schema());
    if (report.documents == 0)
        err << QCoreApplication::translate("copydesk-cli", "No document has sets of two of these annotators: nothing to compare.\n");
    return Ok;
}

} // namespace Copydesk::Cli
