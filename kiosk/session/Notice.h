#pragma once
// The one wording of "this document is not proof of identity", shared by the resident screen,
// the staff banner, records and exports.

#include <QString>

namespace shikaku::kiosk {

/// この書類は本人確認書類ではありません
QString notProofOfIdentityJa();
/// English rendering for the English interface.
QString notProofOfIdentityEn();

} // namespace shikaku::kiosk
