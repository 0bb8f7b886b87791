#include "comparisonpresenter.h"

#include <QCoreApplication>
#include <QSet>

#include "comparisonview.h"
#include "labelschema.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

static QString meaning(TeachingItem::Kind kind)
{
    switch (kind) {
    case TeachingItem::Match: return QCoreApplication::translate("Teaching", "The reference marks the same words with the same label.");
    case TeachingItem::Partial: return QCoreApplication::translate("Teaching", "The reference has this label here, on other words.");
    case TeachingItem::WrongLabel: return QCoreApplication::translate("Teaching", "The reference gives these words another label.");
    case TeachingItem::Miss: return QCoreApplication::translate("Teaching", "The reference marks this; you did not.");
    case TeachingItem::Extra: return QCoreApplication::translate("Teaching", "You marked this; the reference does not.");
    case TeachingItem::WrongSpeaker: return QCoreApplication::translate("Teaching", "The reference links this quote to another speaker.");
    }
    return {};
}

QList<ViewSpan> comparisonSpans(const TeachingComparison &comparison, const TextOffsets &offsets, const LabelSchema &schema)
{
    QList<ViewSpan> spans;
    QSet<qint64> shown;
    auto add = [&](const Annotation &a, TeachingItem::Kind kind, bool reference, const QString &label) {
        if (shown.contains(a.id))
            return;
        shown.insert(a.id);
        ViewSpan span;
        span.id = a.id;
        span.start = offsets.toUtf16(a.start);
        span.end = offsets.toUtf16(a.end);
        span.label = a.label;
        const LabelDefinition *def = schema.label(a.label);
        span.layer = def ? def->layer : u"other"_s;
        span.color = teachingColor(kind);
        span.status = reference ? ViewSpan::Status::Suggested : ViewSpan::Status::Manual;
        QString tooltip = u"<b>%1</b> <i>%2</i><br>%3"_s.arg(a.label.toHtmlEscaped(), TeachingItem::kindDisplayName(kind).toHtmlEscaped(),
                                                            meaning(kind).toHtmlEscaped());
        if (kind == TeachingItem::WrongLabel)
            tooltip += u"<br>"_s + QCoreApplication::translate("Teaching", "The reference: %1").arg(label.toHtmlEscaped());
        if (def && !def->guideline.isEmpty())
            tooltip += u"<br><small>%1</small>"_s.arg(def->guideline.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        span.tooltip = tooltip;
        spans.append(span);
    };
    // Other speakers first: their quote shows in that colour rather than as a match.
    for (const TeachingItem &item : comparison.items) {
        if (item.kind != TeachingItem::WrongSpeaker)
            continue;
        if (item.student)
            add(*item.student, item.kind, false, item.label);
        if (item.referenceSpeaker && !item.studentSpeaker)
            add(*item.referenceSpeaker, TeachingItem::Miss, true, item.referenceSpeaker->label);
    }
    for (const TeachingItem &item : comparison.items) {
        if (item.kind == TeachingItem::WrongSpeaker)
            continue;
        if (item.student)
            add(*item.student, item.kind, false, item.label);
        else if (item.reference)
            add(*item.reference, item.kind, true, item.label);
    }
    std::sort(spans.begin(), spans.end(), [](const ViewSpan &a, const ViewSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return spans;
}

} // namespace Copydesk
