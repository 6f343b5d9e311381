// Every kind renders a non-blank page of the right shape, with truth consistent with its kind.
#include "FieldValidators.h"
#include "SynthDocument.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace shikaku;
using namespace shikaku::synth;

namespace {

/// Standard deviation of the grey levels: near 0 means a blank page.
double greyDeviation(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0, sumSq = 0;
    const double n = static_cast<double>(grey.width()) * grey.height();
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            sum += row[x];
            sumSq += static_cast<double>(row[x]) * row[x];
        }
    }
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, sumSq / n - mean * mean));
}

double longOverShort(double w, double h) { return std::max(w, h) / std::min(w, h); }

struct Shape {
    DocumentKind kind;
    double minRatio, maxRatio;
};

} // namespace

TEST(Render, EachKindIsNonBlankWithTheRightAspectRatio)
{
    const std::vector<Shape> shapes{
        {DocumentKind::KakuninshoCard, 1.54, 1.62},      {DocumentKind::HealthInsuranceCard, 1.54, 1.62},
        {DocumentKind::KakuninshoPostcard, 1.40, 1.56},  {DocumentKind::KakuninshoA4, 1.40, 1.43},
        {DocumentKind::Oshirase, 1.40, 1.66},            {DocumentKind::PortalPdf, 1.40, 1.43},
        {DocumentKind::PortalScreen, 2.0, 2.2},          {DocumentKind::BackSide, 1.46, 1.62},
        {DocumentKind::Unknown, 1.0, 4.0},
    };
    for (const Shape& s : shapes) {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            const FlatDocument doc = renderDocument(s.kind, seed, {80, PdfMode::Text});
            SCOPED_TRACE(std::string(toString(s.kind)) + " seed " + std::to_string(seed) + " " + doc.truth.layout);
            ASSERT_FALSE(doc.image.isNull());
            EXPECT_GT(greyDeviation(doc.image), 8.0);
            const double ratio = longOverShort(doc.image.width(), doc.image.height());
            EXPECT_NEAR(ratio, longOverShort(doc.sizeMm.width(), doc.sizeMm.height()), 0.02);
            EXPECT_GE(ratio, s.minRatio);
            EXPECT_LE(ratio, s.maxRatio);
            EXPECT_EQ(doc.truth.kind, toString(s.kind));
            EXPECT_FALSE(doc.truth.layout.empty());
        }
    }
}

TEST(Render, CardIsAboutThreeHundredDpiByDefault)
{
    const FlatDocument card = renderDocument(DocumentKind::KakuninshoCard, 5);
    EXPECT_NEAR(card.image.width(), 1011, 25);
    const FlatDocument a4 = renderDocument(DocumentKind::KakuninshoA4, 5);
    EXPECT_NEAR(a4.image.width(), 2480, 5);
}

TEST(Render, TruthFieldsMatchTheKindRules)
{
    for (int k = 0; k <= static_cast<int>(DocumentKind::Unknown); ++k) {
        const auto kind = static_cast<DocumentKind>(k);
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            const FlatDocument doc = renderDocument(kind, seed, {40, PdfMode::Text});
            const FieldTruth& f = doc.truth.fields;
            SCOPED_TRACE(std::string(toString(kind)) + " seed " + std::to_string(seed));
            if (kind == DocumentKind::BackSide || kind == DocumentKind::Unknown) {
                EXPECT_FALSE(f.insurerNumber || f.symbol || f.number || f.branchNumber || f.expiry);
                EXPECT_EQ(doc.truth.insurerType, "none");
                continue;
            }
            ASSERT_TRUE(f.insurerNumber && f.number);
            EXPECT_TRUE(validateInsurerNumber(*f.insurerNumber).valid);
            EXPECT_TRUE(validateNumber(*f.number).valid);
            if (f.symbol) {
                EXPECT_TRUE(validateSymbol(*f.symbol).valid);
            }
            if (f.branchNumber) {
                EXPECT_TRUE(validateBranchNumber(*f.branchNumber).valid);
            }
            if (f.expiry) {
                EXPECT_TRUE(validateExpiry(*f.expiry).valid);
            }
            if (isKoukiInsurer(*f.insurerNumber)) {
                EXPECT_FALSE(f.symbol || f.branchNumber);
            }
            if (kind == DocumentKind::KakuninshoCard || kind == DocumentKind::KakuninshoPostcard || kind == DocumentKind::KakuninshoA4) {
                EXPECT_TRUE(f.expiry.has_value()); // 資格確認書 always print one
            }
            if (kind == DocumentKind::Oshirase) { // お知らせ: an expiry only for 70–74 year olds
                EXPECT_EQ(f.expiry.has_value(), doc.truth.printed.value("age_70_to_74", false));
            }
        }
    }
}

TEST(Render, FieldBoxesSitOnPrintedInkForEveryPrintedField)
{
    for (int k = 0; k <= static_cast<int>(DocumentKind::Unknown); ++k) {
        const auto kind = static_cast<DocumentKind>(k);
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const FlatDocument doc = renderDocument(kind, seed, {100, PdfMode::Text});
            SCOPED_TRACE(std::string(toString(kind)) + " seed " + std::to_string(seed) + " " + doc.truth.layout);
            const nlohmann::json j = toJson(doc.truth);
            for (const char* field : {"insurer_number", "symbol", "number", "branch_number", "expiry"}) {
                int boxes = 0;
                for (const auto& box : doc.truth.fieldBoxes) {
                    if (box["field"] != field)
                        continue;
                    ++boxes;
                    if (doc.isPdf() || box["page"] != 1)
                        continue;
                    // The box must hold dark ink: the value is really printed there.
                    const auto& px = box["px"];
                    const QRect r(static_cast<int>(px[0].get<double>()), static_cast<int>(px[1].get<double>()),
                                  std::max(1, static_cast<int>(px[2].get<double>())), std::max(1, static_cast<int>(px[3].get<double>())));
                    const QImage crop = doc.image.copy(r).convertToFormat(QImage::Format_Grayscale8);
                    int darkest = 255;
                    for (int y = 0; y < crop.height(); ++y)
                        for (int x = 0; x < crop.width(); ++x)
                            darkest = std::min<int>(darkest, crop.constScanLine(y)[x]);
                    EXPECT_LT(darkest, 110) << field;
                }
                if (j["fields"][field].is_null()) {
                    EXPECT_EQ(boxes, 0) << field;
                } else {
                    EXPECT_GE(boxes, 1) << field;
                }
            }
        }
    }
}
