#include "Notice.h"

namespace shikaku::kiosk {

QString notProofOfIdentityJa() { return QStringLiteral("この書類は本人確認書類ではありません"); }

QString notProofOfIdentityEn() { return QStringLiteral("This document is not proof of identity"); }

} // namespace shikaku::kiosk
