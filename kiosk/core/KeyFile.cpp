#include "KeyFile.h"

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace shikaku {
namespace {

constexpr std::string_view kHeader = "shikaku-kiosk-key v1\n";
constexpr std::size_t kMaxFileSize = 256; // a key file is ~86 bytes; refuse to read anything big

StoreError ioError(std::string_view what, const std::string& path)
{
    const int err = errno;
    return {err == ENOSPC ? StoreErrorCode::DiskFull : StoreErrorCode::Io,
            std::string(what) + " " + path + ": " + std::strerror(err)};
}

std::string directoryOf(const std::string& path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

DataKey::~DataKey() { sodium_memzero(m_bytes.data(), m_bytes.size()); }

DataKey DataKey::generate()
{
    DataKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

bool DataKey::operator==(const DataKey& other) const
{
    return sodium_memcmp(m_bytes.data(), other.m_bytes.data(), kSize) == 0;
}

bool fileExists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

StoreResult<DataKey> readKeyFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return StoreError{StoreErrorCode::KeyMissing, "key file " + path + " does not exist"};
        return ioError("cannot open key file", path);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        auto error = ioError("cannot inspect key file", path);
        ::close(fd);
        return error;
    }
    if ((st.st_mode & 077) != 0 || st.st_uid != ::geteuid()) {
        ::close(fd);
        return StoreError{StoreErrorCode::KeyFileInsecure,
                          "key file " + path + " must be owned by the kiosk user and have mode 0600 (chmod 600)"};
    }
    char buffer[kMaxFileSize + 1];
    std::size_t size = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer + size, sizeof buffer - size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        size += static_cast<std::size_t>(n);
        if (size == sizeof buffer)
            break;
    }
    ::close(fd);
    const std::string_view text(buffer, size);
    const std::size_t hexSize = DataKey::kSize * 2;
    if (size > kMaxFileSize || !text.starts_with(kHeader) || text.size() < kHeader.size() + hexSize)
        return StoreError{StoreErrorCode::KeyFileCorrupt, "key file " + path + " is not a shikaku-kiosk key"};
    DataKey key;
    std::size_t decoded = 0;
    const char* hex = text.data() + kHeader.size();
    if (sodium_hex2bin(key.data(), DataKey::kSize, hex, hexSize, nullptr, &decoded, nullptr) != 0 ||
        decoded != DataKey::kSize)
        return StoreError{StoreErrorCode::KeyFileCorrupt, "key file " + path + " is not a shikaku-kiosk key"};
    return key;
}

StoreStatus writeKeyFile(const std::string& path, const DataKey& key)
{
    std::string text(kHeader);
    char hex[DataKey::kSize * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, key.data(), DataKey::kSize);
    text += hex;
    text += '\n';
    sodium_memzero(hex, sizeof hex);

    const std::string temp = path + ".tmp";
    ::unlink(temp.c_str());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError("cannot create key file", temp);
    const bool written = writeAll(fd, text.data(), text.size()) && ::fsync(fd) == 0;
    sodium_memzero(text.data(), text.size());
    if (!written) {
        auto error = ioError("cannot write key file", temp);
        ::close(fd);
        ::unlink(temp.c_str());
        return error;
    }
    ::close(fd);
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        auto error = ioError("cannot install key file", path);
        ::unlink(temp.c_str());
        return error;
    }
    // The rename itself must reach the disk before anyone relies on the new key.
    const int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return Done{};
}

} // namespace shikaku
