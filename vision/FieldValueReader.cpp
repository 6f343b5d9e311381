#include "FieldValueReader.h"

#include "CombinedSymbolNumber.h"
#include "CoveredValue.h"
#include "GluedValueStart.h"
#include "GlyphEdge.h"
#include "OcrWorkers.h"
#include "PlaceChoice.h"
#include "PlaceReading.h"
#include "RunTogetherDigits.h"
#include "ScaledRect.h"
#include "SingleFieldPlace.h"
#include "StartInDoubt.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace shikaku {
namespace {

// Reads the value at `at` twice and judges it; `mode` overrides the field's segmentation.
// `runTogether` is set when a reading holds digits run together (hasRunTogetherDigits).
PlaceReading readPlaceTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                            const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                            bool& runTogether)
{
    if (at.combinedSymbolNumber)
        return readCombinedPlaceTwice(ocr, gray, at, models, judge, mode, binarisation, runTogether);
    return readSingleFieldTwice(ocr, gray, at, models, id, judge, mode, binarisation, runTogether);
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

// A place as read: the box widened past a glued label's ink and to the first glyph's edge,
// and doubted when something covers the value's start.
ValueLocation preparedPlace(const cv::Mat& gray, FieldId id, ValueLocation at)
{
    if (at.labelLastCharacterX >= 0 && id != FieldId::Expiry) // 限 is two runs of ink: 阝 and 艮
        at.box = widenToInkAfterLabel(gray, at.box, at.labelLastCharacterX, at.glyphHeight, at.labelIsBracketed);
    if (at.doubt.empty() && isValuePartlyCovered(gray, at.box, at.glyphHeight))
        at.doubt = "something covers part of the value (a finger, glare or a shadow)";
    return withWholeFirstGlyph(gray, at);
}

// Reads the place in every way, each one only while it is not `ok`.
PlaceReading readPlaceEveryWay(OcrEngine& engine, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                               const JudgeOptions& judge, bool blurred)
{
    PlaceReading reading = readPlace(engine, gray, at, models, id, judge, std::nullopt, blurred);
    // PSM 7 sometimes finds no proper line in a crop that reads cleanly as a raw line
    // (「131391」 read as 36369): a value that is not `ok` is read again that way.
    if (!reading.isOk())
        reading.keepOk(readPlace(engine, gray, at, models, id, judge, Segmentation::RawLine, blurred));
    // A patterned or hatched ground (い read as MX, 72 as 7の) reads cleanly once
    // binarised: a last pair of readings, which must agree like any other.
    if (!reading.isOk())
        reading.keepOk(readPlace(engine, gray, at, models, id, judge, std::nullopt, blurred, CropBinarisation::Otsu));
    // A short value in which Tesseract finds nothing at all in any of these readings (a lone
    // kanji 記号 「南」, soft grey print on a phone's screen) reads once its strokes are
    // sharpened. Only then: a filter may turn a digit into another one that both models
    // agree on, so a value that was read at all is never read this way.
    if (reading.readNothing())
        reading.keepOk(readSharpened(engine, gray, at, models, id, judge, blurred));
    return reading;
}

void scaleBoxes(PlaceReading& reading, double scale)
{
    for (auto& [field, r] : reading.readings)
        if (r.box)
            r.box = scaledOutward(*r.box, scale);
}

// The `index`th place of field `id` read in every way on the page the re-sampled image was made
// from, its boxes in the re-sampled image's coordinates. The page's own measure of the place
// counts too: where it finds the value's start covered or cut, nothing is read.
PlaceReading readOnPage(OcrEngine& engine, const PageAtScale& page, FieldId id, std::size_t index, const Models& models,
                        const JudgeOptions& judge, bool blurred)
{
    const auto& onPage = page.locations.values[static_cast<std::size_t>(id)];
    if (index >= onPage.size())
        return {};
    const ValueLocation at = preparedPlace(page.gray, id, onPage[index]);
    if (!at.doubt.empty())
        return {};
    PlaceReading reading = readPlaceEveryWay(engine, page.gray, at, models, id, judge, blurred);
    scaleBoxes(reading, page.scale);
    return reading;
}

std::array<FieldReading, 5> readValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations, const Models& models,
                                       const JudgeOptions& judge, const PageAtScale* coarser)
{
    constexpr std::size_t kMaxPlaces = 2; // a field is printed at most twice (letter + card part)
    struct Place {
        FieldId id;
        std::size_t index; // in the field's locations
        ValueLocation at;
        PlaceReading reading;
    };
    std::vector<Place> places;
    for (FieldId id : kAllFields) {
        const auto& found = locations.values[static_cast<std::size_t>(id)];
        for (std::size_t p = 0; p < found.size() && p < kMaxPlaces; ++p)
            places.push_back({id, p, preparedPlace(gray, id, found[p]), {}});
    }
    // Each place is read on its own (two threads); the readings are merged in field order.
    runOcrJobs(ocr, places.size(), [&](OcrEngine& engine, std::size_t i) {
        Place& place = places[i];
        const bool blurred = locations.blurredPrint;
        place.reading = readPlaceEveryWay(engine, gray, place.at, models, place.id, judge, blurred);
        // Re-sampled at a larger scale, print the camera blurred along one direction can read
        // worse than on the page the labels were read on (令和8年5月31日 as 令和85月1日 in both
        // readings). A value not `ok` here is read on the page too; its readings must agree there
        // like anywhere. (Not a place in doubt: its readings go to review whatever they read.)
        if (!place.reading.isOk() && coarser && place.at.doubt.empty())
            place.reading.keepOk(readOnPage(engine, *coarser, place.id, place.index, models, judge, blurred));
    });
    std::array<PlacedReading, 5> placed{};
    for (Place& place : places) {
        doubtDatesTheDigitModelDisputes(place.reading);
        for (auto& [field, reading] : place.reading.readings) {
            // Two agreeing readings do not prove the place, unless its doubt is where the value
            // starts and the value's form would show a start lost or gained.
            const bool startWouldShow = place.at.doubtOnlyAtTheStart && startChangeWouldShow(field, reading);
            if (!place.at.doubt.empty() && !startWouldShow)
                sendToReview(reading, place.at.doubt);
            keepBetter(placed[static_cast<std::size_t>(field)], {std::move(reading), !place.at.doubt.empty()});
        }
    }
    std::array<FieldReading, 5> fields{};
    for (std::size_t i = 0; i < fields.size(); ++i)
        fields[i] = std::move(placed[i].reading);
    return fields;
}

} // namespace

std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge)
{
    return readValues(ocr, gray, locations, models, judge, nullptr);
}

std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge, const PageAtScale& coarser)
{
    return readValues(ocr, gray, locations, models, judge, &coarser);
}

} // namespace shikaku
