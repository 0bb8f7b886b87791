#include "documentpresenter.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>
#include <QSet>

#include "projectstore.h"
#include "sourcingclaims.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

const Annotation *PresentedDocument::annotation(qint64 id) const
{
    const auto it = annotations.constFind(id);
    return it == annotations.constEnd() ? nullptr : &it.value();
}

static QString statusText(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested: return QCoreApplication::translate("DocumentPresenter", "suggested");
    case AnnotationStatus::Accepted: return QCoreApplication::translate("DocumentPresenter", "accepted");
    case AnnotationStatus::Rejected: return QCoreApplication::translate("DocumentPresenter", "rejected");
    case AnnotationStatus::Manual: return QCoreApplication::translate("DocumentPresenter", "manual");
    }
    return {};
}

static QString coveredText(const PresentedDocument &document, const Annotation &a, int limit = 60)
{
    const qsizetype from = document.offsets.toUtf16(a.start);
    QString text = document.text.mid(from, document.offsets.toUtf16(a.end) - from).simplified();
    if (text.size() > limit)
        text = text.left(limit - 1) + u'…';
    return text;
}

QString annotationTooltip(const Annotation &a, const PresentedDocument &document, const LabelSchema &schema,
                          const QHash<qint64, Annotator> &annotators, const QList<Relation> &relations)
{
    QString html = u"<b>%1</b> <i>%2</i>"_s.arg(a.label.toHtmlEscaped(), statusText(a.status));
    const Annotator origin = annotators.value(a.annotatorId);
    html += u"<br>"_s + QCoreApplication::translate("DocumentPresenter", "by %1").arg(origin.displayName().toHtmlEscaped());
    if (a.deciderId && a.deciderId != a.annotatorId)
        html += u", "_s + QCoreApplication::translate("DocumentPresenter", "decided by %1").arg(annotators.value(a.deciderId).displayName().toHtmlEscaped());
    if (a.confidence >= 0)
        html += u"<br>"_s + QCoreApplication::translate("DocumentPresenter", "confidence %1").arg(a.confidence, 0, 'f', 2);
    if (!a.reason.isEmpty())
        html += u"<br>"_s + QCoreApplication::translate("DocumentPresenter", "why: %1").arg(a.reason.toHtmlEscaped());
    for (auto it = a.attrs.constBegin(); it != a.attrs.constEnd(); ++it)
        html += u"<br>%1: %2"_s.arg(it.key().toHtmlEscaped(), it.value().toVariant().toString().toHtmlEscaped());
    for (const Relation &r : relations) {
        if (r.headId == a.id) {
            if (const Annotation *child = document.annotation(r.childId))
                html += u"<br>%1: “%2”"_s.arg(r.label.toHtmlEscaped(), coveredText(document, *child).toHtmlEscaped());
        } else if (r.childId == a.id) {
            if (const Annotation *head = document.annotation(r.headId))
                html += u"<br>"_s + QCoreApplication::translate("DocumentPresenter", "%1 of “%2”").arg(r.label.toHtmlEscaped(), coveredText(document, *head).toHtmlEscaped());
        }
    }
    // The model's one rule for unattributed claims (the Sourcing dock and stats use it too).
    if (a.label == u"CUE" && document.claimCues.contains(a.id))
        html += u"<br><b>"_s + QCoreApplication::translate("DocumentPresenter", "Unattributed claim: no quote or source is linked to this cue.") + u"</b>"_s;
    if (!a.note.isEmpty())
        html += u"<br>"_s + QCoreApplication::translate("DocumentPresenter", "note: %1").arg(a.note.toHtmlEscaped());
    if (const LabelDefinition *def = schema.label(a.label); def && !def->description.isEmpty())
        html += u"<br><small>%1</small>"_s.arg(def->description.toHtmlEscaped());
    // Its guideline (model/labelschema.h): what counts, what does not, an example.
    if (const LabelDefinition *def = schema.label(a.label); def && !def->guideline.isEmpty())
        html += u"<br><small>%1</small>"_s.arg(def->guideline.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    return html;
}

static ViewSpan::Status viewStatus(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested: return ViewSpan::Status::Suggested;
    case AnnotationStatus::Accepted: return ViewSpan::Status::Accepted;
    case AnnotationStatus::Rejected: return ViewSpan::Status::Rejected;
    case AnnotationStatus::Manual: return ViewSpan::Status::Manual;
    }
    return ViewSpan::Status::Manual;
}

static ViewSpan makeSpan(const Annotation &a, const PresentedDocument &document, const LabelSchema &schema,
                         const QHash<qint64, Annotator> &annotators, const QList<Relation> &relations)
{
    ViewSpan span;
    span.id = a.id;
    span.start = document.offsets.toUtf16(a.start);
    span.end = document.offsets.toUtf16(a.end);
    span.label = a.label;
    const LabelDefinition *def = schema.label(a.label);
    span.layer = def ? def->layer : u"other"_s;
    span.color = QColor(def ? def->color : u"#888888"_s);
    span.status = viewStatus(a.status);
    span.tooltip = annotationTooltip(a, document, schema, annotators, relations);
    return span;
}

static QHash<qint64, Annotator> annotatorsById(const ProjectStore &store)
{
    QHash<qint64, Annotator> annotators;
    for (const Annotator &a : store.annotators())
        annotators.insert(a.id, a);
    return annotators;
}

// Links, and the claims no source is linked to (the model's one rule, unattributedClaims()).
// Returns the cues whose claim status changed (their tooltips say it).
static bool isSourcingPart(const Annotation &a)
{
    return a.label == u"CUE" || a.label == u"SOURCE" || a.label == u"QUOTE";
}

// sourcingTouched: false when the edit touched no source, cue or quote, so only a changed link
// can change the claims.
static QSet<qint64> refreshLinks(PresentedDocument &document, const QList<Relation> &relations, bool sourcingTouched = true)
{
    QList<ViewLink> links;
    links.reserve(relations.size());
    for (const Relation &r : relations)
        links.append({r.headId, r.childId, r.label});
    const bool linksChanged = links != document.links;
    document.links = links;
    if (!sourcingTouched && !linksChanged)
        return {};
    // The claims rule reads sources, cues and quotes only: the rest of the article is not copied.
    QList<Annotation> annotations;
    for (const Annotation &a : std::as_const(document.annotations)) {
        if (isSourcingPart(a))
            annotations.append(a);
    }
    std::sort(annotations.begin(), annotations.end(), [](const Annotation &x, const Annotation &y) {
        return std::tie(x.start, y.end, x.id) < std::tie(y.start, x.end, y.id);
    });
    const QList<UnattributedClaim> claims = unattributedClaims(document.text, annotations, relations);
    document.unattributedClaims = int(claims.size());
    QSet<qint64> cues;
    for (const UnattributedClaim &claim : claims)
        cues.unite(QSet<qint64>(claim.cueIds.cbegin(), claim.cueIds.cend()));
    QSet<qint64> changed = cues;
    changed.unite(document.claimCues);
    changed.subtract(QSet<qint64>(cues).intersect(document.claimCues));
    document.claimCues = cues;
    return changed;
}

void refreshPresentation(const ProjectStore &store, PresentedDocument &document)
{
    const LabelSchema schema = store.schema();
    const QHash<qint64, Annotator> annotators = annotatorsById(store);
    // The sets chosen (model/annotationsets.h); relations whose both ends are shown.
    const QList<Annotation> annotations = selectAnnotations(store.annotations(document.documentId), document.selection);
    document.relations = store.relations(document.documentId);
    const QList<Relation> relations = selectRelations(document.relations, annotations);
    document.annotations.clear();
    for (const Annotation &a : annotations)
        document.annotations.insert(a.id, a);
    refreshLinks(document, relations);
    document.spans.clear();
    document.spans.reserve(annotations.size());
    for (const Annotation &a : annotations)
        document.spans.append(makeSpan(a, document, schema, annotators, relations));
}

void refreshPresentation(const ProjectStore &store, PresentedDocument &document, const QList<qint64> &touched)
{
    const LabelSchema schema = store.schema();
    const QHash<qint64, Annotator> annotators = annotatorsById(store);
    QSet<qint64> remake(touched.cbegin(), touched.cend());
    bool sourcingTouched = false;
    for (qint64 id : touched) {
        const std::optional<Annotation> a = store.annotation(id);
        const Annotation *before = document.annotation(id);
        sourcingTouched = sourcingTouched || (before && isSourcingPart(*before)) || (a && isSourcingPart(*a));
        if (a && a->documentId == document.documentId && document.selection.shows(*a))
            document.annotations.insert(id, *a);
        else
            document.annotations.remove(id);
    }
    // The relations at the touched annotations are read again (the store names the ends of every
    // relation an edit changed among them); the rest of the document's are kept.
    document.relations.removeIf([&](const Relation &r) { return remake.contains(r.headId) || remake.contains(r.childId); });
    document.relations.append(store.relationsTouching(touched));
    std::sort(document.relations.begin(), document.relations.end(), [](const Relation &a, const Relation &b) { return a.id < b.id; });
    QList<Relation> relations = document.relations;
    relations.removeIf([&](const Relation &r) { // both ends shown (selectRelations(), without a copy)
        return !document.annotations.contains(r.headId) || !document.annotations.contains(r.childId);
    });
    // The other ends of their links: their tooltips quote them.
    for (const Relation &r : relations) {
        if (remake.contains(r.headId))
            remake.insert(r.childId);
        else if (remake.contains(r.childId))
            remake.insert(r.headId);
    }
    remake.unite(refreshLinks(document, relations, sourcingTouched));
    for (auto it = document.spans.begin(); it != document.spans.end();) {
        if (!remake.contains(it->id)) {
            ++it;
            continue;
        }
        const Annotation *a = document.annotation(it->id);
        remake.remove(it->id);
        if (!a) {
            it = document.spans.erase(it);
            continue;
        }
        *it = makeSpan(*a, document, schema, annotators, relations);
        ++it;
    }
    for (qint64 id : std::as_const(remake)) { // new ones
        if (const Annotation *a = document.annotation(id))
            document.spans.append(makeSpan(*a, document, schema, annotators, relations));
    }
}

PresentedDocument presentDocument(const ProjectStore &store, qint64 documentId, const SetSelection &selection)
{
    PresentedDocument document;
    document.selection = selection;
    const std::optional<Document> doc = store.document(documentId);
    if (!doc)
        return document;
    document.documentId = documentId;
    document.text = doc->text;
    document.offsets = TextOffsets(document.text);
    refreshPresentation(store, document);
    return document;
}

} // namespace Copydesk
