#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "annotation.h"
#include "annotator.h"
#include "changeset.h"
#include "document.h"
#include "labelschema.h"
#include "projectchange.h"

namespace Copydesk {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 annotatorId = 0;
    QString kind;
    qint64 documentId = 0;
    QString target;        // "annotation", "relation", "document", "schema", "import", "engine"
    qint64 objectId = 0;
    QJsonObject before;
    QJsonObject after;
};

// A span or relation to be stored as it comes from an import or an engine.
struct NewAnnotation
{
    QString externalId;
    QString label;
    qint64 start = 0;  // code points
    qint64 end = 0;
    QJsonObject attrs;
    AnnotationStatus status = AnnotationStatus::Accepted;
    qint64 annotatorId = 0;
    double confidence = -1;
    QString reason;
    QString note;
    qint64 ownerId = 0;  // the annotation set of a decision; 0: its annotator's
    QList<SuggestionEvidence> evidence = {}; // suggestions: the engines behind it (see Annotation)
};

struct NewRelation
{
    QString label;
    qint64 head = -1;  // index into the NewAnnotation list (replaceLayerSuggestions: or -1 - id)
    qint64 child = -1;
    qint64 annotatorId = 0;
};

// An engine run's combined suggestions for one layer of a document: they replace the untouched
// suggestions with one of `labels`.
struct LayerSuggestions
{
    QStringList labels;
    QList<NewAnnotation> spans;
    QList<NewRelation> relations; // head/child: index into spans, or -1 - id of an annotation in the document
};

// Who annotated a document, and how much: one entry per annotation set.
struct AnnotationSetSummary
{
    qint64 ownerId = 0;
    int decisions = 0;   // accepted, manual and rejected annotations of the set
    DocumentStatus status = DocumentStatus::New; // the owner's own status of the document
};

struct ProjectStatistics
{
    int documents = 0;
    QList<QPair<QString, int>> documentsByStatus;
    int annotations = 0;
    int relations = 0;
    // (layer, label, status, annotator display name) -> count
    struct Row { QString layer; QString label; QString status; QString annotator; int count = 0; };
    QList<Row> rows;
    QList<Annotator> annotators;
};

// The project file (*.copydesk): one SQLite database, owned by this class. All SQL of Copydesk
// lives in its implementation (projectstore*.cpp). Every write is one transaction (or part of
// one the caller opened with beginBatch()); every change is announced through changed(). One
// store per thread: a worker opens its own store on the same file. Texts go to and from SQLite
// as UTF-8 bytes, exactly.
//
// A read that fails (the disk, a damaged file) returns an empty result and sets lastError();
// callers that must tell "nothing" from "could not read" check readFailed().
class ProjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStore)

public:
    static constexpr qint32 applicationId = 0x43445031; // "CDP1"
    static constexpr int schemaVersion = 3;

    // ReadOnly never writes, not even to upgrade an older format (such a file is refused with a
    // message saying so). Existing and ExistingOrCreate open a file that cannot be written (a
    // read-only file or folder, a read-only medium) read-only, and isReadOnly() says why.
    enum class OpenMode { Existing, Create, ExistingOrCreate, ReadOnly };

    // The SQL statements that bring a project from format version-1 to version (1 = the base).
    static QStringList migrationStatements(int version);

    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    // Opens (and migrates) or creates a project. On failure the file is left untouched and
    // *error says why in words a user understands.
    bool open(const QString &path, OpenMode mode, QString *error);
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const;
    // True when the last read failed (and lastError() says why); cleared by the next read.
    bool readFailed() const;
    bool isReadOnly() const;
    // Why the project is open read-only, in words for the user; empty when it is writable.
    QString readOnlyReason() const;

    // Several writes as one transaction (imports, engine runs). Not nestable.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();

    // Schema
    LabelSchema schema() const;
    bool setSchema(const LabelSchema &schema, qint64 annotatorId = 0);
    // Renames a label everywhere (schema and annotations), in one transaction.
    bool renameLabel(const QString &oldName, const QString &newName, qint64 annotatorId = 0);
    int annotationCountForLabel(const QString &label) const;
    // Decisions (accepted and manual annotations) with one of the labels, from the label index.
    int decisionCount(const QStringList &labels) const;

    // Annotators
    qint64 ensureAnnotator(AnnotatorKind kind, const QString &name, const QString &version = {});
    QList<Annotator> annotators() const;
    std::optional<Annotator> annotator(qint64 id) const;

    // Documents
    // Adds a document with its annotations (from an import). Fails if its text is already in
    // the project (*duplicateOf = that document's id). Fills document.id, and sha256 and length
    // unless the caller computed them already. A text holding a lone surrogate is refused (it
    // has no UTF-8 form).
    bool addDocument(Document &document, const QList<NewAnnotation> &annotations,
                     const QList<NewRelation> &relations, const QString &origin,
                     qint64 *duplicateOf = nullptr);
    // Adds annotations to a document already in the project: another annotator's set on the
    // same text (an import of a text the project has). One transaction.
    bool addAnnotations(qint64 documentId, const QList<NewAnnotation> &annotations,
                        const QList<NewRelation> &relations, const QString &origin);
    std::optional<Document> document(qint64 id) const;
    qint64 documentIdBySha256(const QString &sha256) const;
    qint64 documentIdByExternalId(const QString &externalId) const;
    QList<qint64> documentIds() const;
    QList<DocumentSummary> documentSummaries() const;
    std::optional<DocumentSummary> documentSummary(qint64 id) const;
    // Documents with at least one annotation of the label that is not rejected.
    QList<qint64> documentIdsWithLabel(const QString &label) const;
    int documentCount() const;
    // Sets the document's status, and the status of the document for the annotator's own set.
    bool setDocumentStatus(qint64 documentId, DocumentStatus status, qint64 annotatorId);
    // The status an annotator gave the document (New when they never did).
    DocumentStatus documentStatusFor(qint64 documentId, qint64 annotatorId) const;
    // The annotation sets of a document (owners of decisions, and annotators who set a status).
    QList<AnnotationSetSummary> annotationSets(qint64 documentId) const;
    // Full-text search over titles and texts (FTS5 query syntax; plain words work).
    QList<qint64> search(const QString &query, QString *error = nullptr) const;

    // For the corpus browser, which pages through 100,000 documents: each reads only the
    // columns or the index it needs. Ids come in id order.
    // Summaries of the given documents (one page of the list), in the order given.
    QList<DocumentSummary> documentSummaries(const QList<qint64> &ids) const;
    QList<qint64> documentIdsWithStatus(DocumentStatus status) const;
    // Full-text search without ranking: the matching ids in id order.
    QList<qint64> searchIds(const QString &query, QString *error = nullptr) const;
    bool searchMatches(qint64 documentId, const QString &query) const;
    // Whether the document has an annotation of the label that is not rejected.
    bool documentHasLabel(qint64 documentId, const QString &label) const;
    // Sort keys of every document: (id, title or else external id), (id, source), (id, status).
    QList<std::pair<qint64, QString>> documentTitles() const;
    QList<std::pair<qint64, QString>> documentSources() const;
    QList<std::pair<qint64, int>> documentStatuses() const;
    struct AnnotationCounts { qint64 documentId = 0; int decided = 0; int suggested = 0; };
    // Decided (accepted, manual) and suggested annotations of every document that has any, from
    // the (document, status) index; stops early when *cancel turns true.
    QList<AnnotationCounts> annotationCountsByDocument(const std::atomic_bool *cancel = nullptr) const;

    // Annotations
    QList<Annotation> annotations(qint64 documentId) const;
    QList<Relation> relations(qint64 documentId) const;
    // The relations with one of these annotations at either end, by id.
    QList<Relation> relationsTouching(const QList<qint64> &annotationIds) const;
    std::optional<Annotation> annotation(qint64 id) const;
    std::optional<Relation> relation(qint64 id) const;
    // Applies a person's edit (or its undo) in one transaction with its audit log entries.
    // Fills in the ids of inserted annotations and relations (so the same ids come back when
    // the change is undone and redone).
    bool apply(ChangeSet &changes, qint64 annotatorId);

    // Replaces the untouched suggestions of one engine (any version of it) in one document with
    // new ones. A suggestion equal (label and bounds) to one a person rejected, accepted or made
    // is not added again. Returns the number added, -1 on error. (A primitive for tests and
    // tools; engine runs go through replaceLayerSuggestions.)
    int replaceSuggestions(qint64 documentId, qint64 engineAnnotatorId,
                           const QList<NewAnnotation> &spans, const QList<NewRelation> &relations);
    // Replaces every untouched suggestion with one of `labels` in one document by `spans`
    // (already combined: one per span, with their evidence) and `relations` (head and child
    // index into spans, or -1 - id to link an annotation already in the document). One audit
    // entry records the run (`run`: engines, counts). Returns the number added, -1 on error.
    int replaceLayerSuggestions(qint64 documentId, const QStringList &labels, const QList<NewAnnotation> &spans,
                                const QList<NewRelation> &relations, const QJsonObject &run);
    // The same for several layers of one document at once, in one transaction with one audit entry.
    int replaceSuggestionLayers(qint64 documentId, const QList<LayerSuggestions> &layers, const QJsonObject &run);

    // Learned models kept in the project.
    QByteArray model(const QString &name, QString *version = nullptr, QDateTime *trainedAt = nullptr) const;
    bool setModel(const QString &name, const QString &version, const QByteArray &data);
    QStringList modelNames() const;

    // History
    QList<AuditEntry> history(qint64 documentId, int limit = 500) const;

    ProjectStatistics statistics() const;
    struct CheckReport
    {
        QStringList problems; // what is wrong; empty when the project is sound
        QString incomplete;   // why the check could not finish (busy); empty when it did
        QString notChecked;   // a part skipped (the full-text check of a read-only project)
    };
    // Integrity problems (spans outside texts, broken relations, text hashes, FTS out of sync,
    // SQLite's own integrity check). Never writes; streams over the tables.
    CheckReport checkProject() const;
    QStringList check() const; // checkProject().problems

    // Free settings kept in the project (e.g. the user's name is not: that is per machine).
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    // Tells the views that another connection (a background job) changed the project: all
    // of it, or the annotations of one document.
    void announceReset();
    void announceAnnotationsChanged(qint64 documentId);

    // --- Copying work between project files as it is (merge: model/projectmerge.cpp; the SQL
    // in projectstore_sets.cpp). None of these writes an audit entry of its own: the history
    // comes along with addAuditEntries. ---
    // The audit log in order of id, from after `afterId`, at most `limit` entries (read a whole
    // project's history in pages).
    QList<AuditEntry> auditEntries(qint64 afterId, int limit) const;
    // Adds audit entries as they are (their times kept; ids new). One transaction.
    bool addAuditEntries(const QList<AuditEntry> &entries);
    // Adds a document without annotations (fails when its text is there: see addDocument). Fills
    // document.id, sha256 and length.
    bool addMergedDocument(Document &document, const QString &origin);
    // Adds annotations and relations as they are: annotator, owner, decider, status, note,
    // evidence and times kept; fills in their new ids. A relation's head and child are ids in
    // this project, or -1 - i for annotations[i]. One transaction.
    bool addAnnotationsAsTheyAre(qint64 documentId, QList<Annotation> &annotations, QList<Relation> &relations);
    // Sets the document's status and its annotators' own statuses.
    bool setDocumentStatuses(qint64 documentId, DocumentStatus status, const QList<QPair<qint64, DocumentStatus>> &byAnnotator);
    // A learned model as it is (its time of training kept).
    bool addModelAsItIs(const QString &name, const QString &version, const QDateTime &trainedAt, const QByteArray &data);
    // Every setting of the project.
    QList<QPair<QString, QString>> settings() const;

signals:
    void changed(const Copydesk::ProjectChange &change);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Copydesk
