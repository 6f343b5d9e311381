#pragma once
// The record key as the database knows it: `meta.key_id` names the key generation and
// `meta.key_check` is a constant encrypted with it, so a wrong key is told from a damaged file.
// A key rotation writes the new key to "<key file>.new" first; see RecordStore::rotateKey.

#include "KeyFile.h"
#include "SqliteDatabase.h"

#include <string>

namespace shikaku {

struct KeyState {
    DataKey key;
    std::string keyId;
};

/// `bytes` random bytes as lower-case hex (record uids, key ids).
std::string randomHex(std::size_t bytes);

/// Where a rotation keeps the new key until its transaction has committed.
std::string pendingKeyPath(const std::string& keyPath);

/// Stores the key id and the key check value for `key` (inside the caller's transaction).
StoreStatus writeKeyMeta(SqliteDatabase& db, const DataKey& key, const std::string& keyId);

/// Reads the key file (or a committed rotation's pending key file, which it then installs) that
/// opens this database. KeyMissing, KeyWrong and the key file's own errors otherwise; it changes
/// nothing but the pending key file. Call it holding the write lock (BEGIN IMMEDIATE), so no
/// rotation runs meanwhile in another process.
StoreResult<KeyState> loadMatchingKey(SqliteDatabase& db, const std::string& keyPath);

} // namespace shikaku
