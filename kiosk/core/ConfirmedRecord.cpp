// String names of the record's enums.

#include "ConfirmedRecord.h"

#include <utility>

namespace shikaku {
namespace {

constexpr std::pair<ValueSource, std::string_view> kValueSourceNames[] = {
    {ValueSource::None, ""},           {ValueSource::Ocr, "ocr"},         {ValueSource::PdfText, "pdf_text"},
    {ValueSource::Barcode, "barcode"}, {ValueSource::Manual, "manual"},
};

} // namespace

std::string_view toString(ValueSource source)
{
    for (const auto& [s, name] : kValueSourceNames)
        if (s == source)
            return name;
    return {};
}

std::optional<ValueSource> valueSourceFromString(std::string_view name)
{
    for (const auto& [s, n] : kValueSourceNames)
        if (n == name)
            return s;
    return std::nullopt;
}

ValueSource valueSourceOf(FieldSource scanned)
{
    switch (scanned) {
    case FieldSource::Ocr: return ValueSource::Ocr;
    case FieldSource::PdfText: return ValueSource::PdfText;
    case FieldSource::Barcode: return ValueSource::Barcode;
    case FieldSource::None: break;
    }
    return ValueSource::None;
}

} // namespace shikaku
