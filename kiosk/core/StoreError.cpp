#include "StoreError.h"

namespace shikaku {

std::string_view toString(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::Io: return "io";
    case StoreErrorCode::DiskFull: return "disk_full";
    case StoreErrorCode::KeyMissing: return "key_missing";
    case StoreErrorCode::KeyWrong: return "key_wrong";
    case StoreErrorCode::KeyFileInsecure: return "key_file_insecure";
    case StoreErrorCode::KeyFileCorrupt: return "key_file_corrupt";
    case StoreErrorCode::DatabaseCorrupt: return "database_corrupt";
    case StoreErrorCode::Busy: return "busy";
    case StoreErrorCode::MyNumberRefused: return "my_number_refused";
    case StoreErrorCode::InvalidRecord: return "invalid_record";
    case StoreErrorCode::NotFound: return "not_found";
    case StoreErrorCode::Unencodable: return "unencodable";
    case StoreErrorCode::Internal: return "internal";
    }
    return "internal";
}

} // namespace shikaku
