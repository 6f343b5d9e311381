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

PartsVouchedFor partsTheDigitModelVouchesFor(const std::string& first, const std::string& digitModel)
{
    if (!isCombinedDigits(first))
        return {};
    const std::string t = removeSpaces(toHalfWidth(first));
    const std::string symbol = digitsOnly(t.substr(0, t.find("・")));
    const std::string all = digitsOnly(t);
    const std::string check = digitsOnly(toHalfWidth(digitModel));
    if (check.size() != all.size())
        return {};
    return {check.compare(0, symbol.size(), symbol) == 0, check.compare(symbol.size(), std::string::npos, all, symbol.size()) == 0};
}

} // namespace shikaku
