#include "CombinedSymbolNumber.h"

#include "BranchLabelWord.h"
#include "BranchWordAlone.h"
#include "CombinedDigits.h"
#include "MiddleDotInk.h"
#include "ReadingPlausibility.h"
#include "RunTogetherDigits.h"
#include "SingleFieldPlace.h"
#include "TextNormalize.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace shikaku {
namespace {

constexpr const char* kNotSeparated = "記号 and 番号 not told apart (no middle dot read)";
// A 記号 in kanji or kana read by jpn twice is weaker evidence than digits two models agree on
// (ReadingPlausibility: 南 read as 者 twice at 0.80).
constexpr double kOneModelKanjiSymbol = 0.8;

// The lowest confidence of the symbols a combined value keeps: those before the (枝番) word.
double keptConfidence(const CropReading& r)
{
    const std::vector<const OcrSymbol*> symbols = symbolsOf(r.words);
    if (symbols.empty())
        return r.confidence;
    double lowest = 1.0;
    bool afterDot = false;
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        const std::string& t = symbols[i]->text;
        if ((t == "(" || t == "（") && i + 1 < symbols.size()) {
            const std::vector<char32_t> next = decodeUtf8(symbols[i + 1]->text);
            if (!next.empty() && next.front() >= 0x3000)
                break;
        }
        // The 番号 after the middle dot is digits: kanji there are the (枝番) read wrong.
        const std::vector<char32_t> cps = decodeUtf8(t);
        if (afterDot && !cps.empty() && cps.front() >= 0x3000)
            break;
        afterDot = afterDot || hasMiddleDot(t);
        lowest = std::min(lowest, symbols[i]->confidence);
    }
    return lowest;
}

// 記号 and 番号 printed together: split at the middle dot, or between two words. Without
// either, where the 記号 ends is unknown (「7・465634」 read as 465634 once the 7 was cut off):
// `separated` is false, and nothing read there may be `ok`.
// Returns the 記号 and what follows it: the 番号, maybe with the (枝番) word and the 枝番 after it.
std::pair<std::string, std::string> splitSymbolNumber(const CropReading& r, bool& separated)
{
    separated = true;
    const std::string text = toHalfWidth(r.text);
    for (std::string_view dot : {"・", "･", "·"}) {
        if (const auto at = text.find(dot); at != std::string::npos)
            return {text.substr(0, at), text.substr(at + dot.size())};
    }
    if (r.words.size() == 2)
        return {r.words[0].text, r.words[1].text};
    separated = false;
    return {text, {}};
}

// 「518204 枝番 02」 with the small word read wrong (「和枝矯」): read alone as 枝番 (BranchWordAlone),
// it is the 枝番's label, and the digits after it are read as a 枝番 is read after its label, in
// place of the reading offered for review after an unread word.
void readBranchAfterItsWordAlone(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models,
                                 const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                                 const CropReading& line, PlaceReading& out)
{
    auto branch = std::find_if(out.readings.begin(), out.readings.end(), [](const auto& r) { return r.first == FieldId::BranchNumber; });
    if (branch == out.readings.end())
        return;
    std::vector<OcrSymbol> symbols;
    for (const OcrSymbol* s : symbolsOf(line.words))
        symbols.push_back(*s);
    const std::optional<BranchWordGap> gap = branchWordGap(symbols);
    if (!gap || gap->to >= at.box.br().x || !branchWordReadsAsLabel(ocr, gray, at.box, *gap))
        return;
    ValueLocation branchAt = at;
    branchAt.combinedSymbolNumber = false;
    branchAt.labelLastCharacterX = -1;
    branchAt.box.x = gap->to;
    branchAt.box.width = at.box.br().x - gap->to;
    bool runTogether = false;
    PlaceReading read =
        readSingleFieldTwice(ocr, gray, branchAt, models, FieldId::BranchNumber, judge, mode, binarisation, runTogether);
    if (read.readings.size() == 1)
        branch->second = std::move(read.readings.front().second);
}

// The paper's shade around print: most of a value's crop is paper, the brightest part of it.
cv::Scalar paperShade(const cv::Mat& gray)
{
    std::vector<uchar> values(gray.begin<uchar>(), gray.end<uchar>());
    auto at = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 3 / 4);
    std::nth_element(values.begin(), at, values.end());
    return cv::Scalar(*at);
}

} // namespace

bool hasMiddleDot(const std::string& text)
{
    const std::string t = toHalfWidth(text);
    return t.find("・") != std::string::npos || t.find("･") != std::string::npos || t.find("·") != std::string::npos;
}

PlaceReading symbolAndNumber(const CropReading& a, const CropReading& b, const JudgeOptions& judge, bool digitModelReadTheNumber)
{
    PlaceReading out;
    bool separatedA = false, separatedB = false;
    const auto [symA, restA] = splitSymbolNumber(a, separatedA);
    const auto [symB, restB] = splitSymbolNumber(b, separatedB);
    // One reading showing the 枝 of a (枝番) read wrong is enough to take the other's short run
    // of kanji at that place for the same word.
    const bool branchWordSeen = showsBranchLabelWord(restA) || showsBranchLabelWord(restB);
    const NumberAndBranch partsA = splitAtBranchLabelWord(restA, branchWordSeen), partsB = splitAtBranchLabelWord(restB, branchWordSeen);
    const std::string& numA = partsA.number;
    const std::string& numB = partsB.number;
    const double read = std::min(keptConfidence(a), keptConfidence(b)) * labelWordPenalty(a.text);
    const double conf = read * (hasCjk(symA) ? kOneModelKanjiSymbol : 1.0);
    out.readings.emplace_back(FieldId::Symbol, judged(FieldId::Symbol, symA, symB, conf, a.box, judge));
    out.readings.emplace_back(FieldId::Number, judged(FieldId::Number, numA, numB, digitModelReadTheNumber ? read : conf, a.box, judge));
    // The 枝番 after a bracketed word read wrong (its label (枝番)): a value for staff to check,
    // never `ok` — its label was not read.
    const std::string& branchA = partsA.branch;
    const std::string& branchB = partsB.branch;
    if (!branchA.empty() || !branchB.empty()) {
        FieldReading branch = judged(FieldId::BranchNumber, branchA, branchB, conf, a.box, judge);
        sendToReview(branch, "枝番 found after the 番号, its label not read: check it");
        out.readings.emplace_back(FieldId::BranchNumber, std::move(branch));
    }
    if (!separatedA || !separatedB)
        for (auto& [field, reading] : out.readings)
            sendToReview(reading, kNotSeparated);
    return out;
}

bool digitModelReadsTheNumberAlone(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models,
                                   std::optional<Segmentation> mode, CropBinarisation binarisation, const CropReading& a,
                                   const CropReading& b)
{
    bool separatedA = false, separatedB = false;
    const auto [symbolA, restA] = splitSymbolNumber(a, separatedA);
    const auto [symbolB, restB] = splitSymbolNumber(b, separatedB);
    if (!separatedA || !separatedB || !hasCjk(symbolA))
        return false;
    const std::string numberA = splitAtBranchLabelWord(restA, false).number;
    const std::string numberB = splitAtBranchLabelWord(restB, false).number;
    if (numberA.empty() || numberA != numberB || !isDigitsAndHyphens(numberA))
        return false;
    const std::vector<const OcrSymbol*> symbols = symbolsOf(a.words);
    const auto dot = std::find_if(symbols.begin(), symbols.end(), [](const OcrSymbol* s) { return hasMiddleDot(s->text); });
    if (dot == symbols.end())
        return false;
    const std::optional<int> from = numberStartAfterMiddleDot(gray, at.box, at.glyphHeight, (*dot)->box.x + (*dot)->box.width / 2);
    if (!from || *from <= at.box.x || *from >= at.box.br().x)
        return false;
    // The digit model sees the 番号 alone: the 記号 and the dot are painted over with the paper's
    // shade, and the crop keeps its margin (a crop cut close before the first digit lost it, and
    // a sliver of the dot read as 1).
    const cv::Rect around = cv::Rect(at.box.x - at.glyphHeight, at.box.y - at.glyphHeight, at.box.width + 2 * at.glyphHeight,
                                      at.box.height + 2 * at.glyphHeight) &
                            cv::Rect(0, 0, gray.cols, gray.rows);
    cv::Mat numberAlone = gray(around).clone();
    numberAlone.colRange(0, *from - around.x).setTo(paperShade(numberAlone));
    ValueLocation numberAt = at;
    numberAt.combinedSymbolNumber = false;
    numberAt.labelLastCharacterX = -1;
    numberAt.box = cv::Rect(*from - around.x, at.box.y - around.y, at.box.br().x - *from, at.box.height);
    FieldModel digits = models.field(FieldId::Number);
    if (mode)
        digits.segmentation = static_cast<int>(*mode);
    const CropReading check = readOnce(ocr, numberAlone, numberAt, digits, true, binarisation);
    return digitModelAgrees(numberA, check.text);
}

PlaceReading readCombinedPlaceTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models,
                                    const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                                    bool& runTogether)
{
    // Symbol may hold kanji/kana: read without whitelist, split, judge both parts.
    FieldModel any = models.field(FieldId::Symbol);
    any.charset.clear();
    if (mode)
        any.segmentation = static_cast<int>(*mode);
    const CropReading a = readOnce(ocr, gray, at, any, false, binarisation);
    const CropReading b = readOnce(ocr, gray, at, any, true, binarisation);
    runTogether = hasRunTogetherDigits(a.words) || hasRunTogetherDigits(b.words);
    PlaceReading out = symbolAndNumber(a, b, judge, digitModelReadsTheNumberAlone(ocr, gray, at, models, mode, binarisation, a, b));
    readBranchAfterItsWordAlone(ocr, gray, at, models, judge, mode, binarisation, a, out);
    if (isCombinedDigits(a.text)) {
        // jpn agreeing with itself read the thin 8 of 「8910280・42906」 as 6 twice, sure of
        // it both times: the digit model must read the same digits (CombinedDigits).
        FieldModel digits = models.field(FieldId::Number);
        digits.segmentation = any.segmentation;
        // Only the part whose digits it reads otherwise is in doubt (partsTheDigitModelVouchesFor).
        const CropReading check = readOnce(ocr, gray, at, digits, true, binarisation);
        const PartsVouchedFor vouched = partsTheDigitModelVouchesFor(a.text, check.text);
        for (auto& [field, reading] : out.readings)
            if ((field == FieldId::Symbol && !vouched.symbol) || (field == FieldId::Number && !vouched.number))
                sendToReview(reading, "two readings disagree");
    }
    return out;
}

} // namespace shikaku
