// String names of the contract's enums (one table per enum, read both ways).

#include "DocumentKind.h"
#include "FieldReading.h"
#include "ScanError.h"

#include <utility>

namespace shikaku {
namespace {

template <typename E, std::size_t N>
std::string_view nameOf(const std::pair<E, std::string_view> (&table)[N], E value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, std::string_view> (&table)[N], std::string_view name)
{
    for (const auto& [e, n] : table)
        if (n == name)
            return e;
    return std::nullopt;
}

constexpr std::pair<FieldId, std::string_view> kFieldNames[] = {
    {FieldId::InsurerNumber, "insurer_number"}, {FieldId::Symbol, "symbol"}, {FieldId::Number, "number"},
    {FieldId::BranchNumber, "branch_number"},   {FieldId::Expiry, "expiry"},
};
constexpr std::pair<FieldStatus, std::string_view> kStatusNames[] = {
    {FieldStatus::Ok, "ok"},
    {FieldStatus::Review, "review"},
    {FieldStatus::NotFound, "not_found"},
    {FieldStatus::NotApplicable, "not_applicable"},
};
constexpr std::pair<FieldSource, std::string_view> kSourceNames[] = {
    {FieldSource::None, ""},
    {FieldSource::Ocr, "ocr"},
    {FieldSource::PdfText, "pdf_text"},
    {FieldSource::Barcode, "barcode"},
};
constexpr std::pair<DocumentKind, std::string_view> kKindNames[] = {
    {DocumentKind::KakuninshoCard, "kakuninsho_card"},
    {DocumentKind::KakuninshoPostcard, "kakuninsho_postcard"},
    {DocumentKind::KakuninshoA4, "kakuninsho_a4"},
    {DocumentKind::Oshirase, "oshirase"},
    {DocumentKind::PortalPdf, "portal_pdf"},
    {DocumentKind::PortalScreen, "portal_screen"},
    {DocumentKind::HealthInsuranceCard, "health_insurance_card"},
    {DocumentKind::BackSide, "back_side"},
    {DocumentKind::Unknown, "unknown"},
};
constexpr std::pair<KindHint, std::string_view> kHintNames[] = {
    {KindHint::Auto, "auto"}, {KindHint::Card, "card"},         {KindHint::Postcard, "postcard"},
    {KindHint::A4, "a4"},     {KindHint::Oshirase, "oshirase"}, {KindHint::Portal, "portal"},
};
constexpr std::pair<ScanErrorCode, std::string_view> kErrorNames[] = {
    {ScanErrorCode::None, "none"},
    {ScanErrorCode::FileNotFound, "file_not_found"},
    {ScanErrorCode::FileUnreadable, "file_unreadable"},
    {ScanErrorCode::FileTooLarge, "file_too_large"},
    {ScanErrorCode::UnsupportedFormat, "unsupported_format"},
    {ScanErrorCode::CorruptImage, "corrupt_image"},
    {ScanErrorCode::ImageTooLarge, "image_too_large"},
    {ScanErrorCode::PdfCorrupt, "pdf_corrupt"},
    {ScanErrorCode::PdfEncrypted, "pdf_encrypted"},
    {ScanErrorCode::PdfEmpty, "pdf_empty"},
    {ScanErrorCode::PdfTooManyPages, "pdf_too_many_pages"},
    {ScanErrorCode::PdfPageTooLarge, "pdf_page_too_large"},
    {ScanErrorCode::Timeout, "timeout"},
    {ScanErrorCode::Internal, "internal"},
};

} // namespace

std::string_view toString(FieldId id) { return nameOf(kFieldNames, id); }
std::string_view toString(FieldStatus status) { return nameOf(kStatusNames, status); }
std::string_view toString(FieldSource source) { return nameOf(kSourceNames, source); }
std::string_view toString(DocumentKind kind) { return nameOf(kKindNames, kind); }
std::string_view toString(ScanErrorCode code) { return nameOf(kErrorNames, code); }
std::optional<FieldId> fieldIdFromString(std::string_view name) { return valueOf(kFieldNames, name); }
std::optional<DocumentKind> documentKindFromString(std::string_view name) { return valueOf(kKindNames, name); }
std::optional<KindHint> kindHintFromString(std::string_view name) { return valueOf(kHintNames, name); }

bool carriesInsuranceFields(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::KakuninshoCard:
    case DocumentKind::KakuninshoPostcard:
    case DocumentKind::KakuninshoA4:
    case DocumentKind::Oshirase:
    case DocumentKind::PortalPdf:
    case DocumentKind::PortalScreen:
        return true;
    case DocumentKind::HealthInsuranceCard: // readable, but never pre-filled: staff decide
    case DocumentKind::BackSide:
    case DocumentKind::Unknown:
        return false;
    }
    return false;
}

bool printsExpiryForSomeHoldersOnly(DocumentKind kind)
{
    return kind == DocumentKind::Oshirase || kind == DocumentKind::PortalScreen || kind == DocumentKind::PortalPdf;
}

} // namespace shikaku
