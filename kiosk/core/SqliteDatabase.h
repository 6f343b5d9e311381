#pragma once
// A thin RAII wrapper over the SQLite C API, turning its result codes into StoreErrors.
// The C API rather than QtSql: we need SQLite's own codes (SQLITE_FULL, SQLITE_NOTADB) to tell
// staff what went wrong, exact control of PRAGMAs and transactions, and no process-wide
// QSqlDatabase connection registry (the crash-test writer runs without a QCoreApplication).

#include "StoreError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace shikaku {

class SqliteStatement;

class SqliteDatabase {
public:
    /// Opens (creating when `create`) the file with WAL, synchronous=FULL, foreign keys and
    /// secure_delete (purged rows are overwritten, not left in free pages).
    static StoreResult<SqliteDatabase> open(const std::string& path, bool create);

    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    ~SqliteDatabase();

    StoreStatus exec(std::string_view sql);
    StoreResult<SqliteStatement> prepare(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    /// The error for the last failed call, with `what` saying which operation failed.
    [[nodiscard]] StoreError lastError(std::string_view what) const;

    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    explicit SqliteDatabase(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

/// A prepared statement. Bind indices are 1-based as in SQLite.
class SqliteStatement {
public:
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view text);
    void bindBlob(int index, const std::vector<unsigned char>& blob);
    void bindNull(int index);

    /// Steps once: true with a row, false when done; an error when SQLite fails.
    StoreResult<bool> step();
    /// Steps to completion (for statements without rows).
    StoreStatus run();
    void reset();

    [[nodiscard]] std::int64_t columnInt(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    [[nodiscard]] std::vector<unsigned char> columnBlob(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/// BEGIN IMMEDIATE … COMMIT; rolls back unless committed.
class SqliteTransaction {
public:
    static StoreResult<SqliteTransaction> begin(SqliteDatabase& db);
    SqliteTransaction(SqliteTransaction&& other) noexcept;
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    ~SqliteTransaction();
    StoreStatus commit();

private:
    explicit SqliteTransaction(SqliteDatabase* db) : m_db(db) {}
    SqliteDatabase* m_db = nullptr;
};

/// Maps an SQLite result code to our error code.
StoreErrorCode storeErrorCodeOf(int sqliteCode);

} // namespace shikaku
