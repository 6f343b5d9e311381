// The record database's tables, its meta values and its file modes.

#include "RecordSchema.h"

#include "AuditLog.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace shikaku {

StoreStatus createRecordSchema(SqliteDatabase& db)
{
    if (auto status = db.exec(R"sql(
        CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            document_kind TEXT NOT NULL,
            staff_id TEXT NOT NULL,
            scanned_at_ms INTEGER NOT NULL,
            confirmed_at_ms INTEGER NOT NULL);
        CREATE INDEX records_by_confirmation ON records(confirmed_at_ms);
        CREATE TABLE record_fields (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value BLOB,
            source TEXT NOT NULL,
            changed_by_staff INTEGER NOT NULL,
            scan_status TEXT NOT NULL,
            valid INTEGER NOT NULL,
            PRIMARY KEY (record_id, field)) WITHOUT ROWID;
    )sql");
        !status)
        return status;
    return AuditLog::createSchema(db);
}

StoreResult<std::optional<Blob>> readMetaBlob(SqliteDatabase& db, std::string_view name)
{
    auto stmt = db.prepare("SELECT value FROM meta WHERE name = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, name);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Blob>{};
    return std::optional<Blob>{stmt.value().columnBlob(0)};
}

StoreStatus writeMeta(SqliteDatabase& db, std::string_view name, const Blob& value)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, name);
    stmt.value().bindBlob(2, value);
    return stmt.value().run();
}

Blob toBlob(std::string_view text) { return Blob(text.begin(), text.end()); }
std::string fromBlob(const Blob& blob) { return std::string(blob.begin(), blob.end()); }

StoreResult<bool> hasRecordSchema(SqliteDatabase& db)
{
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return stmt.value().columnInt(0) == 1;
}

StoreStatus makeDatabaseFilePrivate(const std::string& path, bool create)
{
    if (create) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return StoreError{errno == ENOSPC ? StoreErrorCode::DiskFull : StoreErrorCode::Io,
                              "cannot create the record database " + path + ": " + std::strerror(errno)};
        if (fd >= 0)
            ::close(fd);
    }
    for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
        struct stat st {};
        if (::stat(file.c_str(), &st) == 0 && (st.st_mode & 077) != 0 && st.st_uid == ::geteuid())
            ::chmod(file.c_str(), 0600);
    }
    return Done{};
}

} // namespace shikaku
