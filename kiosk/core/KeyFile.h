#pragma once
// The record key: 32 random bytes in a file only the kiosk user may read (mode 0600).
// Format: the line "shikaku-kiosk-key v1" then 64 hex digits. Written atomically (temp file,
// fsync, rename), so a power cut leaves the old key or the new one, never half a key.

#include "StoreError.h"

#include <array>
#include <string>

namespace shikaku {

class DataKey {
public:
    static constexpr std::size_t kSize = 32;

    DataKey() = default;
    DataKey(const DataKey& other) = default;
    DataKey& operator=(const DataKey& other) = default;
    ~DataKey(); ///< wipes the bytes

    /// A fresh random key (libsodium's CSPRNG).
    static DataKey generate();

    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    bool operator==(const DataKey& other) const;

private:
    std::array<unsigned char, kSize> m_bytes{};
};

/// Reads the key. KeyMissing when absent, KeyFileInsecure when group/others may read or write it
/// or another user owns it, KeyFileCorrupt when it is not a key file.
StoreResult<DataKey> readKeyFile(const std::string& path);

/// Writes the key with mode 0600 via a temp file and rename; never leaves a partial file.
StoreStatus writeKeyFile(const std::string& path, const DataKey& key);

/// True when a file exists at the path.
bool fileExists(const std::string& path);

} // namespace shikaku
