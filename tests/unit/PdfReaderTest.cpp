// The PDF reader through the Scanner with real Poppler and Tesseract, on minimal PDFs built
// here byte by byte (a blank page): limits, time budget, the OCR path on an empty page.
#include "Scanner.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace shikaku {
namespace {

// One blank page of `widthPt` x `heightPt` points, with a correct cross-reference table.
std::string blankPdf(int widthPt = 595, int heightPt = 842)
{
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(widthPt) + " " + std::to_string(heightPt) + "] >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (std::size_t o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        pdf += line;
    }
    pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

ScanResult scan(const std::string& bytes, ScanLimits limits = {})
{
    ScannerOptions options;
    options.limits = limits;
    Scanner scanner(options);
    EXPECT_TRUE(scanner.isReady()) << scanner.setupError();
    return scanner.scanBytes(bytes, "test.pdf", {KindHint::Auto, Date{2026, 4, 1}});
}

TEST(PdfReader, BlankPageIsReadByOcrAndFindsNothing)
{
    const ScanResult r = scan(blankPdf());
    ASSERT_FALSE(r.error) << r.error.message;
    EXPECT_EQ(r.kind, DocumentKind::Unknown);
    for (const auto& f : r.fields)
        EXPECT_NE(f.status, FieldStatus::Ok);
    // The page was rendered at 300 dpi for OCR: A4 is 2480 x 3508 pixels.
    EXPECT_NEAR(r.rectified.cols, 2480, 2);
    EXPECT_NEAR(r.rectified.rows, 3508, 2);
}

TEST(PdfReader, TimeBudgetGivesTimeout)
{
    ScanLimits limits;
    limits.timeBudgetMs = 0.0;
    EXPECT_EQ(scan(blankPdf(), limits).error.code, ScanErrorCode::Timeout);
}

TEST(PdfReader, PageLargerThanTheLimitIsRefusedBeforeRendering)
{
    ScanLimits limits;
    limits.maxPdfPageMm = 100.0;
    EXPECT_EQ(scan(blankPdf(), limits).error.code, ScanErrorCode::PdfPageTooLarge);
}

TEST(PdfReader, RenderedPixelLimitAppliesToImageOnlyPages)
{
    ScanLimits limits;
    limits.maxImagePixels = 1'000'000; // an A4 page at 300 dpi has 8.7 MP
    EXPECT_EQ(scan(blankPdf(), limits).error.code, ScanErrorCode::PdfPageTooLarge);
}

TEST(PdfReader, MissingEndOfFileMarkerIsCorrupt)
{
    std::string pdf = blankPdf();
    pdf.resize(pdf.size() - 7); // cut "%%EOF\n"
    const ScanResult r = scan(pdf);
    EXPECT_EQ(r.error.code, ScanErrorCode::PdfCorrupt);
    EXPECT_NE(r.error.message.find("incomplete"), std::string::npos);
}

TEST(PdfReader, HeaderFollowedByGarbageIsCorrupt)
{
    EXPECT_EQ(scan("%PDF-1.7\n\x01\x02garbage garbage\n%%EOF\n").error.code, ScanErrorCode::PdfCorrupt);
}

} // namespace
} // namespace shikaku
