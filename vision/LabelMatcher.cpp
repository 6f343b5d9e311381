#include "LabelMatcher.h"

#include "PageText.h"

#include <algorithm>

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
    // Longest first: 保険者番号 must win over 番号, 被保険者氏名 over 氏名.
    std::stable_sort(m_forms.begin(), m_forms.end(), [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
}

std::optional<LabelMatch> LabelMatcher::match(const std::u32string& text) const
{
    // Exact matches (with or without a stray first character) beat one-off matches: 「|保険者番号」
    // is 保険者番号 behind a rule, not 被保険者番号 with one character misread.
    for (bool exact : {true, false}) {
        for (std::size_t offset = 0; offset <= 1 && offset < text.size(); ++offset) {
            if (offset == 1 && !isStray(text[0]))
                break;
            for (const Form& f : m_forms) {
                const bool hit = exact ? text.size() >= offset + f.text.size() && text.compare(offset, f.text.size(), f.text) == 0
                                       : matchesAt(text, offset, f.text);
                if (hit)
                    return LabelMatch{f.field, offset + f.text.size(), f.combined};
            }
        }
    }
    return std::nullopt;
}

} // namespace shikaku
