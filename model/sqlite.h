#pragma once

#include <memory>
#include <unordered_map>

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Copydesk::Sql {

// A thin RAII layer over SQLite's C API, used only by the project store. Text goes in and out
// as UTF-8 bytes, never through SQLite's UTF-16 conversions (which turn U+FFFE/U+FFFF into
// U+FFFD and merge lone surrogates with their neighbours).
class Statement final
{
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    Statement(sqlite3 *db, QByteArrayView sql, bool persistent);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQL.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &text);       // UTF-8; a null QString binds ''
    Statement &bindUtf8(int index, QByteArrayView utf8);   // text given as UTF-8 bytes
    Statement &bindBlob(int index, QByteArrayView bytes);
    Statement &bindNull(int index);
    // NULL when value is 0 (ids: 0 means none).
    Statement &bindId(int index, qint64 id);
    // NULL when the text is empty.
    Statement &bindTextOrNull(int index, const QString &text);

    Step step();
    // Steps to the end; false on error.
    bool exec();
    // Ready for new bindings (clears the old ones).
    void reset();

    // Columns count from 0.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isInteger(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;

    sqlite3_stmt *handle() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// Resets a (cached) statement when the scope ends, so it never holds a read transaction open.
class StatementScope final
{
public:
    explicit StatementScope(Statement &statement) : m_statement(statement) {}
    ~StatementScope() { m_statement.reset(); }
    Q_DISABLE_COPY_MOVE(StatementScope)
    Statement *operator->() { return &m_statement; }
    Statement &operator*() { return m_statement; }

private:
    Statement &m_statement;
};

class Database final
{
public:
    // A second process waits this long for a write to finish before it is told "busy": the
    // window's default. A batch program (the command line) waits longer: two scripted imports
    // into one project queue instead of failing. Connections opened afterwards use the new value.
    static constexpr int busyTimeoutMilliseconds = 10000;
    static void setDefaultBusyTimeout(int milliseconds);
    static int defaultBusyTimeout();

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };
    // Opens the file; false with errorMessage() set on failure.
    bool open(const QString &path, Access access);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements with no parameters and no results wanted.
    bool exec(QByteArrayView sql);
    // A statement prepared for this call only.
    Statement prepare(QByteArrayView sql);
    // A statement kept prepared for the connection's life (hot paths). The same SQL text gives
    // the same statement; reset it after use (StatementScope).
    Statement &cached(QByteArrayView sql);
    // The first column of the first row of a query without parameters (0 when none).
    qint64 scalar(QByteArrayView sql);

    // How long a statement waits for another connection's lock before SQLITE_BUSY.
    void setBusyTimeout(int milliseconds);
    qint64 lastInsertRowId() const;
    int changes() const;
    bool isReadOnly() const;
    bool inTransaction() const;

    int errorCode() const;         // primary result code (SQLITE_FULL, SQLITE_BUSY, ...)
    QString errorMessage() const;  // SQLite's own words

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<QByteArray, std::unique_ptr<Statement>> m_cache;
};

// In words a user understands: "the disk is full", "the project is busy: another program is
// writing to it", ...; falls back to SQLite's message.
QString describeError(int code, const QString &sqliteMessage);

} // namespace Copydesk::Sql
