#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "annotation.h"
#include "annotator.h"

namespace Copydesk {

class ProjectStore;
struct NewAnnotation;
struct NewRelation;

// What happened to an imported document's annotations when the project has its text already
// (same SHA-256): each annotator's decisions are an annotation set of that document (the set
// is the decision's owner: --annotator, else the file's annotator or a span's own).
struct AddedSets
{
    struct Set
    {
        qint64 ownerId = 0;
        QString owner;     // the owner's display name
        int annotations = 0;
        int relations = 0;
    };
    qint64 documentId = 0;
    QList<Set> added;        // new sets, now in the document
    QList<Set> unchanged;    // the document holds the owner's set already, the same as the file's
    QList<Set> conflicting;  // the document holds a different set of the owner's: left as it is
    int suggestionsLeftOut = 0; // the file's suggestions (a document has its engines' own)
    QString error;           // the store failed; nothing was added

    bool failed() const { return !error.isEmpty(); }
    bool changedNothing() const { return added.isEmpty(); }
    // One line for the import report: "added anna's 31 annotations to document 1", "the same text
    // is already in the project (document 1), with anna's 31 annotations: nothing changed", ...
    QString message() const;
};

// Adds the decisions of an imported document (annotations and relations as the importer made
// them, relations indexing the annotation list) to document `documentId`, whose text is the
// file's: one set per owner, in one transaction. An owner who has a set on the document
// already is left alone (the same set: nothing to do; a different one: reported, never merged
// or replaced). Relations come along when both their ends do.
AddedSets addAnnotationSets(ProjectStore &store, qint64 documentId, const QList<NewAnnotation> &annotations,
                            const QList<NewRelation> &relations, const QString &origin);

// The owner an import gives to decisions (0 for suggestions): the one set on the annotation, else
// its annotator (as the store does).
qint64 importedOwner(const NewAnnotation &annotation);

// Whose annotations the window shows.
struct SetSelection
{
    enum Mode {
        All,       // every set, and the suggestions
        Mine,      // the person's own decisions, and the suggestions
        Annotator, // another annotator's set, read-only (no suggestions)
        Curated,   // the curated set, and the suggestions still open
    };
    Mode mode = All;
    qint64 ownerId = 0;       // Mine: the person; Annotator: that annotator; Curated: the curation annotator
    bool hideSuggestions = false;
    QList<qint64> hiddenOwners; // sets never shown (teaching: the reference, until the article is done)

    bool readOnly() const { return mode == Annotator; }
    bool shows(const Annotation &annotation) const;
    bool operator==(const SetSelection &other) const = default;
};

// The annotations and relations of a document a selection shows (relations when both their
// ends are shown).
QList<Annotation> selectAnnotations(const QList<Annotation> &annotations, const SetSelection &selection);
QList<Relation> selectRelations(const QList<Relation> &relations, const QList<Annotation> &shown);

// The annotator named on a command line: "anna", "person:anna", "file:gold.jsonl",
// "copydesk-entities 1.0", or "curated" (the project's curation annotator). Returns 0 and sets
// *error when no annotator or more than one has the name.
qint64 findAnnotator(const QList<Annotator> &annotators, const QString &name, QString *error);
// The project's curation annotator ("curated"); made when missing.
qint64 curationAnnotator(ProjectStore &store);
QString curationAnnotatorName();

} // namespace Copydesk
