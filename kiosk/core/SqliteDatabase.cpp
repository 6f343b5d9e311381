#include "SqliteDatabase.h"

#include <sqlite3.h>

#include <utility>

namespace shikaku {

StoreErrorCode storeErrorCodeOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: return StoreErrorCode::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM: return StoreErrorCode::Io;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return StoreErrorCode::DatabaseCorrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreErrorCode::Busy;
    default: return StoreErrorCode::Internal;
    }
}

StoreResult<SqliteDatabase> SqliteDatabase::open(const std::string& path, bool create)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error{storeErrorCodeOf(rc), "cannot open the record database: " + std::string(sqlite3_errstr(rc))};
        sqlite3_close(db);
        return error;
    }
    SqliteDatabase database(db);
    sqlite3_extended_result_codes(db, 1);
    // A second process (shikaku-admin beside the kiosk) waits instead of failing at once.
    sqlite3_busy_timeout(db, 5000);
    // journal_mode is the first statement that reads the file: a non-database fails here.
    // synchronous=FULL: in WAL mode every COMMIT is fsynced, so an acknowledged record survives
    // a power cut, not only a crash of the process.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA secure_delete=ON"}) {
        if (auto status = database.exec(pragma); !status)
            return status.error();
    }
    return database;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close_v2(m_db); }

StoreStatus SqliteDatabase::exec(std::string_view sql)
{
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError("database statement failed");
    return Done{};
}

StoreResult<SqliteStatement> SqliteDatabase::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError("database statement failed");
    return SqliteStatement(m_db, stmt);
}

std::int64_t SqliteDatabase::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int SqliteDatabase::changes() const { return sqlite3_changes(m_db); }

StoreError SqliteDatabase::lastError(std::string_view what) const
{
    // SQLite messages name tables and constraints, never bound values.
    const int rc = sqlite3_extended_errcode(m_db);
    const StoreErrorCode code = storeErrorCodeOf(rc);
    std::string message = std::string(what) + ": " + sqlite3_errmsg(m_db);
    // What staff can act on; the transaction was rolled back, so nothing half-written remains.
    if (code == StoreErrorCode::DiskFull)
        message += " (the disk is full; nothing was saved — free space and try again)";
    else if (code == StoreErrorCode::Io)
        message += " (cannot write to the data folder — disk full or failing?; nothing was saved)";
    return {code, message};
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

void SqliteStatement::bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }

void SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const std::vector<unsigned char>& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

StoreResult<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return StoreError{storeErrorCodeOf(rc), std::string("database step failed: ") + sqlite3_errmsg(m_db)};
}

StoreStatus SqliteStatement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return Done{};
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t SqliteStatement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string SqliteStatement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)) : std::string();
}

std::vector<unsigned char> SqliteStatement::columnBlob(int column) const
{
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::vector<unsigned char>(data, data + size) : std::vector<unsigned char>();
}

bool SqliteStatement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

StoreResult<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase& db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here, not at COMMIT.
    if (auto status = db.exec("BEGIN IMMEDIATE"); !status)
        return status.error();
    return SqliteTransaction(&db);
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

SqliteTransaction::~SqliteTransaction()
{
    if (m_db)
        m_db->exec("ROLLBACK");
}

StoreStatus SqliteTransaction::commit()
{
    auto status = m_db->exec("COMMIT");
    if (status)
        m_db = nullptr; // on failure the destructor rolls back
    return status;
}

} // namespace shikaku
