#include "LastDateOfPeriod.h"

#include "ValueCropReading.h"

#include <algorithm>
#include <string_view>

namespace shikaku {

std::string lastDateOfPeriod(const std::string& raw)
{
    std::size_t cut = std::string::npos;
    for (std::string_view sep : {"～", "〜", "~", "から"}) {
        const auto at = raw.rfind(sep);
        if (at != std::string::npos && (cut == std::string::npos || at + sep.size() > cut))
            cut = at + sep.size();
    }
    std::string last = cut == std::string::npos ? raw : raw.substr(cut);
    // 「…から令和8年7月31日まで」
    for (std::string_view until : {"まで", "迄"}) {
        if (last.size() >= until.size() && last.compare(last.size() - until.size(), until.size(), until) == 0)
            last.erase(last.size() - until.size());
    }
    return last;
}

std::pair<std::size_t, std::size_t> lastDateSymbols(const std::vector<const OcrSymbol*>& symbols)
{
    std::string text;
    std::vector<std::size_t> offsets;
    for (const OcrSymbol* sym : symbols) {
        offsets.push_back(text.size());
        text += sym->text;
    }
    const std::string last = lastDateOfPeriod(text);
    const std::size_t cut = text.rfind(last);
    std::size_t from = 0, to = symbols.size();
    while (from < symbols.size() && offsets[from] < cut)
        ++from;
    while (to > from && offsets[to - 1] >= cut + last.size())
        --to;
    return {from, to};
}

double lastDateConfidence(const std::vector<OcrWord>& words, double whole)
{
    const std::vector<const OcrSymbol*> symbols = symbolsOf(words);
    const auto [from, to] = lastDateSymbols(symbols);
    if (from >= to)
        return whole;
    double lowest = 1.0;
    for (std::size_t i = from; i < to; ++i)
        lowest = std::min(lowest, symbols[i]->confidence);
    return lowest;
}

} // namespace shikaku
