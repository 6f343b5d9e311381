#pragma once
// The record database's layout: tables `meta` (schema version, key id, key check value, audit
// head), `records` (one row per confirmation, no value in clear), `record_fields` (five rows per
// record, the value encrypted) and `audit` (AuditLog.h).

#include "FieldCipher.h"
#include "SqliteDatabase.h"

#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

inline constexpr int kRecordSchemaVersion = 1;

/// Creates every table (inside the caller's transaction).
StoreStatus createRecordSchema(SqliteDatabase& db);
/// False for a new, empty database file (or one whose creation was cut short).
StoreResult<bool> hasRecordSchema(SqliteDatabase& db);

StoreResult<std::optional<Blob>> readMetaBlob(SqliteDatabase& db, std::string_view name);
StoreStatus writeMeta(SqliteDatabase& db, std::string_view name, const Blob& value);
Blob toBlob(std::string_view text);
std::string fromBlob(const Blob& blob);

/// The database, WAL and shared-memory files are the kiosk user's alone (0600). SQLite gives the
/// -wal and -shm files the database file's mode, so creating that file first with 0600 is enough;
/// an existing store made readable by others is tightened.
StoreStatus makeDatabaseFilePrivate(const std::string& path, bool create);

} // namespace shikaku
