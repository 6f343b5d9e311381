#pragma once
// The staff PIN is kept only as a libsodium crypto_pwhash_str hash (Argon2id) in the config file.

#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

/// The hash to put in staff/pin_hash; nothing when the PIN is not 4–12 digits or hashing fails.
std::optional<std::string> hashStaffPin(std::string_view pin);

/// True when `pin` matches `hash` (constant time, as libsodium does it).
bool verifyStaffPin(std::string_view hash, std::string_view pin);

} // namespace shikaku
