// Small pieces of the PDF path: look-alike folding, digit-engine choice, the portal expiry rule.
#include "CjkFolding.h"
#include "DigitOcr.h"
#include "FieldJudge.h"

#include <gtest/gtest.h>

namespace shikaku {
namespace {

TEST(CjkFolding, KangxiRadicalsBecomeIdeographs)
{
    EXPECT_EQ(foldCjk("令和9年2\u2F49 21\u2F47"), "令和9年2月 21日");
    EXPECT_EQ(foldCjk("\u2F52名"), "氏名");
}

TEST(CjkFolding, MiddleDotsAndFullWidth)
{
    EXPECT_EQ(foldCjk("記号\u2027番号"), "記号・番号");
    EXPECT_EQ(foldCjk("記号\uFF65番号"), "記号・番号");
    EXPECT_EQ(foldCjk("０１１３"), "0113");
    EXPECT_EQ(foldCjk("髙"), "高");
}

TEST(CjkFolding, UnmappedCodePoints)
{
    EXPECT_TRUE(isUnmappedCodePoint(0xFFFD));
    EXPECT_TRUE(isUnmappedCodePoint(0xE001));
    EXPECT_FALSE(isUnmappedCodePoint(U'月'));
}

TEST(DigitOcr, DigitCharsets)
{
    EXPECT_TRUE(isDigitCharset("0123456789"));
    EXPECT_TRUE(isDigitCharset("0123456789-・"));
    EXPECT_TRUE(isDigitCharset("0123456789/.-"));
    EXPECT_FALSE(isDigitCharset("0123456789令和平成昭年月日元.RHS/"));
    EXPECT_FALSE(isDigitCharset(""));
}

TEST(PortalRules, PortalPdfWithoutExpiryIsNotApplicableButAReadExpiryStays)
{
    ScanResult r; // every other field read `ok` from the text layer (a 後期 holder: no 記号, 枝番)
    r.kind = DocumentKind::PortalPdf;
    r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "39191648", 1.0, FieldSource::PdfText);
    r.field(FieldId::Number) = judgeField(FieldId::Number, "70866004", 1.0, FieldSource::PdfText);
    applyDocumentRules(r, Date{2026, 4, 1});
    EXPECT_EQ(r.field(FieldId::Expiry).status, FieldStatus::NotApplicable);

    ScanResult withExpiry;
    withExpiry.kind = DocumentKind::PortalPdf;
    withExpiry.field(FieldId::Expiry) = judgeField(FieldId::Expiry, "令和9年7月31日", 1.0, FieldSource::PdfText);
    applyDocumentRules(withExpiry, Date{2026, 4, 1});
    EXPECT_EQ(withExpiry.field(FieldId::Expiry).status, FieldStatus::Ok);
    EXPECT_EQ(withExpiry.field(FieldId::Expiry).value, "2027-07-31");
}

} // namespace
} // namespace shikaku
