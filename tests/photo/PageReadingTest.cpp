// Reading a flattened page (issue 3, easy and medium photos): labels misread once, values that
// must not run into a misread label, rules that are no rules, titles that lost a few
// characters, and the phone screen that prints no 有効期限. Rules on given text, drawn pages.
#include "DocumentClassifier.h"
#include "FieldJudge.h"
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "PageText.h"
#include "ReadChunkFixture.h"
#include "TextChunkFinder.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

ReadChunk chunkOf(const char* text, int x, int width, const LabelMatcher& labels)
{
    return test::chunkReadAs(text, x, width, labels);
}

const std::vector<ValueLocation>& valuesOf(const FieldLocations& l, FieldId id) { return l.values[static_cast<std::size_t>(id)]; }

} // namespace

TEST(LabelMatcher, ClosingBracketLost)
{
    const LabelMatcher m(models());
    const auto hit = m.match(matchingForm("(枝番 01"));
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->field, FieldId::BranchNumber);
    EXPECT_EQ(hit->end, 3u);
}

TEST(LabelMatcher, CombinedLabelWhoseStartWasLost)
{
    const LabelMatcher m(models());
    const auto hit = m.match(matchingForm("従者等記号番号6910280・42906"));
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->field, FieldId::Symbol);
    EXPECT_TRUE(hit->combinedSymbolNumber);
    EXPECT_EQ(hit->end, 7u);
    // Only kanji or kana before it: digits in front are a value, not a lost label start.
    EXPECT_FALSE(m.match(matchingForm("1234記号番号")).has_value());
    // Too far in: running text that mentions the words.
    EXPECT_FALSE(m.match(matchingForm("この書類に記載された記号・番号")).has_value());
}

TEST(LabelMatcher, ExactOnlyRefusesAMisreadCharacter)
{
    const LabelMatcher m(models());
    EXPECT_TRUE(m.match(matchingForm("有交期限")).has_value());
    EXPECT_FALSE(m.match(matchingForm("有交期限"), true).has_value());
    EXPECT_TRUE(m.match(matchingForm("番号471289"), true).has_value());
}

// 保険者番号 with its 号 lost: 「保険者番0106」. A loose match would take the 0 for the 号 and the
// value would lose its first digit; the 0 stays the value's, which is then never `ok`.
TEST(LabelMatcher, LastCharacterLostLeavesTheDigitToTheValue)
{
    const LabelMatcher m(models());
    const auto hit = m.match(matchingForm("保険者番01060011"));
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->field, FieldId::InsurerNumber);
    EXPECT_EQ(hit->end, 4u);
    EXPECT_TRUE(hit->lastCharacterLost);
    // A kanji misread in the label's last place is no value: 「保険者番弓」.
    const auto misread = m.match(matchingForm("保険者番弓 01060011"));
    ASSERT_TRUE(misread);
    EXPECT_EQ(misread->end, 5u);
    EXPECT_FALSE(misread->lastCharacterLost);

    const ReadChunk glued = chunkOf("保険者番01060011", 10, 400, m);
    PageText page;
    page.chunks = {glued};
    const FieldLocations located = locateFields(page);
    const auto& at = valuesOf(located, FieldId::InsurerNumber);
    ASSERT_EQ(at.size(), 1u);
    EXPECT_FALSE(at[0].doubt.empty());
}

// A reflection washed out 号 and the 0 after it: 「被保険者番:」 beside 「8254451」 (08254451).
// Both models agreed on the 7 digits left; the misread last character puts the value in doubt.
TEST(FieldLocator, ValueBesideALabelWhoseLastCharacterWasMisreadIsInDoubt)
{
    const LabelMatcher labels(models());
    auto doubtBeside = [&](const char* label) {
        PageText page;
        page.bodyGlyphHeight = 20;
        page.chunks.push_back(chunkOf(label, 40, 120, labels));
        page.chunks.push_back(chunkOf("8254451", 200, 140, labels));
        const FieldLocations located = locateFields(page);
        const auto& at = valuesOf(located, FieldId::Number);
        EXPECT_EQ(at.size(), 1u) << label;
        return at.empty() ? std::string("none") : at[0].doubt;
    };
    EXPECT_NE(doubtBeside("被保険者番:"), "");
    EXPECT_EQ(doubtBeside("被保険者番号"), "");
}

TEST(LabelMatcher, WhatMayBeAMisreadFieldLabel)
{
    const LabelMatcher m(models());
    EXPECT_TRUE(m.mayBeFieldLabel(matchingForm("記き")));
    EXPECT_TRUE(m.mayBeFieldLabel(matchingForm("希号471289")));
    EXPECT_TRUE(m.mayBeFieldLabel(matchingForm("(杜帯)")));
    EXPECT_TRUE(m.mayBeFieldLabel(matchingForm("従者等記号番号")));
    EXPECT_TRUE(m.mayBeFieldLabel(matchingForm("科保際者証記"))); // 被保険者証記号: 記 is its sixth character
    EXPECT_FALSE(m.mayBeFieldLabel(matchingForm("者は、")));           // running text
    EXPECT_FALSE(m.mayBeFieldLabel(matchingForm("健康保険資格確認書"))); // a title
    EXPECT_FALSE(m.mayBeFieldLabel(matchingForm("山田太郎")));
}

TEST(FieldLocator, DigitsDoNotRunIntoAMisreadLabel)
{
    // 「番号 471289」 then 「(枝番) 00」 read as 「村閉00」, two characters to the right.
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 20;
    page.chunks.push_back(chunkOf("番号", 40, 40, labels));
    page.chunks.push_back(chunkOf("471289", 100, 120, labels));
    page.chunks.push_back(chunkOf("村閉00", 250, 80, labels));
    const FieldLocations located = locateFields(page);
    const auto& number = valuesOf(located, FieldId::Number);
    ASSERT_EQ(number.size(), 1u);
    EXPECT_LE(number[0].box.br().x, 220);
    // A date goes on across its pieces (「令和 8年 7月31日」).
    page.chunks.clear();
    page.chunks.push_back(chunkOf("有効期限", 40, 80, labels));
    page.chunks.push_back(chunkOf("令和", 140, 40, labels));
    page.chunks.push_back(chunkOf("8年7月31日", 200, 120, labels));
    const FieldLocations dated = locateFields(page);
    const auto& expiry = valuesOf(dated, FieldId::Expiry);
    ASSERT_EQ(expiry.size(), 1u);
    EXPECT_GE(expiry[0].box.br().x, 320);
}

// A value under its label goes on to the right in pieces, as a value beside its label does:
// full-width digits set wide split 「令和９年７月３１日」 into 「令和９年７月３」 and 「１日」.
TEST(FieldLocator, ValueUnderItsLabelGoesOnAcrossItsPieces)
{
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 20;
    page.chunks.push_back(chunkOf("有効期限", 40, 80, labels));
    page.chunks.push_back(chunkOf("令和9年7月3", 40, 200, labels));
    page.chunks.push_back(chunkOf("1日", 270, 40, labels));
    page.chunks.push_back(chunkOf("氏名", 600, 40, labels));
    for (std::size_t i = 1; i < page.chunks.size(); ++i)
        page.chunks[i].chunk.box.y += 28;
    const FieldLocations located = locateFields(page);
    const auto& expiry = valuesOf(located, FieldId::Expiry);
    ASSERT_EQ(expiry.size(), 1u);
    EXPECT_EQ(expiry[0].box.x, 40);
    EXPECT_EQ(expiry[0].box.br().x, 310); // both pieces, not the print further right
}

// A 有効期限 box printed beside the notes column: the notes' small print on the label's row is
// no value when the date under the label is printed larger than it.
TEST(FieldLocator, ValueUnderItsLabelWinsOverSmallerPrintBeside)
{
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 20;
    page.chunks.push_back(chunkOf("有効期限", 40, 80, labels));      // glyph 20
    page.chunks.push_back(chunkOf("注意事項", 260, 60, labels));     // beside it, in smaller print
    page.chunks.back().chunk.glyphHeight = 14;
    page.chunks.push_back(chunkOf("R08.07.31", 38, 160, labels));    // under it, larger
    page.chunks.back().chunk.glyphHeight = 24;
    page.chunks.back().chunk.box.y += 26;
    const FieldLocations located = locateFields(page);
    const auto& expiry = valuesOf(located, FieldId::Expiry);
    ASSERT_EQ(expiry.size(), 1u);
    EXPECT_EQ(expiry[0].box.x, 38);
    // Print beside it as large as the label stays the value, whatever lies below.
    page.chunks[1].chunk.glyphHeight = 20;
    const FieldLocations beside = locateFields(page);
    ASSERT_EQ(valuesOf(beside, FieldId::Expiry).size(), 1u);
    EXPECT_EQ(valuesOf(beside, FieldId::Expiry)[0].box.x, 260);
}

// 「被保険者記号・番号 9797・950-3068」 in small letter-spaced print: the middle dot is too small
// to be a chunk, and the gap it leaves between 9797 and 950-3068 is wider than two characters.
TEST(FieldLocator, CombinedValueGoesOnAcrossItsMiddleDot)
{
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 20;
    page.chunks.push_back(chunkOf("被保険者記号・番号", 40, 180, labels));
    page.chunks.push_back(chunkOf("9797", 240, 60, labels));
    page.chunks.push_back(chunkOf("950-3068", 345, 120, labels)); // 45 px on: 2.25 characters
    const FieldLocations located = locateFields(page);
    const auto& symbol = valuesOf(located, FieldId::Symbol);
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_EQ(symbol[0].box.br().x, 465);
}

TEST(FieldLocator, ValueStartsAfterAClosingBracketReadAsAComma)
{
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 20;
    page.chunks.push_back(chunkOf("(枝番,01", 40, 120, labels)); // 6 symbols of 20 px
    const FieldLocations located = locateFields(page);
    const auto& branch = valuesOf(located, FieldId::BranchNumber);
    ASSERT_EQ(branch.size(), 1u);
    EXPECT_GE(branch[0].box.x, 40 + 4 * 20 - 1); // at the 0, not at the comma
}

TEST(DocumentRules, PhoneScreenWithoutExpiryLabel)
{
    auto screen = [](bool symbolFound, bool symbolRead = true) {
        ScanResult r;
        r.kind = DocumentKind::PortalScreen;
        r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "01130012", 0.95, FieldSource::Ocr);
        if (symbolFound)
            r.field(FieldId::Symbol) = judgeField(FieldId::Symbol, symbolRead ? "3546" : "", 0.95, FieldSource::Ocr);
        if (symbolFound && !symbolRead)
            r.field(FieldId::Symbol).box = Box{40, 300, 30, 24}; // its label found, nothing read there
        r.field(FieldId::Number) = judgeField(FieldId::Number, "80478686", 0.6, FieldSource::Ocr); // review counts
        r.field(FieldId::BranchNumber) = judgeField(FieldId::BranchNumber, "00", 0.95, FieldSource::Ocr);
        r.field(FieldId::Expiry).status = FieldStatus::NotFound;
        applyDocumentRules(r, Date{2026, 1, 1});
        return r.field(FieldId::Expiry).status;
    };
    EXPECT_EQ(screen(true), FieldStatus::NotApplicable);
    // Every other label found, one value unreadable (a one-kanji 記号): the labels still read
    // there, so the missing 有効期限 label is not printed.
    EXPECT_EQ(screen(true, false), FieldStatus::NotApplicable);
    // A label missing elsewhere: the page may be unreadable there, so staff look.
    EXPECT_EQ(screen(false), FieldStatus::NotFound);
}

// A reflection on the page can hide the 有効期限 label while every other label reads cleanly (a
// generated phone photo did exactly that: "the screen shows no 有効期限" over a clipped one).
// With a clipped spot a glyph across (the values' box height, squared), on a page too bright
// for a reflection to show, or beside a date whose label did not read, "not printed" is not said.
TEST(DocumentRules, NoAbsentExpiryUnderAReflection)
{
    auto expiryWith = [](DocumentKind kind, double largestGlareSpot, bool measurable = true, bool unseen = false,
                         bool unexplainedDate = false) {
        ScanResult r;
        r.kind = kind;
        r.quality.largestGlareSpot = largestGlareSpot;
        r.quality.reflectionsUnseen = unseen;
        r.unexplainedDate = unexplainedDate;
        r.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, "01130012", 0.95, FieldSource::Ocr);
        r.field(FieldId::Symbol) = judgeField(FieldId::Symbol, "3546", 0.95, FieldSource::Ocr);
        r.field(FieldId::Number) = judgeField(FieldId::Number, "80478686", 0.95, FieldSource::Ocr);
        r.field(FieldId::BranchNumber) = judgeField(FieldId::BranchNumber, "00", 0.95, FieldSource::Ocr);
        if (measurable) { // a 500 × 1000 page with values 25 px high: a glyph is 0.125 % of it
            r.rectified = cv::Mat(1000, 500, CV_8UC3, cv::Scalar(255, 255, 255));
            int y = 100;
            for (FieldId id : {FieldId::InsurerNumber, FieldId::Symbol, FieldId::Number, FieldId::BranchNumber})
                r.field(id).box = Box{40, y += 100, 120, 25};
        }
        r.field(FieldId::Expiry).status = FieldStatus::NotFound;
        applyDocumentRules(r, Date{2026, 1, 1});
        return r.field(FieldId::Expiry);
    };
    for (const DocumentKind kind : {DocumentKind::PortalScreen, DocumentKind::Oshirase}) {
        EXPECT_EQ(expiryWith(kind, 0.0).status, FieldStatus::NotApplicable);
        EXPECT_EQ(expiryWith(kind, 0.0005).status, FieldStatus::NotApplicable); // 0.4 glyph: a screen widget's speck
        for (const auto& [spot, measurable] : {std::pair{0.004, true}, std::pair{0.0005, false}}) {
            const FieldReading hidden = expiryWith(kind, spot, measurable); // 3.2 glyphs; no glyph to measure by
            EXPECT_EQ(hidden.status, FieldStatus::NotFound);
            EXPECT_NE(hidden.reason.find("reflection"), std::string::npos) << hidden.reason;
        }
        // A page so bright that no reflection can stand out measures no spot at all, and a
        // reflection there may still hide the label: staff look.
        const FieldReading unseen = expiryWith(kind, 0.0, true, true);
        EXPECT_EQ(unseen.status, FieldStatus::NotFound);
        EXPECT_NE(unseen.reason.find("bright"), std::string::npos) << unseen.reason;
        // A date nothing explains (UnreadDateLabel) may be the 有効期限 itself.
        const FieldReading besideDate = expiryWith(kind, 0.0, true, false, true);
        EXPECT_EQ(besideDate.status, FieldStatus::NotFound);
        EXPECT_NE(besideDate.reason.find("no label that reads"), std::string::npos) << besideDate.reason;
    }
}

TEST(Kinds, TitlesWithTheirFirstCharactersLost)
{
    auto classify = [](const char* text, double aspect) {
        PageText page;
        page.bodyGlyphHeight = 20;
        ReadChunk c;
        c.chunk.box = cv::Rect(10, 10, 300, 30);
        c.chunk.glyphHeight = 30;
        c.read = true;
        c.text = matchingForm(text);
        page.chunks.push_back(c);
        return classifyDocument({page, FieldLocations{}, aspect, 0.03, KindHint::Auto}, models());
    };
    // 資格 washed out by glare.
    EXPECT_EQ(classify("情報通知書", 1.58), DocumentKind::Oshirase);
    // 健康保険 faded on a phone: 資格情報 counts on a tall page only.
    EXPECT_EQ(classify("証の資格情報", 1.8), DocumentKind::PortalScreen);
    EXPECT_EQ(classify("証の資格情報", 1.41), DocumentKind::Unknown);
    EXPECT_EQ(classify("資格情報のお知らせ", 1.8), DocumentKind::Oshirase);
    // The insurer's name is one character from the phone's title 健康保険証: a card whose title
    // was cut off by a wrong outline (a tall page) is no phone screen.
    EXPECT_EQ(classify("全国健康保険協会宮崎支部", 2.14), DocumentKind::Unknown);
    EXPECT_EQ(classify("日立健康保険組合", 2.14), DocumentKind::Unknown);
    EXPECT_EQ(classify("健康保険証の資格情報", 2.14), DocumentKind::PortalScreen);
}

TEST(TextChunkFinder, LargeTitleStrokesOnAPortraitPageAreNoRules)
{
    // A postcard standing up (631 px wide): its title's horizontal strokes are longer than
    // four characters of the width-based guess, but shorter than four of its body text.
    cv::Mat page(1000, 631, CV_8UC1, cv::Scalar(235));
    cv::putText(page, "TEE", {120, 90}, cv::FONT_HERSHEY_SIMPLEX, 2.4, cv::Scalar(30), 5);
    for (int row = 0; row < 14; ++row)
        cv::putText(page, "1234 5678", {60, 200 + row * 40}, cv::FONT_HERSHEY_SIMPLEX, 0.6, cv::Scalar(30), 2);
    const TextChunkLayout layout = findTextChunks(page);
    int titleRight = 0;
    for (const auto& c : layout.chunks)
        if (c.box.y < 100 && c.box.br().y > 60)
            titleRight = std::max(titleRight, c.box.br().x);
    int baseline = 0;
    const cv::Size title = cv::getTextSize("TEE", cv::FONT_HERSHEY_SIMPLEX, 2.4, 5, &baseline);
    EXPECT_GT(titleRight, 120 + title.width - 10); // the last E is still there
}

TEST(TextChunkFinder, TitleIsNotJoinedToTheFramedBoxBesideIt)
{
    cv::Mat page(631, 1000, CV_8UC1, cv::Scalar(235));
    int baseline = 0;
    const int titleEnd = 60 + cv::getTextSize("TITLE", cv::FONT_HERSHEY_SIMPLEX, 1.8, 4, &baseline).width;
    cv::putText(page, "TITLE", {60, 100}, cv::FONT_HERSHEY_SIMPLEX, 1.8, cv::Scalar(30), 4);
    // The box's left side a little after the title, its date right behind it.
    cv::rectangle(page, cv::Rect(titleEnd + 8, 40, 400, 90), cv::Scalar(40), 2);
    cv::putText(page, "2027", {titleEnd + 20, 100}, cv::FONT_HERSHEY_SIMPLEX, 1.8, cv::Scalar(30), 4);
    for (int row = 0; row < 9; ++row)
        cv::putText(page, "1234 5678", {60, 220 + row * 40}, cv::FONT_HERSHEY_SIMPLEX, 0.8, cv::Scalar(30), 2);
    const TextChunkLayout layout = findTextChunks(page);
    bool titleAlone = false, joined = false;
    for (const auto& c : layout.chunks) {
        if (c.box.y > 140)
            continue;
        titleAlone |= c.box.x < 100 && c.box.br().x <= titleEnd + 8;
        joined |= c.box.x < 100 && c.box.br().x > titleEnd + 20;
    }
    EXPECT_TRUE(titleAlone);
    EXPECT_FALSE(joined);
}
