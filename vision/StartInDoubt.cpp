#include "StartInDoubt.h"

#include "TextNormalize.h"

#include <algorithm>
#include <vector>

namespace shikaku {

bool differsOnlyAtItsStart(const std::string& sure, const std::string& doubted)
{
    constexpr std::size_t kMostCharactersAtStart = 2;
    constexpr std::size_t kShortestCommonEnd = 2;
    const std::vector<char32_t> a = decodeUtf8(sure), b = decodeUtf8(doubted);
    const std::vector<char32_t>& longer = a.size() >= b.size() ? a : b;
    const std::vector<char32_t>& shorter = a.size() >= b.size() ? b : a;
    if (shorter.size() < kShortestCommonEnd || longer.size() == shorter.size() || longer.size() - shorter.size() > kMostCharactersAtStart)
        return false;
    return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

bool startChangeWouldShow(FieldId id, const FieldReading& reading)
{
    return id == FieldId::Expiry && reading.status == FieldStatus::Ok;
}

} // namespace shikaku
