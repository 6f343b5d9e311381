#include "StaffPin.h"

#include "FieldCipher.h"

#include <sodium.h>

#include <algorithm>

namespace shikaku {

std::optional<std::string> hashStaffPin(std::string_view pin)
{
    if (pin.size() < 4 || pin.size() > 12 || !std::all_of(pin.begin(), pin.end(), [](char c) {
            return c >= '0' && c <= '9';
        }))
        return std::nullopt;
    if (!initSodium())
        return std::nullopt;
    char hash[crypto_pwhash_STRBYTES];
    // Interactive limits: a sign-in takes well under a second on the kiosk PC.
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return std::string(hash);
}

bool verifyStaffPin(std::string_view hash, std::string_view pin)
{
    if (!initSodium() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const std::string terminated(hash);
    return crypto_pwhash_str_verify(terminated.c_str(), pin.data(), pin.size()) == 0;
}

} // namespace shikaku
