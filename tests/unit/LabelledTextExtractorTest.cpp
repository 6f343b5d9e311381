// The label logic over constructed positioned text: layouts and the distractors that sit
// next to the five fields on real documents.
#include "LabelledTextExtractor.h"
#include "Models.h"
#include "TextNormalize.h"

#include <gtest/gtest.h>

namespace shikaku {
namespace {

constexpr int kChar = 40; // a 40 px character cell, about 10 pt at 300 dpi

// A piece of text starting at (x, y), one 40 px cell per code point.
TextPiece piece(const std::string& text, int x, int y, double confidence = 1.0)
{
    const int n = static_cast<int>(decodeUtf8(text).size());
    return {text, {x, y, n * kChar, kChar}, confidence, {}};
}

class ExtractorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        models = Models::load(Models::defaultDirectory());
        ASSERT_TRUE(models.isValid()) << models.error();
    }
    LabelledText extract(const std::vector<TextPiece>& pieces) const
    {
        return LabelledTextExtractor(LabelSet::fromModels(models)).extract(pieces);
    }
    Models models;
};

TEST_F(ExtractorTest, ValueRightOfLabelInATable)
{
    const auto t = extract({piece("保険者番号", 100, 100), piece("01130012", 700, 100), piece("枝番", 100, 200),
                            piece("00", 700, 200), piece("有効期限", 100, 300), piece("令和9年7月31日", 700, 300)});
    EXPECT_EQ(t.field(FieldId::InsurerNumber).raw, "01130012");
    EXPECT_EQ(t.field(FieldId::BranchNumber).raw, "00");
    EXPECT_EQ(t.field(FieldId::Expiry).raw, "令和9年7月31日");
    EXPECT_EQ(t.field(FieldId::InsurerNumber).box, (Box{700, 100, 8 * kChar, kChar}));
    EXPECT_DOUBLE_EQ(t.field(FieldId::InsurerNumber).confidence, 1.0);
    EXPECT_FALSE(t.field(FieldId::Symbol).labelFound);
}

TEST_F(ExtractorTest, InsurerNumberNeverMatchesInsideHihokenshaBangou)
{
    const auto t = extract({piece("被保険者番号", 100, 100), piece("12345678", 700, 100), piece("保険者番号", 100, 200),
                            piece("39342027", 700, 200)});
    EXPECT_EQ(t.field(FieldId::Number).raw, "12345678");
    EXPECT_EQ(t.field(FieldId::InsurerNumber).raw, "39342027");
}

TEST_F(ExtractorTest, OnlyHihokenshaBangouPrintedLeavesInsurerUnfound)
{
    const auto t = extract({piece("被保険者番号", 100, 100), piece("12345678", 700, 100)});
    EXPECT_FALSE(t.field(FieldId::InsurerNumber).labelFound);
    EXPECT_EQ(t.field(FieldId::Number).raw, "12345678");
}

TEST_F(ExtractorTest, BangouNeverMatchesInsideOtherNumberLabels)
{
    const auto t = extract({piece("発行管理番号", 100, 100), piece("1234567890", 700, 100), piece("電話番号", 100, 200),
                            piece("03-1234-5678", 700, 200), piece("交付番号", 100, 300), piece("777", 700, 300)});
    EXPECT_FALSE(t.field(FieldId::Number).labelFound);
    EXPECT_FALSE(t.field(FieldId::InsurerNumber).labelFound);
    EXPECT_EQ(t.labelsFound(), 0);
}

TEST_F(ExtractorTest, BangouFoundBesideTheDistractors)
{
    const auto t = extract({piece("発行管理番号", 100, 100), piece("1234567890", 700, 100), piece("記号", 100, 200),
                            piece("1234", 700, 200), piece("番号", 100, 300), piece("5678", 700, 300)});
    EXPECT_EQ(t.field(FieldId::Symbol).raw, "1234");
    EXPECT_EQ(t.field(FieldId::Number).raw, "5678");
}

TEST_F(ExtractorTest, ExpiryNotConfusedWithOtherDates)
{
    const auto t = extract({piece("生年月日", 100, 100), piece("昭和55年4月1日", 700, 100), piece("交付年月日", 100, 200),
                            piece("令和6年12月2日", 700, 200), piece("有効期限", 100, 300), piece("令和9年7月31日", 700, 300)});
    EXPECT_EQ(t.field(FieldId::Expiry).raw, "令和9年7月31日");
}

TEST_F(ExtractorTest, ExpiryValueStopsAtTheNextLabelOnTheSameLine)
{
    const auto t = extract({piece("有効期限", 100, 100), piece("令和9年7月31日", 300, 100), piece("交付年月日", 760, 100),
                            piece("令和6年12月2日", 980, 100)});
    EXPECT_EQ(t.field(FieldId::Expiry).raw, "令和9年7月31日");
    const auto u = extract({piece("交付年月日", 100, 100), piece("令和6年12月2日", 320, 100), piece("有効期限", 820, 100),
                            piece("令和9年7月31日", 1000, 100)});
    EXPECT_EQ(u.field(FieldId::Expiry).raw, "令和9年7月31日");
}

TEST_F(ExtractorTest, MyNumberLastDigitsAreNeverAField)
{
    const auto t = extract({piece("マイナンバー下4桁", 100, 100), piece("1234", 700, 100), piece("番号", 100, 200),
                            piece("5678", 700, 200)});
    EXPECT_EQ(t.field(FieldId::Number).raw, "5678");
    for (const auto& f : t.fields)
        EXPECT_EQ(f.raw.find("1234"), std::string::npos);
}

TEST_F(ExtractorTest, CombinedSymbolAndNumberAreSplitAtTheMiddleDot)
{
    const auto t = extract({piece("被保険者等記号・番号", 100, 100), piece("12345678・4321", 700, 100)});
    EXPECT_EQ(t.field(FieldId::Symbol).raw, "12345678");
    EXPECT_EQ(t.field(FieldId::Number).raw, "4321");
    EXPECT_TRUE(t.field(FieldId::Symbol).combined);
    EXPECT_EQ(t.field(FieldId::Number).box.x, 700 + 9 * kChar);
}

TEST_F(ExtractorTest, CombinedWithLookAlikeDotsAndASpace)
{
    // ‧ (U+2027) is what a CJK font's ToUnicode often gives for ・; ･ is the half-width dot.
    const auto t = extract({piece("被保険者等記号‧番号", 100, 100), piece("本", 700, 100), piece("123-4567", 780, 100)});
    EXPECT_EQ(t.field(FieldId::Symbol).raw, "本");
    EXPECT_EQ(t.field(FieldId::Number).raw, "123-4567");
    const auto u = extract({piece("組合員等記号･番号", 100, 100), piece("1234･56789", 700, 100)});
    EXPECT_EQ(u.field(FieldId::Symbol).raw, "1234");
    EXPECT_EQ(u.field(FieldId::Number).raw, "56789");
}

TEST_F(ExtractorTest, CombinedThatCannotBeSplitIsDoubtful)
{
    const auto t = extract({piece("被保険者等記号・番号", 100, 100), piece("123456784321", 700, 100)});
    EXPECT_DOUBLE_EQ(t.field(FieldId::Symbol).confidence, 0.0);
    EXPECT_DOUBLE_EQ(t.field(FieldId::Number).confidence, 0.0);
    EXPECT_FALSE(t.field(FieldId::Symbol).note.empty());
}

TEST_F(ExtractorTest, StackedLabelsTakeTheValueBelowInTheirColumn)
{
    const auto t = extract({piece("保険者番号", 100, 100), piece("記号", 600, 100), piece("番号", 900, 100), piece("枝番", 1200, 100),
                            piece("01130012", 100, 160), piece("12345678", 560, 160), piece("4321", 900, 160), piece("00", 1200, 160)});
    EXPECT_EQ(t.field(FieldId::InsurerNumber).raw, "01130012");
    EXPECT_EQ(t.field(FieldId::Symbol).raw, "12345678");
    EXPECT_EQ(t.field(FieldId::Number).raw, "4321");
    EXPECT_EQ(t.field(FieldId::BranchNumber).raw, "00");
    EXPECT_TRUE(t.field(FieldId::Number).below);
    for (FieldId id : {FieldId::InsurerNumber, FieldId::Symbol, FieldId::Number, FieldId::BranchNumber})
        EXPECT_DOUBLE_EQ(t.field(id).confidence, 1.0);
}

TEST_F(ExtractorTest, StackedValueRunningUnderTheNextLabelIsDoubtful)
{
    // 12345678 continues under 番号 without a gap: cutting it there would shorten it silently.
    const auto t = extract({piece("記号", 100, 100), piece("番号", 300, 100), piece("123456789012", 100, 160)});
    EXPECT_DOUBLE_EQ(t.field(FieldId::Symbol).confidence, 0.0);
    EXPECT_FALSE(t.field(FieldId::Symbol).note.empty());
}

TEST_F(ExtractorTest, StackedLabelWithNothingBelowWithinReachHasNoValue)
{
    const auto t = extract({piece("有効期限", 100, 100), piece("令和9年7月31日", 100, 600)});
    EXPECT_TRUE(t.field(FieldId::Expiry).labelFound);
    EXPECT_TRUE(t.field(FieldId::Expiry).raw.empty());
}

TEST_F(ExtractorTest, KangxiRadicalsFromTextLayersAreFolded)
{
    const auto t = extract({piece("有効期限", 100, 100), piece("令和9年2\u2F49 21\u2F47", 700, 100)});
    EXPECT_EQ(removeSpaces(t.field(FieldId::Expiry).raw), "令和9年2月21日");
}

TEST_F(ExtractorTest, LetterSpacedLabelPiecesStillMatch)
{
    std::vector<TextPiece> pieces;
    int x = 100;
    for (const char* c : {"保", "険", "者", "番", "号"}) {
        pieces.push_back(piece(c, x, 100));
        x += kChar + 12;
    }
    pieces.push_back(piece("01130012", 700, 100));
    EXPECT_EQ(extract(pieces).field(FieldId::InsurerNumber).raw, "01130012");
}

TEST_F(ExtractorTest, LabelGluedToAnotherWordIsNotALabel)
{
    // An OCR misread of 保険者番号 must not turn into the 番号 label.
    const auto t = extract({piece("保険考番号", 100, 100), piece("01130012", 700, 100)});
    EXPECT_FALSE(t.field(FieldId::Number).labelFound);
    EXPECT_FALSE(t.field(FieldId::InsurerNumber).labelFound);
}

TEST_F(ExtractorTest, ExpiryRangeGivesItsEnd)
{
    const auto t = extract({piece("有効期間", 100, 100), piece("令和7年8月1日～令和8年7月31日", 700, 100)});
    EXPECT_EQ(t.field(FieldId::Expiry).raw, "令和8年7月31日");
}

TEST_F(ExtractorTest, SeparatorAfterTheLabelIsNotPartOfTheValue)
{
    const auto t = extract({piece("保険者番号：01130012", 100, 100), piece("（枝番）", 100, 200), piece("01", 400, 200)});
    EXPECT_EQ(t.field(FieldId::InsurerNumber).raw, "01130012");
    EXPECT_EQ(t.field(FieldId::BranchNumber).raw, "01");
}

TEST_F(ExtractorTest, ConfidenceIsTheWeakestCharacter)
{
    const auto t = extract({piece("番号", 100, 100), piece("12", 700, 100, 0.9), piece("34", 780, 100, 0.6)});
    EXPECT_EQ(t.field(FieldId::Number).raw, "1234");
    EXPECT_DOUBLE_EQ(t.field(FieldId::Number).confidence, 0.6);
}

TEST_F(ExtractorTest, UnmappedCharactersMakeTheTextUnclean)
{
    const auto t = extract({piece("番号", 100, 100), piece("12\uE001", 700, 100)});
    EXPECT_DOUBLE_EQ(t.field(FieldId::Number).confidence, 0.0);
}

TEST_F(ExtractorTest, OneValueUnderTwoLabelsIsDistrusted)
{
    // A value sitting under two stacked labels (one misplaced) must not be trusted for both.
    const auto t = extract({piece("記号", 100, 100), piece("番号", 100, 160), piece("4321", 100, 220)});
    const auto& symbol = t.field(FieldId::Symbol);
    const auto& number = t.field(FieldId::Number);
    if (!symbol.raw.empty() && !number.raw.empty()) {
        EXPECT_DOUBLE_EQ(symbol.confidence, 0.0);
        EXPECT_DOUBLE_EQ(number.confidence, 0.0);
    }
    EXPECT_EQ(number.raw, "4321");
}

TEST_F(ExtractorTest, LinesAreReportedForTitles)
{
    const auto t = extract({piece("マイナポータル", 100, 40), piece("資格情報", 420, 40), piece("保険者番号", 100, 200)});
    ASSERT_FALSE(t.lines.empty());
    EXPECT_EQ(t.lines.front(), "マイナポータル資格情報");
}

} // namespace
} // namespace shikaku
