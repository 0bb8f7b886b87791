// The sourcing summary of the HTML report, in the sourcing card's terms and colours.
#include "reportrender.h"

#include <QCoreApplication>
#include <QLocale>

#include "../sourcekind.h"
#include "../sourcingsummary.h"

using namespace Qt::StringLiterals;

namespace Copydesk::ReportRender {

namespace {

QString kindColor(SourceKind kind)
{
    return sourceKindColor(kind);
}

QString kindText(SourceKind kind)
{
    return sourceKindDisplayName(kind);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double share)
{
    return u"%1%"_s.arg(qRound(share * 100));
}

} // namespace

QString sourcing(const SourcingSummary &summary)
{
    if (summary.isEmpty() && summary.pageCharacters == 0)
        return u"<p class=\"note\">%1</p>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Nothing to summarise.")));
    QString out = u"<div class=\"summary\">\n<dl>\n"_s;
    auto row = [&](const QString &term, const QString &value) {
        out += u"<dt>%1</dt><dd>%2</dd>\n"_s.arg(escape(term), escape(value));
    };
    row(QCoreApplication::translate("HtmlReport", "Quotes"), number(summary.quotes));
    QStringList forms;
    for (const QuoteFormCount &form : summary.forms)
        forms.append(u"%1 %2"_s.arg(number(form.quotes), form.form));
    if (!forms.isEmpty())
        row(QCoreApplication::translate("HtmlReport", "By form"), forms.join(u", "));
    row(QCoreApplication::translate("HtmlReport", "Quoted words"), number(summary.quotedWords));
    if (summary.bodyWords > 0)
        row(QCoreApplication::translate("HtmlReport", "Quoted share of the article"), percent(summary.quotedShareOfBody()));
    if (summary.pageCharacters > 0)
        row(QCoreApplication::translate("HtmlReport", "Page furniture"), percent(summary.furnitureShare()));
    row(QCoreApplication::translate("HtmlReport", "Unattributed claims"), number(summary.claimCount));
    if (summary.scope == SourcingScope::DecisionsAndSuggestions && summary.suggestionsCounted > 0)
        row(QCoreApplication::translate("HtmlReport", "Suggestions counted"), number(summary.suggestionsCounted));
    out += u"</dl>\n"_s;

    // quoted words by kind of source: a bar and its table
    QList<qint64> words;
    for (int k = 0; k < sourceKindCount; ++k)
        words.append(summary.share(SourceKind(k)).words);
    const QList<int> percents = wholePercentages(words);
    if (summary.attributableWords() > 0) {
        out += u"<div class=\"bar\" role=\"img\" aria-label=\"%1\">"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Quoted words by kind of source")));
        for (int k = 0; k < sourceKindCount; ++k) {
            if (percents[k] > 0)
                out += u"<span style=\"width:%1%;background:%2\" title=\"%3 %4%\"></span>"_s.arg(percents[k]).arg(
                    kindColor(SourceKind(k)), escape(kindText(SourceKind(k)))).arg(percents[k]);
        }
        out += u"</div>\n<table>\n<thead><tr><th>%1</th><th class=\"n\">%2</th><th class=\"n\">%3</th><th class=\"n\">%4</th></tr></thead>\n<tbody>\n"_s
                   .arg(escape(QCoreApplication::translate("HtmlReport", "Source")), escape(QCoreApplication::translate("HtmlReport", "Quotes")), escape(QCoreApplication::translate("HtmlReport", "Words")), escape(QCoreApplication::translate("HtmlReport", "Share")));
        for (int k = 0; k < sourceKindCount; ++k) {
            const KindShare &share = summary.share(SourceKind(k));
            out += u"<tr><td><span class=\"chip\" style=\"background:%1\"></span>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5%</td></tr>\n"_s
                       .arg(kindColor(SourceKind(k)), escape(kindText(SourceKind(k))), number(share.quotes), number(share.words))
                       .arg(percents[k]);
        }
        out += u"</tbody>\n</table>\n"_s;
    }
    if (!summary.speakers.isEmpty()) {
        out += u"<h3 class=\"ui\">%1</h3>\n<table>\n<thead><tr><th>%2</th><th>%3</th><th class=\"n\">%4</th><th class=\"n\">%5</th></tr></thead>\n<tbody>\n"_s
                   .arg(escape(QCoreApplication::translate("HtmlReport", "Speakers")), escape(QCoreApplication::translate("HtmlReport", "Speaker")), escape(QCoreApplication::translate("HtmlReport", "Kind")), escape(QCoreApplication::translate("HtmlReport", "Quotes")), escape(QCoreApplication::translate("HtmlReport", "Words")));
        for (const SpeakerSummary &speaker : summary.speakers) {
            out += u"<tr><td>%1</td><td><span class=\"chip\" style=\"background:%2\"></span>%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td></tr>\n"_s
                       .arg(escape(speaker.name), kindColor(speaker.kind), escape(kindText(speaker.kind)), number(speaker.quotes),
                            number(speaker.words));
        }
        out += u"</tbody>\n</table>\n"_s;
    }
    if (!summary.unattributedClaims.isEmpty()) {
        out += u"<h3 class=\"ui\">%1</h3>\n<ul class=\"ui\">\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Claims without a source")));
        for (const UnattributedClaim &claim : summary.unattributedClaims) {
            out += u"<li>%1 <span class=\"note\">(%2)</span></li>\n"_s.arg(escape(claim.sentence), escape(claim.cues.join(u", ")));
        }
        out += u"</ul>\n"_s;
    }
    if (!summary.publications.isEmpty()) {
        out += u"<h3 class=\"ui\">%1</h3>\n<ul class=\"ui\">\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Publications cited")));
        for (const PublicationSummary &publication : summary.publications)
            out += u"<li>%1 <span class=\"note\">(%2)</span></li>\n"_s.arg(escape(publication.name),
                                                                           escape(QCoreApplication::translate("HtmlReport", "%n quote(s)", nullptr, publication.quotes)));
        out += u"</ul>\n"_s;
    }
    out += u"</div>\n"_s;
    return out;
}

} // namespace Copydesk::ReportRender
