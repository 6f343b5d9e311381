#include "FieldValueReader.h"

#include "CropReader.h"
#include "FieldValidators.h"
#include "TextNormalize.h"

#include <algorithm>
#include <map>
#include <memory>

namespace shikaku {
namespace {

struct Reading {
    std::string text;
    double confidence = 0.0;
    cv::Rect box;
    std::vector<OcrWord> words;
};

// Engines for second readings in another model, created once per thread (like the main one).
OcrEngine& engineFor(const std::string& language, OcrEngine& primary)
{
    if (language.empty() || language == primary.languages())
        return primary;
    thread_local std::map<std::string, std::unique_ptr<OcrEngine>> engines;
    auto& engine = engines[language];
    if (!engine) {
        OcrOptions options;
        options.languages = language;
        engine = std::make_unique<OcrEngine>(options);
    }
    return engine->isReady() ? *engine : primary;
}

Reading readOnce(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const FieldModel& model, bool second)
{
    CropReadSettings s;
    s.whitelist = model.charset;
    s.mode = static_cast<Segmentation>(model.segmentation);
    s.glyphPx = second ? model.secondGlyphPx : model.glyphPx;
    // Own binarisation measured worse than Tesseract's on pastel cards (月 broke up); the second
    // reading differs by scale and, for digits, by model instead.
    s.binarisation = CropBinarisation::None;
    OcrEngine& engine = second ? engineFor(model.secondLanguage, ocr) : ocr;
    const int pad = std::max(2, at.glyphHeight / 4);
    const cv::Rect padded(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad);
    OcrLine line = readCrop(engine, gray, padded, at.glyphHeight, s);
    Reading r;
    r.text = line.text;
    r.confidence = line.confidence;
    for (const auto& w : line.words) {
        const cv::Rect b(w.box.x, w.box.y, w.box.width, w.box.height);
        r.box = r.box.area() == 0 ? b : (r.box | b);
    }
    if (r.box.area() == 0)
        r.box = at.box;
    r.words = std::move(line.words);
    return r;
}

bool isDigitsAndHyphens(const std::string& text)
{
    const std::string t = removeSpaces(toHalfWidth(text));
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

bool hasCjk(const std::string& text)
{
    const auto cps = decodeUtf8(text);
    return std::any_of(cps.begin(), cps.end(), [](char32_t cp) { return (isKanji(cp) || isKana(cp)) && cp != U'・'; });
}

// 枝番 counts family members from 00/01: a large one is more likely a misread than a big family.
// An expiry decades away is a misread era year (R07 → R97). Such readings get half confidence.
// A value that contains label words was cut at the wrong place (a label misread).
double labelWordPenalty(const std::string& text)
{
    for (std::string_view word : {"番号", "記号", "枝番", "保険", "有効", "期限"}) {
        if (text.find(word) != std::string::npos)
            return 0.0;
    }
    return 1.0;
}

double plausibility(FieldId id, const std::string& text)
{
    if (labelWordPenalty(text) == 0.0)
        return 0.0;
    // A 記号 in kanji or kana is read by the Japanese model only (the digit model cannot check
    // it), so agreement of the two readings is weaker evidence: 南 was read as 者 twice at 0.80.
    if (id == FieldId::Symbol && hasCjk(text))
        return 0.8;
    if (id == FieldId::Expiry) {
        const Verdict v = validateExpiry(text);
        const auto d = v.valid ? parseIsoDate(v.normalized) : std::nullopt;
        const int thisYear = todayLocal().year;
        if (d && (d->year > thisYear + 6 || d->year < thisYear - 12))
            return 0.5;
    }
    if (id == FieldId::BranchNumber) {
        const std::string d = digitsOnly(toHalfWidth(text));
        if (d.size() == 2 && d[0] >= '3')
            return 0.5;
    }
    return 1.0;
}

bool hasMiddleDot(const std::string& text)
{
    const std::string t = toHalfWidth(text);
    return t.find("・") != std::string::npos || t.find("･") != std::string::npos || t.find("·") != std::string::npos;
}

// A combined 記号・番号 value: split at the middle dot, or else at the widest gap between words.
std::pair<std::string, std::string> splitSymbolNumber(const Reading& r)
{
    const std::string text = toHalfWidth(r.text);
    for (std::string_view dot : {"・", "･", "·"}) {
        if (const auto at = text.find(dot); at != std::string::npos)
            return {text.substr(0, at), text.substr(at + dot.size())};
    }
    if (r.words.size() == 2)
        return {r.words[0].text, r.words[1].text};
    return {text, {}};
}

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
            if (!first.value)
                first.value = second.value;
        }
    }
    return first;
}

void keepBetter(FieldReading& current, FieldReading candidate)
{
    if (current.status == FieldStatus::NotFound) {
        current = std::move(candidate);
        return;
    }
    if (candidate.status == FieldStatus::NotFound)
        return;
    // The same field printed twice (A4 letter and its card part) must say the same thing.
    if (current.value != candidate.value) {
        if (current.status == FieldStatus::Ok || candidate.status == FieldStatus::Ok) {
            FieldReading& keep = current.status == FieldStatus::Ok ? current : candidate;
            keep.status = FieldStatus::Review;
            keep.reason = "printed twice with different values";
            current = std::move(keep);
        }
        return;
    }
    if (current.status != FieldStatus::Ok && candidate.status == FieldStatus::Ok)
        current = std::move(candidate);
}

} // namespace

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

std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge)
{
    std::array<FieldReading, 5> fields{};
    constexpr std::size_t kMaxPlaces = 2; // a field is printed at most twice (letter + card part)
    for (FieldId id : kAllFields) {
        const auto& places = locations.values[static_cast<std::size_t>(id)];
        for (std::size_t p = 0; p < places.size() && p < kMaxPlaces; ++p) {
            const ValueLocation& at = places[p];
            if (at.combinedSymbolNumber) {
                // Symbol may hold kanji/kana: read without whitelist, split, judge both parts.
                FieldModel any = models.field(FieldId::Symbol);
                any.charset.clear();
                const Reading a = readOnce(ocr, gray, at, any, false);
                const Reading b = readOnce(ocr, gray, at, any, true);
                const auto [symA, numA] = splitSymbolNumber(a);
                const auto [symB, numB] = splitSymbolNumber(b);
                const double conf = std::min(a.confidence, b.confidence) * labelWordPenalty(a.text) *
                                    (hasCjk(symA) ? 0.8 : 1.0);
                keepBetter(fields[static_cast<std::size_t>(FieldId::Symbol)], judged(FieldId::Symbol, symA, symB, conf, a.box, judge));
                keepBetter(fields[static_cast<std::size_t>(FieldId::Number)], judged(FieldId::Number, numA, numB, conf, a.box, judge));
                continue;
            }
            FieldModel model = models.field(id);
            const Reading a = readOnce(ocr, gray, at, model, false);
            if (id == FieldId::Symbol && isDigitsAndHyphens(a.text)) {
                // A 記号 of digits is checked like a number: digit whitelist, the other model.
                model.charset = models.field(FieldId::Number).charset;
                model.secondLanguage = models.field(FieldId::Number).secondLanguage;
            }
            if (id == FieldId::Expiry && !a.text.empty() && !hasCjk(a.text)) {
                // R07.11.30: Latin letters and digits only, so the digit model can check it.
                model.charset = "0123456789RHST./-";
                model.secondLanguage = models.field(FieldId::Number).secondLanguage;
            }
            const Reading b = readOnce(ocr, gray, at, model, true);
            if (id == FieldId::Symbol && (hasMiddleDot(a.text) || hasMiddleDot(b.text))) {
                // 「記号 9797・674-1435」: a plain 記号 label in front of a combined value.
                const auto [symA, numA] = splitSymbolNumber(a);
                const auto [symB, numB] = splitSymbolNumber(b);
                const double conf = std::min(a.confidence, b.confidence) * labelWordPenalty(a.text) *
                                    (hasCjk(symA) ? 0.8 : 1.0);
                keepBetter(fields[static_cast<std::size_t>(FieldId::Symbol)], judged(FieldId::Symbol, symA, symB, conf, a.box, judge));
                keepBetter(fields[static_cast<std::size_t>(FieldId::Number)], judged(FieldId::Number, numA, numB, conf, a.box, judge));
                continue;
            }
            std::string textA = a.text, textB = b.text;
            if (id == FieldId::Expiry) {
                textA = lastDateOfPeriod(textA);
                textB = lastDateOfPeriod(textB);
            }
            const double confidence = std::min(a.confidence, b.confidence) * plausibility(id, textA);
            keepBetter(fields[static_cast<std::size_t>(id)], judged(id, textA, textB, confidence, a.box, judge));
        }
    }
    return fields;
}

} // namespace shikaku
