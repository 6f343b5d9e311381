#include "PlaceReading.h"

namespace shikaku {

FieldReading judged(FieldId id, const std::string& a, const std::string& b, double confidence, const cv::Rect& box,
                    const JudgeOptions& judge)
{
    FieldReading first = judgeField(id, a, confidence, FieldSource::Ocr, judge);
    const FieldReading second = judgeField(id, b, confidence, FieldSource::Ocr, judge);
    first.box = Box{box.x, box.y, box.width, box.height};
    if (first.value != second.value || first.status != second.status) {
        if (first.status == FieldStatus::Ok || first.status == FieldStatus::NotFound) {
            first.status = FieldStatus::Review;
            first.reason = "two readings disagree";
            first.confidence = std::min(first.confidence, 0.5);
            if (!first.value) {
                first.value = second.value;
                // The value is the second reading's alone: when that one failed validation (「0」 for
                // a 枝番), say why. It is no well-formed value to set against another place's.
                if (second.value && second.status == FieldStatus::Review && second.reason != "low recognition confidence")
                    first.reason = second.reason;
            }
        }
    }
    return first;
}

void doubtDatesTheDigitModelDisputes(PlaceReading& place)
{
    for (auto& [field, reading] : place.readings) {
        if (field != FieldId::Expiry || reading.status != FieldStatus::Ok)
            continue;
        const bool disputed = std::any_of(place.digitModelDates.begin(), place.digitModelDates.end(),
                                          [&](const std::string& date) { return date != reading.value; });
        if (disputed)
            sendToReview(reading, "the digit model read another date");
    }
}

void sendToReview(FieldReading& reading, const std::string& reason)
{
    if (reading.status != FieldStatus::Ok)
        return;
    reading.status = FieldStatus::Review;
    reading.reason = reason;
    reading.confidence = std::min(reading.confidence, 0.5);
}

} // namespace shikaku
