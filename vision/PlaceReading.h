#pragma once
// The readings of one printed value (one field, or 記号 and 番号 printed together) and how two
// readings of it are judged: only two readings that agree after normalisation can become `ok`.
// Status itself comes from judgeField (FieldJudge).

#include "FieldJudge.h"
#include "FieldReading.h"

#include <opencv2/core/types.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace shikaku {

/// The readings of one printed value: one field, or 記号 and 番号 printed together.
struct PlaceReading {
    std::vector<std::pair<FieldId, FieldReading>> readings;
    /// The end dates (ISO) the digit model read here, at any setting, with the digits of a date
    /// printed in kanji (令和9年4月30日, 「R9.4.30まで」) cut out, whether or not jpn agreed: such a
    /// date is otherwise checked by jpn alone, and jpn reading it alike twice is no proof against them.
    std::vector<std::string> digitModelDates;
    bool isOk() const
    {
        return !readings.empty() && std::all_of(readings.begin(), readings.end(),
                                                [](const auto& r) { return r.second.status == FieldStatus::Ok; });
    }
    /// True when no reading holds any value: Tesseract found nothing to read there.
    bool readNothing() const
    {
        return std::none_of(readings.begin(), readings.end(), [](const auto& r) { return r.second.value.has_value(); });
    }
    /// Takes `other`'s readings that are `ok` where this one's are not.
    void keepOk(PlaceReading other)
    {
        digitModelDates.insert(digitModelDates.end(), other.digitModelDates.begin(), other.digitModelDates.end());
        for (auto& [field, reading] : other.readings) {
            if (reading.status != FieldStatus::Ok)
                continue;
            auto mine = std::find_if(readings.begin(), readings.end(), [&](const auto& r) { return r.first == field; });
            if (mine == readings.end())
                readings.emplace_back(field, std::move(reading));
            else if (mine->second.status != FieldStatus::Ok)
                mine->second = std::move(reading);
        }
    }
};

/// Judges the two readings `a` and `b` of field `id` (the value is `a`'s, the box the first
/// reading's): when they differ, an `ok` or `not_found` becomes `review` ("two readings disagree").
FieldReading judged(FieldId id, const std::string& a, const std::string& b, double confidence, const cv::Rect& box,
                    const JudgeOptions& judge);

/// Makes an `ok` 有効期限 `review` when the digit model read another valid end date at this place:
/// jpn confuses this font's 3, 0 and 9, and agrees with itself on the same mistake (R9.4.30 read
/// R9.4.09 twice at one setting, after 00, 09, 30 and 39 at the others).
void doubtDatesTheDigitModelDisputes(PlaceReading& place);

/// Makes an `ok` reading `review` for `reason` (confidence at most 0.5); others stay as they are.
void sendToReview(FieldReading& reading, const std::string& reason);

} // namespace shikaku
