#include "DocumentClassifier.h"

#include "NearestHeading.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace shikaku {
namespace {

double aspectOf(const DocumentModel& m)
{
    const double lo = std::min(m.widthMm, m.heightMm), hi = std::max(m.widthMm, m.heightMm);
    return lo > 0 ? hi / lo : 0.0;
}

// The read text of each row, chunks joined left to right: titles printed with letter spacing
// come apart into several chunks (「国民健康保険資」「格確認書」). Field labels are left out:
// 被保険者証記号 is a label, not the title of an old card.
std::vector<std::u32string> rowTexts(const PageText& page)
{
    std::vector<std::u32string> rows;
    const ReadChunk* previous = nullptr;
    for (const ReadChunk& c : page.chunks) {
        if (!previous || !sameRow(previous->chunk.box, c.chunk.box))
            rows.emplace_back();
        previous = &c;
        if (c.read && !(c.label && c.label->field))
            rows.back() += c.text;
    }
    return rows;
}

// How far a text must match a title: exactly, or with one misread character in long titles
// (資格確認言 for 資格確認書). Loose matching finds wrong titles too (健康保険資格
// → 健康保険証), so it is only asked when no title matched exactly.
enum class Matching { Exact, Loose };

// Titles of five or more characters only: one wrong character in four is too many
// (組合員等 would name the old card 組合員証).
constexpr std::size_t kLooseTitleLength = 5;

// A field label holds a title's words (被保険者証記号, 被保険者等記号・番号): an occurrence
// followed by one of these is a label, not a title.
constexpr std::u32string_view kLabelContinuations[] = {U"記号", U"番号", U"等記"};
// An insurer's name holds a title's words too: 全国健康保険協会 and ○○健康保険組合 are one
// character from 健康保険証 (協, 組 for 証). A loose match whose wrong last character starts one
// of these is the insurer's name printed on every document, not a title (a card whose title
// was cut off by a wrong outline was taken for a phone screen).
constexpr std::u32string_view kInsurerNameContinuations[] = {U"協会", U"組合"};

bool contains(const std::u32string& text, const std::u32string& title, Matching matching)
{
    if (title.empty() || text.size() < title.size())
        return false;
    const std::size_t allowedWrong = matching == Matching::Loose && title.size() >= kLooseTitleLength ? 1 : 0;
    for (std::size_t at = 0; at + title.size() <= text.size(); ++at) {
        std::size_t wrong = 0;
        for (std::size_t i = 0; i < title.size() && wrong <= allowedWrong; ++i)
            wrong += text[at + i] != title[i];
        if (wrong > allowedWrong)
            continue;
        const std::u32string_view after = std::u32string_view(text).substr(at + title.size());
        // The last character of a loose match may itself be the label's (被保険者等 for 被保険者証).
        const std::u32string_view lastAndAfter = std::u32string_view(text).substr(at + title.size() - 1);
        const bool label = std::any_of(std::begin(kLabelContinuations), std::end(kLabelContinuations), [&](std::u32string_view c) {
            return after.substr(0, c.size()) == c || (wrong > 0 && lastAndAfter.substr(0, c.size()) == c);
        });
        const bool insurerName = wrong > 0 && std::any_of(std::begin(kInsurerNameContinuations), std::end(kInsurerNameContinuations),
                                                          [&](std::u32string_view c) { return lastAndAfter.substr(0, c.size()) == c; });
        if (!label && !insurerName)
            return true;
    }
    return false;
}

// The same length and at most one character different (only loosely, and only for long titles).
bool equals(const std::u32string& text, const std::u32string& title, Matching matching)
{
    if (text == title)
        return true;
    if (matching == Matching::Exact || title.size() < kLooseTitleLength || text.size() != title.size())
        return false;
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        wrong += text[i] != title[i];
    return wrong <= 1;
}

struct PageTexts {
    std::vector<std::u32string> rows;   ///< chunks of a row joined, plus the title search's texts
    std::vector<std::u32string> chunks; ///< every chunk read alone, plus the title search's texts
};

PageTexts pageTexts(const ClassifierInput& in, bool withLineModel)
{
    PageTexts t{rowTexts(in.page), {}};
    for (const ReadChunk& c : in.page.chunks)
        if (c.read && !c.text.empty() && !(c.label && c.label->field))
            t.chunks.push_back(c.text);
    const std::vector<std::u32string>* extras[] = {&in.extraTitles, withLineModel ? &in.lineModelTitles : nullptr,
                                                   withLineModel ? &in.lineModelWidenedTitles : nullptr};
    for (const auto* extra : extras) {
        if (!extra)
            continue;
        t.rows.insert(t.rows.end(), extra->begin(), extra->end());
        t.chunks.insert(t.chunks.end(), extra->begin(), extra->end());
    }
    return t;
}

bool named(const PageTexts& texts, const DocumentModel& model, double aspect, Matching matching, std::size_t minTitleLength = 0)
{
    if (aspect >= model.minTitleAspect) {
        for (const auto& title : model.titles) {
            const std::u32string form = matchingForm(title);
            if (form.size() < minTitleLength)
                continue;
            if (std::any_of(texts.rows.begin(), texts.rows.end(), [&](const auto& row) { return contains(row, form, matching); }))
                return true;
        }
    }
    for (const auto& title : model.titleAloneTitles) {
        const std::u32string form = matchingForm(title);
        if (form.size() < minTitleLength)
            continue;
        if (std::any_of(texts.chunks.begin(), texts.chunks.end(), [&](const auto& chunk) { return equals(chunk, form, matching); }))
            return true;
    }
    return false;
}

DocumentKind classifyByTitles(const PageTexts& texts, const ClassifierInput& in, const Models& models, Matching matching,
                              std::size_t minTitleLength = 0)
{
    auto names = [&](DocumentKind k) { return named(texts, models.document(k), in.aspect, matching, minTitleLength); };
    // Kinds that are never pre-filled first: whatever else a page says, nothing may be read
    // from a back side or an old card. Front sides mention the organ-donation panel in their
    // notes; only a page without the fields' labels is a back side.
    if (names(DocumentKind::BackSide) && in.fields.fieldLabels <= 1)
        return DocumentKind::BackSide;
    const bool kakuninsho = names(DocumentKind::KakuninshoCard);
    if (names(DocumentKind::HealthInsuranceCard) && (!kakuninsho || matching == Matching::Loose))
        return DocumentKind::HealthInsuranceCard;
    // 資格情報のお知らせ holds the portal's title 資格情報: the お知らせ first.
    if (names(DocumentKind::Oshirase))
        return DocumentKind::Oshirase;
    if (names(DocumentKind::PortalScreen))
        return DocumentKind::PortalScreen;
    if (kakuninsho)
        return kakuninshoFormatFor(in.aspect, in.textHeightRatio, models, textRows(in.page), in.portrait, in.corners);
    return DocumentKind::Unknown;
}

// What was read as a title: the largest print's chunks and the title search's readings.
std::vector<std::u32string> titleReadings(const ClassifierInput& in)
{
    std::vector<std::u32string> titles;
    for (const ReadChunk& c : in.page.chunks)
        if (c.title && c.read && !c.text.empty() && !(c.label && c.label->field))
            titles.push_back(c.text);
    titles.insert(titles.end(), in.extraTitles.begin(), in.extraTitles.end());
    titles.insert(titles.end(), in.lineModelTitles.begin(), in.lineModelTitles.end());
    return titles;
}

DocumentKind kakuninshoFormatBySize(double aspect, double textHeightRatio, const Models& models)
{
    DocumentKind best = DocumentKind::KakuninshoCard;
    double bestDistance = std::numeric_limits<double>::max();
    for (DocumentKind k : {DocumentKind::KakuninshoCard, DocumentKind::KakuninshoPostcard, DocumentKind::KakuninshoA4}) {
        const DocumentModel& m = models.document(k);
        // Log distances, aspect and text height weighted alike (re-measured on the generated
        // photos with the blur correction of UprightPage: 56 of 57 against 48 with the text
        // height counted three times).
        double d = std::abs(std::log(aspect / aspectOf(m)));
        if (m.textHeightRatio > 0 && textHeightRatio > 0)
            d += std::abs(std::log(textHeightRatio / m.textHeightRatio));
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best;
}

} // namespace

int textRows(const PageText& page)
{
    std::vector<std::pair<int, int>> spans;
    for (const ReadChunk& c : page.chunks)
        spans.emplace_back(c.chunk.box.y, c.chunk.box.br().y);
    std::sort(spans.begin(), spans.end());
    int rows = 0, end = std::numeric_limits<int>::min();
    for (const auto& [top, bottom] : spans) {
        if (top >= end)
            ++rows;
        end = std::max(end, bottom);
    }
    return rows;
}

DocumentKind kakuninshoFormatFor(double aspect, double textHeightRatio, const Models& models, int rows, bool portrait,
                                 CornerShape corners)
{
    // Side ratios overlap and blur inflates a postcard's print to a card's; how the paper was
    // cut does not blur away (the corner measure separates them on every generated photo
    // where it tells, docs/notes/corners.md).
    if (corners == CornerShape::Rounded)
        return DocumentKind::KakuninshoCard;
    const int postcardRows = models.document(DocumentKind::KakuninshoPostcard).maxTextRows;
    const DocumentKind measured = kakuninshoFormatBySize(aspect, textHeightRatio, models);
    if (corners == CornerShape::Square && measured == DocumentKind::KakuninshoCard)
        return postcardRows > 0 && rows > postcardRows ? DocumentKind::KakuninshoA4 : DocumentKind::KakuninshoPostcard;
    // On a 2 MP photo shot off the lens's centre an A4 sheet measures like a postcard (side
    // ratio 1.45-1.6, blur-inflated print), but it holds more lines than a postcard can.
    if (measured == DocumentKind::KakuninshoPostcard && postcardRows > 0 && rows > postcardRows)
        return DocumentKind::KakuninshoA4;
    // Cards are printed across their long side; a portrait page of the same measure is a postcard.
    if (measured == DocumentKind::KakuninshoCard && portrait)
        return DocumentKind::KakuninshoPostcard;
    return measured;
}

bool namesDocumentSurely(const ClassifierInput& in, const Models& models)
{
    // Four characters read exactly in order: print read upside down or noise does not do that
    // (two-character titles such as 脳死 it might).
    constexpr std::size_t kSureTitleLength = 4;
    return classifyByTitles(pageTexts(in, true), in, models, Matching::Exact, kSureTitleLength) != DocumentKind::Unknown;
}

DocumentKind classifyDocument(const ClassifierInput& in, const Models& models)
{
    switch (in.hint) {
    case KindHint::Card: return DocumentKind::KakuninshoCard;
    case KindHint::Postcard: return DocumentKind::KakuninshoPostcard;
    case KindHint::A4: return DocumentKind::KakuninshoA4;
    case KindHint::Oshirase: return DocumentKind::Oshirase;
    case KindHint::Portal: return DocumentKind::PortalScreen;
    case KindHint::Auto: break;
    }
    const DocumentKind exact = classifyByTitles(pageTexts(in, true), in, models, Matching::Exact);
    if (exact != DocumentKind::Unknown)
        return exact;
    const DocumentKind loose = classifyByTitles(pageTexts(in, false), in, models, Matching::Loose);
    if (loose != DocumentKind::Unknown)
        return loose;
    // A title read with too many wrong characters for a keyword, yet clearly one heading.
    if (const auto near = nearestHeadingKind(titleReadings(in), models, in.lineModelWidenedTitles)) {
        if (*near == DocumentKind::KakuninshoCard) // the heading names a 資格確認書, not its format
            return kakuninshoFormatFor(in.aspect, in.textHeightRatio, models, textRows(in.page), in.portrait, in.corners);
        if (*near != DocumentKind::BackSide || in.fields.fieldLabels <= 1)
            return *near;
    }
    // No title read (a phone in a 2 MP photo: its print is 3–6 px): an app header across the
    // top of a page shaped like a phone screen.
    if (in.screenHeader && in.aspect >= models.document(DocumentKind::PortalScreen).minTitleAspect)
        return DocumentKind::PortalScreen;
    return DocumentKind::Unknown;
}

} // namespace shikaku
