#include "FieldJudge.h"
#include "FieldValidators.h"
#include "TextNormalize.h"

#include <gtest/gtest.h>

using namespace shikaku;

struct InsurerCase {
    const char* raw;
    bool valid;
    const char* normalized;
    const char* reasonPart;
};

class InsurerNumberTest : public ::testing::TestWithParam<InsurerCase> {};

TEST_P(InsurerNumberTest, Validates)
{
    const auto& c = GetParam();
    const Verdict v = validateInsurerNumber(c.raw);
    EXPECT_EQ(v.valid, c.valid) << c.raw << " " << v.reason;
    EXPECT_EQ(v.normalized, c.normalized);
    EXPECT_NE(v.reason.find(c.reasonPart), std::string::npos) << v.reason;
}

// Published numbers from the domain notes §5.4, then the failure modes of §5.5.
INSTANTIATE_TEST_SUITE_P(Table, InsurerNumberTest, ::testing::Values(
    InsurerCase{"01130012", true, "01130012", ""},
    InsurerCase{"01040013", true, "01040013", ""},
    InsurerCase{"01270016", true, "01270016", ""},
    InsurerCase{"33120015", true, "33120015", ""},
    InsurerCase{"06010391", true, "06010391", ""},
    InsurerCase{"39342027", true, "39342027", ""},
    InsurerCase{"39131156", true, "39131156", ""},
    InsurerCase{"39131040", true, "39131040", ""},  // sum ends in 0 → check digit 0
    InsurerCase{"138156", true, "138156", ""},      // 6-digit 国保
    InsurerCase{"131128", true, "131128", ""},
    InsurerCase{"271007", true, "271007", ""},
    InsurerCase{"０１１３００１２", true, "01130012", ""}, // full width
    InsurerCase{"0113 0012", true, "01130012", ""},
    InsurerCase{"01130013", false, "01130013", "check digit"},
    InsurerCase{"01130021", false, "01130021", "check digit"}, // transposition
    InsurerCase{"1130012", false, "1130012", "leading 0"},
    InsurerCase{"54016027", false, "54016027", "公費"},  // valid Luhn, but 公費 法別
    InsurerCase{"01990012", false, "01990012", "prefecture"},
    InsurerCase{"481234", false, "481234", "prefecture"},
    InsurerCase{"0113O012", false, "0113O012", "digits"},
    InsurerCase{"123", false, "123", "6 or 8"},
    InsurerCase{"", false, "", "empty"}));

TEST(InsurerCheckDigit, MatchesWorkedExample)
{
    EXPECT_EQ(insurerCheckDigit("0113001"), 2);
    EXPECT_EQ(insurerCheckDigit("3913104"), 0);
    EXPECT_EQ(insurerCheckDigit("13815"), 6);
}

TEST(Normalize, FullWidthDigitsAndDashes)
{
    EXPECT_EQ(toHalfWidth("１２３－４５６７"), "123-4567");
    EXPECT_EQ(toHalfWidth("123ー4567"), "123-4567"); // long vowel between digits is a dash
    EXPECT_EQ(toHalfWidth("123−4567"), "123-4567");  // minus sign
    EXPECT_EQ(toHalfWidth("テスト"), "テスト");        // not between digits: kept
    EXPECT_EQ(toHalfWidth("本　１"), "本 1");
}

TEST(Symbol, KeepsKanjiAndKana)
{
    EXPECT_EQ(validateSymbol("本").normalized, "本");
    EXPECT_TRUE(validateSymbol("あ").valid);
    EXPECT_EQ(validateSymbol("１２３４５６７８").normalized, "12345678");
    EXPECT_EQ(validateSymbol(" 12-34 ").normalized, "12-34");
    EXPECT_FALSE(validateSymbol("").valid);
    EXPECT_FALSE(validateSymbol("12$4").valid);
    EXPECT_FALSE(validateSymbol("8S5085533").valid); // OCR misread of 85085533
}

// A lone kana is read from a crop scaled to its own height: small and full-size look alike there.
TEST(Symbol, ALoneSmallKanaIsItsFullSizeKana)
{
    EXPECT_EQ(validateSymbol("ぁ").normalized, "あ");
    EXPECT_EQ(validateSymbol("ッ").normalized, "ツ");
    EXPECT_EQ(validateSymbol("ヶ").normalized, "ケ");
    EXPECT_EQ(validateSymbol("あ").normalized, "あ");
    EXPECT_EQ(validateSymbol("東").normalized, "東");
    EXPECT_EQ(validateSymbol("きょ").normalized, "きょ"); // in a longer 記号 the size shows: kept
}

TEST(Number, DigitsWithHyphens)
{
    EXPECT_TRUE(validateNumber("123-4567").valid);
    EXPECT_EQ(validateNumber("０００４３２１").normalized, "0004321");
    EXPECT_FALSE(validateNumber("12--34").valid);
    EXPECT_FALSE(validateNumber("12a4").valid);
    EXPECT_FALSE(validateNumber("").valid);
}

TEST(Branch, ExactlyTwoDigits)
{
    EXPECT_EQ(validateBranchNumber("01").normalized, "01");
    EXPECT_EQ(validateBranchNumber("（００）").normalized, "00");
    EXPECT_FALSE(validateBranchNumber("1").valid);
    EXPECT_FALSE(validateBranchNumber("001").valid);
    EXPECT_FALSE(validateBranchNumber("O1").valid);
}

TEST(MyNumber, CheckDigit)
{
    // 12-digit numbers generated here with the 番号法 check digit; fictitious.
    EXPECT_TRUE(looksLikeMyNumber("123456789018"));
    EXPECT_FALSE(looksLikeMyNumber("123456789012"));
    EXPECT_FALSE(looksLikeMyNumber("12345678"));
}

TEST(Judge, StatusFromValidationAndConfidence)
{
    EXPECT_EQ(judgeField(FieldId::InsurerNumber, "01130012", 0.95, FieldSource::Ocr).status, FieldStatus::Ok);
    const auto bad = judgeField(FieldId::InsurerNumber, "01130013", 0.99, FieldSource::Ocr);
    EXPECT_EQ(bad.status, FieldStatus::Review);
    EXPECT_FALSE(bad.reason.empty());
    EXPECT_EQ(judgeField(FieldId::InsurerNumber, "01130012", 0.40, FieldSource::Ocr).status, FieldStatus::Review);
    EXPECT_EQ(judgeField(FieldId::Number, "  ", 0.99, FieldSource::Ocr).status, FieldStatus::NotFound);
    EXPECT_EQ(*judgeField(FieldId::Expiry, "令和8年7月31日", 1.0, FieldSource::PdfText).value, "2026-07-31");
}

TEST(DocumentRules, KoukiHasNoSymbolOrBranch)
{
    ScanResult r;
    r.kind = DocumentKind::KakuninshoCard;
    r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "39342027", 1.0, FieldSource::PdfText);
    applyDocumentRules(r, Date{2026, 1, 1});
    EXPECT_EQ(r.field(FieldId::Symbol).status, FieldStatus::NotApplicable);
    EXPECT_EQ(r.field(FieldId::BranchNumber).status, FieldStatus::NotApplicable);
    EXPECT_EQ(r.field(FieldId::Number).status, FieldStatus::NotFound);

    // An insurer number in review may be another insurer's, misread: nothing is claimed on it.
    ScanResult unsure;
    unsure.kind = DocumentKind::KakuninshoCard;
    unsure.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "39342027", 0.3, FieldSource::Ocr);
    ASSERT_EQ(unsure.field(FieldId::InsurerNumber).status, FieldStatus::Review);
    applyDocumentRules(unsure, Date{2026, 1, 1});
    for (FieldId id : {FieldId::Symbol, FieldId::BranchNumber}) {
        EXPECT_EQ(unsure.field(id).status, FieldStatus::NotFound);
        EXPECT_NE(unsure.field(id).reason.find("保険者番号"), std::string::npos);
    }
}

TEST(DocumentRules, UnacceptedKindsNeverOk)
{
    ScanResult r;
    r.kind = DocumentKind::HealthInsuranceCard;
    r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "01130012", 1.0, FieldSource::Ocr);
    applyDocumentRules(r, Date{2026, 1, 1});
    EXPECT_EQ(r.field(FieldId::InsurerNumber).status, FieldStatus::Review);
}

TEST(DocumentRules, MyNumberIsDropped)
{
    ScanResult r;
    r.kind = DocumentKind::Oshirase;
    r.field(FieldId::Number) = judgeField(FieldId::Number, "123456789018", 1.0, FieldSource::Ocr);
    applyDocumentRules(r, Date{2026, 1, 1});
    EXPECT_FALSE(r.field(FieldId::Number).value.has_value());
    EXPECT_TRUE(r.field(FieldId::Number).raw.empty());
}

// A お知らせ prints a 有効期限 only for a holder aged 70–74. "Not printed" is said only when every
// other field is `ok`; on a page read in part (a label missed, a value placed by its form
// alone, in review), staff are told to look.
TEST(DocumentRules, OshiraseExpiryIsAbsentOnlyOnAPageReadWhole)
{
    auto oshirase = [](double branchConfidence) {
        ScanResult r;
        r.kind = DocumentKind::Oshirase;
        r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "01130012", 1.0, FieldSource::Ocr);
        r.field(FieldId::Symbol) = judgeField(FieldId::Symbol, "12", 1.0, FieldSource::Ocr);
        r.field(FieldId::Number) = judgeField(FieldId::Number, "345", 1.0, FieldSource::Ocr);
        if (branchConfidence > 0)
            r.field(FieldId::BranchNumber) = judgeField(FieldId::BranchNumber, "01", branchConfidence, FieldSource::Ocr);
        r.field(FieldId::Expiry).status = FieldStatus::NotFound;
        applyDocumentRules(r, Date{2026, 1, 1});
        return r.field(FieldId::Expiry);
    };
    EXPECT_EQ(oshirase(1.0).status, FieldStatus::NotApplicable);
    for (const double branchConfidence : {0.0, 0.3}) { // not found; read, in review
        const FieldReading unsure = oshirase(branchConfidence);
        EXPECT_EQ(unsure.status, FieldStatus::NotFound);
        EXPECT_NE(unsure.reason.find("70–74"), std::string::npos) << unsure.reason;
    }
    // The マイナポータル PDF likewise: its text layer differing from the print sends the other
    // fields to review, and then nothing is said of a 有効期限 (the print may show one).
    for (const double numberConfidence : {1.0, 0.3}) {
        ScanResult pdf;
        pdf.kind = DocumentKind::PortalPdf;
        pdf.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "39191648", 1.0, FieldSource::PdfText);
        pdf.field(FieldId::Number) = judgeField(FieldId::Number, "70866004", numberConfidence, FieldSource::PdfText);
        applyDocumentRules(pdf, Date{2026, 1, 1});
        EXPECT_EQ(pdf.field(FieldId::Expiry).status, numberConfidence == 1.0 ? FieldStatus::NotApplicable : FieldStatus::NotFound);
    }
    // A 有効期限 label located with nothing read keeps its own reason.
    ScanResult r;
    r.kind = DocumentKind::Oshirase;
    r.field(FieldId::Expiry).status = FieldStatus::NotFound;
    r.field(FieldId::Expiry).box = Box{10, 10, 100, 20};
    r.field(FieldId::Expiry).reason = "nothing read";
    applyDocumentRules(r, Date{2026, 1, 1});
    EXPECT_EQ(r.field(FieldId::Expiry).reason, "nothing read");
}
