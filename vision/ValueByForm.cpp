#include "ValueByForm.h"

#include "FieldValidators.h"
#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {
namespace {

// The whole chunk must be the number: a longer run of digits (a 12-digit マイナンバー, a
// phone number) or digits after text are something else.
bool readsAsInsurerNumber(const ReadChunk& c)
{
    if (!c.read || c.label || (c.text.size() != 8 && c.text.size() != 6))
        return false;
    std::string digits;
    for (char32_t cp : c.text) {
        if (cp < U'0' || cp > U'9')
            return false;
        digits.push_back(static_cast<char>(cp));
    }
    return validateInsurerNumber(digits).valid;
}

} // namespace

bool locateInsurerNumberByForm(const PageText& page, FieldLocations& locations)
{
    auto& places = locations.values[static_cast<std::size_t>(FieldId::InsurerNumber)];
    if (!places.empty())
        return false;
    const ReadChunk* found = nullptr;
    for (const ReadChunk& c : page.chunks) {
        if (!readsAsInsurerNumber(c))
            continue;
        if (found)
            return false; // two candidates: which one is the insurer's is not known
        found = &c;
    }
    if (!found)
        return false;
    ValueLocation v;
    v.box = found->chunk.box;
    v.glyphHeight = std::max(1, found->chunk.glyphHeight);
    v.doubt = "label not read: value recognised by its form";
    places.push_back(v);
    return true;
}

} // namespace shikaku
