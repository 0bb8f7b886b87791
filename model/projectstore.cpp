#include "projectstore.h"
#include "projectstore_p.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

// The project store: opening, migrations, transactions, schema, annotators, models, settings and
// history. Documents are in projectstore_documents.cpp, annotations in
// projectstore_annotations.cpp, statistics and the integrity check in projectstore_check.cpp.

using namespace Qt::StringLiterals;

namespace Copydesk {

QByteArray toJsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject fromJsonBytes(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json).object();
}

bool hasLoneSurrogate(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            return true;
        }
        if (c.isLowSurrogate())
            return true;
    }
    return false;
}

void ProjectStore::Private::stamp()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    stampMs = now.toMSecsSinceEpoch();
    stampText = now.toString(Qt::ISODateWithMs);
}

bool ProjectStore::Private::fail()
{
    lastError = Sql::describeError(db.errorCode(), db.errorMessage());
    return false;
}

bool ProjectStore::Private::failRead()
{
    readFailed = true;
    return fail();
}

bool ProjectStore::Private::refuseWrite()
{
    lastError = readOnlyReason.isEmpty() ? QCoreApplication::translate("ProjectStore", "the project is read-only")
                                         : QCoreApplication::translate("ProjectStore", "the project is read-only (%1)").arg(readOnlyReason);
    return false;
}

bool ProjectStore::Private::exec(QByteArrayView sql)
{
    return db.exec(sql) || fail();
}

bool ProjectStore::Private::run(Sql::Statement &statement)
{
    if (!statement.isValid())
        return fail();
    const bool ok = statement.exec();
    if (!ok)
        fail();
    statement.reset();
    return ok;
}

bool ProjectStore::Private::begin()
{
    stamp();
    if (db.isReadOnly())
        return refuseWrite();
    // Inside a batch each write is a savepoint, so a failed document leaves nothing behind
    // while the documents before it stay in the batch. BEGIN IMMEDIATE takes the write lock at
    // once, so a second process waits (busy timeout) instead of failing mid-way.
    return inBatch ? exec("SAVEPOINT write") : exec("BEGIN IMMEDIATE");
}

bool ProjectStore::Private::commit()
{
    if (inBatch)
        return exec("RELEASE write");
    if (!exec("COMMIT")) {
        const QString error = lastError;
        db.exec("ROLLBACK");
        settleStrings(false);
        lastError = error;
        return false;
    }
    settleStrings(true);
    return true;
}

void ProjectStore::Private::rollback()
{
    const QString error = lastError;
    if (inBatch) {
        db.exec("ROLLBACK TO write");
        db.exec("RELEASE write");
    } else if (db.inTransaction()) {
        db.exec("ROLLBACK");
    }
    settleStrings(false);
    lastError = error;
}

bool ProjectStore::Private::audit(qint64 annotatorId, const QString &kind, qint64 documentId, const QString &target,
                                  qint64 objectId, const QJsonObject &before, const QJsonObject &after)
{
    Sql::Statement &q = db.cached("INSERT INTO audit_log (at, annotator_id, kind, document_id, target, object_id, before, after) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, stampText).bindId(2, annotatorId).bind(3, kind).bindId(4, documentId).bind(5, target).bindId(6, objectId);
    if (before.isEmpty())
        q.bindNull(7);
    else
        q.bindUtf8(7, toJsonBytes(before));
    if (after.isEmpty())
        q.bindNull(8);
    else
        q.bindUtf8(8, toJsonBytes(after));
    return run(q);
}

void ProjectStore::Private::remember(qint64 id, const QString &text)
{
    // A row read or written inside a transaction may still be rolled back (and its id then
    // reused): it joins the cache for good only when the transaction commits.
    if (db.inTransaction()) {
        pendingStrings.insert(id, text);
        pendingStringIds.insert(text, id);
    } else {
        strings.insert(id, text);
        stringIds.insert(text, id);
    }
}

void ProjectStore::Private::settleStrings(bool committed)
{
    if (committed) {
        for (auto it = pendingStrings.cbegin(); it != pendingStrings.cend(); ++it) {
            strings.insert(it.key(), it.value());
            stringIds.insert(it.value(), it.key());
        }
    }
    pendingStrings.clear();
    pendingStringIds.clear();
}

qint64 ProjectStore::Private::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (const auto it = stringIds.constFind(text); it != stringIds.constEnd())
        return it.value();
    if (const auto it = pendingStringIds.constFind(text); it != pendingStringIds.constEnd())
        return it.value();
    Sql::Statement &find = db.cached("SELECT id FROM strings WHERE text = ?");
    find.bind(1, text);
    qint64 id = find.step() == Sql::Statement::Step::Row ? find.int64(0) : 0;
    find.reset();
    if (!id) {
        Sql::Statement &insert = db.cached("INSERT INTO strings (text) VALUES (?)");
        insert.bind(1, text);
        if (!run(insert))
            return -1;
        id = db.lastInsertRowId();
    }
    remember(id, text);
    return id;
}

QString ProjectStore::Private::string(qint64 id)
{
    if (id <= 0)
        return {};
    if (const auto it = strings.constFind(id); it != strings.constEnd())
        return it.value();
    if (const auto it = pendingStrings.constFind(id); it != pendingStrings.constEnd())
        return it.value();
    Sql::Statement &find = db.cached("SELECT text FROM strings WHERE id = ?");
    find.bind(1, id);
    QString text;
    const bool found = find.step() == Sql::Statement::Step::Row;
    if (found)
        text = find.text(0);
    find.reset();
    if (found)
        remember(id, text);
    return text;
}

bool ProjectStore::Private::migrate(int from)
{
    // Format 3 rebuilds tables in place, which needs foreign keys off (outside a transaction).
    exec("PRAGMA foreign_keys = OFF");
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    bool ok = true;
    for (int step = from + 1; ok && step <= ProjectStore::schemaVersion; ++step) {
        const QStringList statements = ProjectStore::migrationStatements(step);
        if (statements.isEmpty()) {
            lastError = u"migration step %1 is missing"_s.arg(step);
            ok = false;
        }
        for (const QString &sql : statements) {
            if (ok && !exec(sql.toUtf8())) {
                lastError = u"%1 (%2)"_s.arg(lastError, sql.left(80));
                ok = false;
            }
        }
    }
    if (ok && from < 1)
        ok = writeSchema(LabelSchema::defaultSchema());
    if (ok && db.scalar("SELECT COUNT(*) FROM pragma_foreign_key_check") != 0) {
        lastError = u"the upgraded project has rows that refer to missing rows"_s;
        ok = false;
    }
    ok = ok && exec(u"PRAGMA application_id = %1"_s.arg(ProjectStore::applicationId).toUtf8())
         && exec(u"PRAGMA user_version = %1"_s.arg(ProjectStore::schemaVersion).toUtf8());
    if (!ok) {
        const QString error = lastError;
        db.exec("ROLLBACK");
        db.exec("PRAGMA foreign_keys = ON");
        lastError = error;
        return false;
    }
    ok = exec("COMMIT");
    db.exec("PRAGMA foreign_keys = ON");
    return ok;
}

bool ProjectStore::Private::writeSchema(const LabelSchema &schema)
{
    if (!exec("DELETE FROM labels") || !exec("DELETE FROM relation_labels"))
        return false;
    int position = 0;
    for (const LabelDefinition &label : schema.labels()) {
        Sql::Statement q = db.prepare("INSERT INTO labels (layer, name, color, shortcut, description, guideline, attributes, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, label.layer).bind(2, label.name).bind(3, label.color).bind(4, label.key).bind(5, label.description);
        q.bind(6, label.guideline).bindUtf8(7, toJsonBytes(label.attributes)).bind(8, position++);
        if (!run(q))
            return false;
    }
    position = 0;
    for (const RelationDefinition &relation : schema.relations()) {
        Sql::Statement q = db.prepare("INSERT INTO relation_labels (name, head_labels, child_labels, description, guideline, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?)");
        q.bind(1, relation.name);
        q.bindUtf8(2, QJsonDocument(QJsonArray::fromStringList(relation.headLabels)).toJson(QJsonDocument::Compact));
        q.bindUtf8(3, QJsonDocument(QJsonArray::fromStringList(relation.childLabels)).toJson(QJsonDocument::Compact));
        q.bind(4, relation.description).bind(5, relation.guideline).bind(6, position++);
        if (!run(q))
            return false;
    }
    return true;
}

QStringList ProjectStore::migrationStatements(int version)
{
    static const QStringList files{u":/copydesk/sql/001-base.sql"_s, u":/copydesk/sql/002-models-notes.sql"_s,
                                   u":/copydesk/sql/003-compact-sets.sql"_s};
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

namespace {

// Why a file that exists cannot be written, or an empty string when it can.
QString whyReadOnly(const QFileInfo &info)
{
    if (!info.isWritable())
        return QCoreApplication::translate("ProjectStore", "its file is read-only");
    const QFileInfo folder(info.absolutePath());
    // SQLite writes its journal (-wal, -shm) beside the project.
    if (!folder.isWritable() && !QFileInfo::exists(info.absoluteFilePath() + u"-wal"_s))
        return QCoreApplication::translate("ProjectStore", "its folder %1 is read-only").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

} // namespace

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
        const QByteArray header = file.read(100);
        if (header.size() < 100 && header.size() > 0 && QByteArray("SQLite format 3\0", 16).startsWith(header.left(16)))
            return fail(tr("%1 is a damaged Copydesk project or SQLite file (it is cut short: %2 bytes).").arg(path).arg(info.size()));
        if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
            return fail(tr("%1 is not a Copydesk project (not an SQLite database).").arg(path));
        // The identity check never writes: from the header when there is no write-ahead log
        // (the main file is then the whole truth), else through a read-only connection that
        // reads the log without recovering it into the file.
        qint64 appId = qFromBigEndian<qint32>(header.constData() + 68);
        qint64 version = qFromBigEndian<qint32>(header.constData() + 60);
        if (QFileInfo(path + u"-wal"_s).size() > 0) {
            Sql::Database probe;
            if (!probe.open(path, Sql::Database::Access::ReadOnly) && !probe.open(path, Sql::Database::Access::Immutable))
                return fail(tr("Cannot open %1: %2.").arg(path, Sql::describeError(probe.errorCode(), probe.errorMessage())));
            Sql::Statement appIdQuery = probe.prepare("PRAGMA application_id");
            if (appIdQuery.step() != Sql::Statement::Step::Row)
                return fail(tr("%1 is a damaged Copydesk project or SQLite file (%2).").arg(path, probe.errorMessage()));
            appId = appIdQuery.int64(0);
            appIdQuery = Sql::Statement();
            version = probe.scalar("PRAGMA user_version");
        }
        if (appId != applicationId)
            return fail(tr("%1 is not a Copydesk project (it is an SQLite database of another program).").arg(path));
        if (version > schemaVersion)
            return fail(tr("%1 was written by a newer version of Copydesk (project format %2; this version reads up to %3). "
                           "Update Copydesk to open it.").arg(path).arg(version).arg(schemaVersion));
        if (version < 1)
            return fail(tr("%1 is a damaged Copydesk project (no format version).").arg(path));
        if (mode == OpenMode::ReadOnly && version < schemaVersion)
            return fail(tr("%1 was written by an older version of Copydesk (project format %2); open it once for writing "
                           "to upgrade it.").arg(path).arg(version));
    } else {
        if (mode == OpenMode::Existing || mode == OpenMode::ReadOnly)
            return fail(tr("%1 does not exist.").arg(path));
        create = true;
    }

    QString readOnly = create ? QString() : whyReadOnly(info);
    if (mode == OpenMode::ReadOnly && readOnly.isEmpty())
        readOnly = tr("it was opened for reading only");
    const Sql::Database::Access access = create ? Sql::Database::Access::ReadWriteCreate
                                         : readOnly.isEmpty() ? Sql::Database::Access::ReadWrite
                                                              : Sql::Database::Access::ReadOnly;
    if (!d->db.open(path, access))
        return fail(tr("Cannot open %1: %2.").arg(path, Sql::describeError(d->db.errorCode(), d->db.errorMessage())));
    d->path = path;
    d->readOnlyReason = readOnly;

    if (!readOnly.isEmpty()) {
        const qint64 version = d->db.scalar("PRAGMA user_version");
        if (version < schemaVersion)
            return fail(tr("%1 was written by an older version of Copydesk (project format %2) and cannot be upgraded "
                           "because %3.").arg(path).arg(version).arg(readOnly));
        d->db.exec("PRAGMA foreign_keys = ON");
        return true;
    }

    d->exec("PRAGMA foreign_keys = ON");
    if (!d->exec("PRAGMA journal_mode = WAL")) {
        const QString why = d->lastError;
        if (create) {
            close();
            QFile::remove(path);
        }
        return fail(tr("Cannot open %1: %2.").arg(path, why));
    }
    d->exec("PRAGMA synchronous = NORMAL");
    d->exec("PRAGMA cache_size = -65536");

    const int version = create ? 0 : int(d->db.scalar("PRAGMA user_version"));
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
    d->db.close();
    d->path.clear();
    d->inBatch = false;
    d->readOnlyReason.clear();
    d->strings.clear();
    d->stringIds.clear();
    d->settleStrings(false);
    d->pendingFts.clear();
}

bool ProjectStore::isOpen() const
{
    return d->db.isOpen();
}

QString ProjectStore::path() const
{
    return d->path;
}

QString ProjectStore::lastError() const
{
    return d->lastError;
}

bool ProjectStore::readFailed() const
{
    return d->readFailed;
}

bool ProjectStore::isReadOnly() const
{
    return d->db.isOpen() && (d->db.isReadOnly() || !d->readOnlyReason.isEmpty());
}

QString ProjectStore::readOnlyReason() const
{
    return isReadOnly() ? d->readOnlyReason : QString();
}

bool ProjectStore::beginBatch()
{
    if (d->inBatch)
        return false;
    if (d->db.isReadOnly())
        return d->refuseWrite();
    // Large writes: checkpoint the write-ahead log less often (each checkpoint syncs the disk).
    d->db.exec("PRAGMA wal_autocheckpoint = 16384");
    if (!d->exec("BEGIN IMMEDIATE"))
        return false;
    d->inBatch = true;
    d->pendingFts.clear();
    return true;
}

bool ProjectStore::Private::indexPendingFts()
{
    for (const auto &[id, titleAndText] : std::as_const(pendingFts)) {
        Sql::Statement &fts = db.cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)");
        fts.bind(1, id).bind(2, titleAndText.first).bind(3, titleAndText.second);
        if (!run(fts))
            return false;
    }
    pendingFts.clear();
    return true;
}

bool ProjectStore::commitBatch()
{
    if (!d->inBatch)
        return false;
    d->inBatch = false;
    bool ok = d->indexPendingFts();
    ok = ok && d->exec("COMMIT");
    if (!ok) {
        const QString error = d->lastError;
        d->db.exec("ROLLBACK");
        d->lastError = error;
        d->pendingFts.clear();
    }
    d->settleStrings(ok);
    d->db.exec("PRAGMA wal_autocheckpoint = 1000");
    return ok;
}

void ProjectStore::rollbackBatch()
{
    if (!d->inBatch)
        return;
    d->inBatch = false;
    d->pendingFts.clear();
    d->db.exec("ROLLBACK");
    d->settleStrings(false);
}

LabelSchema ProjectStore::schema() const
{
    QJsonArray layers;
    QHash<QString, int> layerIndex;
    Sql::Statement q = d->db.prepare("SELECT layer, name, color, shortcut, description, guideline, attributes FROM labels "
                                     "ORDER BY position, id");
    QList<QPair<QString, QJsonArray>> grouped;
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row) {
        const QString layer = q.text(0);
        if (!layerIndex.contains(layer)) {
            layerIndex.insert(layer, int(grouped.size()));
            grouped.append({layer, QJsonArray()});
        }
        QJsonObject label{{u"name"_s, q.text(1)}, {u"color"_s, q.text(2)}, {u"key"_s, q.text(3)}, {u"description"_s, q.text(4)}};
        if (const QString guideline = q.text(5); !guideline.isEmpty())
            label.insert(u"guideline"_s, guideline);
        const QJsonObject attributes = fromJsonBytes(q.utf8(6));
        if (!attributes.isEmpty())
            label.insert(u"attributes"_s, attributes);
        grouped[layerIndex.value(layer)].second.append(label);
    }
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    for (const auto &group : std::as_const(grouped))
        layers.append(QJsonObject{{u"name"_s, group.first}, {u"labels"_s, group.second}});
    QJsonArray relations;
    Sql::Statement r = d->db.prepare("SELECT name, head_labels, child_labels, description, guideline FROM relation_labels "
                                     "ORDER BY position, id");
    while ((step = r.step()) == Sql::Statement::Step::Row) {
        QJsonObject relation{{u"name"_s, r.text(0)},
                             {u"head"_s, QJsonDocument::fromJson(r.utf8(1)).array()},
                             {u"child"_s, QJsonDocument::fromJson(r.utf8(2)).array()},
                             {u"description"_s, r.text(3)}};
        if (const QString guideline = r.text(4); !guideline.isEmpty())
            relation.insert(u"guideline"_s, guideline);
        relations.append(relation);
    }
    if (step == Sql::Statement::Step::Error)
        d->failRead();
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
        QJsonObject r{{u"name"_s, relation.name}, {u"head"_s, QJsonArray::fromStringList(heads)},
                      {u"child"_s, QJsonArray::fromStringList(children)}, {u"description"_s, relation.description}};
        if (!relation.guideline.isEmpty())
            r.insert(u"guideline"_s, relation.guideline);
        relationsJson.append(r);
    }
    json.insert(u"relations"_s, relationsJson);
    schema = LabelSchema::fromJson(json);
    if (!d->begin())
        return false;
    const qint64 oldId = d->intern(oldName), newId = d->intern(newName);
    Sql::Statement q = d->db.prepare("UPDATE annotations SET label_id = ? WHERE label_id = ?");
    q.bind(1, newId).bind(2, oldId);
    if (oldId < 0 || newId < 0 || !d->run(q) || !d->writeSchema(schema)
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
    Sql::Statement q = d->db.prepare("SELECT COUNT(*) FROM annotations WHERE label_id = (SELECT id FROM strings WHERE text = ?)");
    q.bind(1, label);
    if (q.step() != Sql::Statement::Step::Row) {
        d->failRead();
        return 0;
    }
    return int(q.int64(0));
}

int ProjectStore::decisionCount(const QStringList &labels) const
{
    qint64 count = 0;
    // Decisions are the annotations with an owner (suggestions have none): their partial index
    // holds a person's few thousand, where the label index holds every suggestion too, whose
    // statuses would be read row by row (seconds at 100,000 documents, on the GUI thread).
    Sql::Statement q = d->db.prepare("SELECT COUNT(*) FROM annotations INDEXED BY annotations_owner WHERE owner_id IS NOT NULL "
                                     "AND label_id = (SELECT id FROM strings WHERE text = ?) AND status IN (1, 3)");
    for (const QString &label : labels) {
        q.bind(1, label);
        if (q.step() == Sql::Statement::Step::Row)
            count += q.int64(0);
        else
            d->failRead();
        q.reset();
    }
    return int(count);
}

qint64 ProjectStore::ensureAnnotator(AnnotatorKind kind, const QString &name, const QString &version)
{
    Sql::Statement &find = d->db.cached("SELECT id FROM annotators WHERE kind = ? AND name = ? AND version = ?");
    find.bind(1, int(kind)).bind(2, name).bind(3, version);
    const qint64 found = find.step() == Sql::Statement::Step::Row ? find.int64(0) : 0;
    find.reset();
    if (found)
        return found;
    if (d->db.isReadOnly()) {
        d->refuseWrite();
        return 0;
    }
    Sql::Statement &insert = d->db.cached("INSERT INTO annotators (kind, name, version) VALUES (?, ?, ?)");
    insert.bind(1, int(kind)).bind(2, name).bind(3, version);
    if (!d->run(insert))
        return 0;
    const qint64 id = d->db.lastInsertRowId();
    emit changed({ProjectChange::AnnotatorsChanged, 0, {}});
    return id;
}

QList<Annotator> ProjectStore::annotators() const
{
    QList<Annotator> result;
    Sql::Statement q = d->db.prepare("SELECT id, kind, name, version FROM annotators ORDER BY id");
    Sql::Statement::Step step;
    while ((step = q.step()) == Sql::Statement::Step::Row)
        result.append({q.int64(0), AnnotatorKind(q.int64(1)), q.text(2), q.text(3)});
    if (step == Sql::Statement::Step::Error)
        d->failRead();
    return result;
}

std::optional<Annotator> ProjectStore::annotator(qint64 id) const
{
    Sql::Statement &q = d->db.cached("SELECT id, kind, name, version FROM annotators WHERE id = ?");
    Sql::StatementScope scope(q);
    q.bind(1, id);
    if (q.step() == Sql::Statement::Step::Row)
        return Annotator{q.int64(0), AnnotatorKind(q.int64(1)), q.text(2), q.text(3)};
    return std::nullopt;
}

QByteArray ProjectStore::model(const QString &name, QString *version, QDateTime *trainedAt) const
{
    Sql::Statement q = d->db.prepare("SELECT version, trained_at, data FROM models WHERE name = ?");
    q.bind(1, name);
    if (q.step() != Sql::Statement::Step::Row)
        return {};
    if (version)
        *version = q.text(0);
    if (trainedAt)
        *trainedAt = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
    return q.blob(2);
}

bool ProjectStore::setModel(const QString &name, const QString &version, const QByteArray &data)
{
    if (!d->begin())
        return false;
    Sql::Statement q = d->db.prepare("INSERT OR REPLACE INTO models (name, version, trained_at, data) VALUES (?, ?, ?, ?)");
    q.bind(1, name).bind(2, version).bind(3, d->stampText).bindBlob(4, data);
    if (!d->run(q) || !d->audit(0, u"train"_s, 0, u"model"_s, 0, {}, {{u"model"_s, name}, {u"version"_s, version}, {u"bytes"_s, data.size()}})) {
        d->rollback();
        return false;
    }
    return d->commit();
}

QStringList ProjectStore::modelNames() const
{
    QStringList names;
    Sql::Statement q = d->db.prepare("SELECT name FROM models ORDER BY name");
    while (q.step() == Sql::Statement::Step::Row)
        names.append(q.text(0));
    return names;
}

QList<AuditEntry> ProjectStore::history(qint64 documentId, int limit) const
{
    QList<AuditEntry> result;
    Sql::Statement q = d->db.prepare("SELECT id, at, annotator_id, kind, document_id, target, object_id, before, after FROM audit_log "
                                     "WHERE document_id = ? ORDER BY id DESC LIMIT ?");
    q.bind(1, documentId).bind(2, limit);
    while (q.step() == Sql::Statement::Step::Row) {
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
    return result;
}

QString ProjectStore::setting(const QString &key) const
{
    Sql::Statement q = d->db.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    return q.step() == Sql::Statement::Step::Row ? q.text(0) : QString();
}

bool ProjectStore::setSetting(const QString &key, const QString &value)
{
    if (d->db.isReadOnly())
        return d->refuseWrite();
    Sql::Statement q = d->db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    q.bind(1, key).bind(2, value);
    return d->run(q);
}

void ProjectStore::announceReset()
{
    emit changed({ProjectChange::Reset, 0, {}});
}

void ProjectStore::announceAnnotationsChanged(qint64 documentId)
{
    emit changed({ProjectChange::AnnotationsChanged, documentId, {}});
}

} // namespace Copydesk
