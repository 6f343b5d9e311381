#include "UnreadDateLabel.h"

#include "NearestHeading.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace shikaku {
namespace {

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// How far before a value its label may print on the row: a phone's rows put the label at the
// left edge and the value at the right, ~11 glyphs apart; a letter's date at the top right has
// the address ~36 glyphs before it.
constexpr int kRowLabelGapGlyphs = 16;

bool sameRow(const cv::Rect& a, const cv::Rect& b)
{
    const int overlap = std::min(a.br().y, b.br().y) - std::max(a.y, b.y);
    return overlap * 2 >= std::min(a.height, b.height);
}

struct LabelSlot {
    std::size_t chunk = 0;
    bool onTheRow = false; ///< before the value on its row; else right above it
};

// The chunk a label for `value` would be: before it on its row, or else right above it.
std::optional<LabelSlot> labelSlot(const PageText& page, std::size_t value)
{
    const cv::Rect v = page.chunks[value].chunk.box;
    std::optional<std::size_t> before, above;
    for (std::size_t i = 0; i < page.chunks.size(); ++i) {
        const cv::Rect c = page.chunks[i].chunk.box;
        if (i == value)
            continue;
        if (sameRow(c, v) && c.br().x <= v.x + v.height / 2 && v.x - c.br().x <= kRowLabelGapGlyphs * v.height) {
            if (!before || c.br().x > page.chunks[*before].chunk.box.br().x)
                before = i;
        } else if (c.br().y <= v.y + v.height / 4 && v.y - c.br().y <= 3 * v.height / 2 && c.x < v.br().x && v.x < c.br().x) {
            if (!above || c.br().y > page.chunks[*above].chunk.box.br().y)
                above = i;
        }
    }
    if (before)
        return LabelSlot{*before, true};
    if (above)
        return LabelSlot{*above, false};
    return std::nullopt;
}

// Edits from `reading` to the nearest of `labels` (some stretch of the reading, NearestHeading).
std::size_t editsToNearest(const std::u32string& reading, const std::vector<std::u32string>& labels)
{
    std::size_t best = std::numeric_limits<std::size_t>::max();
    for (const std::u32string& label : labels)
        best = std::min(best, editsToHeading(reading, label));
    return best;
}

// A misread label is taken for another than the 有効期限's only when it is read that nearly
// (a third of that label wrong at most) and clearly nearer to it.
constexpr std::size_t kMarginEdits = 2;

bool readsAsAnotherLabel(const std::u32string& reading, const Models& models)
{
    std::vector<std::u32string> expiry;
    for (const std::string& label : models.field(FieldId::Expiry).labels)
        expiry.push_back(matchingForm(label));
    const std::size_t toExpiry = editsToNearest(reading, expiry);
    auto near = [&](const std::string& label) {
        const std::u32string form = matchingForm(label);
        const std::size_t edits = editsToHeading(reading, form);
        return edits * 3 <= form.size() && edits + kMarginEdits <= toExpiry;
    };
    for (FieldId id : {FieldId::InsurerNumber, FieldId::Symbol, FieldId::Number, FieldId::BranchNumber})
        if (std::ranges::any_of(models.field(id).labels, near))
            return true;
    return std::ranges::any_of(models.distractorLabels(), near);
}

} // namespace

bool startsLikeDate(const std::u32string& text)
{
    static const std::u32string eras[] = {U"令和", U"平成", U"昭和", U"令", U"平", U"昭", U"R", U"H", U"S"};
    for (const std::u32string& era : eras)
        if (text.starts_with(era) && text.size() > era.size() && isDigit(text[era.size()]))
            return true;
    if (text.size() < 5 || !(isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2]) && isDigit(text[3])))
        return false;
    // A year this kiosk can meet, not a telephone number's 0120-…
    const int year = int(text[0] - U'0') * 1000 + int(text[1] - U'0') * 100 + int(text[2] - U'0') * 10 + int(text[3] - U'0');
    const char32_t after = text[4];
    return year >= 1900 && year < 2100 && (after == U'年' || after == U'/' || after == U'-' || after == U'.');
}

bool hasUnexplainedDate(const PageText& page, const Models& models)
{
    for (std::size_t i = 0; i < page.chunks.size(); ++i) {
        const ReadChunk& date = page.chunks[i];
        if (!date.read || date.label || !startsLikeDate(date.text))
            continue;
        const auto slot = labelSlot(page, i);
        if (!slot) {
            // A letter's date at the top right has nothing beside it, and comes before the title.
            if (!std::ranges::any_of(page.chunks, [&](const ReadChunk& c) { return c.title && c.chunk.box.y >= date.chunk.box.br().y; }))
                return true;
            continue;
        }
        // Explained by a label, a title over it (a phone's 「…時点の情報です」), a date before it
        // (a period's two ends), a value not read before it on its row and printed like it (a
        // period's first end, the value of the label before it; not a sliver of print left
        // beside a finger), or print that reads as another label.
        const ReadChunk& label = page.chunks[slot->chunk];
        const bool valueBefore = !label.read && slot->onTheRow && label.chunk.box.height * 3 >= date.chunk.box.height * 2;
        const bool explained = label.label || label.title || startsLikeDate(label.text) || valueBefore ||
                               (!label.text.empty() && readsAsAnotherLabel(label.text, models));
        if (!explained)
            return true;
    }
    return false;
}

} // namespace shikaku
