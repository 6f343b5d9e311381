#pragma once
// The one interface the staff window writes into. RecordStore implements it; tests may too.

#include "ConfirmedRecord.h"
#include "StoreError.h"

#include <cstdint>
#include <string_view>

namespace shikaku {

/// What staff did that the audit log keeps (besides confirmations, which add() audits itself).
enum class StaffAction : std::uint8_t {
    SignIn,
    SignOut,
    SignInFailed, ///< wrong PIN
    Reject,       ///< staff rejected a scan; nothing is stored but the fact
    QueueExpired, ///< an undecided scan was wiped from the staff queue after its time-out
};

class RecordSink {
public:
    virtual ~RecordSink() = default;

    /// Stores a confirmed record durably (committed and synced before returning) and audits it.
    /// Refuses with MyNumberRefused, storing and logging nothing of it, when any value looks like
    /// a マイナンバー. Returns the new row id.
    virtual StoreResult<std::int64_t> add(const ConfirmedRecord& record) = 0;

    /// Audits a staff action. `kind` is the document kind for Reject, ignored otherwise.
    virtual StoreStatus noteStaffAction(StaffAction action, std::string_view staffId,
                                        DocumentKind kind = DocumentKind::Unknown) = 0;
};

} // namespace shikaku
