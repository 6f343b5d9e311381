#include "CombinedDigits.h"

#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {
namespace {

bool isDigitsAndHyphens(const std::string& t)
{
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

std::string digitsOf(const std::string& text)
{
    std::string out;
    for (char c : toHalfWidth(text))
        if (c >= '0' && c <= '9')
            out += c;
    return out;
}

} // namespace

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
    return digitsOf(first) == digitsOf(digitModel);
}

} // namespace shikaku
