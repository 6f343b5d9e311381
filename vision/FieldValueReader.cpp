#include "FieldValueReader.h"

#include "BranchLabelWord.h"
#include "BranchWordAlone.h"
#include "CombinedDigits.h"
#include "CoveredValue.h"
#include "CropReader.h"
#include "DigitModelRereads.h"
#include "DoubtfulDigits.h"
#include "DroppedDigit.h"
#include "FieldValidators.h"
#include "GluedValueStart.h"
#include "GlyphEdge.h"
#include "InkRuns.h"
#include "LastDateOfPeriod.h"
#include "OcrWorkers.h"
#include "PlaceChoice.h"
#include "PlaceReading.h"
#include "ReadingPlausibility.h"
#include "RunTogetherDigits.h"
#include "SlashedZero.h"
#include "StartInDoubt.h"
#include "TextNormalize.h"
#include "ValueCropReading.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace shikaku {
namespace {

double lastDateConfidence(const CropReading& r) { return lastDateConfidence(r.words, r.confidence); }

bool hasMiddleDot(const std::string& text)
{
    const std::string t = toHalfWidth(text);
    return t.find("・") != std::string::npos || t.find("･") != std::string::npos || t.find("·") != std::string::npos;
}

// 記号 and 番号 printed together: split at the middle dot, or between two words. Without
// either, where the 記号 ends is unknown (「7・465634」 read as 465634 once the 7 was cut off):
// `separated` is false, and nothing read there may be `ok`.
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

constexpr const char* kLowConfidence = "low recognition confidence";
constexpr const char* kNotSeparated = "記号 and 番号 not told apart (no middle dot read)";

// Two readings of 記号 and 番号 printed together, split and judged part by part.
PlaceReading symbolAndNumber(const CropReading& a, const CropReading& b, const JudgeOptions& judge)
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
    const double conf = std::min(keptConfidence(a), keptConfidence(b)) * labelWordPenalty(a.text) * (hasCjk(symA) ? 0.8 : 1.0);
    out.readings.emplace_back(FieldId::Symbol, judged(FieldId::Symbol, symA, symB, conf, a.box, judge));
    out.readings.emplace_back(FieldId::Number, judged(FieldId::Number, numA, numB, conf, a.box, judge));
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

PlaceReading readPlaceTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                            const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                            bool& runTogether);

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
    PlaceReading read = readPlaceTwice(ocr, gray, branchAt, models, FieldId::BranchNumber, judge, mode, binarisation, runTogether);
    if (read.readings.size() == 1)
        branch->second = std::move(read.readings.front().second);
}

// Reads the value at `at` twice and judges it; `mode` overrides the field's segmentation.
// `runTogether` is set when a reading holds digits run together (hasRunTogetherDigits).
PlaceReading readPlaceTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                            const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                            bool& runTogether)
{
    PlaceReading out;
    if (at.combinedSymbolNumber) {
        // Symbol may hold kanji/kana: read without whitelist, split, judge both parts.
        FieldModel any = models.field(FieldId::Symbol);
        any.charset.clear();
        if (mode)
            any.segmentation = static_cast<int>(*mode);
        const CropReading a = readOnce(ocr, gray, at, any, false, binarisation);
        const CropReading b = readOnce(ocr, gray, at, any, true, binarisation);
        runTogether = hasRunTogetherDigits(a.words) || hasRunTogetherDigits(b.words);
        PlaceReading out = symbolAndNumber(a, b, judge);
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
    FieldModel model = models.field(id);
    if (mode)
        model.segmentation = static_cast<int>(*mode);
    const CropReading a = readOnce(ocr, gray, at, model, false, binarisation);
    if (id == FieldId::Symbol && isDigitsAndHyphens(a.text)) {
        // A 記号 of digits is checked like a number: digit whitelist, the other model.
        model.charset = models.field(FieldId::Number).charset;
        model.secondLanguage = models.field(FieldId::Number).secondLanguage;
    }
    // A 記号 in kana or kanji is checked by another Japanese model: agreement of jpn with
    // itself is weak evidence (南 was read as 者 twice at 0.80).
    bool otherKanjiModel = false;
    if (id == FieldId::Symbol && hasCjk(a.text) && !model.kanaKanjiSecondLanguage.empty()) {
        model.secondLanguage = model.kanaKanjiSecondLanguage;
        otherKanjiModel = &engineFor(model.secondLanguage, ocr) != &ocr;
    }
    if (id == FieldId::Expiry && !a.text.empty() && !hasCjk(a.text)) {
        // R07.11.30: Latin letters and digits only, so the digit model can check it.
        model.charset = "0123456789RHST./-";
        model.secondLanguage = models.field(FieldId::Number).secondLanguage;
    }
    // An era date's digits are checked by the other model when its digits can be cut
    // out (crossReadDigits); otherwise, as for every field, by a second jpn reading.
    CropReading b;
    bool crossRead = false;
    if (id == FieldId::Expiry) {
        b = crossReadDigits(ocr, gray, at, a, models.field(FieldId::Number));
        crossRead = !b.text.empty() && validateExpiry(lastDateOfPeriod(b.text)).normalized ==
                                           validateExpiry(lastDateOfPeriod(a.text)).normalized;
    }
    bool wholeLine = false;
    if (crossRead && !hasCjk(a.text)) {
        // R07.12.31: eng can read the whole line too (its letters are in the charset). Cut out,
        // a digit touching the R reads worse at times (R10.06.30): of two eng readings that agree
        // with jpn, the surer one counts.
        CropReading whole = readOnce(ocr, gray, at, model, true, binarisation);
        const bool agrees = validateExpiry(lastDateOfPeriod(whole.text)).normalized == validateExpiry(lastDateOfPeriod(a.text)).normalized;
        if (agrees && std::min(lastDateConfidence(a), lastDateConfidence(whole)) > b.confidence) {
            b = std::move(whole);
            crossRead = false;
            wholeLine = true;
        }
    }
    if (!crossRead && !wholeLine)
        b = readOnce(ocr, gray, at, model, true, binarisation);
    if (!crossRead && !wholeLine && &engineFor(model.secondLanguage, ocr) != &ocr)
        b = withDroppedDigitReadAgain(ocr, gray, at, model, a, std::move(b));
    runTogether = hasRunTogetherDigits(a.words) || hasRunTogetherDigits(b.words);
    if (id == FieldId::Symbol && (hasMiddleDot(a.text) || hasMiddleDot(b.text))) {
        // 「記号 9797・674-1435」: a plain 記号 label in front of a combined value.
        return symbolAndNumber(a, b, judge);
    }
    std::string textA = a.text, textB = b.text;
    if (id == FieldId::Expiry) {
        textA = lastDateOfPeriod(textA);
        textB = lastDateOfPeriod(textB);
    }
    // Digits vouched for by the other model: jpn's doubt about them no longer counts.
    double readConfidence = crossRead ? b.confidence : std::min(a.confidence, b.confidence);
    if (id == FieldId::Expiry && !crossRead)
        readConfidence = std::min(lastDateConfidence(a), lastDateConfidence(b));
    const double confidence = readConfidence * plausibility(id, textA, otherKanjiModel);
    FieldReading reading = judged(id, textA, textB, confidence, a.box, judge);
    if (judge.confirmDoubtfulDigits && reading.status == FieldStatus::Review && reading.reason == kLowConfidence) {
        if (const auto sure = confirmedConfidence(ocr, engineFor(models.field(FieldId::Number).secondLanguage, ocr), gray, at, a, b, id,
                                                     judge.minOkConfidence))
            reading = judged(id, textA, textB, *sure * plausibility(id, textA, otherKanjiModel), a.box, judge);
    }
    out.readings.emplace_back(id, std::move(reading));
    return out;
}

// On a blurred page, a value with digits run together is never `ok`.
PlaceReading readPlace(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                       const JudgeOptions& judge, std::optional<Segmentation> mode, bool blurredPrint,
                       CropBinarisation binarisation = CropBinarisation::None)
{
    bool runTogether = false;
    PlaceReading out = readPlaceTwice(ocr, gray, at, models, id, judge, mode, binarisation, runTogether);
    if (runTogether && blurredPrint)
        for (auto& [field, reading] : out.readings)
            if (!lostDigitWouldShow(field, reading.value))
                sendToReview(reading, "characters run together: one may be missing");
    return out;
}

// The value at `at` read twice, as readPlace reads it, from an unsharp-masked copy of the page
// around it (only there: a copy of the whole page would cost megabytes for one value).
PlaceReading readSharpened(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                           const JudgeOptions& judge, bool blurredPrint)
{
    constexpr double kUnsharpSigma = 1.5; // the soft edge of a medium photo's print, in page pixels
    const int pad = std::max(4, at.glyphHeight) + 8; // the reading's padding, and the blur's reach
    const cv::Rect region = cv::Rect(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad) &
                            cv::Rect(0, 0, gray.cols, gray.rows);
    if (region.area() == 0)
        return {};
    cv::Mat blurred, sharpened;
    cv::GaussianBlur(gray(region), blurred, {}, kUnsharpSigma);
    cv::addWeighted(gray(region), 2.0, blurred, -1.0, 0.0, sharpened);
    ValueLocation local = at;
    local.box -= region.tl();
    PlaceReading out = readPlace(ocr, sharpened, local, models, id, judge, std::nullopt, blurredPrint);
    for (auto& [field, reading] : out.readings)
        if (reading.box) {
            reading.box->x += region.x;
            reading.box->y += region.y;
        }
    return out;
}

// The crop (the box padded as readOnce pads it) must not start inside the value's first glyph.
ValueLocation withWholeFirstGlyph(const cv::Mat& gray, ValueLocation at)
{
    const int pad = std::max(2, at.glyphHeight / 4);
    const int left = at.box.x - pad;
    const GlyphEdge edge = leftEdgeOutsideGlyphs(gray, left, at.box.y - pad, at.box.br().y + pad, at.glyphHeight);
    if (edge.left < left) {
        at.box.width += left - edge.left;
        at.box.x -= left - edge.left;
    }
    if (edge.cutsWideGlyph && at.doubt.empty())
        at.doubt = "the value's first character may be cut off";
    return at;
}

} // namespace

std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge)
{
    constexpr std::size_t kMaxPlaces = 2; // a field is printed at most twice (letter + card part)
    struct Place {
        FieldId id;
        ValueLocation at;
        PlaceReading reading;
    };
    std::vector<Place> places;
    for (FieldId id : kAllFields) {
        const auto& found = locations.values[static_cast<std::size_t>(id)];
        for (std::size_t p = 0; p < found.size() && p < kMaxPlaces; ++p) {
            ValueLocation at = found[p];
            if (at.labelLastCharacterX >= 0 && id != FieldId::Expiry) // 限 is two runs of ink: 阝 and 艮
                at.box = widenToInkAfterLabel(gray, at.box, at.labelLastCharacterX, at.glyphHeight);
            if (at.doubt.empty() && isValuePartlyCovered(gray, at.box, at.glyphHeight))
                at.doubt = "something covers part of the value (a finger, glare or a shadow)";
            places.push_back({id, withWholeFirstGlyph(gray, at), {}});
        }
    }
    // Each place is read on its own (two threads); the readings are merged in field order.
    runOcrJobs(ocr, places.size(), [&](OcrEngine& engine, std::size_t i) {
        Place& place = places[i];
        // PSM 7 sometimes finds no proper line in a crop that reads cleanly as a raw line
        // (「131391」 read as 36369): a value that is not `ok` is read again that way.
        const bool blurred = locations.blurredPrint;
        place.reading = readPlace(engine, gray, place.at, models, place.id, judge, std::nullopt, blurred);
        if (!place.reading.isOk())
            place.reading.keepOk(readPlace(engine, gray, place.at, models, place.id, judge, Segmentation::RawLine, blurred));
        // A patterned or hatched ground (い read as MX, 72 as 7の) reads cleanly once
        // binarised: a last pair of readings, which must agree like any other.
        if (!place.reading.isOk())
            place.reading.keepOk(
                readPlace(engine, gray, place.at, models, place.id, judge, std::nullopt, blurred, CropBinarisation::Otsu));
        // A short value in which Tesseract finds nothing at all in any of these readings (a lone
        // kanji 記号 「南」, soft grey print on a phone's screen) reads once its strokes are
        // sharpened. Only then: a filter may turn a digit into another one that both models
        // agree on, so a value that was read at all is never read this way.
        if (place.reading.readNothing())
            place.reading.keepOk(readSharpened(engine, gray, place.at, models, place.id, judge, blurred));
    });
    std::array<PlacedReading, 5> placed{};
    for (Place& place : places) {
        for (auto& [field, reading] : place.reading.readings) {
            if (!place.at.doubt.empty())
                sendToReview(reading, place.at.doubt); // two agreeing readings do not prove the place
            keepBetter(placed[static_cast<std::size_t>(field)], {std::move(reading), !place.at.doubt.empty()});
        }
    }
    std::array<FieldReading, 5> fields{};
    for (std::size_t i = 0; i < fields.size(); ++i)
        fields[i] = std::move(placed[i].reading);
    return fields;
}

} // namespace shikaku
