#include "BranchLabelWord.h"

#include "TextNormalize.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace shikaku {
namespace {

// The word's code-point span [open, end) in the text; end is npos when it runs to the end.
struct LabelWordSpan {
    std::size_t open = std::string::npos;
    std::size_t end = std::string::npos;
};

LabelWordSpan branchLabelWord(const std::vector<char32_t>& cps, bool anyShortRun)
{
    constexpr std::size_t kLongestLostBracketRun = 4; // (枝番) with both brackets read as kanji
    const auto inRun = [&](std::size_t i) { return cps[i] >= 0x3000 && cps[i] != U'・'; };
    for (std::size_t k = 0; k < cps.size(); ++k) {
        if (cps[k] == U'(') {
            if (k + 1 >= cps.size() || cps[k + 1] < 0x3000)
                return {};
            const auto close = std::find(cps.begin() + static_cast<std::ptrdiff_t>(k), cps.end(), U')');
            return {k, close == cps.end() ? std::string::npos : static_cast<std::size_t>(close - cps.begin()) + 1};
        }
        if (inRun(k)) {
            std::size_t e = k;
            while (e < cps.size() && inRun(e))
                ++e;
            const auto first = cps.begin() + static_cast<std::ptrdiff_t>(k), last = cps.begin() + static_cast<std::ptrdiff_t>(e);
            const bool holdsBranch = std::find(first, last, U'枝') != last;
            if ((holdsBranch || anyShortRun) && e - k <= kLongestLostBracketRun)
                return {k, e < cps.size() ? e : std::string::npos};
            k = e - 1; // other kanji: the 番号 stays as read (and is no valid 番号)
        }
    }
    return {};
}

} // namespace

bool showsBranchLabelWord(const std::string& rest) { return branchLabelWord(decodeUtf8(rest), false).open != std::string::npos; }

NumberAndBranch splitAtBranchLabelWord(const std::string& rest, bool anyShortRun)
{
    const std::vector<char32_t> cps = decodeUtf8(rest);
    const LabelWordSpan word = branchLabelWord(cps, anyShortRun);
    if (word.open == std::string::npos)
        return {rest, {}};
    std::vector<char32_t> number(cps.begin(), cps.begin() + static_cast<std::ptrdiff_t>(word.open));
    while (!number.empty() && number.back() == U' ')
        number.pop_back();
    std::vector<char32_t> branch;
    if (word.end != std::string::npos)
        std::copy_if(cps.begin() + static_cast<std::ptrdiff_t>(word.end), cps.end(), std::back_inserter(branch), [](char32_t c) { return c != U' '; });
    return {encodeUtf8(number), encodeUtf8(branch)};
}

} // namespace shikaku
