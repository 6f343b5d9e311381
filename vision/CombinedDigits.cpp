#include "CombinedDigits.h"

#include "TextNormalize.h"

namespace shikaku {

bool isCombinedDigits(const std::string& text)
{
    const std::string t = removeSpaces(toHalfWidth(text));
    const std::string dot = "・";
    const auto at = t.find(dot);
    if (at == std::string::npos || t.find(dot, at + dot.size()) != std::string::npos)
        return false;
    return isDigitsAndHyphens(t.substr(0, at)) && isDigitsAndHyphens(t.substr(at + dot.size()));
}

bool digitModelAgrees(const std::string& first, const std::string& digitModel)
{
    return digitsOnly(toHalfWidth(first)) == digitsOnly(toHalfWidth(digitModel));
}

} // namespace shikaku
