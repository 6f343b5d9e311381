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

std::optional<DocumentKind> nearestHeadingKind(const std::vector<std::u32string>& titles, const Models& models)
{
    constexpr DocumentKind kKinds[] = {DocumentKind::KakuninshoCard, DocumentKind::Oshirase, DocumentKind::HealthInsuranceCard,
                                       DocumentKind::BackSide, DocumentKind::Unknown};
    std::optional<DocumentKind> found;
    for (const std::u32string& text : titles) {
        // The heading with the fewest edits among those near enough.
        DocumentKind bestKind = DocumentKind::Unknown;
        std::size_t bestEdits = std::numeric_limits<std::size_t>::max(), bestLength = 0;
        std::vector<std::pair<DocumentKind, std::size_t>> rivals; // headings at least half read
        for (DocumentKind k : kKinds) {
            for (const std::string& h : models.document(k).headings) {
                const std::u32string heading = matchingForm(h);
                if (heading.size() < kMinHeadingLength)
                    continue;
                const std::size_t e = editsToHeading(text, heading);
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
            continue;
        const std::size_t margin = neverPrefilled(bestKind) ? kMarginNeverPrefilled : kMarginPrefilled;
        const bool clear = std::all_of(rivals.begin(), rivals.end(), [&](const auto& ke) {
            return ke.first == bestKind || ke.second >= bestEdits + margin;
        });
        if (!clear)
            continue;
        // Two readings naming different kinds: neither.
        if (found && *found != bestKind)
            return std::nullopt;
        found = bestKind;
    }
    return found;
}

} // namespace shikaku
