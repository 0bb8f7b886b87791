#include "projectstore.h"
#include "projectstore_p.h"

#include "textoffsets.h"

// The project store: copying a project's work into another as it is (merging project files,
// model/projectmerge.cpp): documents, annotations and relations with their times and deciders,
// statuses and the audit history, none of it adding audit entries of its own.

using namespace Qt::StringLiterals;

namespace Copydesk {

QList<AuditEntry> ProjectStore::auditEntries(qint64 afterId, int limit) const
{
    QList<AuditEntry> result;
    Sql::Statement q = d->db.prepare("SELECT id, at, annotator_id, kind, document_id, target, object_id, before, after FROM audit_log "
                                     "WHERE id > ? ORDER BY id LIMIT ?");
    q.bind(1, afterId).bind(2, limit);
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row) {
        AuditEntry e;
        e.id = q.int64(0);
        e.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
        e.annotatorId = q.int64(2);
        e.kind = q.text(3);
        e.documentId = q.int64(4);
        e.target = q.text(5);
        e.objectId = q.int64(6);
        e.before = fromJsonBytes(q.utf8(7));
        e.after = fromJsonBytes(q.utf8(8));
        result.append(e);
    }
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    else
        d->readOk();
    return result;
}

bool ProjectStore::addAuditEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return true;
    if (!d->begin())
        return false;
    for (const AuditEntry &e : entries) {
        Sql::Statement &q = d->db.cached("INSERT INTO audit_log (at, annotator_id, kind, document_id, target, object_id, before, after) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, e.at.toUTC().toString(Qt::ISODateWithMs)).bindId(2, e.annotatorId).bind(3, e.kind).bindId(4, e.documentId);
        q.bind(5, e.target).bindId(6, e.objectId);
        if (e.before.isEmpty())
            q.bindNull(7);
        else
            q.bindUtf8(7, toJsonBytes(e.before));
        if (e.after.isEmpty())
            q.bindNull(8);
        else
            q.bindUtf8(8, toJsonBytes(e.after));
        if (!d->run(q)) {
            d->rollback();
            return false;
        }
    }
    return d->commit();
}

bool ProjectStore::addMergedDocument(Document &document, const QString &origin)
{
    if (hasLoneSurrogate(document.text)) {
        d->lastError = tr("the text holds a lone surrogate (a broken UTF-16 character), which no file can store");
        return false;
    }
    document.sha256 = sha256Hex(document.text);
    document.length = TextOffsets::countCodePoints(document.text);
    if (documentIdBySha256(document.sha256)) {
        d->lastError = tr("the same text is already in the project");
        return false;
    }
    if (!d->begin())
        return false;
    Sql::Statement &q = d->db.cached("INSERT INTO documents (external_id, title, source, url, byline, published, language, meta, "
                                     "sha256, length, status, imported_at, origin, text) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, document.externalId).bind(2, document.title).bind(3, document.source).bind(4, document.url);
    q.bind(5, document.byline).bind(6, document.published).bind(7, document.language).bindUtf8(8, toJsonBytes(document.meta));
    q.bind(9, document.sha256).bind(10, document.length).bind(11, int(document.status)).bind(12, d->stampText);
    q.bind(13, origin).bind(14, document.text);
    if (!d->run(q)) {
        d->rollback();
        return false;
    }
    document.id = d->db.lastInsertRowId();
    if (d->inBatch) {
        d->pendingFts.append({document.id, {document.title, document.text}});
    } else {
        Sql::Statement &fts = d->db.cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)");
        fts.bind(1, document.id).bind(2, document.title).bind(3, document.text);
        if (!d->run(fts)) {
            d->rollback();
            return false;
        }
    }
    if (!d->commit()) {
        if (d->inBatch)
            d->pendingFts.removeLast();
        return false;
    }
    emit changed({ProjectChange::DocumentsAdded, document.id, {}});
    return true;
}

bool ProjectStore::addAnnotationsAsTheyAre(qint64 documentId, QList<Annotation> &annotations, QList<Relation> &relations)
{
    const std::optional<DocumentSummary> summary = documentSummary(documentId);
    if (!summary) {
        d->lastError = tr("document %1 is not in the project").arg(documentId);
        return false;
    }
    for (const Annotation &a : std::as_const(annotations)) {
        if (a.start < 0 || a.end < a.start || a.end > summary->length) {
            d->lastError = tr("a span (%1-%2) lies outside the text (length %3)").arg(a.start).arg(a.end).arg(summary->length);
            return false;
        }
    }
    auto resolve = [&](qint64 id) { return id < 0 ? (-1 - id < annotations.size() ? annotations.at(-1 - id).id : 0) : id; };
    if (!d->begin())
        return false;
    auto failed = [&] {
        d->rollback();
        return false;
    };
    QList<qint64> ids;
    for (Annotation &a : annotations) {
        Sql::Statement &q = d->db.cached("INSERT INTO annotations (document_id, status, start, end, label_id, annotator_id, owner_id, "
                                         "decider_id, confidence, attrs_id, reason_id, evidence, external_id, note, created_at, modified_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const qint64 label = d->intern(a.label);
        const qint64 attrs = a.attrs.isEmpty() ? 0 : d->intern(QString::fromUtf8(toJsonBytes(a.attrs)));
        const qint64 reason = d->intern(a.reason);
        if (label <= 0 || attrs < 0 || reason < 0)
            return failed();
        const bool decided = a.status != AnnotationStatus::Suggested;
        a.documentId = documentId;
        if (!decided)
            a.ownerId = 0;
        else if (!a.ownerId)
            a.ownerId = a.deciderId ? a.deciderId : a.annotatorId;
        q.bind(1, documentId).bind(2, int(a.status)).bind(3, a.start).bind(4, a.end).bind(5, label);
        q.bind(6, a.annotatorId).bindId(7, a.ownerId).bindId(8, a.deciderId);
        // Confidence as the store keeps it: per mille when exact (see projectstore_annotations.cpp).
        if (a.confidence < 0)
            q.bindNull(9);
        else if (const qint64 perMille = qRound64(a.confidence * 1000); double(perMille) / 1000 == a.confidence)
            q.bind(9, perMille);
        else
            q.bind(9, a.confidence);
        q.bindId(10, attrs).bindId(11, reason);
        if (a.evidence.isEmpty())
            q.bindNull(12);
        else
            q.bindUtf8(12, d->encodeEvidence(a.evidence));
        q.bindTextOrNull(13, a.externalId).bindTextOrNull(14, a.note);
        if (decided) {
            const qint64 stamp = d->stampMs;
            q.bind(15, a.created.isValid() ? a.created.toMSecsSinceEpoch() : stamp);
            q.bind(16, a.modified.isValid() ? a.modified.toMSecsSinceEpoch() : stamp);
        } else {
            q.bindNull(15).bindNull(16);
        }
        if (!d->run(q))
            return failed();
        a.id = d->db.lastInsertRowId();
        ids.append(a.id);
    }
    for (Relation &r : relations) {
        r.documentId = documentId;
        r.headId = resolve(r.headId);
        r.childId = resolve(r.childId);
        if (!r.headId || !r.childId) {
            d->lastError = tr("a relation refers to a span that does not exist");
            return failed();
        }
        r.id = 0;
        if (!d->insertRelation(r))
            return failed();
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::AnnotationsChanged, documentId, ids});
    return true;
}

bool ProjectStore::setDocumentStatuses(qint64 documentId, DocumentStatus status, const QList<QPair<qint64, DocumentStatus>> &byAnnotator)
{
    if (!d->begin())
        return false;
    Sql::Statement &q = d->db.cached("UPDATE documents SET status = ? WHERE id = ?");
    q.bind(1, int(status)).bind(2, documentId);
    bool ok = d->run(q);
    for (const auto &[annotator, own] : byAnnotator) {
        Sql::Statement &mine = d->db.cached("INSERT OR REPLACE INTO document_status (document_id, annotator_id, status) VALUES (?, ?, ?)");
        mine.bind(1, documentId).bind(2, annotator).bind(3, int(own));
        ok = ok && d->run(mine);
    }
    if (!ok) {
        d->rollback();
        return false;
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::DocumentChanged, documentId, {}});
    return true;
}

bool ProjectStore::addModelAsItIs(const QString &name, const QString &version, const QDateTime &trainedAt, const QByteArray &data)
{
    if (!d->begin())
        return false;
    Sql::Statement q = d->db.prepare("INSERT OR REPLACE INTO models (name, version, trained_at, data) VALUES (?, ?, ?, ?)");
    q.bind(1, name).bind(2, version).bind(3, trainedAt.toUTC().toString(Qt::ISODateWithMs)).bindBlob(4, data);
    if (!d->run(q)) {
        d->rollback();
        return false;
    }
    return d->commit();
}

QList<QPair<QString, QString>> ProjectStore::settings() const
{
    QList<QPair<QString, QString>> result;
    Sql::Statement q = d->db.prepare("SELECT key, value FROM settings ORDER BY key");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append({q.text(0), q.text(1)});
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

} // namespace Copydesk
