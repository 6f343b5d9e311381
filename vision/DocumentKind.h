#pragma once
// What was placed under the camera or uploaded.

#include <cstdint>
#include <optional>
#include <string_view>

namespace shikaku {

enum class DocumentKind : std::uint8_t {
    KakuninshoCard,      ///< 資格確認書, ID-1 card
    KakuninshoPostcard,  ///< 資格確認書, postcard size
    KakuninshoA4,        ///< 資格確認書, A4 sheet
    Oshirase,            ///< 資格情報のお知らせ / 資格情報通知書 (sheet or card-size cut-out)
    PortalPdf,           ///< マイナポータル 資格情報 PDF
    PortalScreen,        ///< phone screen showing the マイナポータル page
    HealthInsuranceCard, ///< old 健康保険証 (no longer valid after 2025-12-01)
    BackSide,            ///< back of a card (organ-donation panel): nothing to read
    Unknown,             ///< anything else
};

/// Contract names: "kakuninsho_card", ..., "unknown".
std::string_view toString(DocumentKind kind);
std::optional<DocumentKind> documentKindFromString(std::string_view name);

/// Kinds whose fields may be pre-filled; for the others no field is ever `ok`.
bool carriesInsuranceFields(DocumentKind kind);

/// Kinds that print a 有効期限 only for some holders (a お知らせ for those aged 70–74, the
/// マイナポータル screen and PDF): an empty 有効期限 may be right there. The scan and the staff
/// screen share this list.
bool printsExpiryForSomeHoldersOnly(DocumentKind kind);

/// The `--kind` hint of shikaku-scan.
enum class KindHint : std::uint8_t { Auto, Card, Postcard, A4, Oshirase, Portal };
std::optional<KindHint> kindHintFromString(std::string_view name);

} // namespace shikaku
