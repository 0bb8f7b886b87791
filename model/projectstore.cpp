#include "projectstore.h"

#include <unordered_map>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QJsonObject fromJsonText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject annotationToJson(const Annotation &a)
{
    QJsonObject o{{u"label"_s, a.label}, {u"start"_s, a.start}, {u"end"_s, a.end},
                  {u"status"_s, annotationStatusName(a.status)}, {u"annotator"_s, a.annotatorId}};
    if (!a.attrs.isEmpty())
        o.insert(u"attrs"_s, a.attrs);
    if (a.deciderId)
        o.insert(u"decider"_s, a.deciderId);
    if (!a.note.isEmpty())
        o.insert(u"note"_s, nn(a.note));
    return o;
}

QJsonObject relationToJson(const Relation &r)
{
    return {{u"label"_s, r.label}, {u"head"_s, r.headId}, {u"child"_s, r.childId}};
}

} // namespace

class ProjectStore::Private
{
public:
    QString connectionName;
    QString path;
    QString lastError;
    bool inBatch = false;
    // The time of the write under way: one clock reading per write, not per row.
    QDateTime stampTime;
    QString stampText;

    void stamp()
    {
        stampTime = QDateTime::currentDateTimeUtc();
        stampText = stampTime.toString(Qt::ISODateWithMs);
    }

    // Runs a statement kept prepared (savepoints are run once per document on import).
    bool execCached(const QString &sql)
    {
        QSqlQuery &query = cached(sql);
        if (!query.exec()) {
            lastError = query.lastError().text();
            return false;
        }
        return true;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            lastError = query.lastError().text();
            return false;
        }
        return true;
    }

    QSqlQuery prepare(const QString &sql) const
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qWarning("Copydesk: cannot prepare \"%s\": %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }

    // Cached prepared statements for the hot paths (import, engine runs).
    std::unordered_map<QString, QSqlQuery> cache;
    QSqlQuery &cached(const QString &sql)
    {
        auto it = cache.find(sql);
        if (it == cache.end())
            it = cache.emplace(sql, prepare(sql)).first;
        return it->second;
    }

    bool run(QSqlQuery &query)
    {
        if (!query.exec()) {
            lastError = query.lastError().text();
            return false;
        }
        return true;
    }

    // A write transaction of its own unless a batch is open. BEGIN IMMEDIATE takes the write
    // lock at once, so a second process waits (busy timeout) instead of failing mid-way.
    bool begin()
    {
        stamp();
        // Inside a batch each write is a savepoint, so a failed document leaves nothing behind
        // while the documents before it stay in the batch.
        return inBatch ? execCached(u"SAVEPOINT write"_s) : exec(u"BEGIN IMMEDIATE"_s);
    }
    bool commit()
    {
        if (inBatch)
            return execCached(u"RELEASE write"_s);
        if (!exec(u"COMMIT"_s)) {
            const QString error = lastError;
            exec(u"ROLLBACK"_s);
            lastError = error;
            return false;
        }
        return true;
    }
    void rollback()
    {
        const QString error = lastError;
        if (inBatch) {
            exec(u"ROLLBACK TO write"_s);
            exec(u"RELEASE write"_s);
        } else {
            exec(u"ROLLBACK"_s);
        }
        lastError = error;
    }

    bool audit(qint64 annotatorId, const QString &kind, qint64 documentId, const QString &target,
               qint64 objectId, const QJsonObject &before, const QJsonObject &after)
    {
        QSqlQuery &q = cached(u"INSERT INTO audit_log (at, annotator_id, kind, document_id, target, object_id, before, after) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.bindValue(0, stampText);
        q.bindValue(1, annotatorId ? QVariant(annotatorId) : QVariant());
        q.bindValue(2, kind);
        q.bindValue(3, documentId ? QVariant(documentId) : QVariant());
        q.bindValue(4, target);
        q.bindValue(5, objectId ? QVariant(objectId) : QVariant());
        q.bindValue(6, before.isEmpty() ? QVariant() : QVariant(toJsonText(before)));
        q.bindValue(7, after.isEmpty() ? QVariant() : QVariant(toJsonText(after)));
        return run(q);
    }

    bool insertAnnotation(Annotation &a)
    {
        QSqlQuery &q = cached(u"INSERT INTO annotations (id, document_id, annotator_id, decider_id, label, start, end, attrs, status, "
                              "confidence, reason, external_id, created_at, modified_at, note) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!a.created.isValid())
            a.created = stampTime;
        a.modified = stampTime;
        q.bindValue(0, a.id ? QVariant(a.id) : QVariant());
        q.bindValue(1, a.documentId);
        q.bindValue(2, a.annotatorId);
        q.bindValue(3, a.deciderId ? QVariant(a.deciderId) : QVariant());
        q.bindValue(4, nn(a.label));
        q.bindValue(5, a.start);
        q.bindValue(6, a.end);
        q.bindValue(7, a.attrs.isEmpty() ? u"{}"_s : toJsonText(a.attrs));
        q.bindValue(8, int(a.status));
        q.bindValue(9, a.confidence >= 0 ? QVariant(a.confidence) : QVariant());
        q.bindValue(10, nn(a.reason));
        q.bindValue(11, nn(a.externalId));
        q.bindValue(12, a.created == stampTime ? stampText : a.created.toString(Qt::ISODateWithMs));
        q.bindValue(13, stampText);
        q.bindValue(14, nn(a.note));
        if (!run(q))
            return false;
        a.id = q.lastInsertId().toLongLong();
        return true;
    }

    bool updateAnnotation(Annotation &a)
    {
        QSqlQuery &q = cached(u"UPDATE annotations SET annotator_id = ?, decider_id = ?, label = ?, start = ?, end = ?, attrs = ?, "
                              "status = ?, confidence = ?, reason = ?, note = ?, modified_at = ? WHERE id = ?"_s);
        a.modified = stampTime;
        q.bindValue(0, a.annotatorId);
        q.bindValue(1, a.deciderId ? QVariant(a.deciderId) : QVariant());
        q.bindValue(2, nn(a.label));
        q.bindValue(3, a.start);
        q.bindValue(4, a.end);
        q.bindValue(5, a.attrs.isEmpty() ? u"{}"_s : toJsonText(a.attrs));
        q.bindValue(6, int(a.status));
        q.bindValue(7, a.confidence >= 0 ? QVariant(a.confidence) : QVariant());
        q.bindValue(8, nn(a.reason));
        q.bindValue(9, nn(a.note));
        q.bindValue(10, stampText);
        q.bindValue(11, a.id);
        return run(q) && q.numRowsAffected() == 1;
    }

    bool insertRelation(Relation &r)
    {
        QSqlQuery &q = cached(u"INSERT INTO relations (id, document_id, annotator_id, label, head_id, child_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.bindValue(0, r.id ? QVariant(r.id) : QVariant());
        q.bindValue(1, r.documentId);
        q.bindValue(2, r.annotatorId);
        q.bindValue(3, nn(r.label));
        q.bindValue(4, r.headId);
        q.bindValue(5, r.childId);
        if (!run(q))
            return false;
        r.id = q.lastInsertId().toLongLong();
        return true;
    }

    static Annotation readAnnotation(const QSqlQuery &q)
    {
        // Column order of annotationColumns.
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.documentId = q.value(1).toLongLong();
        a.annotatorId = q.value(2).toLongLong();
        a.deciderId = q.value(3).toLongLong();
        a.label = q.value(4).toString();
        a.start = q.value(5).toLongLong();
        a.end = q.value(6).toLongLong();
        a.attrs = fromJsonText(q.value(7).toString());
        a.status = AnnotationStatus(q.value(8).toInt());
        a.confidence = q.value(9).isNull() ? -1 : q.value(9).toDouble();
        a.reason = q.value(10).toString();
        a.externalId = q.value(11).toString();
        a.created = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        a.note = q.value(14).toString();
        return a;
    }

    static Relation readRelation(const QSqlQuery &q)
    {
        Relation r;
        r.id = q.value(0).toLongLong();
        r.documentId = q.value(1).toLongLong();
        r.annotatorId = q.value(2).toLongLong();
        r.label = q.value(3).toString();
        r.headId = q.value(4).toLongLong();
        r.childId = q.value(5).toLongLong();
        return r;
    }

    bool migrate(int from)
    {
        if (!exec(u"BEGIN IMMEDIATE"_s))
            return false;
        bool ok = true;
        for (int step = from + 1; ok && step <= ProjectStore::schemaVersion; ++step) {
            const QStringList statements = ProjectStore::migrationStatements(step);
            if (statements.isEmpty()) {
                lastError = u"migration step %1 is missing"_s.arg(step);
                ok = false;
            }
            for (const QString &sql : statements) {
                if (ok && !exec(sql))
                    ok = false;
            }
        }
        if (ok && from < 1)
            ok = writeSchema(LabelSchema::defaultSchema());
        ok = ok && exec(u"PRAGMA application_id = %1"_s.arg(ProjectStore::applicationId))
             && exec(u"PRAGMA user_version = %1"_s.arg(ProjectStore::schemaVersion));
        if (!ok) {
            const QString error = lastError;
            exec(u"ROLLBACK"_s);
            lastError = error;
            return false;
        }
        return exec(u"COMMIT"_s);
    }

    bool writeSchema(const LabelSchema &schema)
    {
        if (!exec(u"DELETE FROM labels"_s) || !exec(u"DELETE FROM relation_labels"_s))
            return false;
        int position = 0;
        for (const LabelDefinition &label : schema.labels()) {
            QSqlQuery q = prepare(u"INSERT INTO labels (layer, name, color, shortcut, description, attributes, position) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            q.bindValue(0, nn(label.layer));
            q.bindValue(1, nn(label.name));
            q.bindValue(2, nn(label.color));
            q.bindValue(3, nn(label.key));
            q.bindValue(4, nn(label.description));
            q.bindValue(5, toJsonText(label.attributes));
            q.bindValue(6, position++);
            if (!run(q))
                return false;
        }
        position = 0;
        for (const RelationDefinition &relation : schema.relations()) {
            QSqlQuery q = prepare(u"INSERT INTO relation_labels (name, head_labels, child_labels, description, position) "
                                  "VALUES (?, ?, ?, ?, ?)"_s);
            q.bindValue(0, nn(relation.name));
            q.bindValue(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(relation.headLabels)).toJson(QJsonDocument::Compact)));
            q.bindValue(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(relation.childLabels)).toJson(QJsonDocument::Compact)));
            q.bindValue(3, nn(relation.description));
            q.bindValue(4, position++);
            if (!run(q))
                return false;
        }
        return true;
    }
};

QStringList ProjectStore::migrationStatements(int version)
{
    static const QStringList files{u":/copydesk/sql/001-base.sql"_s, u":/copydesk/sql/002-models-notes.sql"_s};
    if (version < 1 || version > files.size())
        return {};
    QFile file(files.at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<ProjectChange>();
}

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::open(const QString &path, OpenMode mode, QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        d->lastError = message;
        if (error)
            *error = message;
        close();
        return false;
    };

    const QFileInfo info(path);
    bool create = false;
    if (info.exists()) {
        if (mode == OpenMode::Create)
            return fail(tr("%1 already exists; choose another name or remove it first.").arg(path));
        if (!info.isFile())
            return fail(tr("%1 is not a file.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2.").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not a Copydesk project (not an SQLite database).").arg(path));
    } else {
        if (mode == OpenMode::Existing)
            return fail(tr("%1 does not exist.").arg(path));
        create = true;
    }

    d->connectionName = u"copydesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            return fail(tr("Cannot open %1: %2.").arg(path, db.lastError().text()));
    }
    d->path = path;

    auto pragma = [&](const QString &name) -> QVariant {
        QSqlQuery q(d->db());
        if (q.exec(u"PRAGMA "_s + name) && q.next())
            return q.value(0);
        return {};
    };

    if (!create) {
        const qint64 appId = pragma(u"application_id"_s).toLongLong();
        const int version = pragma(u"user_version"_s).toInt();
        if (appId != applicationId)
            return fail(tr("%1 is not a Copydesk project (it is an SQLite database of another program).").arg(path));
        if (version > schemaVersion)
            return fail(tr("%1 was written by a newer version of Copydesk (project format %2; this version reads up to %3). "
                           "Update Copydesk to open it.").arg(path).arg(version).arg(schemaVersion));
        if (version < 1)
            return fail(tr("%1 is a damaged Copydesk project (no format version).").arg(path));
    }

    d->exec(u"PRAGMA foreign_keys = ON"_s);
    d->exec(u"PRAGMA journal_mode = WAL"_s);
    d->exec(u"PRAGMA synchronous = NORMAL"_s);
    d->exec(u"PRAGMA cache_size = -65536"_s);

    const int version = create ? 0 : pragma(u"user_version"_s).toInt();
    if (version < schemaVersion && !d->migrate(version)) {
        const QString why = d->lastError;
        if (create) {
            close();
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        }
        return fail(tr("Cannot %1 %2: %3.").arg(create ? tr("create") : tr("upgrade"), path, why));
    }
    return true;
}

void ProjectStore::close()
{
    if (d->connectionName.isEmpty())
        return;
    d->cache.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    d->path.clear();
    d->inBatch = false;
}

bool ProjectStore::isOpen() const
{
    return !d->connectionName.isEmpty() && d->db().isOpen();
}

QString ProjectStore::path() const
{
    return d->path;
}

QString ProjectStore::lastError() const
{
    return d->lastError;
}

bool ProjectStore::beginBatch()
{
    // Large writes: checkpoint the write-ahead log less often (each checkpoint syncs the disk).
    d->exec(u"PRAGMA wal_autocheckpoint = 16384"_s);
    if (d->inBatch || !d->exec(u"BEGIN IMMEDIATE"_s))
        return false;
    d->inBatch = true;
    return true;
}

bool ProjectStore::commitBatch()
{
    if (!d->inBatch)
        return false;
    d->inBatch = false;
    const bool ok = d->exec(u"COMMIT"_s);
    if (!ok)
        d->exec(u"ROLLBACK"_s);
    d->exec(u"PRAGMA wal_autocheckpoint = 1000"_s);
    return ok;
}

void ProjectStore::rollbackBatch()
{
    if (!d->inBatch)
        return;
    d->inBatch = false;
    d->exec(u"ROLLBACK"_s);
}

LabelSchema ProjectStore::schema() const
{
    QJsonArray layers;
    QHash<QString, int> layerIndex;
    QSqlQuery q = d->prepare(u"SELECT layer, name, color, shortcut, description, attributes FROM labels ORDER BY position, id"_s);
    q.exec();
    QList<QPair<QString, QJsonArray>> grouped;
    while (q.next()) {
        const QString layer = q.value(0).toString();
        if (!layerIndex.contains(layer)) {
            layerIndex.insert(layer, grouped.size());
            grouped.append({layer, QJsonArray()});
        }
        QJsonObject label{{u"name"_s, q.value(1).toString()}, {u"color"_s, q.value(2).toString()},
                          {u"key"_s, q.value(3).toString()}, {u"description"_s, q.value(4).toString()}};
        const QJsonObject attributes = fromJsonText(q.value(5).toString());
        if (!attributes.isEmpty())
            label.insert(u"attributes"_s, attributes);
        grouped[layerIndex.value(layer)].second.append(label);
    }
    for (const auto &[layer, labels] : grouped)
        layers.append(QJsonObject{{u"name"_s, layer}, {u"labels"_s, labels}});
    QJsonArray relations;
    QSqlQuery r = d->prepare(u"SELECT name, head_labels, child_labels, description FROM relation_labels ORDER BY position, id"_s);
    r.exec();
    while (r.next()) {
        relations.append(QJsonObject{{u"name"_s, r.value(0).toString()},
                                     {u"head"_s, QJsonDocument::fromJson(r.value(1).toString().toUtf8()).array()},
                                     {u"child"_s, QJsonDocument::fromJson(r.value(2).toString().toUtf8()).array()},
                                     {u"description"_s, r.value(3).toString()}});
    }
    return LabelSchema::fromJson(QJsonObject{{u"layers"_s, layers}, {u"relations"_s, relations}});
}

bool ProjectStore::setSchema(const LabelSchema &schema, qint64 annotatorId)
{
    const LabelSchema before = this->schema();
    if (before == schema)
        return true;
    if (!d->begin())
        return false;
    if (!d->writeSchema(schema) || !d->audit(annotatorId, u"schema"_s, 0, u"schema"_s, 0, before.toJson(), schema.toJson())) {
        d->rollback();
        return false;
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::SchemaChanged, 0, {}});
    return true;
}

bool ProjectStore::renameLabel(const QString &oldName, const QString &newName, qint64 annotatorId)
{
    LabelSchema schema = this->schema();
    const LabelDefinition *def = schema.label(oldName);
    if (!def || schema.hasLabel(newName)) {
        d->lastError = def ? tr("a label named %1 exists already").arg(newName) : tr("no label named %1").arg(oldName);
        return false;
    }
    LabelDefinition renamed = *def;
    renamed.name = newName;
    schema.updateLabel(oldName, renamed);
    // Relation definitions name the labels they connect: they follow too.
    QJsonObject json = schema.toJson();
    QJsonArray relationsJson;
    for (const RelationDefinition &relation : schema.relations()) {
        QStringList heads = relation.headLabels, children = relation.childLabels;
        for (QStringList *list : {&heads, &children})
            std::replace(list->begin(), list->end(), oldName, newName);
        relationsJson.append(QJsonObject{{u"name"_s, relation.name}, {u"head"_s, QJsonArray::fromStringList(heads)},
                                         {u"child"_s, QJsonArray::fromStringList(children)}, {u"description"_s, relation.description}});
    }
    json.insert(u"relations"_s, relationsJson);
    schema = LabelSchema::fromJson(json);
    if (!d->begin())
        return false;
    QSqlQuery q = d->prepare(u"UPDATE annotations SET label = ? WHERE label = ?"_s);
    q.bindValue(0, newName);
    q.bindValue(1, oldName);
    if (!d->run(q) || !d->writeSchema(schema)
        || !d->audit(annotatorId, u"rename label"_s, 0, u"schema"_s, 0, {{u"label"_s, oldName}}, {{u"label"_s, newName}})) {
        d->rollback();
        return false;
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::SchemaChanged, 0, {}});
    emit changed({ProjectChange::Reset, 0, {}});
    return true;
}

int ProjectStore::annotationCountForLabel(const QString &label) const
{
    QSqlQuery q = d->prepare(u"SELECT COUNT(*) FROM annotations WHERE label = ?"_s);
    q.bindValue(0, label);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

qint64 ProjectStore::ensureAnnotator(AnnotatorKind kind, const QString &name, const QString &version)
{
    QSqlQuery &find = d->cached(u"SELECT id FROM annotators WHERE kind = ? AND name = ? AND version = ?"_s);
    find.bindValue(0, int(kind));
    find.bindValue(1, nn(name));
    find.bindValue(2, nn(version));
    if (find.exec() && find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    find.finish();
    QSqlQuery &insert = d->cached(u"INSERT INTO annotators (kind, name, version) VALUES (?, ?, ?)"_s);
    insert.bindValue(0, int(kind));
    insert.bindValue(1, nn(name));
    insert.bindValue(2, nn(version));
    if (!d->run(insert))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();
    emit changed({ProjectChange::AnnotatorsChanged, 0, {}});
    return id;
}

QList<Annotator> ProjectStore::annotators() const
{
    QList<Annotator> result;
    QSqlQuery q = d->prepare(u"SELECT id, kind, name, version FROM annotators ORDER BY id"_s);
    q.exec();
    while (q.next())
        result.append({q.value(0).toLongLong(), AnnotatorKind(q.value(1).toInt()), q.value(2).toString(), q.value(3).toString()});
    return result;
}

std::optional<Annotator> ProjectStore::annotator(qint64 id) const
{
    QSqlQuery q = d->prepare(u"SELECT id, kind, name, version FROM annotators WHERE id = ?"_s);
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return Annotator{q.value(0).toLongLong(), AnnotatorKind(q.value(1).toInt()), q.value(2).toString(), q.value(3).toString()};
    return std::nullopt;
}

bool ProjectStore::addDocument(Document &document, const QList<NewAnnotation> &annotations,
                               const QList<NewRelation> &relations, const QString &origin, qint64 *duplicateOf)
{
    // An importer may have hashed and counted on another thread already.
    if (document.sha256.isEmpty())
        document.sha256 = sha256Hex(document.text);
    if (document.length <= 0)
        document.length = TextOffsets::countCodePoints(document.text);
    if (duplicateOf)
        *duplicateOf = 0;
    if (!d->begin())
        return false;
    auto failed = [&] {
        d->rollback();
        return false;
    };
    QSqlQuery &q = d->cached(u"INSERT INTO documents (external_id, text, title, source, url, byline, published, language, meta, "
                             "sha256, length, status, imported_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, nn(document.externalId));
    q.bindValue(1, document.text);
    q.bindValue(2, nn(document.title));
    q.bindValue(3, nn(document.source));
    q.bindValue(4, nn(document.url));
    q.bindValue(5, nn(document.byline));
    q.bindValue(6, nn(document.published));
    q.bindValue(7, nn(document.language));
    q.bindValue(8, toJsonText(document.meta));
    q.bindValue(9, document.sha256);
    q.bindValue(10, document.length);
    q.bindValue(11, int(document.status));
    q.bindValue(12, d->stampText);
    q.bindValue(13, nn(origin));
    if (!d->run(q)) {
        // The text's SHA-256 is unique: tell a duplicate from other failures.
        failed();
        if (const qint64 existing = documentIdBySha256(document.sha256)) {
            if (duplicateOf)
                *duplicateOf = existing;
            d->lastError = tr("the same text is already in the project");
        }
        return false;
    }
    document.id = q.lastInsertId().toLongLong();

    QSqlQuery &fts = d->cached(u"INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)"_s);
    fts.bindValue(0, document.id);
    fts.bindValue(1, nn(document.title));
    fts.bindValue(2, document.text);
    if (!d->run(fts))
        return failed();

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
        if (!d->insertAnnotation(a))
            return failed();
        ids.append(a.id);
    }
    for (const NewRelation &n : relations) {
        if (n.head < 0 || n.head >= ids.size() || n.child < 0 || n.child >= ids.size()) {
            d->lastError = tr("a relation refers to a span that does not exist");
            return failed();
        }
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
                  document.id, {}, {{u"origin"_s, origin}, {u"annotations"_s, annotations.size()}, {u"relations"_s, relations.size()}}))
        return failed();
    if (!d->commit())
        return false;
    emit changed({ProjectChange::DocumentsAdded, document.id, {}});
    return true;
}

static const QString documentColumns = u"id, external_id, text, title, source, url, byline, published, language, meta, sha256, status, length"_s;

std::optional<Document> ProjectStore::document(qint64 id) const
{
    QSqlQuery q = d->prepare(u"SELECT "_s + documentColumns + u" FROM documents WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Document doc;
    doc.id = q.value(0).toLongLong();
    doc.externalId = q.value(1).toString();
    doc.text = q.value(2).toString();
    doc.title = q.value(3).toString();
    doc.source = q.value(4).toString();
    doc.url = q.value(5).toString();
    doc.byline = q.value(6).toString();
    doc.published = q.value(7).toString();
    doc.language = q.value(8).toString();
    doc.meta = fromJsonText(q.value(9).toString());
    doc.sha256 = q.value(10).toString();
    doc.status = DocumentStatus(q.value(11).toInt());
    doc.length = q.value(12).toLongLong();
    return doc;
}

qint64 ProjectStore::documentIdBySha256(const QString &sha256) const
{
    QSqlQuery &q = d->cached(u"SELECT id FROM documents WHERE sha256 = ?"_s);
    q.bindValue(0, sha256);
    qint64 id = 0;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

qint64 ProjectStore::documentIdByExternalId(const QString &externalId) const
{
    QSqlQuery q = d->prepare(u"SELECT id FROM documents WHERE external_id = ? ORDER BY id LIMIT 1"_s);
    q.bindValue(0, externalId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> ProjectStore::documentIds() const
{
    QList<qint64> ids;
    QSqlQuery q = d->prepare(u"SELECT id FROM documents ORDER BY id"_s);
    q.exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

static const QString summaryQuery =
    u"SELECT d.id, d.external_id, d.title, d.source, d.status, d.length,"
    " (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND a.status IN (1, 3)),"
    " (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND a.status = 0)"
    " FROM documents d"_s;

static DocumentSummary readSummary(const QSqlQuery &q)
{
    DocumentSummary s;
    s.id = q.value(0).toLongLong();
    s.externalId = q.value(1).toString();
    s.title = q.value(2).toString();
    s.source = q.value(3).toString();
    s.status = DocumentStatus(q.value(4).toInt());
    s.length = q.value(5).toLongLong();
    s.annotationCount = q.value(6).toInt();
    s.suggestionCount = q.value(7).toInt();
    return s;
}

QList<DocumentSummary> ProjectStore::documentSummaries() const
{
    QList<DocumentSummary> result;
    QSqlQuery q = d->prepare(summaryQuery + u" ORDER BY d.id"_s);
    q.exec();
    while (q.next())
        result.append(readSummary(q));
    return result;
}

std::optional<DocumentSummary> ProjectStore::documentSummary(qint64 id) const
{
    QSqlQuery q = d->prepare(summaryQuery + u" WHERE d.id = ?"_s);
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return readSummary(q);
    return std::nullopt;
}

QList<qint64> ProjectStore::documentIdsWithLabel(const QString &label) const
{
    QList<qint64> ids;
    QSqlQuery q = d->prepare(u"SELECT DISTINCT document_id FROM annotations WHERE label = ? AND status != 2 ORDER BY document_id"_s);
    q.bindValue(0, label);
    q.exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void ProjectStore::announceReset()
{
    emit changed({ProjectChange::Reset, 0, {}});
}

void ProjectStore::announceAnnotationsChanged(qint64 documentId)
{
    emit changed({ProjectChange::AnnotationsChanged, documentId, {}});
}

int ProjectStore::documentCount() const
{
    QSqlQuery q = d->prepare(u"SELECT COUNT(*) FROM documents"_s);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool ProjectStore::setDocumentStatus(qint64 documentId, DocumentStatus status, qint64 annotatorId)
{
    const std::optional<Document> doc = document(documentId);
    if (!doc)
        return false;
    if (doc->status == status)
        return true;
    if (!d->begin())
        return false;
    QSqlQuery q = d->prepare(u"UPDATE documents SET status = ? WHERE id = ?"_s);
    q.bindValue(0, int(status));
    q.bindValue(1, documentId);
    if (!d->run(q) || !d->audit(annotatorId, u"status"_s, documentId, u"document"_s, documentId,
                                {{u"status"_s, documentStatusName(doc->status)}}, {{u"status"_s, documentStatusName(status)}})) {
        d->rollback();
        return false;
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::DocumentChanged, documentId, {}});
    return true;
}

QList<qint64> ProjectStore::search(const QString &query, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery q = d->prepare(u"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank"_s);
    q.bindValue(0, query);
    if (!q.exec()) {
        // Not FTS syntax: search for the words as a phrase instead.
        QString phrase = query;
        phrase.replace(u'"', u"\"\""_s);
        q.bindValue(0, u'"' + phrase + u'"');
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return ids;
        }
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

static const QString annotationColumns =
    u"id, document_id, annotator_id, decider_id, label, start, end, attrs, status, confidence, reason, external_id, created_at, modified_at, note"_s;

QList<Annotation> ProjectStore::annotations(qint64 documentId) const
{
    QList<Annotation> result;
    QSqlQuery &q = d->cached(u"SELECT "_s + annotationColumns + u" FROM annotations WHERE document_id = ? ORDER BY start, end DESC, id"_s);
    q.bindValue(0, documentId);
    if (q.exec()) {
        while (q.next())
            result.append(Private::readAnnotation(q));
    }
    q.finish();
    return result;
}

QList<Relation> ProjectStore::relations(qint64 documentId) const
{
    QList<Relation> result;
    QSqlQuery &q = d->cached(u"SELECT id, document_id, annotator_id, label, head_id, child_id FROM relations WHERE document_id = ? ORDER BY id"_s);
    q.bindValue(0, documentId);
    if (q.exec()) {
        while (q.next())
            result.append(Private::readRelation(q));
    }
    q.finish();
    return result;
}

std::optional<Annotation> ProjectStore::annotation(qint64 id) const
{
    QSqlQuery q = d->prepare(u"SELECT "_s + annotationColumns + u" FROM annotations WHERE id = ?"_s);
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return Private::readAnnotation(q);
    return std::nullopt;
}

std::optional<Relation> ProjectStore::relation(qint64 id) const
{
    QSqlQuery q = d->prepare(u"SELECT id, document_id, annotator_id, label, head_id, child_id FROM relations WHERE id = ?"_s);
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return Private::readRelation(q);
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
            QSqlQuery q = d->prepare(u"DELETE FROM relations WHERE id = ?"_s);
            q.bindValue(0, c.before->id);
            if (!d->run(q) || !d->audit(annotatorId, changes.kind, changes.documentId, u"relation"_s, c.before->id, relationToJson(*c.before), {}))
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
            QSqlQuery q = d->prepare(u"DELETE FROM annotations WHERE id = ?"_s);
            q.bindValue(0, c.before->id);
            if (!d->run(q) || !d->audit(annotatorId, changes.kind, changes.documentId, u"annotation"_s, c.before->id,
                                        annotationToJson(*c.before), {}))
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
            QSqlQuery q = d->prepare(u"UPDATE relations SET label = ?, head_id = ?, child_id = ?, annotator_id = ? WHERE id = ?"_s);
            q.bindValue(0, nn(r.label));
            q.bindValue(1, r.headId);
            q.bindValue(2, r.childId);
            q.bindValue(3, r.annotatorId);
            q.bindValue(4, r.id);
            ok = d->run(q);
        } else {
            ok = d->insertRelation(r);
        }
        if (!ok || !d->audit(annotatorId, changes.kind, changes.documentId, u"relation"_s, r.id,
                             c.before ? relationToJson(*c.before) : QJsonObject(), relationToJson(r)))
            return failed();
    }
    if (!d->commit())
        return false;
    emit changed({ProjectChange::AnnotationsChanged, changes.documentId, touched});
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
    // The engine's untouched suggestions go, whatever version of it made them: a new version
    // of an engine (or a newly trained model) replaces the old one's suggestions.
    QSqlQuery del = d->prepare(u"DELETE FROM annotations WHERE document_id = ? AND status = 0 AND annotator_id IN "
                               "(SELECT e.id FROM annotators e JOIN annotators me ON me.id = ? "
                               "WHERE e.kind = me.kind AND e.name = me.name)"_s);
    del.bindValue(0, documentId);
    del.bindValue(1, engineAnnotatorId);
    if (!d->run(del))
        return failed();
    const int removed = del.numRowsAffected();

    QList<qint64> ids(spans.size(), 0);
    int added = 0;
    for (int i = 0; i < spans.size(); ++i) {
        const NewAnnotation &n = spans.at(i);
        const QString key = u"%1:%2:%3"_s.arg(n.label).arg(n.start).arg(n.end);
        auto it = decided.constFind(key);
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
        Relation r;
        r.documentId = documentId;
        r.annotatorId = engineAnnotatorId;
        r.label = n.label;
        r.headId = head;
        r.childId = child;
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

QByteArray ProjectStore::model(const QString &name, QString *version, QDateTime *trainedAt) const
{
    QSqlQuery q = d->prepare(u"SELECT version, trained_at, data FROM models WHERE name = ?"_s);
    q.bindValue(0, name);
    if (!q.exec() || !q.next())
        return {};
    if (version)
        *version = q.value(0).toString();
    if (trainedAt)
        *trainedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return q.value(2).toByteArray();
}

bool ProjectStore::setModel(const QString &name, const QString &version, const QByteArray &data)
{
    if (!d->begin())
        return false;
    QSqlQuery q = d->prepare(u"INSERT OR REPLACE INTO models (name, version, trained_at, data) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(0, name);
    q.bindValue(1, version);
    q.bindValue(2, d->stampText);
    q.bindValue(3, data);
    if (!d->run(q) || !d->audit(0, u"train"_s, 0, u"model"_s, 0, {}, {{u"model"_s, name}, {u"version"_s, version}, {u"bytes"_s, data.size()}})) {
        d->rollback();
        return false;
    }
    return d->commit();
}

QStringList ProjectStore::modelNames() const
{
    QStringList names;
    QSqlQuery q = d->prepare(u"SELECT name FROM models ORDER BY name"_s);
    q.exec();
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QList<AuditEntry> ProjectStore::history(qint64 documentId, int limit) const
{
    QList<AuditEntry> result;
    QSqlQuery q = d->prepare(u"SELECT id, at, annotator_id, kind, document_id, target, object_id, before, after FROM audit_log "
                             "WHERE document_id = ? ORDER BY id DESC LIMIT ?"_s);
    q.bindValue(0, documentId);
    q.bindValue(1, limit);
    q.exec();
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.annotatorId = q.value(2).toLongLong();
        e.kind = q.value(3).toString();
        e.documentId = q.value(4).toLongLong();
        e.target = q.value(5).toString();
        e.objectId = q.value(6).toLongLong();
        e.before = fromJsonText(q.value(7).toString());
        e.after = fromJsonText(q.value(8).toString());
        result.append(e);
    }
    return result;
}

ProjectStatistics ProjectStore::statistics() const
{
    ProjectStatistics stats;
    stats.documents = documentCount();
    QSqlQuery byStatus = d->prepare(u"SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY status"_s);
    byStatus.exec();
    while (byStatus.next())
        stats.documentsByStatus.append({documentStatusName(DocumentStatus(byStatus.value(0).toInt())), byStatus.value(1).toInt()});
    stats.annotators = annotators();
    QHash<qint64, QString> names;
    for (const Annotator &a : std::as_const(stats.annotators))
        names.insert(a.id, a.displayName());
    const LabelSchema schema = this->schema();
    QSqlQuery q = d->prepare(u"SELECT label, status, annotator_id, COUNT(*) FROM annotations GROUP BY label, status, annotator_id "
                             "ORDER BY label, status, annotator_id"_s);
    q.exec();
    while (q.next()) {
        ProjectStatistics::Row row;
        row.label = q.value(0).toString();
        row.layer = schema.layerOf(row.label);
        row.status = annotationStatusName(AnnotationStatus(q.value(1).toInt()));
        row.annotator = names.value(q.value(2).toLongLong());
        row.count = q.value(3).toInt();
        stats.annotations += row.count;
        stats.rows.append(row);
    }
    QSqlQuery r = d->prepare(u"SELECT COUNT(*) FROM relations"_s);
    if (r.exec() && r.next())
        stats.relations = r.value(0).toInt();
    return stats;
}

QStringList ProjectStore::check() const
{
    QStringList problems;
    QSqlQuery q(d->db());
    if (q.exec(u"PRAGMA integrity_check"_s)) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems.append(tr("SQLite: %1").arg(line));
        }
    }
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next())
            problems.append(tr("a row of %1 refers to a missing row of %2").arg(q.value(0).toString(), q.value(2).toString()));
    }
    if (q.exec(u"SELECT a.id, a.document_id, a.start, a.end, d.length FROM annotations a JOIN documents d ON d.id = a.document_id "
               "WHERE a.start < 0 OR a.end < a.start OR a.end > d.length"_s)) {
        while (q.next())
            problems.append(tr("annotation %1 of document %2 spans %3-%4, outside the text (length %5)")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString()));
    }
    if (q.exec(u"SELECT r.id FROM relations r JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id "
               "WHERE h.document_id != r.document_id OR c.document_id != r.document_id"_s)) {
        while (q.next())
            problems.append(tr("relation %1 links annotations of another document").arg(q.value(0).toString()));
    }
    if (q.exec(u"SELECT id, sha256, text FROM documents"_s)) {
        while (q.next()) {
            const QString text = q.value(2).toString();
            if (sha256Hex(text) != q.value(1).toString())
                problems.append(tr("document %1: its text no longer matches its SHA-256").arg(q.value(0).toString()));
        }
    }
    if (q.exec(u"SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM documents_fts)"_s) && q.next()
        && q.value(0).toLongLong() != q.value(1).toLongLong()) {
        problems.append(tr("the full-text index has %1 documents, the project %2").arg(q.value(1).toString(), q.value(0).toString()));
    }
    if (!q.exec(u"INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"_s))
        problems.append(tr("the full-text index is out of sync: %1").arg(q.lastError().text()));
    return problems;
}

QString ProjectStore::setting(const QString &key) const
{
    QSqlQuery q = d->prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.bindValue(0, key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool ProjectStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q = d->prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    q.bindValue(0, key);
    q.bindValue(1, value);
    return d->run(q);
}

} // namespace Copydesk
