#pragma once

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
};

struct NewRelation
{
    QString label;
    int head = -1;     // index into the NewAnnotation list
    int child = -1;
    qint64 annotatorId = 0;
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
// lives here. Every write is one transaction (or part of one the caller opened with
// beginBatch()); every change is announced through changed(). One store per thread: a worker
// opens its own store on the same file.
class ProjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStore)

public:
    static constexpr qint32 applicationId = 0x43445031; // "CDP1"
    static constexpr int schemaVersion = 2;

    enum class OpenMode { Existing, Create, ExistingOrCreate };

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

    // Annotators
    qint64 ensureAnnotator(AnnotatorKind kind, const QString &name, const QString &version = {});
    QList<Annotator> annotators() const;
    std::optional<Annotator> annotator(qint64 id) const;

    // Documents
    // Adds a document with its annotations (from an import). Fails if its text is already in
    // the project (*duplicateOf = that document's id). Fills document.id, and sha256 and length
    // unless the caller computed them already.
    bool addDocument(Document &document, const QList<NewAnnotation> &annotations,
                     const QList<NewRelation> &relations, const QString &origin,
                     qint64 *duplicateOf = nullptr);
    std::optional<Document> document(qint64 id) const;
    qint64 documentIdBySha256(const QString &sha256) const;
    qint64 documentIdByExternalId(const QString &externalId) const;
    QList<qint64> documentIds() const;
    QList<DocumentSummary> documentSummaries() const;
    std::optional<DocumentSummary> documentSummary(qint64 id) const;
    // Documents with at least one annotation of the label that is not rejected.
    QList<qint64> documentIdsWithLabel(const QString &label) const;
    int documentCount() const;
    bool setDocumentStatus(qint64 documentId, DocumentStatus status, qint64 annotatorId);
    // Full-text search over titles and texts (FTS5 query syntax; plain words work).
    QList<qint64> search(const QString &query, QString *error = nullptr) const;

    // Annotations
    QList<Annotation> annotations(qint64 documentId) const;
    QList<Relation> relations(qint64 documentId) const;
    std::optional<Annotation> annotation(qint64 id) const;
    std::optional<Relation> relation(qint64 id) const;
    // Applies a person's edit (or its undo) in one transaction with its audit log entries.
    // Fills in the ids of inserted annotations and relations (so the same ids come back when
    // the change is undone and redone).
    bool apply(ChangeSet &changes, qint64 annotatorId);

    // Replaces the untouched suggestions of one engine (any version of it) in one document with
    // new ones. A
    // suggestion equal (label and bounds) to one a person rejected, accepted or made is not
    // added again. Returns the number added, -1 on error.
    int replaceSuggestions(qint64 documentId, qint64 engineAnnotatorId,
                           const QList<NewAnnotation> &spans, const QList<NewRelation> &relations);

    // Learned models kept in the project.
    QByteArray model(const QString &name, QString *version = nullptr, QDateTime *trainedAt = nullptr) const;
    bool setModel(const QString &name, const QString &version, const QByteArray &data);
    QStringList modelNames() const;

    // History
    QList<AuditEntry> history(qint64 documentId, int limit = 500) const;

    ProjectStatistics statistics() const;
    // Integrity problems (spans outside texts, broken relations, FTS out of sync, SQLite's
    // own integrity check); empty when the project is sound.
    QStringList check() const;

    // Free settings kept in the project (e.g. the user's name is not: that is per machine).
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    // Tells the views that another connection (a background job) changed the project: all
    // of it, or the annotations of one document.
    void announceReset();
    void announceAnnotationsChanged(qint64 documentId);

signals:
    void changed(const Copydesk::ProjectChange &change);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Copydesk
