#pragma once
// One transcribed field: the value, how sure we are, where it came from and why it is
// not `ok` when it is not. The five fields of every scan are FieldReadings.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

/// The five fields the kiosk transcribes, in display order.
enum class FieldId : std::uint8_t { InsurerNumber, Symbol, Number, BranchNumber, Expiry };
inline constexpr std::array<FieldId, 5> kAllFields{FieldId::InsurerNumber, FieldId::Symbol, FieldId::Number,
                                                   FieldId::BranchNumber, FieldId::Expiry};

/// `ok`: read and validated, safe to pre-fill; `review`: read, staff must check;
/// `not_found`: should be there, nothing read; `not_applicable`: this kind does not carry it.
enum class FieldStatus : std::uint8_t { Ok, Review, NotFound, NotApplicable };

enum class FieldSource : std::uint8_t { None, Ocr, PdfText, Barcode };

/// Axis-aligned rectangle in pixels of the rectified image (or PDF page render).
struct Box {
    int x = 0, y = 0, width = 0, height = 0;
    bool operator==(const Box&) const = default;
};

struct FieldReading {
    std::optional<std::string> value; ///< normalised value (ASCII digits, ISO date); null when none
    FieldStatus status = FieldStatus::NotFound;
    double confidence = 0.0;          ///< 0..1
    FieldSource source = FieldSource::None;
    std::optional<Box> box;           ///< where the value was read, for the staff crop
    std::string reason;               ///< why not `ok` (for staff; never contains the value)
    std::string raw;                  ///< text as recognised before normalisation (not serialised to logs)
};

std::string_view toString(FieldId id);        ///< "insurer_number", ...
std::string_view toString(FieldStatus status); ///< "ok", "review", ...
std::string_view toString(FieldSource source); ///< "ocr", "pdf_text", "barcode" or "" for None
std::optional<FieldId> fieldIdFromString(std::string_view name);

} // namespace shikaku
