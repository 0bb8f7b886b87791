#include "projectstore.h"
#include "projectstore_p.h"

#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

// The project store: annotations and relations, people's edits (apply) and engines' suggestions.

using namespace Qt::StringLiterals;

namespace Copydesk {

QJsonObject annotationToJson(const Annotation &a)
{
    QJsonObject o{{u"label"_s, a.label}, {u"start"_s, a.start}, {u"end"_s, a.end},
                  {u"status"_s, annotationStatusName(a.status)}, {u"annotator"_s, a.annotatorId}};
    if (!a.attrs.isEmpty())
        o.insert(u"attrs"_s, a.attrs);
    if (a.deciderId)
        o.insert(u"decider"_s, a.deciderId);
    if (a.ownerId)
        o.insert(u"owner"_s, a.ownerId);
    if (!a.note.isEmpty())
        o.insert(u"note"_s, a.note);
    return o;
}

QJsonObject relationToJson(const Relation &r)
{
    return {{u"label"_s, r.label}, {u"head"_s, r.headId}, {u"child"_s, r.childId}};
}

namespace {

// Confidences are kept per mille as an integer when that is exact (2 bytes instead of 8).
void bindConfidence(Sql::Statement &q, int index, double confidence)
{
    if (confidence < 0) {
        q.bindNull(index);
        return;
    }
    const double perMille = confidence * 1000;
    const qint64 rounded = qRound64(perMille);
    if (std::abs(perMille - double(rounded)) < 1e-9 && double(rounded) / 1000 == confidence)
        q.bind(index, rounded);
    else
        q.bind(index, confidence);
}

double readConfidence(const Sql::Statement &q, int column)
{
    if (q.isNull(column))
        return -1;
    return q.isInteger(column) ? double(q.int64(column)) / 1000 : q.real(column);
}

// The SQL of an INSERT of n rows: prefix, then the row's placeholders n times. Built once per
// thread and size (the statement cache then finds it by its text).
const QByteArray &multiRowInsert(const char *prefix, const char *row, qsizetype n)
{
    thread_local std::map<std::pair<const char *, qsizetype>, QByteArray> texts;
    QByteArray &sql = texts[{prefix, n}];
    if (sql.isEmpty()) {
        sql = prefix;
        for (qsizetype i = 0; i < n; ++i) {
            if (i)
                sql += ',';
            sql += row;
        }
    }
    return sql;
}

} // namespace

const char *ProjectStore::Private::annotationColumns()
{
    return "id, document_id, annotator_id, decider_id, label_id, start, end, attrs_id, status, confidence, reason_id, "
           "external_id, created_at, modified_at, note, owner_id, evidence";
}

Annotation ProjectStore::Private::readAnnotation(const Sql::Statement &q, int first)
{
    Annotation a;
    a.id = q.int64(first + 0);
    a.documentId = q.int64(first + 1);
    a.annotatorId = q.int64(first + 2);
    a.deciderId = q.int64(first + 3);
    a.label = string(q.int64(first + 4));
    a.start = q.int64(first + 5);
    a.end = q.int64(first + 6);
    if (const qint64 attrs = q.int64(first + 7))
        a.attrs = fromJsonBytes(string(attrs).toUtf8());
    a.status = AnnotationStatus(q.int64(first + 8));
    a.confidence = readConfidence(q, first + 9);
    a.reason = string(q.int64(first + 10));
    a.externalId = q.text(first + 11);
    if (!q.isNull(first + 12))
        a.created = QDateTime::fromMSecsSinceEpoch(q.int64(first + 12), Qt::UTC);
    if (!q.isNull(first + 13))
        a.modified = QDateTime::fromMSecsSinceEpoch(q.int64(first + 13), Qt::UTC);
    a.note = q.text(first + 14);
    a.ownerId = q.int64(first + 15);
    if (!q.isNull(first + 16))
        a.evidence = decodeEvidence(q.utf8(first + 16));
    return a;
}

const char *ProjectStore::Private::relationColumns()
{
    return "id, document_id, annotator_id, label_id, head_id, child_id";
}

Relation ProjectStore::Private::readRelation(const Sql::Statement &q, int first)
{
    Relation r;
    r.id = q.int64(first + 0);
    r.documentId = q.int64(first + 1);
    r.annotatorId = q.int64(first + 2);
    r.label = string(q.int64(first + 3));
    r.headId = q.int64(first + 4);
    r.childId = q.int64(first + 5);
    return r;
}

QByteArray ProjectStore::Private::encodeEvidence(const QList<SuggestionEvidence> &evidence)
{
    QByteArray json = "[";
    for (const SuggestionEvidence &e : evidence) {
        const qint64 label = intern(e.label), reason = intern(e.reason);
        const qint64 attrs = e.attrs.isEmpty() ? 0 : intern(QString::fromUtf8(toJsonBytes(e.attrs)));
        if (label < 0 || reason < 0 || attrs < 0)
            return {};
        if (json.size() > 1)
            json += ',';
        json += '[' + QByteArray::number(e.engineId) + ',' + QByteArray::number(label) + ',' + QByteArray::number(e.start) + ','
                + QByteArray::number(e.end) + ',' + QByteArray::number(e.confidence < 0 ? -1 : qRound64(e.confidence * 1000)) + ','
                + QByteArray::number(reason) + ',' + QByteArray::number(attrs) + ']';
    }
    return json + ']';
}

QList<SuggestionEvidence> ProjectStore::Private::decodeEvidence(const QByteArray &json)
{
    QList<SuggestionEvidence> result;
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : rows) {
        const QJsonArray row = value.toArray();
        if (row.size() < 7)
            continue;
        SuggestionEvidence e;
        e.engineId = row.at(0).toInteger();
        e.label = string(row.at(1).toInteger());
        e.start = row.at(2).toInteger();
        e.end = row.at(3).toInteger();
        const qint64 perMille = row.at(4).toInteger();
        e.confidence = perMille < 0 ? -1 : double(perMille) / 1000;
        e.reason = string(row.at(5).toInteger());
        if (const qint64 attrs = row.at(6).toInteger())
            e.attrs = fromJsonBytes(string(attrs).toUtf8());
        result.append(e);
    }
    return result;
}

qint64 ProjectStore::Private::internAttrs(const QJsonObject &attrs)
{
    if (attrs.isEmpty())
        return 0;
    // Engines repeat a few attribute objects ({"form": "direct"}): remember the texts of the
    // last ones rather than serialise every row's.
    for (const auto &[object, text] : std::as_const(recentAttrs)) {
        if (object == attrs)
            return intern(text);
    }
    const QString text = QString::fromUtf8(toJsonBytes(attrs));
    if (recentAttrs.size() >= 16)
        recentAttrs.removeFirst();
    recentAttrs.append({attrs, text});
    return intern(text);
}

bool ProjectStore::Private::insertAnnotation(Annotation &a)
{
    Sql::Statement &q = db.cached("INSERT INTO annotations (id, document_id, status, start, end, label_id, annotator_id, owner_id, "
                                  "decider_id, confidence, attrs_id, reason_id, evidence, external_id, note, created_at, modified_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 label = intern(a.label);
    const qint64 attrs = internAttrs(a.attrs);
    const qint64 reason = intern(a.reason);
    if (label <= 0 || attrs < 0 || reason < 0) {
        if (label == 0)
            lastError = QCoreApplication::translate("ProjectStore", "an annotation has no label");
        return false;
    }
    const bool decided = a.status != AnnotationStatus::Suggested;
    if (!decided)
        a.ownerId = 0;
    else if (!a.ownerId)
        a.ownerId = a.deciderId ? a.deciderId : a.annotatorId;
    if (decided) {
        if (!a.created.isValid())
            a.created = QDateTime::fromMSecsSinceEpoch(stampMs, Qt::UTC);
        a.modified = QDateTime::fromMSecsSinceEpoch(stampMs, Qt::UTC);
    }
    q.bindId(1, a.id).bind(2, a.documentId).bind(3, int(a.status)).bind(4, a.start).bind(5, a.end).bind(6, label);
    q.bind(7, a.annotatorId).bindId(8, a.ownerId).bindId(9, a.deciderId);
    bindConfidence(q, 10, a.confidence);
    q.bindId(11, attrs).bindId(12, reason);
    if (a.evidence.isEmpty())
        q.bindNull(13);
    else
        q.bindUtf8(13, encodeEvidence(a.evidence));
    q.bindTextOrNull(14, a.externalId).bindTextOrNull(15, a.note);
    if (decided)
        q.bind(16, a.created.toMSecsSinceEpoch()).bind(17, stampMs);
    else
        q.bindNull(16).bindNull(17);
    if (!run(q))
        return false;
    a.id = db.lastInsertRowId();
    return true;
}

bool ProjectStore::Private::insertSuggestions(qint64 documentId, const QList<const NewAnnotation *> &rows, QList<qint64> &ids)
{
    // Many rows a statement: SQLite's per-statement work (and the autoincrement counter's
    // update) is paid once per chunk, not once per suggestion.
    constexpr int columns = 10;
    constexpr qsizetype chunk = 64;
    ids.clear();
    ids.reserve(rows.size());
    for (qsizetype first = 0; first < rows.size(); first += chunk) {
        const qsizetype n = std::min(chunk, rows.size() - first);
        Sql::Statement &q = db.cached(multiRowInsert("INSERT INTO annotations (document_id, status, start, end, label_id, annotator_id, "
                                                     "confidence, attrs_id, reason_id, evidence) VALUES ",
                                                     "(?,0,?,?,?,?,?,?,?,?)", n));
        int p = 1;
        for (qsizetype i = 0; i < n; ++i) {
            const NewAnnotation &a = *rows.at(first + i);
            const qint64 label = intern(a.label), attrs = internAttrs(a.attrs), reason = intern(a.reason);
            if (label <= 0 || attrs < 0 || reason < 0) {
                q.reset();
                return false;
            }
            q.bind(p, documentId).bind(p + 1, a.start).bind(p + 2, a.end).bind(p + 3, label).bind(p + 4, a.annotatorId);
            bindConfidence(q, p + 5, a.confidence);
            q.bindId(p + 6, attrs).bindId(p + 7, reason);
            if (a.evidence.isEmpty())
                q.bindNull(p + 8);
            else
                q.bindUtf8(p + 8, encodeEvidence(a.evidence));
            p += columns - 1;
        }
        if (!run(q))
            return false;
        // Autoincrement gives the rows of one statement consecutive ids.
        const qint64 last = db.lastInsertRowId();
        for (qsizetype i = 0; i < n; ++i)
            ids.append(last - n + 1 + i);
    }
    return true;
}

bool ProjectStore::Private::updateAnnotation(Annotation &a)
{
    Sql::Statement &q = db.cached("UPDATE annotations SET annotator_id = ?, decider_id = ?, owner_id = ?, label_id = ?, start = ?, "
                                  "end = ?, attrs_id = ?, status = ?, confidence = ?, reason_id = ?, evidence = ?, note = ?, "
                                  "created_at = ?, modified_at = ? WHERE id = ?");
    const qint64 label = intern(a.label);
    const qint64 attrs = internAttrs(a.attrs);
    const qint64 reason = intern(a.reason);
    if (label <= 0 || attrs < 0 || reason < 0)
        return false;
    const bool decided = a.status != AnnotationStatus::Suggested;
    if (!decided)
        a.ownerId = 0;
    else if (!a.ownerId)
        a.ownerId = a.deciderId ? a.deciderId : a.annotatorId;
    if (decided) {
        if (!a.created.isValid())
            a.created = QDateTime::fromMSecsSinceEpoch(stampMs, Qt::UTC);
        a.modified = QDateTime::fromMSecsSinceEpoch(stampMs, Qt::UTC);
    } else {
        a.created = a.modified = QDateTime();
    }
    q.bind(1, a.annotatorId).bindId(2, a.deciderId).bindId(3, a.ownerId).bind(4, label).bind(5, a.start).bind(6, a.end);
    q.bindId(7, attrs).bind(8, int(a.status));
    bindConfidence(q, 9, a.confidence);
    q.bindId(10, reason);
    if (a.evidence.isEmpty())
        q.bindNull(11);
    else
        q.bindUtf8(11, encodeEvidence(a.evidence));
    q.bindTextOrNull(12, a.note);
    if (decided)
        q.bind(13, a.created.toMSecsSinceEpoch()).bind(14, stampMs);
    else
        q.bindNull(13).bindNull(14);
    q.bind(15, a.id);
    return run(q) && db.changes() == 1;
}

bool ProjectStore::Private::insertRelation(Relation &r)
{
    Sql::Statement &q = db.cached("INSERT INTO relations (id, document_id, annotator_id, label_id, head_id, child_id) VALUES (?, ?, ?, ?, ?, ?)");
    const qint64 label = intern(r.label);
    if (label <= 0)
        return false;
    q.bindId(1, r.id).bind(2, r.documentId).bind(3, r.annotatorId).bind(4, label).bind(5, r.headId).bind(6, r.childId);
    if (!run(q))
        return false;
    r.id = db.lastInsertRowId();
    return true;
}

bool ProjectStore::Private::insertRelations(const QList<Relation> &relations)
{
    // Many rows a statement, as insertSuggestions(); the ids are not needed.
    constexpr qsizetype chunk = 64;
    for (qsizetype first = 0; first < relations.size(); first += chunk) {
        const qsizetype n = std::min(chunk, relations.size() - first);
        Sql::Statement &q = db.cached(multiRowInsert("INSERT INTO relations (document_id, annotator_id, label_id, head_id, child_id) VALUES ",
                                                     "(?,?,?,?,?)", n));
        int p = 1;
        for (qsizetype i = 0; i < n; ++i) {
            const Relation &r = relations.at(first + i);
            const qint64 label = intern(r.label);
            if (label <= 0) {
                q.reset();
                return false;
            }
            q.bind(p, r.documentId).bind(p + 1, r.annotatorId).bind(p + 2, label).bind(p + 3, r.headId).bind(p + 4, r.childId);
            p += 5;
        }
        if (!run(q))
            return false;
    }
    return true;
}

bool ProjectStore::Private::deleteAnnotation(qint64 id)
{
    Sql::Statement &q = db.cached("DELETE FROM annotations WHERE id = ?");
    q.bind(1, id);
    return run(q);
}

bool ProjectStore::Private::deleteRelation(qint64 id)
{
    Sql::Statement &q = db.cached("DELETE FROM relations WHERE id = ?");
    q.bind(1, id);
    return run(q);
}

QList<Annotation> ProjectStore::annotations(qint64 documentId) const
{
    QList<Annotation> result;
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + Private::annotationColumns()
                                     + " FROM annotations WHERE document_id = ? ORDER BY start, end DESC, id");
    Sql::StatementScope scope(q);
    q.bind(1, documentId);
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append(d->readAnnotation(q));
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    else
        d->readOk();
    return result;
}

QList<Relation> ProjectStore::relations(qint64 documentId) const
{
    QList<Relation> result;
    // Through the head's document (the relations' own document column has no index of its own).
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + Private::relationColumns()
                                     + " FROM relations WHERE head_id IN (SELECT id FROM annotations WHERE document_id = ?) ORDER BY id");
    Sql::StatementScope scope(q);
    q.bind(1, documentId);
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append(d->readRelation(q));
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

QList<Relation> ProjectStore::relationsTouching(const QList<qint64> &annotationIds) const
{
    QMap<qint64, Relation> found; // by id, once each
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + Private::relationColumns() + " FROM relations WHERE head_id = ?1 OR child_id = ?1");
    for (qint64 annotationId : annotationIds) {
        Sql::StatementScope scope(q);
        q.bind(1, annotationId);
        Sql::Statement::Step step;
        while ((step = q.step()) == Sql::Statement::Step::Row) {
            const Relation r = d->readRelation(q);
            found.insert(r.id, r);
        }
        if (step == Sql::Statement::Step::Error) {
            d->failRead();
            break;
        }
    }
    return found.values();
}

std::optional<Annotation> ProjectStore::annotation(qint64 id) const
{
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + Private::annotationColumns() + " FROM annotations WHERE id = ?");
    Sql::StatementScope scope(q);
    q.bind(1, id);
    if (q.step() == Sql::Statement::Step::Row)
        return d->readAnnotation(q);
    return std::nullopt;
}

std::optional<Relation> ProjectStore::relation(qint64 id) const
{
    Sql::Statement &q = d->db.cached(QByteArray("SELECT ") + Private::relationColumns() + " FROM relations WHERE id = ?");
    Sql::StatementScope scope(q);
    q.bind(1, id);
    if (q.step() == Sql::Statement::Step::Row)
        return d->readRelation(q);
    return std::nullopt;
}

bool ProjectStore::apply(ChangeSet &changes, qint64 annotatorId)
{
    if (changes.isEmpty())
        return true;
    if (!d->begin())
        return false;
    auto failed = [&] {
        d->rollback();
        return false;
    };
    QList<qint64> touched;
    // Relations first out, then annotations; new annotations before new relations.
    for (const RelationChange &c : changes.relations) {
        if (c.before && !c.after) {
            if (!d->deleteRelation(c.before->id)
                || !d->audit(annotatorId, changes.kind, changes.documentId, u"relation"_s, c.before->id, relationToJson(*c.before), {}))
                return failed();
        }
    }
    for (AnnotationChange &c : changes.annotations) {
        if (c.after) {
            Annotation &a = *c.after;
            a.documentId = changes.documentId;
            const bool ok = c.before ? d->updateAnnotation(a) : d->insertAnnotation(a);
            if (!ok || !d->audit(annotatorId, changes.kind, changes.documentId, u"annotation"_s, a.id,
                                 c.before ? annotationToJson(*c.before) : QJsonObject(), annotationToJson(a)))
                return failed();
            touched.append(a.id);
        }
    }
    for (const AnnotationChange &c : changes.annotations) {
        if (c.before && !c.after) {
            if (!d->deleteAnnotation(c.before->id)
                || !d->audit(annotatorId, changes.kind, changes.documentId, u"annotation"_s, c.before->id, annotationToJson(*c.before), {}))
                return failed();
            touched.append(c.before->id);
        }
    }
    for (RelationChange &c : changes.relations) {
        if (!c.after)
            continue;
        Relation &r = *c.after;
        r.documentId = changes.documentId;
        bool ok;
        if (c.before) {
            Sql::Statement &q = d->db.cached("UPDATE relations SET label_id = ?, head_id = ?, child_id = ?, annotator_id = ? WHERE id = ?");
            const qint64 label = d->intern(r.label);
            q.bind(1, label).bind(2, r.headId).bind(3, r.childId).bind(4, r.annotatorId).bind(5, r.id);
            ok = label > 0 && d->run(q);
        } else {
            ok = d->insertRelation(r);
        }
        if (!ok || !d->audit(annotatorId, changes.kind, changes.documentId, u"relation"_s, r.id,
                             c.before ? relationToJson(*c.before) : QJsonObject(), relationToJson(r)))
            return failed();
    }
    if (!d->commit())
        return false;
    // The ends of every relation added, changed or removed are touched too (their links changed).
    for (const RelationChange &c : changes.relations) {
        for (const std::optional<Relation> &r : {c.before, c.after}) {
            if (r && r->headId > 0 && r->childId > 0)
                touched << r->headId << r->childId;
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    emit changed({ProjectChange::AnnotationsChanged, changes.documentId, touched});
    return true;
}

bool ProjectStore::addAnnotations(qint64 documentId, const QList<NewAnnotation> &annotations, const QList<NewRelation> &relations,
                                  const QString &origin)
{
    for (const NewRelation &n : relations) {
        if (n.head < 0 || n.head >= annotations.size() || n.child < 0 || n.child >= annotations.size()) {
            d->lastError = tr("a relation refers to a span that does not exist");
            return false;
        }
    }
    const std::optional<DocumentSummary> summary = documentSummary(documentId);
    if (!summary) {
        d->lastError = tr("document %1 is not in the project").arg(documentId);
        return false;
    }
    for (const NewAnnotation &n : annotations) {
        if (n.start < 0 || n.end < n.start || n.end > summary->length) {
            d->lastError = tr("a span (%1-%2) lies outside the text (length %3)").arg(n.start).arg(n.end).arg(summary->length);
            return false;
        }
    }
    if (!d->begin())
        return false;
    auto failed = [&] {
        d->rollback();
        return false;
    };
    QList<qint64> ids;
    ids.reserve(annotations.size());
    for (const NewAnnotation &n : annotations) {
        Annotation a;
        a.documentId = documentId;
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
        a.ownerId = n.ownerId;
        a.evidence = n.evidence;
        if (!d->insertAnnotation(a))
            return failed();
        ids.append(a.id);
    }
    for (const NewRelation &n : relations) {
        Relation r;
        r.documentId = documentId;
        r.annotatorId = n.annotatorId;
        r.label = n.label;
        r.headId = ids.at(n.head);
        r.childId = ids.at(n.child);
        if (!d->insertRelation(r))
            return failed();
    }
    if (!d->audit(annotations.isEmpty() ? 0 : annotations.first().annotatorId, u"import"_s, documentId, u"annotations"_s, documentId,
                  {}, {{u"origin"_s, origin}, {u"annotations"_s, annotations.size()}, {u"relations"_s, relations.size()}}))
        return failed();
    if (!d->commit())
        return false;
    emit changed({ProjectChange::AnnotationsChanged, documentId, ids});
    return true;
}

int ProjectStore::replaceSuggestions(qint64 documentId, qint64 engineAnnotatorId,
                                     const QList<NewAnnotation> &spans, const QList<NewRelation> &relations)
{
    if (!d->begin())
        return -1;
    auto failed = [&] {
        d->rollback();
        return -1;
    };
    // What people decided stays; equal suggestions are not made again.
    QHash<QString, qint64> decided; // "label:start:end" -> id of an accepted/manual one (0 if rejected)
    const QList<Annotation> current = annotations(documentId);
    for (const Annotation &a : current) {
        if (a.status == AnnotationStatus::Suggested)
            continue;
        const QString key = u"%1:%2:%3"_s.arg(a.label).arg(a.start).arg(a.end);
        if (a.status == AnnotationStatus::Rejected)
            decided.insert(key, 0);
        else if (!decided.contains(key))
            decided.insert(key, a.id);
    }
    // The engine's untouched suggestions go, whatever version of it made them.
    Sql::Statement del = d->db.prepare("DELETE FROM annotations WHERE document_id = ? AND status = 0 AND annotator_id IN "
                                       "(SELECT e.id FROM annotators e JOIN annotators me ON me.id = ? "
                                       "WHERE e.kind = me.kind AND e.name = me.name)");
    del.bind(1, documentId).bind(2, engineAnnotatorId);
    if (!d->run(del))
        return failed();
    const int removed = d->db.changes();

    QList<qint64> ids(spans.size(), 0);
    int added = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const NewAnnotation &n = spans.at(i);
        auto it = decided.constFind(u"%1:%2:%3"_s.arg(n.label).arg(n.start).arg(n.end));
        if (it != decided.constEnd()) {
            ids[i] = it.value(); // link relations to the person's annotation; 0 when rejected
            continue;
        }
        Annotation a;
        a.documentId = documentId;
        a.annotatorId = engineAnnotatorId;
        a.label = n.label;
        a.start = n.start;
        a.end = n.end;
        a.attrs = n.attrs;
        a.status = AnnotationStatus::Suggested;
        a.confidence = n.confidence;
        a.reason = n.reason;
        a.evidence = n.evidence;
        if (!d->insertAnnotation(a))
            return failed();
        ids[i] = a.id;
        ++added;
    }
    QSet<QString> existingRelations;
    for (const Relation &r : this->relations(documentId))
        existingRelations.insert(u"%1:%2:%3"_s.arg(r.label).arg(r.headId).arg(r.childId));
    for (const NewRelation &n : relations) {
        if (n.head < 0 || n.head >= ids.size() || n.child < 0 || n.child >= ids.size())
            continue;
        const qint64 head = ids.at(n.head), child = ids.at(n.child);
        const QString relationKey = u"%1:%2:%3"_s.arg(n.label).arg(head).arg(child);
        if (!head || !child || existingRelations.contains(relationKey))
            continue;
        existingRelations.insert(relationKey);
        Relation r{0, documentId, engineAnnotatorId, n.label, head, child};
        if (!d->insertRelation(r))
            return failed();
    }
    if (!d->audit(engineAnnotatorId, u"suggest"_s, documentId, u"engine"_s, 0, {{u"removed"_s, removed}}, {{u"added"_s, added}}))
        return failed();
    if (!d->commit())
        return -1;
    emit changed({ProjectChange::AnnotationsChanged, documentId, {}});
    return added;
}

int ProjectStore::replaceLayerSuggestions(qint64 documentId, const QStringList &labels, const QList<NewAnnotation> &spans,
                                          const QList<NewRelation> &relations, const QJsonObject &run)
{
    return replaceSuggestionLayers(documentId, {{labels, spans, relations}}, run);
}

int ProjectStore::replaceSuggestionLayers(qint64 documentId, const QList<LayerSuggestions> &layers, const QJsonObject &run)
{
    if (!d->begin())
        return -1;
    int removed = 0, added = 0;
    for (const LayerSuggestions &layer : layers) {
        const int n = d->replaceLayer(documentId, layer, &removed);
        if (n < 0) {
            d->rollback();
            return -1;
        }
        added += n;
    }
    QJsonObject after = run;
    after.insert(u"added"_s, added);
    if (!d->audit(0, u"suggest"_s, documentId, u"engine"_s, 0, {{u"removed"_s, removed}}, after)) {
        d->rollback();
        return -1;
    }
    if (!d->commit())
        return -1;
    emit changed({ProjectChange::AnnotationsChanged, documentId, {}});
    return added;
}

int ProjectStore::Private::replaceLayer(qint64 documentId, const LayerSuggestions &layer, int *removed)
{
    QSet<qint64> labelIds;
    for (const QString &label : layer.labels) {
        const qint64 id = intern(label);
        if (id < 0)
            return -1;
        labelIds.insert(id);
    }
    // People's decisions in these labels, read inside the write: a decision made since the
    // engines looked still wins (nothing overlapping it in the layer is added).
    struct Decision { qint64 start; qint64 end; };
    QList<Decision> decisions;
    {
        Sql::Statement &q = db.cached("SELECT label_id, start, end FROM annotations WHERE document_id = ? AND status != 0");
        Sql::StatementScope scope(q);
        q.bind(1, documentId);
        while (q.step() == Sql::Statement::Step::Row) {
            if (labelIds.contains(q.int64(0)))
                decisions.append({q.int64(1), q.int64(2)});
        }
    }
    for (qint64 label : std::as_const(labelIds)) {
        Sql::Statement &del = db.cached("DELETE FROM annotations WHERE document_id = ? AND status = 0 AND label_id = ?");
        del.bind(1, documentId).bind(2, label);
        if (!run(del))
            return -1;
        *removed += db.changes();
    }
    QList<qint64> ids(layer.spans.size(), 0);
    QList<const NewAnnotation *> rows;
    QList<qsizetype> rowIndex;
    for (qsizetype i = 0; i < layer.spans.size(); ++i) {
        const NewAnnotation &n = layer.spans.at(i);
        const bool overlapsDecision = std::any_of(decisions.cbegin(), decisions.cend(), [&](const Decision &decision) {
            return n.start < decision.end && decision.start < n.end;
        });
        if (!overlapsDecision) {
            rows.append(&n);
            rowIndex.append(i);
        }
    }
    QList<qint64> inserted;
    if (!insertSuggestions(documentId, rows, inserted))
        return -1;
    for (qsizetype r = 0; r < rowIndex.size(); ++r)
        ids[rowIndex.at(r)] = inserted.at(r);
    const int added = int(rows.size());
    // Relations to annotations already in the document (decisions) must still be there.
    auto resolve = [&](qint64 index) -> qint64 {
        if (index >= 0)
            return index < ids.size() ? ids.at(index) : 0;
        const qint64 id = -1 - index;
        Sql::Statement &exists = db.cached("SELECT 1 FROM annotations WHERE id = ? AND document_id = ?");
        Sql::StatementScope scope(exists);
        exists.bind(1, id).bind(2, documentId);
        return exists.step() == Sql::Statement::Step::Row ? id : 0;
    };
    if (layer.relations.isEmpty())
        return added;
    // (label, head, child) of the document's relations, so none is stored twice.
    using RelationKey = std::pair<qint64, std::pair<qint64, qint64>>;
    QSet<RelationKey> existing;
    {
        Sql::Statement &q = db.cached("SELECT label_id, head_id, child_id FROM relations"
                                      " WHERE head_id IN (SELECT id FROM annotations WHERE document_id = ?)");
        Sql::StatementScope scope(q);
        q.bind(1, documentId);
        while (q.step() == Sql::Statement::Step::Row)
            existing.insert({q.int64(0), {q.int64(1), q.int64(2)}});
    }
    QList<Relation> relations;
    for (const NewRelation &n : layer.relations) {
        const qint64 head = resolve(n.head), child = resolve(n.child);
        const qint64 label = intern(n.label);
        if (label < 0)
            return -1;
        if (!head || !child || !label || existing.contains({label, {head, child}}))
            continue;
        existing.insert({label, {head, child}});
        relations.append({0, documentId, n.annotatorId, n.label, head, child});
    }
    if (!insertRelations(relations))
        return -1;
    return added;
}

} // namespace Copydesk
