// ValueByForm: the 保険者番号 found by its form when no label was read, and never `ok`.
#include "FieldValidators.h"
#include "FieldValueReader.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "OcrEngine.h"
#include "ValueByForm.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <string>

using namespace shikaku;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

// 8 digits with the check digit the validator expects (法別 01, prefecture 13).
std::string validInsurerNumber()
{
    const std::string body = "0113001";
    return body + std::to_string(insurerCheckDigit(body));
}

void addChunk(PageText& page, const std::string& text, int x, int y)
{
    ReadChunk c;
    c.read = true;
    c.text = matchingForm(text);
    c.chunk.box = cv::Rect(x, y, 24 * static_cast<int>(c.text.size()), 40);
    c.chunk.glyphHeight = 36;
    c.label = LabelMatcher(models()).match(c.text);
    page.chunks.push_back(c);
}

const std::vector<ValueLocation>& insurerPlaces(const FieldLocations& at)
{
    return at.values[static_cast<std::size_t>(FieldId::InsurerNumber)];
}

} // namespace

TEST(ValueByForm, OneValidInsurerNumberWithoutLabelIsLocated)
{
    ASSERT_TRUE(validateInsurerNumber(validInsurerNumber()).valid);
    PageText page;
    addChunk(page, "氏名", 40, 40);
    addChunk(page, validInsurerNumber(), 300, 200);
    FieldLocations at = locateFields(page);
    ASSERT_TRUE(insurerPlaces(at).empty());
    EXPECT_TRUE(locateInsurerNumberByForm(page, at));
    ASSERT_EQ(insurerPlaces(at).size(), 1u);
    EXPECT_FALSE(insurerPlaces(at)[0].doubt.empty());
    EXPECT_EQ(insurerPlaces(at)[0].box.x, 300);
}

TEST(ValueByForm, NothingWhenTheFormDoesNotNameTheField)
{
    const std::string valid = validInsurerNumber();
    std::string wrongCheck = valid;
    wrongCheck.back() = wrongCheck.back() == '9' ? '0' : static_cast<char>(wrongCheck.back() + 1);
    for (const std::string& text : {wrongCheck, std::string("123456789012"), "No." + valid}) {
        PageText page;
        addChunk(page, text, 300, 200);
        FieldLocations at = locateFields(page);
        EXPECT_FALSE(locateInsurerNumberByForm(page, at)) << "chunk of " << text.size() << " characters";
    }
    // Two candidates: which is the insurer's is not known.
    PageText twice;
    addChunk(twice, valid, 300, 200);
    addChunk(twice, valid, 300, 400);
    FieldLocations at = locateFields(twice);
    EXPECT_FALSE(locateInsurerNumberByForm(twice, at));
}

TEST(ValueByForm, ALabelledValueIsKept)
{
    PageText page;
    addChunk(page, "保険者番号", 40, 200);
    addChunk(page, validInsurerNumber(), 300, 200);
    FieldLocations at = locateFields(page);
    ASSERT_EQ(insurerPlaces(at).size(), 1u);
    EXPECT_FALSE(locateInsurerNumberByForm(page, at));
    EXPECT_TRUE(insurerPlaces(at)[0].doubt.empty());
}

TEST(ValueByForm, AValueFoundByItsFormIsNeverOk)
{
    // Real Tesseract on a clean print: read right, but only `review` without its label.
    cv::Mat page(200, 700, CV_8UC1, cv::Scalar(255));
    cv::putText(page, validInsurerNumber(), {60, 120}, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(0), 3, cv::LINE_AA);
    ValueLocation v;
    v.box = cv::Rect(50, 80, 380, 55);
    v.glyphHeight = 40;
    FieldLocations labelled;
    labelled.values[static_cast<std::size_t>(FieldId::InsurerNumber)].push_back(v);
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady());
    const FieldReading withLabel = readFieldValues(ocr, page, labelled, models(), {})[0];
    ASSERT_EQ(withLabel.value, validInsurerNumber());
    EXPECT_EQ(withLabel.status, FieldStatus::Ok); // the same print with its label: pre-filled
    FieldLocations byForm = labelled;
    byForm.values[static_cast<std::size_t>(FieldId::InsurerNumber)][0].doubt = "found by form";
    const FieldReading withoutLabel = readFieldValues(ocr, page, byForm, models(), {})[0];
    EXPECT_EQ(withoutLabel.value, validInsurerNumber());
    EXPECT_EQ(withoutLabel.status, FieldStatus::Review);
    EXPECT_LE(withoutLabel.confidence, 0.5);
}
