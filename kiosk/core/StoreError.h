#pragma once
// Errors of the record store, audit log, key file and exporter. They travel inside the result
// (never as exceptions) and their messages never contain a field value.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace shikaku {

enum class StoreErrorCode : std::uint8_t {
    Io,              ///< the file system refused (permissions, vanished folder)
    DiskFull,        ///< no space left: nothing was written
    KeyMissing,      ///< the database exists but its key file does not
    KeyWrong,        ///< the key file does not open this database
    KeyFileInsecure, ///< the key file is readable by others than the kiosk user
    KeyFileCorrupt,  ///< the key file is not a key
    DatabaseCorrupt, ///< SQLite says the file is not a (healthy) database
    Busy,            ///< another process holds the database too long
    MyNumberRefused, ///< a value looked like a マイナンバー; the record was dropped
    InvalidRecord,   ///< the record breaks the store's rules (e.g. no staff id)
    NotFound,        ///< no such record
    Unencodable,     ///< a value cannot be written in the chosen export encoding
    Internal,        ///< anything else SQLite or libsodium reported
};

std::string_view toString(StoreErrorCode code); ///< "io", "disk_full", "key_missing", ...

struct StoreError {
    StoreErrorCode code = StoreErrorCode::Internal;
    std::string message; ///< for staff and the admin; never contains a field value
};

/// A value or the reason there is none (the zxing-cpp "error inside the result" shape).
template <typename T>
class StoreResult {
public:
    StoreResult(T value) : m_data(std::move(value)) {}
    StoreResult(StoreError error) : m_data(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_data); }
    [[nodiscard]] T& value() & { return std::get<T>(m_data); }
    /// By value, so `for (x : f().value())` does not dangle.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const StoreError& error() const { return std::get<StoreError>(m_data); }

private:
    std::variant<T, StoreError> m_data;
};

/// Success without a value.
struct Done {};
using StoreStatus = StoreResult<Done>;

} // namespace shikaku
