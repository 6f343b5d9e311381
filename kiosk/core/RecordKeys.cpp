// Which key opens the record database: the key check value, and finishing or discarding a key
// rotation that was interrupted.

#include "RecordKeys.h"

#include "RecordSchema.h"
#include "RecordsLogging.h"

#include <sodium.h>

#include <cstdio>
#include <vector>

namespace shikaku {
namespace {

constexpr std::string_view kKeyCheckPlaintext = "shikaku-kiosk key check";

std::string keyCheckContext(std::string_view keyId) { return "key_check|" + std::string(keyId); }

} // namespace

std::string randomHex(std::size_t bytes)
{
    std::vector<unsigned char> buffer(bytes);
    randombytes_buf(buffer.data(), buffer.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), buffer.data(), buffer.size());
    hex.pop_back();
    return hex;
}

std::string pendingKeyPath(const std::string& keyPath) { return keyPath + ".new"; }

StoreStatus writeKeyMeta(SqliteDatabase& db, const DataKey& key, const std::string& keyId)
{
    if (auto status = writeMeta(db, "key_id", toBlob(keyId)); !status)
        return status;
    return writeMeta(db, "key_check", encryptValue(key, kKeyCheckPlaintext, keyCheckContext(keyId)));
}

StoreResult<KeyState> loadMatchingKey(SqliteDatabase& db, const std::string& keyPath)
{
    auto keyIdBlob = readMetaBlob(db, "key_id");
    auto checkBlob = readMetaBlob(db, "key_check");
    if (!keyIdBlob)
        return keyIdBlob.error();
    if (!checkBlob)
        return checkBlob.error();
    if (!keyIdBlob.value() || !checkBlob.value())
        return StoreError{StoreErrorCode::DatabaseCorrupt, "the record database has no key check value"};
    const std::string keyId = fromBlob(*keyIdBlob.value());
    auto opens = [&](const DataKey& key) {
        const auto plain = decryptValue(key, *checkBlob.value(), keyCheckContext(keyId));
        return plain && *plain == kKeyCheckPlaintext;
    };

    auto key = readKeyFile(keyPath);
    if (!key) {
        if (key.error().code == StoreErrorCode::KeyMissing)
            return StoreError{StoreErrorCode::KeyMissing,
                              "the record database exists but its key file " + keyPath +
                                  " is missing; restore the key file from its backup (nothing was changed)"};
        return key.error();
    }
    const std::string pendingPath = pendingKeyPath(keyPath);
    if (opens(key.value())) {
        // A pending key that does not open the database is left from a rotation that never
        // committed (we hold the write lock, so none is running): it is useless.
        if (fileExists(pendingPath))
            std::remove(pendingPath.c_str());
        return KeyState{key.value(), keyId};
    }
    // The rotation committed but did not get to install its key file: finish it.
    if (auto pending = readKeyFile(pendingPath); pending && opens(pending.value())) {
        if (std::rename(pendingPath.c_str(), keyPath.c_str()) != 0)
            return StoreError{StoreErrorCode::Io, "cannot install the rotated key file " + pendingPath};
        qCInfo(lcRecords) << "installed the rotated key file left by an interrupted key rotation";
        return KeyState{pending.value(), keyId};
    }
    return StoreError{StoreErrorCode::KeyWrong,
                      "the key file " + keyPath + " does not open this record database (nothing was changed)"};
}

} // namespace shikaku
