#include "projectstore.h"
#include "projectstore_p.h"

#include <algorithm>
#include <numeric>

#include "textoffsets.h"

// The project store: documents, their summaries, status and full-text search.

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr const char *documentColumns =
    "id, external_id, title, source, url, byline, published, language, meta, sha256, status, length, text";

Document readDocument(const Sql::Statement &q)
{
    Document doc;
    doc.id = q.int64(0);
    doc.externalId = q.text(1);
    doc.title = q.text(2);
    doc.source = q.text(3);
    doc.url = q.text(4);
    doc.byline = q.text(5);
    doc.published = q.text(6);
    doc.language = q.text(7);
    doc.meta = fromJsonBytes(q.utf8(8));
    doc.sha256 = q.text(9);
    doc.status = DocumentStatus(q.int64(10));
    doc.length = q.int64(11);
    doc.text = q.text(12);
    return doc;
}

// Counts of decisions (accepted, manual) and of suggestions, from the (document_id, status)
// index alone.
constexpr const char *summaryColumns =
    "d.id, d.external_id, d.title, d.source, d.status, d.length,"
    " (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND a.status IN (1, 3)),"
    " (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND a.status = 0)";

DocumentSummary readSummary(const Sql::Statement &q)
{
    DocumentSummary s;
    s.id = q.int64(0);
    s.externalId = q.text(1);
    s.title = q.text(2);
    s.source = q.text(3);
    s.status = DocumentStatus(q.int64(4));
    s.length = q.int64(5);
    s.annotationCount = int(q.int64(6));
    s.suggestionCount = int(q.int64(7));
    return s;
}

} // namespace

bool ProjectStore::addDocument(Document &document, const QList<NewAnnotation> &annotations,
                               const QList<NewRelation> &relations, const QString &origin, qint64 *duplicateOf)
{
    if (duplicateOf)
        *duplicateOf = 0;
    if (hasLoneSurrogate(document.text)) {
        d->lastError = tr("the text holds a lone surrogate (a broken UTF-16 character), which no file can store");
        return false;
    }
    // An importer may have hashed and counted on another thread already.
    if (document.sha256.isEmpty())
        document.sha256 = sha256Hex(document.text);
    if (document.length <= 0)
        document.length = TextOffsets::countCodePoints(document.text);
    for (const NewRelation &n : relations) {
        if (n.head < 0 || n.head >= annotations.size() || n.child < 0 || n.child >= annotations.size()) {
            d->lastError = tr("a relation refers to a span that does not exist");
            return false;
        }
    }
    if (const qint64 existing = documentIdBySha256(document.sha256)) {
        if (duplicateOf)
            *duplicateOf = existing;
        d->lastError = tr("the same text is already in the project");
        return false;
    }
    if (!d->begin())
        return false;
    auto failed = [&] {
        d->rollback();
        return false;
    };
    Sql::Statement &q = d->db.cached("INSERT INTO documents (external_id, title, source, url, byline, published, language, meta, "
                                     "sha256, length, status, imported_at, origin, text) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, document.externalId).bind(2, document.title).bind(3, document.source).bind(4, document.url);
    q.bind(5, document.byline).bind(6, document.published).bind(7, document.language).bindUtf8(8, toJsonBytes(document.meta));
    q.bind(9, document.sha256).bind(10, document.length).bind(11, int(document.status)).bind(12, d->stampText);
    q.bind(13, origin).bind(14, document.text);
    if (!d->run(q)) {
        failed();
        // Another process may have added the same text since we looked.
        if (const qint64 existing = documentIdBySha256(document.sha256)) {
            if (duplicateOf)
                *duplicateOf = existing;
            d->lastError = tr("the same text is already in the project");
        }
        return false;
    }
    document.id = d->db.lastInsertRowId();

    if (d->inBatch) {
        d->pendingFts.append({document.id, {document.title, document.text}});
    } else {
        Sql::Statement &fts = d->db.cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)");
        fts.bind(1, document.id).bind(2, document.title).bind(3, document.text);
        if (!d->run(fts))
            return failed();
    }

    QList<qint64> ids;
    ids.reserve(annotations.size());
    for (const NewAnnotation &n : annotations) {
        Annotation a;
        a.documentId = document.id;
        a.annotatorId = n.annotatorId;
        a.label = n.label;
        a.start = n.start;
        a.end = n.end;
        a.attrs = n.attrs;
        a.status = n.status;
        a.confidence = n.confidence;
        a.reason = n.reason;
        a.note = n.note;
        a.externalId = n.externalId;
        a.ownerId = n.status == AnnotationStatus::Suggested ? 0 : (n.ownerId ? n.ownerId : n.annotatorId);
        a.evidence = n.evidence;
        if (!d->insertAnnotation(a))
            return failed();
        ids.append(a.id);
    }
    for (const NewRelation &n : relations) {
        Relation r;
        r.documentId = document.id;
        r.annotatorId = n.annotatorId;
        r.label = n.label;
        r.headId = ids.at(n.head);
        r.childId = ids.at(n.child);
        if (!d->insertRelation(r))
            return failed();
    }
    if (!d->audit(annotations.isEmpty() ? 0 : annotations.first().annotatorId, u"import"_s, document.id, u"document"_s,
                  document.id, {}, {{u"origin"_s, origin}, {u"annotations"_s, annotations.size()}, {u"relations"_s, relations.size()}})) {
        if (d->inBatch)
            d->pendingFts.removeLast();
        return failed();
    }
    if (!d->commit()) {
        if (d->inBatch)
            d->pendingFts.removeLast();
        return false;
    }
    emit changed({ProjectChange::DocumentsAdded, document.id, {}});
    return true;
}

std::optional<Document> ProjectStore::document(qint64 id) const
{
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + documentColumns + " FROM documents WHERE id = ?");
    Sql::StatementScope scope(q);
    q.bind(1, id);
    switch (q.step()) {
    case Sql::Statement::Step::Row:
        d->readOk();
        return readDocument(q);
    case Sql::Statement::Step::Done:
        d->readOk();
        return std::nullopt;
    case Sql::Statement::Step::Error:
        d->failRead();
        return std::nullopt;
    }
    return std::nullopt;
}

qint64 ProjectStore::documentIdBySha256(const QString &sha256) const
{
    Sql::Statement &q = d->db.cached("SELECT id FROM documents WHERE sha256 = ?");
    Sql::StatementScope scope(q);
    q.bind(1, sha256);
    return q.step() == Sql::Statement::Step::Row ? q.int64(0) : 0;
}

qint64 ProjectStore::documentIdByExternalId(const QString &externalId) const
{
    Sql::Statement &q = d->db.cached("SELECT id FROM documents WHERE external_id = ? ORDER BY id LIMIT 1");
    Sql::StatementScope scope(q);
    q.bind(1, externalId);
    return q.step() == Sql::Statement::Step::Row ? q.int64(0) : 0;
}

QList<qint64> ProjectStore::documentIds() const
{
    QList<qint64> ids;
    const qint64 count = documentCount();
    // Documents are never deleted one by one, so their ids are usually 1..n: then nothing
    // needs reading.
    const qint64 first = d->db.scalar("SELECT MIN(id) FROM documents");
    const qint64 last = d->db.scalar("SELECT MAX(id) FROM documents");
    if (count > 0 && last - first + 1 == count) {
        ids.resize(count);
        std::iota(ids.begin(), ids.end(), first);
        return ids;
    }
    // Else from the smallest index that holds them (every index holds the row id), not from the
    // table, whose rows hold the texts.
    ids.reserve(count);
    Sql::Statement q = d->db.prepare("SELECT id FROM documents");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        ids.append(q.int64(0));
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        std::sort(ids.begin(), ids.end());
    return ids;
}

QList<DocumentSummary> ProjectStore::documentSummaries() const
{
    QList<DocumentSummary> result;
    Sql::Statement q = d->db.prepare(QByteArray("SELECT ") + summaryColumns + " FROM documents d ORDER BY d.id");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append(readSummary(q));
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

std::optional<DocumentSummary> ProjectStore::documentSummary(qint64 id) const
{
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + summaryColumns + " FROM documents d WHERE d.id = ?");
    Sql::StatementScope scope(q);
    q.bind(1, id);
    if (q.step() == Sql::Statement::Step::Row)
        return readSummary(q);
    return std::nullopt;
}

QList<qint64> ProjectStore::documentIdsWithLabel(const QString &label) const
{
    QList<qint64> ids;
    Sql::Statement q = d->db.prepare("SELECT DISTINCT document_id FROM annotations "
                                     "WHERE label_id = (SELECT id FROM strings WHERE text = ?) AND status != 2 ORDER BY document_id");
    q.bind(1, label);
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        ids.append(q.int64(0));
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return ids;
}

int ProjectStore::documentCount() const
{
    return int(d->db.scalar("SELECT COUNT(*) FROM documents"));
}

bool ProjectStore::setDocumentStatus(qint64 documentId, DocumentStatus status, qint64 annotatorId)
{
    const std::optional<DocumentSummary> doc = documentSummary(documentId);
    if (!doc)
        return false;
    const DocumentStatus own = annotatorId ? documentStatusFor(documentId, annotatorId) : status;
    if (doc->status == status && own == status)
        return true;
    if (!d->begin())
        return false;
    Sql::Statement &q = d->db.cached("UPDATE documents SET status = ? WHERE id = ?");
    q.bind(1, int(status)).bind(2, documentId);
    bool ok = d->run(q);
    if (ok && annotatorId) {
        Sql::Statement &mine = d->db.cached("INSERT OR REPLACE INTO document_status (document_id, annotator_id, status) VALUES (?, ?, ?)");
        mine.bind(1, documentId).bind(2, annotatorId).bind(3, int(status));
        ok = d->run(mine);
    }
    if (!ok || !d->audit(annotatorId, u"status"_s, documentId, u"document"_s, documentId,
                         {{u"status"_s, documentStatusName(doc->status)}}, {{u"status"_s, documentStatusName(status)}})) {
        d->rollback();
        return false;
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::DocumentChanged, documentId, {}});
    return true;
}

DocumentStatus ProjectStore::documentStatusFor(qint64 documentId, qint64 annotatorId) const
{
    Sql::Statement &q = d->db.cached("SELECT status FROM document_status WHERE document_id = ? AND annotator_id = ?");
    Sql::StatementScope scope(q);
    q.bind(1, documentId).bind(2, annotatorId);
    return q.step() == Sql::Statement::Step::Row ? DocumentStatus(q.int64(0)) : DocumentStatus::New;
}

QList<AnnotationSetSummary> ProjectStore::annotationSets(qint64 documentId) const
{
    QList<AnnotationSetSummary> result;
    Sql::Statement q = d->db.prepare(
        "SELECT o.owner, (SELECT COUNT(*) FROM annotations a WHERE a.document_id = ?1 AND a.owner_id = o.owner),"
        " COALESCE((SELECT status FROM document_status s WHERE s.document_id = ?1 AND s.annotator_id = o.owner), 0)"
        " FROM (SELECT DISTINCT owner_id AS owner FROM annotations WHERE document_id = ?1 AND owner_id IS NOT NULL"
        "       UNION SELECT annotator_id FROM document_status WHERE document_id = ?1) o ORDER BY o.owner");
    q.bind(1, documentId);
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append({q.int64(0), int(q.int64(1)), DocumentStatus(q.int64(2))});
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

namespace {

// A query that is not FTS5 syntax ("Fishers' Guild") is searched for as a phrase.
QString asPhrase(const QString &query)
{
    QString phrase = query;
    phrase.replace(u'"', u"\"\""_s);
    return u'"' + phrase + u'"';
}

} // namespace

QList<qint64> ProjectStore::search(const QString &query, QString *error) const
{
    QList<qint64> ids;
    auto run = [&](const QString &match) {
        Sql::Statement q = d->db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank");
        q.bind(1, match);
        Sql::Statement::Step step;
        while ((step = q.step()) == Sql::Statement::Step::Row)
            ids.append(q.int64(0));
        return step == Sql::Statement::Step::Done;
    };
    if (run(query))
        return ids;
    // Not FTS syntax: search for the words as a phrase instead.
    ids.clear();
    if (!run(asPhrase(query))) {
        ids.clear();
        if (error)
            *error = d->db.errorMessage();
    }
    return ids;
}

// --- The corpus browser's queries ---------------------------------------------------------------

QList<DocumentSummary> ProjectStore::documentSummaries(const QList<qint64> &ids) const
{
    QList<DocumentSummary> result;
    result.reserve(ids.size());
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + summaryColumns + " FROM documents d WHERE d.id = ?");
    for (qint64 id : ids) {
        Sql::StatementScope scope(q);
        q.bind(1, id);
        switch (q.step()) {
        case Sql::Statement::Step::Row:
            result.append(readSummary(q));
            break;
        case Sql::Statement::Step::Done:
            break;
        case Sql::Statement::Step::Error:
            d->failRead();
            return result;
        }
    }
    d->readOk();
    return result;
}

QList<qint64> ProjectStore::documentIdsWithStatus(DocumentStatus status) const
{
    QList<qint64> ids;
    Sql::Statement q = d->db.prepare("SELECT id FROM documents WHERE status = ? ORDER BY id");
    q.bind(1, int(status));
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        ids.append(q.int64(0));
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return ids;
}

QList<qint64> ProjectStore::searchIds(const QString &query, QString *error) const
{
    QList<qint64> ids;
    // In the index's own order: no rank to compute for every match.
    auto run = [&](const QString &match) {
        ids.clear();
        Sql::Statement q = d->db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid");
        q.bind(1, match);
        Sql::Statement::Step step;
        while ((step = q.step()) == Sql::Statement::Step::Row)
            ids.append(q.int64(0));
        return step == Sql::Statement::Step::Done;
    };
    if (!run(query) && !run(asPhrase(query))) {
        ids.clear();
        if (error)
            *error = d->db.errorMessage();
    }
    return ids;
}

bool ProjectStore::searchMatches(qint64 documentId, const QString &query) const
{
    auto run = [&](const QString &match, bool *matched) {
        Sql::Statement q = d->db.prepare("SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?");
        q.bind(1, match).bind(2, documentId);
        const Sql::Statement::Step step = q.step();
        *matched = step == Sql::Statement::Step::Row;
        return step != Sql::Statement::Step::Error;
    };
    bool matched = false;
    if (!run(query, &matched))
        run(asPhrase(query), &matched);
    return matched;
}

bool ProjectStore::documentHasLabel(qint64 documentId, const QString &label) const
{
    Sql::Statement &q = d->db.cached("SELECT 1 FROM annotations WHERE label_id = (SELECT id FROM strings WHERE text = ?)"
                                     " AND document_id = ? AND status != 2 LIMIT 1");
    Sql::StatementScope scope(q);
    q.bind(1, label).bind(2, documentId);
    return q.step() == Sql::Statement::Step::Row;
}

QList<std::pair<qint64, QString>> ProjectStore::documentTitles() const
{
    QList<std::pair<qint64, QString>> result;
    Sql::Statement q = d->db.prepare("SELECT id, title, external_id FROM documents ORDER BY id");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row) {
        QString title = q.text(1);
        result.append({q.int64(0), title.isEmpty() ? q.text(2) : std::move(title)});
    }
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

QList<std::pair<qint64, QString>> ProjectStore::documentSources() const
{
    QList<std::pair<qint64, QString>> result;
    Sql::Statement q = d->db.prepare("SELECT id, source FROM documents ORDER BY id");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append({q.int64(0), q.text(1)});
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

QList<std::pair<qint64, int>> ProjectStore::documentStatuses() const
{
    QList<std::pair<qint64, int>> result;
    Sql::Statement q = d->db.prepare("SELECT id, status FROM documents ORDER BY id");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append({q.int64(0), int(q.int64(1))});
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

QList<ProjectStore::AnnotationCounts> ProjectStore::annotationCountsByDocument(const std::atomic_bool *cancel) const
{
    QList<AnnotationCounts> result;
    Sql::Statement q = d->db.prepare("SELECT document_id, SUM(status IN (1, 3)), SUM(status = 0) FROM annotations"
                                     " GROUP BY document_id ORDER BY document_id");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row) {
        result.append({q.int64(0), int(q.int64(1)), int(q.int64(2))});
        if (cancel && cancel->load())
            return {};
    }
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

} // namespace Copydesk
