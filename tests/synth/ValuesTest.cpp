// Fictitious values must be well-formed exactly as the scanner's validators define it.
#include "DateText.h"
#include "FictitiousRecord.h"
#include "FieldValidators.h"
#include "SynthDocument.h"

#include <gtest/gtest.h>

#include <set>

using namespace shikaku;
using namespace shikaku::synth;

namespace {

bool allDigits(const std::string& s)
{
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

TEST(Values, RecordsPassTheValidatorsForEveryInsurerType)
{
    for (int type = 0; type <= static_cast<int>(InsurerType::Kouki); ++type) {
        for (std::uint64_t seed = 1; seed <= 300; ++seed) {
            Rng rng(seed);
            const InsuranceRecord r = makeInsuranceRecord(rng, static_cast<InsurerType>(type));
            SCOPED_TRACE(std::string(insurerTypeName(r.type)) + " seed " + std::to_string(seed));
            const Verdict insurer = validateInsurerNumber(r.insurerNumber);
            ASSERT_TRUE(insurer.valid) << insurer.reason;
            EXPECT_TRUE(validateNumber(r.number).valid);
            switch (r.type) {
            case InsurerType::Kouki:
                EXPECT_TRUE(isKoukiInsurer(r.insurerNumber));
                EXPECT_FALSE(r.symbol.has_value());
                EXPECT_FALSE(r.branch.has_value());
                EXPECT_EQ(r.number.size(), 8U);
                break;
            case InsurerType::Kokuho:
                EXPECT_EQ(r.insurerNumber.size(), 6U);
                break;
            case InsurerType::Kyokai:
                EXPECT_EQ(r.insurerNumber.substr(0, 2), "01");
                EXPECT_TRUE(allDigits(*r.symbol));
                EXPECT_GE(r.symbol->size(), 7U);
                EXPECT_LE(r.symbol->size(), 8U);
                break;
            case InsurerType::Kumiai:
                EXPECT_EQ(r.insurerNumber.substr(0, 2), "06");
                EXPECT_LE(r.symbol->size(), 4U);
                break;
            case InsurerType::Kyosai: {
                const int law = std::stoi(r.insurerNumber.substr(0, 2));
                EXPECT_TRUE(law >= 31 && law <= 34);
                break;
            }
            }
            if (r.type != InsurerType::Kouki) {
                ASSERT_TRUE(r.symbol && r.branch);
                EXPECT_TRUE(validateSymbol(*r.symbol).valid);
                EXPECT_TRUE(validateBranchNumber(*r.branch).valid);
            }
            EXPECT_LT(r.issueDate, r.expiry);
            EXPECT_LE(r.qualificationDate, r.issueDate);
        }
    }
}

TEST(Values, ExpiriesLieBothBeforeAndAfterTheReferenceDay)
{
    int past = 0, future = 0;
    std::set<std::string> kokuhoSymbols;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        Rng rng(seed);
        const InsuranceRecord r = makeInsuranceRecord(rng);
        (r.expiry < kReferenceDate ? past : future)++;
        if (r.type == InsurerType::Kokuho)
            kokuhoSymbols.insert(*r.symbol);
    }
    EXPECT_GT(past, 20);
    EXPECT_GT(future, 20);
    // Some 国保 記号 are kanji or kana.
    EXPECT_TRUE(kokuhoSymbols.count("本") + kokuhoSymbols.count("あ") + kokuhoSymbols.count("北") + kokuhoSymbols.count("中央") > 0);
}

TEST(Values, EveryPrintedDateStyleParsesBackToTheSameDate)
{
    const std::vector<Date> dates{{2027, 7, 31}, {2019, 5, 1}, {1989, 1, 8}, {1945, 8, 15}, {2025, 12, 2}};
    for (int style = 0; style <= static_cast<int>(DateStyle::GregorianSlash); ++style) {
        for (const Date& d : dates) {
            const std::string text = formatDate(d, static_cast<DateStyle>(style));
            const DateParse parsed = parseJapaneseDate(text);
            ASSERT_TRUE(parsed.date.has_value()) << text << ": " << parsed.reason;
            EXPECT_EQ(*parsed.date, d) << text;
        }
    }
}

TEST(Values, SameSeedGivesSameTruthAndPixels)
{
    for (int k = 0; k <= static_cast<int>(DocumentKind::Unknown); ++k) {
        const auto kind = static_cast<DocumentKind>(k);
        const FlatDocument a = renderDocument(kind, 42, {100, PdfMode::Text});
        const FlatDocument b = renderDocument(kind, 42, {100, PdfMode::Text});
        EXPECT_EQ(toJson(a.truth).dump(), toJson(b.truth).dump()) << toString(kind);
        EXPECT_TRUE(a.image == b.image) << toString(kind);
    }
    const FlatDocument c = renderDocument(DocumentKind::KakuninshoCard, 43, {100, PdfMode::Text});
    const FlatDocument d = renderDocument(DocumentKind::KakuninshoCard, 42, {100, PdfMode::Text});
    EXPECT_FALSE(c.image == d.image);
}

TEST(Values, TruthJsonRoundTrips)
{
    const FlatDocument doc = renderDocument(DocumentKind::KakuninshoCard, 7, {100, PdfMode::Text});
    const nlohmann::json j = toJson(doc.truth);
    EXPECT_EQ(toJson(truthFromJson(j)), j);
    for (const char* key : {"file", "kind", "layout", "insurer_type", "fields", "photo"})
        EXPECT_TRUE(j.contains(key)) << key;
    for (const char* key : {"insurer_number", "symbol", "number", "branch_number", "expiry"})
        EXPECT_TRUE(j["fields"].contains(key)) << key;
}
