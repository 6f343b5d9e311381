#include "SingleFieldPlace.h"

#include "CombinedSymbolNumber.h"
#include "DigitModelRereads.h"
#include "FieldValidators.h"
#include "LastDateOfPeriod.h"
#include "ReadingPlausibility.h"
#include "RunTogetherDigits.h"
#include "TextNormalize.h"
#include "ValueCropReading.h"

#include <algorithm>
#include <string>
#include <utility>

namespace shikaku {
namespace {

constexpr const char* kLowConfidence = "low recognition confidence";

double lastDateConfidence(const CropReading& r) { return lastDateConfidence(r.words, r.confidence); }

} // namespace

PlaceReading readSingleFieldTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                                  const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                                  bool& runTogether)
{
    PlaceReading out;
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
        // An era date in kanji is otherwise checked by jpn alone; R07.11.30 or 2027/12/31 is
        // read whole by the digit model too, which outweighs its cut-out digits.
        const Verdict digitModelDate = validateExpiry(lastDateOfPeriod(b.text));
        if (!b.text.empty() && digitModelDate.valid && hasCjk(a.text))
            out.digitModelDates.push_back(digitModelDate.normalized);
        crossRead = !b.text.empty() && digitModelDate.normalized == validateExpiry(lastDateOfPeriod(a.text)).normalized;
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

} // namespace shikaku
