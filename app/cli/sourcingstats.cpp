#include "sourcingstats.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {
namespace {

constexpr int barWidth = 40;
constexpr int nameWidth = 30;
constexpr int topSpeakersInTotal = 15;

QString percent(double share)
{
    return QCoreApplication::translate("copydesk-cli", "%1%").arg(qRound(share * 100.0));
}

QString elided(const QString &text, int width)
{
    const QString simple = text.simplified();
    return simple.size() <= width ? simple : simple.left(width - 1) + u'\u2026';
}

QString kindText(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return QCoreApplication::translate("copydesk-cli", "person");
    case SourceKind::Organisation: return QCoreApplication::translate("copydesk-cli", "organisation");
    case SourceKind::Publication: return QCoreApplication::translate("copydesk-cli", "publication");
    case SourceKind::Document: return QCoreApplication::translate("copydesk-cli", "document");
    case SourceKind::Anonymous: return QCoreApplication::translate("copydesk-cli", "anonymous");
    case SourceKind::Unresolved: return QCoreApplication::translate("copydesk-cli", "unresolved");
    case SourceKind::Unattributed: return QCoreApplication::translate("copydesk-cli", "no speaker");
    }
    return {};
}

// One letter per kind, so the bar reads without colour.
QChar kindLetter(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return u'N';
    case SourceKind::Organisation: return u'O';
    case SourceKind::Publication: return u'P';
    case SourceKind::Document: return u'D';
    case SourceKind::Anonymous: return u'A';
    case SourceKind::Unresolved: return u'U';
    case SourceKind::Unattributed: return u'-';
    }
    return u' ';
}

QString textBar(const SourcingSummary &s)
{
    QList<qint64> words;
    for (int k = 0; k < sourceKindCount; ++k)
        words.append(s.byKind[k].words);
    // Whole cells that add up to the bar's width.
    const QList<int> percentages = wholePercentages(words);
    QString bar;
    int used = 0;
    for (int k = 0; k < sourceKindCount; ++k) {
        const int cells = k + 1 == sourceKindCount ? barWidth - used : int(std::lround(percentages.at(k) * barWidth / 100.0));
        const int clamped = std::clamp(cells, 0, barWidth - used);
        bar += QString(clamped, kindLetter(SourceKind(k)));
        used += clamped;
    }
    return u'[' + bar + u']';
}

void printSummary(QTextStream &out, const SourcingSummary &s, bool total)
{
    const QString indent = u"  "_s;
    // Furniture and body.
    QStringList furnitureParts;
    for (const auto &[label, characters] : s.furnitureByLabel) {
        if (characters > 0)
            furnitureParts.append(u"%1 %2"_s.arg(label.toLower(), percent(double(characters) / double(std::max<qint64>(1, s.pageCharacters)))));
    }
    out << indent
        << QCoreApplication::translate("copydesk-cli", "Body words: %1").arg(s.bodyWords) << u" \u00B7 "_s
        << QCoreApplication::translate("copydesk-cli", "furniture: %1 of the page").arg(percent(s.furnitureShare()));
    if (!furnitureParts.isEmpty())
        out << u" ("_s << furnitureParts.join(u", "_s) << u')';
    out << u'\n';

    // Quotes by form.
    QStringList formParts;
    for (const QuoteFormCount &f : s.forms)
        formParts.append(u"%1 %2"_s.arg(f.quotes).arg(f.form));
    out << indent << QCoreApplication::translate("copydesk-cli", "Quotes: %n", nullptr, s.quotes) << u" ("_s << formParts.join(u", "_s) << u")"_s;
    if (s.quotes > 0) {
        out << u" \u00B7 "_s
            << QCoreApplication::translate("copydesk-cli", "quoted words outside scare quotes: %1 (%2 of the body)")
                   .arg(s.attributableWords())
                   .arg(percent(s.quotedShareOfBody()));
    }
    out << u'\n';

    // Who the quoted words rest on.
    if (s.attributableWords() > 0) {
        QList<qint64> words;
        for (int k = 0; k < sourceKindCount; ++k)
            words.append(s.byKind[k].words);
        const QList<int> percentages = wholePercentages(words);
        QStringList parts;
        for (int k = 0; k < sourceKindCount; ++k)
            parts.append(u"%1 %2 %3%"_s.arg(kindLetter(SourceKind(k))).arg(kindText(SourceKind(k))).arg(percentages.at(k)));
        out << indent << QCoreApplication::translate("copydesk-cli", "Quoted words by source:") << u' ' << parts.join(u" \u00B7 "_s) << u'\n';
        out << indent << textBar(s) << u'\n';
        if (s.speakersWithoutKind > 0)
            out << indent << QCoreApplication::translate("copydesk-cli", "Speaker mentions without a kind, counted as named: %1").arg(s.speakersWithoutKind) << u'\n';
    }

    // Speakers.
    if (!s.speakers.isEmpty()) {
        out << u'\n' << indent << QCoreApplication::translate("copydesk-cli", "speaker").leftJustified(nameWidth) << u' ' << QCoreApplication::translate("copydesk-cli", "kind").leftJustified(12)
            << QCoreApplication::translate("copydesk-cli", "quotes").rightJustified(7) << QCoreApplication::translate("copydesk-cli", "direct").rightJustified(8) << QCoreApplication::translate("copydesk-cli", "indirect").rightJustified(10)
            << QCoreApplication::translate("copydesk-cli", "mixed").rightJustified(7) << QCoreApplication::translate("copydesk-cli", "words").rightJustified(7) << u'\n';
        // Across documents a pronoun is nobody in particular: the total lists names only.
        QList<const SpeakerSummary *> listed;
        for (const SpeakerSummary &sp : s.speakers)
            listed.append(&sp);
        const int pronounQuotes = s.unresolvedQuotes;
        const qsizetype shown = total ? std::min<qsizetype>(listed.size(), topSpeakersInTotal) : listed.size();
        for (qsizetype i = 0; i < shown; ++i) {
            const SpeakerSummary &sp = *listed.at(i);
            out << indent << elided(sp.name, nameWidth).leftJustified(nameWidth) << u' '
                << kindText(sp.kind).leftJustified(12) << QString::number(sp.quotes).rightJustified(7)
                << QString::number(sp.direct).rightJustified(8) << QString::number(sp.indirect).rightJustified(10)
                << QString::number(sp.mixed).rightJustified(7) << QString::number(sp.words).rightJustified(7) << u'\n';
            // The speaker's other mentions: the quotes of "he" and "Pompeo" are the same speaker's.
            QStringList also;
            for (const SpeakerMention &m : sp.mentions) {
                if (m.text != sp.name && !also.contains(m.text))
                    also.append(m.text);
            }
            if (!also.isEmpty())
                out << indent << u"  "_s << QCoreApplication::translate("copydesk-cli", "also: %1").arg(elided(also.join(u", "_s), 100)) << u'\n';
        }
        if (shown < listed.size())
            out << indent << QCoreApplication::translate("copydesk-cli", "\u2026 more speakers: %1").arg(listed.size() - shown) << u'\n';
        if (pronounQuotes > 0)
            out << indent << QCoreApplication::translate("copydesk-cli", "Quotes by pronoun speakers (he, she, they, \u2026), not listed: %1").arg(pronounQuotes) << u'\n';
    } else if (s.quotes > 0) {
        out << indent << QCoreApplication::translate("copydesk-cli", "No speaker is linked to any quote.") << u'\n';
    }

    // Publications.
    if (!s.publications.isEmpty()) {
        QStringList parts;
        for (const PublicationSummary &p : s.publications)
            parts.append(u"%1 %2"_s.arg(p.name).arg(p.quotes));
        out << indent << QCoreApplication::translate("copydesk-cli", "Publications cited (quotes):") << u' ' << parts.join(u", "_s) << u'\n';
    }

    // Claims.
    out << indent << QCoreApplication::translate("copydesk-cli", "Unattributed claims: %1").arg(s.claimCount) << u'\n';
    if (!total) {
        for (const UnattributedClaim &c : s.unattributedClaims)
            out << indent << u"  \u2022 "_s << elided(c.sentence, 110) << u"  ["_s << c.cues.join(u", "_s) << u"]\n"_s;
    }
}

} // namespace

int printSourcingStats(ProjectStore &store, bool json, SourcingScope scope)
{
    QTextStream out(stdout);
    const QList<qint64> ids = store.documentIds();
    SourcingTotals totals(scope);
    const QString scopeText = scope == SourcingScope::DecisionsOnly
                                  ? QCoreApplication::translate("copydesk-cli", "counting decisions only: accepted and manual annotations")
                                  : QCoreApplication::translate("copydesk-cli", "counting accepted, manual and suggested annotations; --decided-only for decisions only");
    if (json) // streamed a document at a time: nothing is held until the end but the totals
        out << "{\n\"scope\": \"" << sourcingScopeName(scope) << "\",\n\"documents\": [";
    else
        out << QCoreApplication::translate("copydesk-cli", "Sourcing summary of the documents: %1").arg(ids.size()) << u" ("_s << scopeText << u")\n"_s;
    bool first = true;
    for (qint64 id : ids) {
        const std::optional<Document> document = store.document(id);
        if (!document)
            continue;
        const SourcingSummary s = summarizeSourcing(document->text, store.annotations(id), store.relations(id), scope);
        totals.add(s);
        if (json) {
            const QJsonObject entry{{u"id"_s, id}, {u"external_id"_s, document->externalId},
                                    {u"title"_s, document->title}, {u"sourcing"_s, toJson(s)}};
            out << (first ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
            first = false;
            continue;
        }
        const QString name = document->title.isEmpty() ? document->externalId : document->title;
        out << u'\n' << QCoreApplication::translate("copydesk-cli", "Document %1: %2").arg(id).arg(elided(name, 70));
        if (s.suggestionsCounted > 0)
            out << u"  "_s << QCoreApplication::translate("copydesk-cli", "(suggestions counted: %1)").arg(s.suggestionsCounted);
        out << u'\n';
        printSummary(out, s, false);
    }
    const SourcingSummary total = totals.finish();
    if (json) {
        out << "\n],\n\"total\": " << QString::fromUtf8(QJsonDocument(toJson(total)).toJson(QJsonDocument::Indented))
            << "}\n";
        return 0;
    }
    if (ids.size() > 1) {
        out << u'\n' << QCoreApplication::translate("copydesk-cli", "All documents (%1)").arg(ids.size());
        if (total.suggestionsCounted > 0)
            out << u"  "_s << QCoreApplication::translate("copydesk-cli", "(suggestions counted: %1)").arg(total.suggestionsCounted);
        out << u'\n';
        printSummary(out, total, true);
    }
    return 0;
}

int printSourcingCsv(ProjectStore &store, const DashboardFilter &filter, std::optional<DashboardTable> table)
{
    const CorpusDashboard dashboard = computeCorpusDashboard(store, filter);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (table) {
        out << dashboardCsv(dashboard.table(*table));
        return 0;
    }
    for (const DashboardTableData &t : dashboard.tables)
        out << u"# "_s << dashboardTableName(t.table) << u"\r\n"_s << dashboardCsv(t) << u"\r\n"_s;
    return 0;
}

} // namespace Copydesk::Cli
