#pragma once

// The project store's private half, shared by its implementation files (projectstore*.cpp):
// the connection, the interned strings, and reading and writing annotation rows.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "projectstore.h"
#include "sqlite.h"

namespace Copydesk {

QByteArray toJsonBytes(const QJsonObject &object);
QJsonObject fromJsonBytes(const QByteArray &json);
QJsonObject annotationToJson(const Annotation &a);
QJsonObject relationToJson(const Relation &r);
// True when the UTF-16 text holds a surrogate without its partner (no UTF-8 form).
bool hasLoneSurrogate(QStringView text);

class ProjectStore::Private
{
public:
    Sql::Database db;
    QString path;
    QString lastError;
    bool readFailed = false;
    QString readOnlyReason;
    bool inBatch = false;
    // The time of the write under way: one clock reading per write, not per row.
    qint64 stampMs = 0;
    QString stampText;
    // Interned strings (labels, attributes, reasons), both ways; filled lazily, valid for the
    // connection's life (rows of `strings` are never changed or deleted).
    QHash<qint64, QString> strings;
    QHash<QString, qint64> stringIds;
    QHash<qint64, QString> pendingStrings;   // read or written in the open transaction
    QHash<QString, qint64> pendingStringIds;
    // Documents added in the open batch, indexed for full-text search when the batch commits
    // (FTS5 flushes at every savepoint; indexing them together keeps that to one flush).
    QList<std::pair<qint64, std::pair<QString, QString>>> pendingFts;

    void stamp();

    // Remembers why a statement failed, in the user's words.
    bool fail();
    bool failRead();
    // A write to a read-only project: says so (and why), returns false.
    bool refuseWrite();
    void readOk() { readFailed = false; }

    bool exec(QByteArrayView sql);
    bool run(Sql::Statement &statement);

    // A write transaction of its own unless a batch is open (then a savepoint).
    bool begin();
    bool commit();
    void rollback();

    bool audit(qint64 annotatorId, const QString &kind, qint64 documentId, const QString &target, qint64 objectId,
               const QJsonObject &before, const QJsonObject &after);

    // Interned strings: 0 for an empty text, -1 when it cannot be written.
    qint64 intern(const QString &text);
    QString string(qint64 id);
    void remember(qint64 id, const QString &text);
    // Attributes as an interned JSON text (0 for none).
    qint64 internAttrs(const QJsonObject &attrs);
    QList<std::pair<QJsonObject, QString>> recentAttrs;
    // The open transaction ended: keep (committed) or forget what it interned.
    void settleStrings(bool committed);

    bool insertAnnotation(Annotation &a);
    bool updateAnnotation(Annotation &a);
    // Suggestions of one document, many rows a statement; fills ids in order.
    bool insertSuggestions(qint64 documentId, const QList<const NewAnnotation *> &rows, QList<qint64> &ids);
    bool insertRelation(Relation &r);
    // Relations of one document, many rows a statement (their ids are not filled in).
    bool insertRelations(const QList<Relation> &relations);
    bool deleteAnnotation(qint64 id);
    bool deleteRelation(qint64 id);
    // One layer of replaceSuggestionLayers, inside its transaction: the number added, -1 on error.
    int replaceLayer(qint64 documentId, const LayerSuggestions &layer, int *removed);

    // SELECT columns for readAnnotation, and the reader.
    static const char *annotationColumns();
    Annotation readAnnotation(const Sql::Statement &q, int first = 0);
    static const char *relationColumns();
    Relation readRelation(const Sql::Statement &q, int first = 0);

    QByteArray encodeEvidence(const QList<SuggestionEvidence> &evidence);
    QList<SuggestionEvidence> decodeEvidence(const QByteArray &json);

    bool migrate(int from);
    bool writeSchema(const LabelSchema &schema);
    bool indexPendingFts();
};

} // namespace Copydesk
