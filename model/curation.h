#pragma once

#include <QList>
#include <QString>

#include "changeset.h"
#include "setcomparison.h"

namespace Copydesk {

class AnnotationEditor;
class ProjectStore;

// A difference between the annotators' sets, and whether the curated set settled it.
struct CurationItem
{
    SetDifference difference;
    bool settled = false;
    // Settled by taking the set of this owner (0: by none of them: the curator's own edit, or
    // nothing there).
    qint64 takenFrom = 0;
};

// Curation: the differences between chosen annotators' sets settled, one by one, into the
// project's curated set (owner: the curation annotator, "curated"). What every annotator agrees
// on comes into the curated set as it is; at each difference the curator takes one annotator's
// reading (their spans, accepted into the curated set, and the others' rejected there, so the
// curated set records the decision either way), takes none of them (all rejected), or edits
// the curated set and keeps that (the annotators' spans it does not hold are rejected). A link
// difference (one quote, speakers or cues differing) is settled by taking one annotator's link.
//
// A spans difference is settled when every span of every reading has its decision (accepted,
// manual or rejected, same label, bounds and attributes) in the curated set; a link difference
// when the curated set holds the quote. A document is curated when the annotators have two or
// more sets on it and no difference is left. Every change goes through the AnnotationEditor
// (one undoable step each). Taking one annotator's link for a quote brings the quote with all of
// that annotator's links from it (to spans the curated set holds).
class Curator final
{
public:
    Curator(AnnotationEditor *editor, const QList<qint64> &annotators);

    // The curation annotator; 0 until the project has one (the first decision makes it).
    qint64 curatedId() const { return m_curatedId; }
    const QList<qint64> &annotators() const { return m_annotators; }

    // The chosen annotators with a set on the document, in the chosen order.
    QList<qint64> setsOn(qint64 documentId) const;
    QList<CurationItem> items(qint64 documentId) const;
    int openCount(qint64 documentId) const;
    bool isCurated(qint64 documentId) const;

    // Brings what the annotators agree on into the curated set. False when nothing was missing.
    bool takeAgreed(qint64 documentId);
    // Settles a difference with one annotator's reading (owner 0: none of them).
    bool take(qint64 documentId, const SetDifference &difference, qint64 owner);
    // Settles a difference with the curated set as the curator edited it.
    bool keepCurated(qint64 documentId, const SetDifference &difference);

private:
    bool ensureCuratedSet();
    bool apply(ChangeSet spans, const QList<std::pair<qint64, Relation>> &links, const QString &text);

    AnnotationEditor *m_editor;
    ProjectStore *m_store;
    QList<qint64> m_annotators;
    qint64 m_curatedId = 0;
};

} // namespace Copydesk
