#include "LabelMatcher.h"

#include "PageText.h"

#include <algorithm>
#include <cctype>

namespace shikaku {
namespace {

bool matchesAt(const std::u32string& text, std::size_t offset, const std::u32string& label)
{
    if (text.size() < offset + label.size())
        return false;
    int wrong = 0;
    for (std::size_t i = 0; i < label.size(); ++i)
        wrong += text[offset + i] != label[i];
    return wrong == 0 || (wrong == 1 && label.size() >= 4);
}

// How many characters of a lost label start may come before its 記号・番号.
constexpr std::size_t kCombinedTailOffset = 6;

bool isStray(char32_t cp) { return cp < 0x3000 && !(cp >= '0' && cp <= '9') && cp != '('; }

} // namespace

LabelMatcher::LabelMatcher(const Models& models)
{
    for (FieldId id : kAllFields) {
        for (const auto& label : models.field(id).labels) {
            Form f{matchingForm(label), id, false};
            f.combined = f.text.find(U"記号・番号") != std::u32string::npos || f.text.find(U"記号番号") != std::u32string::npos;
            m_forms.push_back(std::move(f));
        }
    }
    for (const auto& label : models.combinedSymbolNumberLabels())
        m_forms.push_back({matchingForm(label), FieldId::Symbol, true});
    for (const auto& label : models.distractorLabels())
        m_forms.push_back({matchingForm(label), std::nullopt, false});
    // The middle dot of 被保険者等記号・番号 is small and often not read: accept the label without it.
    const std::size_t printed = m_forms.size();
    for (std::size_t i = 0; i < printed; ++i) {
        std::u32string bare = m_forms[i].text;
        std::erase(bare, U'・');
        if (bare.size() != m_forms[i].text.size())
            m_forms.push_back({bare, m_forms[i].field, m_forms[i].combined});
    }
    // A closing bracket is thin and often lost: 「(枝番」 is the label (枝番).
    const std::size_t withDotless = m_forms.size();
    for (std::size_t i = 0; i < withDotless; ++i) {
        const std::u32string& t = m_forms[i].text;
        if (t.size() >= 3 && t.front() == U'(' && t.back() == U')')
            m_forms.push_back({t.substr(0, t.size() - 1), m_forms[i].field, m_forms[i].combined});
    }
    // Longest first: 保険者番号 must win over 番号, 被保険者氏名 over 氏名.
    std::stable_sort(m_forms.begin(), m_forms.end(), [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
}

std::optional<LabelMatch> LabelMatcher::match(const std::u32string& text, bool exactOnly) const
{
    // Exact matches (with or without a stray first character) beat one-off matches: 「|保険者番号」
    // is 保険者番号 behind a rule, not 被保険者番号 with one character misread.
    for (bool exact : {true, false}) {
        if (!exact && exactOnly)
            break;
        for (std::size_t offset = 0; offset <= 1 && offset < text.size(); ++offset) {
            if (offset == 1 && !isStray(text[0]))
                break;
            for (const Form& f : m_forms) {
                const bool hit = exact ? text.size() >= offset + f.text.size() && text.compare(offset, f.text.size(), f.text) == 0
                                       : matchesAt(text, offset, f.text);
                if (!hit)
                    continue;
                if (exact && !exactOnly)
                    if (const Form* longer = combinedLabelGoingOn(text, offset, f))
                        return matchedWithOneWrong(text, offset, *longer);
                return exact ? LabelMatch{f.field, offset + f.text.size(), f.combined} : matchedWithOneWrong(text, offset, f);
            }
        }
    }
    // The start of a long combined label lost (被保険者等記号・番号 read 従者等記号番号): its
    // end 記号・番号 is distinctive enough after a few kanji or kana.
    for (const Form& f : m_forms) {
        if (!f.combined || f.text.size() < 4)
            continue;
        for (std::size_t offset = 1; offset <= kCombinedTailOffset && offset + f.text.size() <= text.size(); ++offset) {
            if (text[offset - 1] < 0x3000)
                break; // only CJK before the label's end
            if (offset >= 2 && text.compare(offset, f.text.size(), f.text) == 0)
                return LabelMatch{f.field, offset + f.text.size(), true};
        }
    }
    return std::nullopt;
}

const LabelMatcher::Form* LabelMatcher::combinedLabelGoingOn(const std::u32string& text, std::size_t offset, const Form& exact) const
{
    if (exact.combined)
        return nullptr;
    for (const Form& f : m_forms)
        if (f.combined && f.text.size() > exact.text.size() && f.text.starts_with(exact.text) && matchesAt(text, offset, f.text))
            return &f;
    return nullptr;
}

LabelMatch LabelMatcher::matchedWithOneWrong(const std::u32string& text, std::size_t offset, const Form& f)
{
    LabelMatch m{f.field, offset + f.text.size(), f.combined};
    // One character off at the label's end, and it is a digit or a letter: the label's last
    // character was lost and the value's first one took its place.
    const std::size_t last = m.end - 1;
    if (text[last] != f.text.back() && text[last] < 0x80 && std::isalnum(static_cast<int>(text[last]))) {
        m.end = last;
        m.lastCharacterLost = true;
    } else if (text[last] != f.text.back()) {
        m.lastCharacterMisread = true;
    }
    return m;
}

bool LabelMatcher::mayBeFieldLabel(const std::u32string& text) const
{
    // The characters of the fields' own words (記号, 番号, 枝番, 有効期限/期間), near the start
    // (the 記 of 被保険者証記号 is its sixth character); 保険者 is left out: titles and other
    // labels hold it too (健康保険資格確認書, 保険者名称).
    constexpr std::u32string_view kFieldWordCharacters = U"記号番枝有効期限間";
    constexpr std::size_t kStart = 7;
    // Running text (者は、) is no label; a bracketed word at the start may be (枝番).
    if (text.find_first_of(U"、。") != std::u32string::npos)
        return false;
    if (!text.empty() && text.front() == U'(')
        return true;
    const std::u32string_view start = std::u32string_view(text).substr(0, kStart);
    return start.find_first_of(kFieldWordCharacters) != std::u32string_view::npos;
}

} // namespace shikaku
