#include "NearestHeading.h"

#include "PageText.h"

#include <algorithm>
#include <limits>

namespace shikaku {
namespace {

// Shorter headings are too easily read into noise (and 組合員証 is nearly 組合員等).
constexpr std::size_t kMinHeadingLength = 7;
// How much nearer the best heading must be than any other kind's.
constexpr std::size_t kMarginNeverPrefilled = 2;
constexpr std::size_t kMarginPrefilled = 3;
// At most this share of a heading's characters wrong: a third for pre-filled kinds, two
// fifths for the others (naming one of those wrongly only holds back the pre-filling).
constexpr std::size_t kWrongNumerator = 1, kWrongDenominator = 3;
constexpr std::size_t kWrongNumeratorNeverPrefilled = 2, kWrongDenominatorNeverPrefilled = 5;

bool neverPrefilled(DocumentKind k)
{
    return k == DocumentKind::HealthInsuranceCard || k == DocumentKind::BackSide;
}

bool nearEnough(DocumentKind k, std::size_t edits, std::size_t length)
{
    return neverPrefilled(k) ? edits * kWrongDenominatorNeverPrefilled <= length * kWrongNumeratorNeverPrefilled
                             : edits * kWrongDenominator <= length * kWrongNumerator;
}

} // namespace

std::size_t editsToHeading(const std::u32string& text, const std::u32string& heading)
{
    // Edit distance with a free start and end in `text` (the heading may sit inside a longer reading).
    const std::size_t m = heading.size();
    std::vector<std::size_t> previous(m + 1), current(m + 1);
    for (std::size_t i = 0; i <= m; ++i)
        previous[i] = i;
    std::size_t best = previous[m];
    for (char32_t t : text) {
        current[0] = 0;
        for (std::size_t i = 1; i <= m; ++i)
            current[i] = std::min({previous[i] + 1, current[i - 1] + 1, previous[i - 1] + (heading[i - 1] == t ? 0 : 1)});
        best = std::min(best, current[m]);
        std::swap(previous, current);
    }
    return best;
}

std::vector<bool> headingCharactersRead(const std::u32string& text, const std::u32string& heading)
{
    // The same edit distance, kept whole so that one best alignment can be traced back.
    const std::size_t m = heading.size(), n = text.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= m; ++i)
        d[0][i] = i;
    std::size_t end = 0;
    for (std::size_t j = 1; j <= n; ++j) {
        d[j][0] = 0;
        for (std::size_t i = 1; i <= m; ++i)
            d[j][i] = std::min({d[j - 1][i] + 1, d[j][i - 1] + 1, d[j - 1][i - 1] + (heading[i - 1] == text[j - 1] ? 0 : 1)});
        if (d[j][m] < d[end][m])
            end = j;
    }
    std::vector<bool> read(m, false);
    for (std::size_t j = end, i = m; i > 0;) {
        if (j > 0 && d[j][i] == d[j - 1][i - 1] + (heading[i - 1] == text[j - 1] ? 0 : 1)) {
            read[i - 1] = heading[i - 1] == text[j - 1];
            --j;
            --i;
        } else if (d[j][i] == d[j][i - 1] + 1) {
            --i;
        } else {
            --j;
        }
    }
    return read;
}

std::size_t editsToHeadingCombined(const std::vector<std::u32string>& readings, const std::u32string& heading)
{
    std::vector<bool> read(heading.size(), false);
    for (const std::u32string& text : readings) {
        // Only readings that are themselves at least half the heading: a character matched
        // by chance in noise is no vote.
        if (editsToHeading(text, heading) * 2 > heading.size())
            continue;
        const std::vector<bool> one = headingCharactersRead(text, heading);
        for (std::size_t i = 0; i < read.size(); ++i)
            read[i] = read[i] || one[i];
    }
    return static_cast<std::size_t>(std::count(read.begin(), read.end(), false));
}

namespace {

// The kind whose heading is near enough and clearly nearest, by `edits` (a heading's edits).
template <typename Edits>
std::optional<DocumentKind> clearlyNearest(const Models& models, Edits edits)
{
    constexpr DocumentKind kKinds[] = {DocumentKind::KakuninshoCard, DocumentKind::Oshirase, DocumentKind::HealthInsuranceCard,
                                       DocumentKind::BackSide, DocumentKind::Unknown};
    // The heading with the fewest edits among those near enough.
    DocumentKind bestKind = DocumentKind::Unknown;
    std::size_t bestEdits = std::numeric_limits<std::size_t>::max(), bestLength = 0;
    std::vector<std::pair<DocumentKind, std::size_t>> rivals; // headings at least half read
    for (DocumentKind k : kKinds) {
        for (const std::string& h : models.document(k).headings) {
            const std::u32string heading = matchingForm(h);
            if (heading.size() < kMinHeadingLength)
                continue;
            const std::size_t e = edits(heading);
            if (e * 2 <= heading.size())
                rivals.emplace_back(k, e);
            if (nearEnough(k, e, heading.size()) && (e < bestEdits || (e == bestEdits && heading.size() > bestLength))) {
                bestKind = k;
                bestEdits = e;
                bestLength = heading.size();
            }
        }
    }
    if (bestLength == 0 || bestKind == DocumentKind::Unknown)
        return std::nullopt;
    const std::size_t margin = neverPrefilled(bestKind) ? kMarginNeverPrefilled : kMarginPrefilled;
    const bool clear = std::all_of(rivals.begin(), rivals.end(), [&](const auto& ke) {
        return ke.first == bestKind || ke.second >= bestEdits + margin;
    });
    return clear ? std::optional(bestKind) : std::nullopt;
}

} // namespace

std::optional<DocumentKind> nearestHeadingKind(const std::vector<std::u32string>& titles, const Models& models,
                                               const std::vector<std::u32string>& aloneOnly)
{
    std::optional<DocumentKind> found;
    for (const auto* readings : {&titles, &aloneOnly}) {
        for (const std::u32string& text : *readings) {
            const auto kind = clearlyNearest(models, [&](const std::u32string& heading) { return editsToHeading(text, heading); });
            if (!kind)
                continue;
            // Two readings naming different kinds: neither.
            if (found && *found != *kind)
                return std::nullopt;
            found = kind;
        }
    }
    if (found || titles.size() < 2)
        return found;
    // No one reading is near enough: a blurred title reads differently at each scale and
    // binarisation, with its wrong characters in different places (健康保論資格徒認書,
    // 島康保論資格古認書, 健康保隊資格意講). The heading's characters read right in any of
    // them count as read, for every heading alike (the rivals gain from the union too).
    return clearlyNearest(models, [&](const std::u32string& heading) { return editsToHeadingCombined(titles, heading); });
}

} // namespace shikaku
