#include "BranchLabelWord.h"

#include "TextNormalize.h"

#include <algorithm>
#include <vector>

namespace shikaku {
namespace {

// The word's byte span [open, end) in the text; end is npos when the word runs to the end.
struct LabelWordSpan {
    std::size_t open = std::string::npos;
    std::size_t end = std::string::npos;
};

LabelWordSpan branchLabelWord(const std::string& text, bool anyShortRun)
{
    constexpr std::size_t kLongestLostBracketRun = 4; // (枝番) with both brackets read as kanji
    const std::vector<char32_t> cps = decodeUtf8(text);
    std::vector<std::size_t> at; // byte offset of each code point
    for (std::size_t i = 0, k = 0; k < cps.size(); ++k) {
        at.push_back(i);
        const auto lead = static_cast<unsigned char>(text[i]);
        i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    for (std::size_t k = 0; k < cps.size(); ++k) {
        if (cps[k] == U'(') {
            if (k + 1 >= cps.size() || cps[k + 1] < 0x3000)
                return {};
            const auto close = text.find(')', at[k]);
            return {at[k], close == std::string::npos ? std::string::npos : close + 1};
        }
        const auto inRun = [&](std::size_t i) { return cps[i] >= 0x3000 && cps[i] != U'・'; };
        if (inRun(k)) {
            std::size_t e = k;
            while (e < cps.size() && inRun(e))
                ++e;
            const bool holdsBranch = std::find(cps.begin() + static_cast<std::ptrdiff_t>(k), cps.begin() + static_cast<std::ptrdiff_t>(e), U'枝') !=
                                     cps.begin() + static_cast<std::ptrdiff_t>(e);
            if ((holdsBranch || anyShortRun) && e - k <= kLongestLostBracketRun)
                return {at[k], e < cps.size() ? at[e] : std::string::npos};
            k = e - 1; // other kanji: the 番号 stays as read (and is no valid 番号)
        }
    }
    return {};
}

} // namespace

bool showsBranchLabelWord(const std::string& rest) { return branchLabelWord(rest, false).open != std::string::npos; }

NumberAndBranch splitAtBranchLabelWord(const std::string& rest, bool anyShortRun)
{
    const LabelWordSpan word = branchLabelWord(rest, anyShortRun);
    if (word.open == std::string::npos)
        return {rest, {}};
    NumberAndBranch out{rest.substr(0, word.open), {}};
    while (!out.number.empty() && out.number.back() == ' ')
        out.number.pop_back();
    if (word.end != std::string::npos)
        for (char c : rest.substr(word.end))
            if (c != ' ')
                out.branch += c;
    return out;
}

} // namespace shikaku
