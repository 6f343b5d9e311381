#pragma once
// What staff confirmed for one document: the only thing the kiosk keeps. No image, no name,
// no birth date — the five fields with where each value came from, and who confirmed when.

#include "DocumentKind.h"
#include "FieldReading.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

/// Where the confirmed value came from: read by the scanner, or typed by staff.
enum class ValueSource : std::uint8_t { None, Ocr, PdfText, Barcode, Manual };

std::string_view toString(ValueSource source); ///< "", "ocr", "pdf_text", "barcode", "manual"
std::optional<ValueSource> valueSourceFromString(std::string_view name);
ValueSource valueSourceOf(FieldSource scanned); ///< the scanner's source as a record source

/// One of the five fields as staff confirmed it.
struct ConfirmedField {
    FieldId id = FieldId::InsurerNumber;
    std::optional<std::string> value; ///< normalised value; null when the document has none
    ValueSource source = ValueSource::None;
    bool changedByStaff = false;      ///< staff edited or typed the value
    FieldStatus scanStatus = FieldStatus::NotFound; ///< the scanner's judgement before staff looked
    bool valid = false;               ///< validator verdict on the confirmed value (FieldValidators.h)

    bool operator==(const ConfirmedField&) const = default;
};

using Clock = std::chrono::system_clock;

struct ConfirmedRecord {
    DocumentKind kind = DocumentKind::Unknown;
    /// In kAllFields order: fields[i].id == kAllFields[i].
    std::array<ConfirmedField, 5> fields{
        ConfirmedField{FieldId::InsurerNumber}, ConfirmedField{FieldId::Symbol}, ConfirmedField{FieldId::Number},
        ConfirmedField{FieldId::BranchNumber}, ConfirmedField{FieldId::Expiry}};
    std::string staffId;        ///< who confirmed (the staff sign-in id, not a name)
    Clock::time_point scannedAt;
    Clock::time_point confirmedAt;
    /// These documents never prove who someone is; every record and export says so.
    bool notProofOfIdentity = true;

    [[nodiscard]] ConfirmedField& field(FieldId id) { return fields[static_cast<std::size_t>(id)]; }
    [[nodiscard]] const ConfirmedField& field(FieldId id) const { return fields[static_cast<std::size_t>(id)]; }

    bool operator==(const ConfirmedRecord&) const = default;
};

/// A record as the store holds it: with its store-assigned identifiers.
struct StoredRecord {
    std::int64_t id = 0; ///< row id, local to this kiosk
    std::string uid;     ///< random 128-bit hex, unique across kiosks (export key)
    ConfirmedRecord record;
};

/// The sentence every export and screen carries (Japanese first, English second).
inline constexpr std::string_view kNotProofOfIdentityNotice =
    "この書類は本人確認書類ではありません / This document is not proof of identity";

} // namespace shikaku
