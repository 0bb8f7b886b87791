#include "sqlite.h"

#include <sqlite3.h>

#include <atomic>

#include <QCoreApplication>
#include <QFile>

namespace Copydesk::Sql {

Statement::Statement(sqlite3 *db, QByteArrayView sql, bool persistent)
{
    const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), flags, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.isNull() ? "" : bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id ? bind(index, id) : bindNull(index);
}

Statement &Statement::bindTextOrNull(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

Statement::Step Statement::step()
{
    if (!m_statement)
        return Step::Error;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

bool Statement::exec()
{
    Step s;
    while ((s = step()) == Step::Row) {
    }
    return s == Step::Done;
}

void Statement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Access access)
{
    close();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    QByteArray name;
    switch (access) {
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    if (access == Access::Immutable) {
        // immutable=1: SQLite reads the main file only and never looks at, recovers or deletes a
        // -wal or -shm file, so inspecting a file we may refuse cannot change it.
        QByteArray encoded = QFile::encodeName(path).toPercentEncoding("/");
        name = "file:" + encoded + "?immutable=1";
    } else {
        name = "file:" + QFile::encodeName(path).toPercentEncoding("/");
    }
    if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        return false; // errorMessage() still answers until close()
    }
    sqlite3_extended_result_codes(m_db, 0);
    sqlite3_busy_timeout(m_db, defaultBusyTimeout());
    return true;
}

void Database::close()
{
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(QByteArrayView sql)
{
    const QByteArray text = sql.toByteArray();
    return sqlite3_exec(m_db, text.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

Statement Database::prepare(QByteArrayView sql)
{
    return Statement(m_db, sql, false);
}

Statement &Database::cached(QByteArrayView sql)
{
    const QByteArray key = sql.toByteArray();
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.emplace(key, std::make_unique<Statement>(m_db, sql, true)).first;
    return *it->second;
}

qint64 Database::scalar(QByteArrayView sql)
{
    Statement statement = prepare(sql);
    return statement.step() == Statement::Step::Row ? statement.int64(0) : 0;
}

namespace {
std::atomic<int> s_defaultBusyTimeout{Database::busyTimeoutMilliseconds};
}

void Database::setDefaultBusyTimeout(int milliseconds)
{
    s_defaultBusyTimeout = milliseconds;
}

int Database::defaultBusyTimeout()
{
    return s_defaultBusyTimeout;
}

void Database::setBusyTimeout(int milliseconds)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, milliseconds);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

int Database::errorCode() const
{
    return m_db ? (sqlite3_errcode(m_db) & 0xff) : SQLITE_CANTOPEN;
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN));
}

QString describeError(int code, const QString &sqliteMessage)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("ProjectStore", "the disk is full");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("ProjectStore", "the project is busy (another program is writing to it); try again");
    case SQLITE_READONLY:
        return QCoreApplication::translate("ProjectStore", "the project is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("ProjectStore", "the project file is damaged (%1)").arg(sqliteMessage);
    case SQLITE_IOERR:
        return QCoreApplication::translate("ProjectStore", "a disk error occurred (%1)").arg(sqliteMessage);
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("ProjectStore", "the file cannot be opened (%1)").arg(sqliteMessage);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate("ProjectStore", "permission denied (%1)").arg(sqliteMessage);
    default:
        return sqliteMessage;
    }
}

} // namespace Copydesk::Sql
