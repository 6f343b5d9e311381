#include "BranchWordAlone.h"

#include "CropReader.h"
#include "StartPrintHeight.h"
#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {
namespace {

bool isDigitSymbol(const OcrSymbol& s)
{
    const std::string t = toHalfWidth(s.text);
    return t.size() == 1 && t[0] >= '0' && t[0] <= '9';
}

bool isMiddleDot(const OcrSymbol& s)
{
    const std::string t = toHalfWidth(s.text);
    return t == "・" || t == "･" || t == "·";
}

bool isKanjiOrKanaSymbol(const OcrSymbol& s)
{
    const std::vector<char32_t> cps = decodeUtf8(s.text);
    return std::any_of(cps.begin(), cps.end(), [](char32_t cp) { return isKanji(cp) || isKana(cp); });
}

} // namespace

std::optional<BranchWordGap> branchWordGap(const std::vector<OcrSymbol>& symbols)
{
    const auto dot = std::find_if(symbols.begin(), symbols.end(), isMiddleDot);
    if (dot == symbols.end())
        return std::nullopt;
    // The 番号: digits (and hyphens) right after the dot.
    auto it = dot + 1;
    while (it != symbols.end() && (isDigitSymbol(*it) || toHalfWidth(it->text) == "-"))
        ++it;
    if (it == dot + 1 || !isDigitSymbol(*(it - 1)) || it == symbols.end())
        return std::nullopt;
    const auto wordStart = it;
    while (it != symbols.end() && !isDigitSymbol(*it))
        ++it;
    if (it == symbols.end() || !std::any_of(wordStart, it, isKanjiOrKanaSymbol))
        return std::nullopt;
    const auto branchStart = it;
    if (!std::all_of(branchStart, symbols.end(), isDigitSymbol))
        return std::nullopt;
    const Box& lastDigit = (wordStart - 1)->box;
    const BranchWordGap gap{lastDigit.x + lastDigit.width, branchStart->box.x};
    if (gap.to <= gap.from)
        return std::nullopt;
    return gap;
}

bool readsAsBranchLabel(const std::string& read)
{
    std::vector<char32_t> cps = decodeUtf8(removeSpaces(toHalfWidth(read)));
    if (cps.size() == 4 && cps.front() == U'(' && cps.back() == U')')
        cps = {cps[1], cps[2]};
    if (cps.size() != 2)
        return false;
    const std::u32string label = U"枝番";
    const int wrong = (cps[0] != label[0]) + (cps[1] != label[1]);
    if (wrong == 0)
        return true;
    // One character wrong, where the row puts this label (as RowOrderLabels takes 村番 there):
    // the other one a kanji or kana, never a digit or a bracket of the values around it.
    const char32_t other = cps[0] != label[0] ? cps[0] : cps[1];
    return wrong == 1 && (isKanji(other) || isKana(other));
}

bool branchWordReadsAsLabel(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& line, const BranchWordGap& gap)
{
    // A pixel off each end: the LSTM's boxes are loose, and a digit's edge read with the word
    // would make it no label (only a missed label, never a wrong one).
    const cv::Rect word = cv::Rect(gap.from + 1, line.y, gap.to - gap.from - 2, line.height) & cv::Rect(0, 0, gray.cols, gray.rows);
    if (word.width < 2 || word.height < 2)
        return false;
    const int glyph = startPrintHeight(gray, word, word.width);
    if (glyph < 4)
        return false;
    CropReadSettings s;
    s.glyphPx = 44; // as the label retries read a small label (ChunkReading)
    const int pad = std::max(2, glyph / 4);
    const OcrLine read = readCrop(ocr, gray, cv::Rect(word.x, word.y - pad, word.width, word.height + 2 * pad), glyph, s);
    return readsAsBranchLabel(read.text);
}

} // namespace shikaku
