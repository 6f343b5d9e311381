#include "FieldJudge.h"
#include "ScanResultJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace shikaku;

TEST(JsonContract, FieldsAndFlags)
{
    ScanResult r;
    r.input = "a.pdf";
    r.kind = DocumentKind::PortalPdf;
    r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "01130012", 1.0, FieldSource::PdfText);
    r.field(FieldId::Expiry) = judgeField(FieldId::Expiry, "令和7年7月31日", 1.0, FieldSource::PdfText);
    r.elapsedMs = 12.34;
    const auto j = nlohmann::json::parse(toJsonLine(r, Date{2026, 1, 1}));
    EXPECT_EQ(j["input"], "a.pdf");
    EXPECT_EQ(j["kind"], "portal_pdf");
    EXPECT_EQ(j["not_proof_of_identity"], true);
    EXPECT_EQ(j["fields"]["insurer_number"]["value"], "01130012");
    EXPECT_EQ(j["fields"]["insurer_number"]["status"], "ok");
    EXPECT_EQ(j["fields"]["insurer_number"]["source"], "pdf_text");
    EXPECT_EQ(j["fields"]["symbol"]["value"], nullptr);
    EXPECT_EQ(j["fields"]["symbol"]["status"], "not_found");
    EXPECT_EQ(j["fields"]["symbol"]["source"], nullptr);
    EXPECT_EQ(j["fields"]["expiry"]["value"], "2025-07-31");
    EXPECT_EQ(j["fields"]["expiry"]["expired"], true);
    EXPECT_DOUBLE_EQ(j["elapsed_ms"].get<double>(), 12.3);
    EXPECT_EQ(j.size(), 5u); // input, kind, fields, not_proof_of_identity, elapsed_ms
}

// A photo's line carries the preview's quality measures of the photo taken; a PDF's has none
// (FieldsAndFlags counts its keys).
TEST(JsonContract, PhotoQuality)
{
    ScanResult r;
    r.input = "photo.jpg";
    r.quality.measured = true;
    r.quality.documentFound = true;
    r.quality.sharpness = 0.71234;
    r.quality.glare = 0.0123;
    r.quality.largestGlareSpot = 0.004567;
    r.quality.tiltDegrees = 3.26;
    const auto j = nlohmann::json::parse(toJsonLine(r, Date{2026, 1, 1}));
    ASSERT_TRUE(j.contains("quality"));
    EXPECT_EQ(j["quality"]["document_found"], true);
    EXPECT_DOUBLE_EQ(j["quality"]["sharpness"].get<double>(), 0.712);
    EXPECT_DOUBLE_EQ(j["quality"]["glare"].get<double>(), 0.012);
    EXPECT_DOUBLE_EQ(j["quality"]["largest_glare_spot"].get<double>(), 0.00457);
    EXPECT_DOUBLE_EQ(j["quality"]["tilt_degrees"].get<double>(), 3.3);
    EXPECT_EQ(j["quality"].size(), 7u);
}

TEST(JsonContract, ErrorLine)
{
    ScanResult r;
    r.input = "bad \"name\".pdf";
    r.error = {ScanErrorCode::PdfEncrypted, "the PDF is encrypted"};
    const auto j = nlohmann::json::parse(toJsonLine(r, Date{2026, 1, 1}));
    EXPECT_EQ(j["input"], "bad \"name\".pdf");
    EXPECT_EQ(j["error"]["code"], "pdf_encrypted");
    EXPECT_FALSE(j.contains("fields"));
}

TEST(JsonContract, InvalidUtf8InPathIsReplaced)
{
    ScanResult r;
    r.input = "bad\xff.png";
    r.error = {ScanErrorCode::FileNotFound, "no such file"};
    EXPECT_NO_THROW(nlohmann::json::parse(toJsonLine(r, Date{2026, 1, 1})));
}
