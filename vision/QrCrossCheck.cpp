#include "QrCrossCheck.h"

// ZXing 1.4 returns std::wstring from text() unless told to use UTF-8 (its next release does).
#define ZX_USE_UTF8 1

#include "TextNormalize.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// A QR code on a card is a few hundred pixels at most: decode on a reduced copy.
constexpr int kDecodeLongSide = 1600;

// Confidence given to an OCR value the code confirms (still below 1: the code is unverified).
constexpr double kConfirmedConfidence = 0.97;

// judgeField's reason for a valid value below the confidence threshold.
constexpr std::string_view kLowConfidenceReason = "low recognition confidence";

bool isTokenChar(char32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || isKanji(cp) || isKana(cp);
}

} // namespace

std::vector<QrCode> readQrCodes(const cv::Mat& image)
{
    std::vector<QrCode> codes;
    if (image.empty())
        return codes;
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else
        gray = image;
    const double scale = std::min(1.0, static_cast<double>(kDecodeLongSide) / std::max(gray.cols, gray.rows));
    if (scale < 1.0)
        cv::resize(gray, gray, {}, scale, scale, cv::INTER_AREA);
    if (!gray.isContinuous())
        gray = gray.clone();
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, static_cast<int>(gray.step));
    for (const auto& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        const auto& p = r.position();
        int x0 = p[0].x, y0 = p[0].y, x1 = p[0].x, y1 = p[0].y;
        for (int i = 1; i < 4; ++i) {
            x0 = std::min(x0, p[i].x);
            y0 = std::min(y0, p[i].y);
            x1 = std::max(x1, p[i].x);
            y1 = std::max(y1, p[i].y);
        }
        const double inv = 1.0 / scale;
        codes.push_back({r.text(), Box{static_cast<int>(x0 * inv), static_cast<int>(y0 * inv), static_cast<int>((x1 - x0) * inv),
                                       static_cast<int>((y1 - y0) * inv)}});
    }
    return codes;
}

std::vector<std::string> qrTokens(const std::string& text)
{
    std::vector<std::string> tokens;
    std::vector<char32_t> current;
    const auto cps = decodeUtf8(toHalfWidth(text));
    auto flush = [&] {
        if (!current.empty())
            tokens.push_back(encodeUtf8(current));
        current.clear();
    };
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t cp = cps[i];
        if (isTokenChar(cp)) {
            current.push_back(cp);
        } else if (cp == '-' && !current.empty() && current.back() >= '0' && current.back() <= '9' && i + 1 < cps.size() &&
                   cps[i + 1] >= '0' && cps[i + 1] <= '9') {
            continue; // 123-4567 is one number
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

void crossCheckWithQr(ScanResult& result, const std::vector<QrCode>& codes, const JudgeOptions& judge)
{
    if (codes.empty())
        return;
    result.notes.emplace_back("QR code present: mask it like the numbers in any kept image");
    std::vector<std::string> tokens;
    bool hasDigits = false;
    for (const auto& c : codes) {
        for (auto& t : qrTokens(c.text)) {
            hasDigits = hasDigits || std::any_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            tokens.push_back(std::move(t));
        }
    }
    for (FieldId id : kAllFields) {
        FieldReading& f = result.field(id);
        if (!f.value || f.status == FieldStatus::NotApplicable)
            continue;
        std::string wanted = *f.value;
        if (id == FieldId::Expiry)
            std::erase(wanted, '-'); // 2027-07-31 → 20270731
        else if (id == FieldId::Number)
            std::erase(wanted, '-');
        const bool found = std::find(tokens.begin(), tokens.end(), wanted) != tokens.end() ||
                           (id == FieldId::Expiry && std::find(tokens.begin(), tokens.end(), *f.value) != tokens.end());
        if (found) {
            if (f.status == FieldStatus::Review && f.reason == kLowConfidenceReason) {
                const std::optional<Box> box = f.box;
                const std::string raw = f.raw;
                f = judgeField(id, raw, std::max(f.confidence, kConfirmedConfidence), FieldSource::Ocr, judge);
                f.box = box;
            }
            f.confidence = std::max(f.confidence, kConfirmedConfidence);
            continue;
        }
        // §8: a code that reveals 記号・番号 holds them; one that holds digits but not ours contradicts us.
        if ((id == FieldId::Symbol || id == FieldId::Number) && hasDigits && f.status == FieldStatus::Ok) {
            f.status = FieldStatus::Review;
            f.reason = "the QR code does not contain this value";
        }
    }
}

} // namespace shikaku
