#include "FieldCipher.h"

#include <sodium.h>

namespace shikaku {

static_assert(DataKey::kSize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

bool initSodium() { return sodium_init() >= 0; }

namespace {
// Values are padded (ISO/IEC 7816-4) to a multiple of this, so a ciphertext's length does not
// tell a 4-digit 番号 from an 8-digit one.
constexpr std::size_t kPadBlock = 32;
} // namespace

Blob encryptValue(const DataKey& key, std::string_view plaintext, std::string_view associatedData)
{
    constexpr std::size_t nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    std::string padded(plaintext);
    padded.resize(plaintext.size() + kPadBlock);
    std::size_t paddedSize = 0;
    sodium_pad(&paddedSize, reinterpret_cast<unsigned char*>(padded.data()), plaintext.size(), kPadBlock,
               padded.size());
    Blob blob(nonceSize + paddedSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    randombytes_buf(blob.data(), nonceSize);
    unsigned long long cipherSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        blob.data() + nonceSize, &cipherSize, reinterpret_cast<const unsigned char*>(padded.data()),
        paddedSize, reinterpret_cast<const unsigned char*>(associatedData.data()), associatedData.size(),
        nullptr, blob.data(), key.data());
    blob.resize(nonceSize + cipherSize);
    sodium_memzero(padded.data(), padded.size());
    return blob;
}

std::optional<std::string> decryptValue(const DataKey& key, const Blob& blob, std::string_view associatedData)
{
    constexpr std::size_t nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr std::size_t tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (blob.size() < nonceSize + tagSize)
        return std::nullopt;
    std::string plaintext(blob.size() - nonceSize - tagSize, '\0');
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plaintext.data()), &plainSize, nullptr, blob.data() + nonceSize,
            blob.size() - nonceSize, reinterpret_cast<const unsigned char*>(associatedData.data()),
            associatedData.size(), blob.data(), key.data()) != 0)
        return std::nullopt;
    std::size_t unpaddedSize = 0;
    if (sodium_unpad(&unpaddedSize, reinterpret_cast<const unsigned char*>(plaintext.data()), plainSize, kPadBlock) != 0)
        return std::nullopt;
    plaintext.resize(unpaddedSize);
    return plaintext;
}

} // namespace shikaku
