#include "Models.h"
#include "TitleKind.h"

#include <gtest/gtest.h>

namespace shikaku {
namespace {

class TitleKindTest : public ::testing::Test {
protected:
    void SetUp() override { models = Models::load(Models::defaultDirectory()); }
    std::optional<DocumentKind> kind(const std::vector<std::string>& lines, double w = 210, double h = 297) const
    {
        return kindFromTitles(lines, models, w, h);
    }
    Models models;
};

TEST_F(TitleKindTest, PortalPage) { EXPECT_EQ(kind({"マイナポータル 資格情報", "保険者番号 01130012"}), DocumentKind::PortalPdf); }

TEST_F(TitleKindTest, OshiraseMentioningThePortalInItsBody)
{
    EXPECT_EQ(kind({"資格情報のお知らせ", "保険者番号", "マイナポータルでも確認できます"}), DocumentKind::Oshirase);
}

TEST_F(TitleKindTest, KakuninshoByPageSize)
{
    EXPECT_EQ(kind({"健康保険 資格確認書"}), DocumentKind::KakuninshoA4);
    EXPECT_EQ(kind({"健康保険 資格確認書"}, 85.6, 54.0), DocumentKind::KakuninshoCard);
    EXPECT_EQ(kind({"健康保険 資格確認書"}, 100.0, 148.0), DocumentKind::KakuninshoPostcard);
}

TEST_F(TitleKindTest, OldCardTitleButNotTheSymbolLabel)
{
    EXPECT_EQ(kind({"健康保険被保険者証", "記号 1234"}), DocumentKind::HealthInsuranceCard);
    EXPECT_EQ(kind({"被保険者証記号 1234"}), std::nullopt);
}

TEST_F(TitleKindTest, NothingKnown) { EXPECT_EQ(kind({"請求書", "合計 1200円"}), std::nullopt); }

} // namespace
} // namespace shikaku
