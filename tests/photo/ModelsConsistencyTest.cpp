// The data files in models/ load and agree with each other and with the code's expectations.
#include "LabelMatcher.h"
#include "Models.h"
#include "PageText.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace shikaku;

namespace {
const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}
} // namespace

TEST(Models, LoadFromTheSourceTree)
{
    ASSERT_TRUE(models().isValid()) << models().error();
}

TEST(Models, EveryFieldHasLabelsAndSaneOcrSettings)
{
    for (FieldId id : kAllFields) {
        const FieldModel& f = models().field(id);
        EXPECT_FALSE(f.labels.empty()) << toString(id);
        EXPECT_GE(f.glyphPx, 16) << toString(id);  // below ~10 px the LSTM degrades (OCR-NOTES)
        EXPECT_LE(f.glyphPx, 40) << toString(id);
        EXPECT_NE(f.glyphPx, f.secondGlyphPx) << toString(id) << ": the two readings must differ";
    }
    // Digit fields are read with a digit whitelist; the 記号 may hold kanji and kana.
    EXPECT_EQ(models().field(FieldId::InsurerNumber).charset, "0123456789");
    EXPECT_EQ(models().field(FieldId::BranchNumber).charset, "0123456789");
    EXPECT_TRUE(models().field(FieldId::Symbol).charset.empty());
}

TEST(Models, NoLabelIsBothAFieldAndADistractor)
{
    std::set<std::u32string> fieldLabels;
    for (FieldId id : kAllFields)
        for (const auto& l : models().field(id).labels)
            fieldLabels.insert(matchingForm(l));
    for (const auto& d : models().distractorLabels())
        EXPECT_EQ(fieldLabels.count(matchingForm(d)), 0u) << d;
}

TEST(Models, PaperFormatsMatchTheDomainNotes)
{
    auto aspect = [](DocumentKind k) {
        const DocumentModel& d = models().document(k);
        return std::max(d.widthMm, d.heightMm) / std::min(d.widthMm, d.heightMm);
    };
    EXPECT_NEAR(aspect(DocumentKind::KakuninshoCard), 1.586, 0.01);
    EXPECT_NEAR(aspect(DocumentKind::KakuninshoPostcard), 1.48, 0.01);
    EXPECT_NEAR(aspect(DocumentKind::KakuninshoA4), 1.414, 0.01);
    EXPECT_FALSE(models().document(DocumentKind::BackSide).titles.empty());
    EXPECT_FALSE(models().document(DocumentKind::Oshirase).titles.empty());
}

TEST(LabelMatcher, LongestLabelWinsAndDistractorsAreNotFields)
{
    const LabelMatcher m(models());
    auto field = [&](const char* text) -> std::optional<FieldId> {
        const auto hit = m.match(matchingForm(text));
        return hit ? hit->field : std::nullopt;
    };
    EXPECT_EQ(field("保険者番号"), FieldId::InsurerNumber);
    EXPECT_EQ(field("被保険者番号"), FieldId::Number);
    EXPECT_EQ(field("番号"), FieldId::Number);
    EXPECT_EQ(field("（枝番）"), FieldId::BranchNumber);
    EXPECT_EQ(field("有効期限"), FieldId::Expiry);
    EXPECT_EQ(field("有効期間"), FieldId::Expiry);
    EXPECT_EQ(field("発行管理番号"), std::nullopt);
    EXPECT_EQ(field("電話番号"), std::nullopt);
    ASSERT_TRUE(m.match(matchingForm("発行管理番号")).has_value()); // a distractor, not nothing
    const auto combined = m.match(matchingForm("被保険者等記号・番号"));
    ASSERT_TRUE(combined);
    EXPECT_TRUE(combined->combinedSymbolNumber);
    // One misread character in a long label; a stray rule before it.
    EXPECT_EQ(field("有交期限"), FieldId::Expiry);
    EXPECT_EQ(field("|保険者番号"), FieldId::InsurerNumber);
    EXPECT_EQ(field("氏名"), std::nullopt);
    EXPECT_FALSE(m.match(matchingForm("山田太郎")).has_value());
}

TEST(LabelMatcher, ReportsWhereTheValueStarts)
{
    const LabelMatcher m(models());
    const auto hit = m.match(matchingForm("保険者番号 01130012"));
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->end, 5u);
}
