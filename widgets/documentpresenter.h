#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "annotation.h"
#include "annotationsets.h"
#include "annotator.h"
#include "labelschema.h"
#include "textoffsets.h"
#include "viewspan.h"

namespace Copydesk {

class ProjectStore;

// One document as the article view shows it: the model's annotations turned into view spans
// (UTF-16 positions, colours, tooltips) and links. Pure data, made on the GUI thread.
struct PresentedDocument
{
    qint64 documentId = 0;
    QString text;
    TextOffsets offsets;
    QList<ViewSpan> spans;
    QList<ViewLink> links;
    QHash<qint64, Annotation> annotations;
    QList<Relation> relations;  // every relation of the document, shown or not, by id
    int unattributedClaims = 0; // sentences with claims no source is linked to (unattributedClaims())
    QSet<qint64> claimCues;     // the cues of those claims
    SetSelection selection;     // whose annotations are shown (model/annotationsets.h); all by default

    const Annotation *annotation(qint64 id) const;
};

PresentedDocument presentDocument(const ProjectStore &store, qint64 documentId, const SetSelection &selection = {});
// Spans and links only (the text is unchanged): after an edit.
void refreshPresentation(const ProjectStore &store, PresentedDocument &document);
// The same for an edit that names the annotations it touched: only those (and the ends of
// their links, whose tooltips name them) are read and made again.
void refreshPresentation(const ProjectStore &store, PresentedDocument &document, const QList<qint64> &touched);

// "QUOTE (suggested) by copydesk-sourcing 1.0 …" as rich text.
QString annotationTooltip(const Annotation &annotation, const PresentedDocument &document, const LabelSchema &schema,
                          const QHash<qint64, Annotator> &annotators, const QList<Relation> &relations);

} // namespace Copydesk
