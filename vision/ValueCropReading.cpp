#include "ValueCropReading.h"

#include "SlashedZero.h"

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace shikaku {

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

CropReading readOnce(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const FieldModel& model, bool second,
                     CropBinarisation binarisation)
{
    CropReadSettings s;
    s.whitelist = model.charset;
    s.mode = static_cast<Segmentation>(model.segmentation);
    s.glyphPx = second ? model.secondGlyphPx : model.glyphPx;
    // Own binarisation measured worse than Tesseract's on pastel cards (月 broke up); the second
    // reading differs by scale and, for digits, by model instead. Binarised crops are only a
    // last try (readFieldValues).
    s.binarisation = binarisation;
    OcrEngine& engine = second ? engineFor(model.secondLanguage, ocr) : ocr;
    const int pad = std::max(2, at.glyphHeight / 4);
    const cv::Rect padded(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad);
    OcrLine line = readCrop(engine, gray, padded, at.glyphHeight, s);
    // Both models read a slashed 0 as 9 at times, even alike: the glyph's shape decides.
    correctMarkedZeros(line, findMarkedZeros(gray, padded, at.glyphHeight));
    CropReading r;
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

std::vector<const OcrSymbol*> symbolsOf(const std::vector<OcrWord>& words)
{
    std::vector<const OcrSymbol*> out;
    for (const auto& w : words)
        for (const auto& sym : w.symbols)
            out.push_back(&sym);
    return out;
}

} // namespace shikaku
