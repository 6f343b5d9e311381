#pragma once
// Encryption of single field values: XChaCha20-Poly1305 (libsodium AEAD) with a random 192-bit
// nonce per value. The associated data binds each ciphertext to its record and field, so a value
// copied into another row or column does not decrypt.

#include "KeyFile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shikaku {

using Blob = std::vector<unsigned char>;

/// nonce ‖ ciphertext ‖ tag.
Blob encryptValue(const DataKey& key, std::string_view plaintext, std::string_view associatedData);

/// The plaintext, or nothing when the key is wrong or the blob was altered.
std::optional<std::string> decryptValue(const DataKey& key, const Blob& blob, std::string_view associatedData);

/// Called once before any other libsodium use (safe to call again); false when libsodium cannot start.
bool initSodium();

} // namespace shikaku
