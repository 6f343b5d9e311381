// QR codes as a second opinion, with real ZXing encoding and decoding. The payload format here
// is a FICTITIOUS test format ("SHIKAKU-TEST-QR;<insurer>;<symbol>;<number>;<branch>;<yyyymmdd>")
// written at test time: the real format on old 保険証 is not public (domain notes §8) and the
// product never parses any format — it only checks whether a value appears as a token.
#include "FieldJudge.h"
#include "QrCrossCheck.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

cv::Mat imageWithQr(const std::string& payload)
{
    const auto matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setMargin(4).encode(payload, 240, 240);
    cv::Mat page(700, 1100, CV_8UC1, cv::Scalar(235));
    cv::Mat qr(matrix.height(), matrix.width(), CV_8UC1);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            qr.at<unsigned char>(y, x) = matrix.get(x, y) ? 20 : 250;
    qr.copyTo(page(cv::Rect(800, 380, qr.cols, qr.rows)));
    return page;
}

ScanResult readingsWithConfidence(double confidence)
{
    ScanResult r;
    r.kind = DocumentKind::KakuninshoCard;
    r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "01130012", confidence, FieldSource::Ocr);
    r.field(FieldId::Symbol) = judgeField(FieldId::Symbol, "12345678", confidence, FieldSource::Ocr);
    r.field(FieldId::Number) = judgeField(FieldId::Number, "4321", confidence, FieldSource::Ocr);
    r.field(FieldId::BranchNumber) = judgeField(FieldId::BranchNumber, "00", confidence, FieldSource::Ocr);
    r.field(FieldId::Expiry) = judgeField(FieldId::Expiry, "令和9年7月31日", confidence, FieldSource::Ocr);
    return r;
}

} // namespace

TEST(QrCrossCheck, DecodesAQrCodeAndFindsItsPlace)
{
    const auto codes = readQrCodes(imageWithQr("SHIKAKU-TEST-QR;01130012;12345678;4321;00;20270731"));
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].text, "SHIKAKU-TEST-QR;01130012;12345678;4321;00;20270731");
    EXPECT_NEAR(codes[0].box.x, 800, 40);
    EXPECT_NEAR(codes[0].box.y, 380, 40);
}

TEST(QrCrossCheck, NoCodeNoChange)
{
    EXPECT_TRUE(readQrCodes(cv::Mat(600, 900, CV_8UC1, cv::Scalar(240))).empty());
    ScanResult r = readingsWithConfidence(0.9);
    crossCheckWithQr(r, {}, {});
    EXPECT_TRUE(r.notes.empty());
    EXPECT_EQ(r.field(FieldId::Number).status, FieldStatus::Ok);
}

TEST(QrCrossCheck, AgreementRaisesConfidenceAndLetsTheJudgeSayOk)
{
    ScanResult r = readingsWithConfidence(0.6); // valid values, but below minOkConfidence
    ASSERT_EQ(r.field(FieldId::Number).status, FieldStatus::Review);
    crossCheckWithQr(r, readQrCodes(imageWithQr("SHIKAKU-TEST-QR;01130012;12345678;4321;00;20270731")), {});
    for (FieldId id : kAllFields) {
        EXPECT_EQ(r.field(id).status, FieldStatus::Ok) << toString(id);
        EXPECT_GE(r.field(id).confidence, 0.95) << toString(id);
    }
    ASSERT_FALSE(r.notes.empty()); // staff are told to mask it
}

TEST(QrCrossCheck, DisagreementOnSymbolOrNumberMeansReview)
{
    ScanResult r = readingsWithConfidence(0.95);
    crossCheckWithQr(r, readQrCodes(imageWithQr("SHIKAKU-TEST-QR;01130012;12345678;4329;00;20270731")), {});
    EXPECT_EQ(r.field(FieldId::Number).status, FieldStatus::Review);
    EXPECT_EQ(r.field(FieldId::Number).reason, "the QR code does not contain this value");
    EXPECT_EQ(r.field(FieldId::Symbol).status, FieldStatus::Ok);
}

TEST(QrCrossCheck, TokensKeepHyphenatedNumbersWhole)
{
    const auto t = qrTokens("A;123-4567;本町 02");
    ASSERT_EQ(t.size(), 4u);
    EXPECT_EQ(t[1], "1234567");
    EXPECT_EQ(t[2], "本町");
}
