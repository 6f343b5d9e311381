#include "TitleKind.h"

#include "CjkFolding.h"
#include "Models.h"
#include "TextNormalize.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shikaku {
namespace {

// Order breaks ties on one line: 資格情報のお知らせ also contains the portal title 資格情報.
constexpr DocumentKind kCandidates[] = {DocumentKind::Oshirase, DocumentKind::KakuninshoA4, DocumentKind::PortalPdf,
                                        DocumentKind::HealthInsuranceCard, DocumentKind::BackSide};

// 被保険者証記号 is a field label, not the title 被保険者証.
bool isTitleOccurrence(const std::string& line, std::size_t at, const std::string& title)
{
    const std::string after = line.substr(at + title.size(), 6);
    return !(title == "被保険者証" && after.rfind("記号", 0) == 0);
}

int firstLineWith(const std::vector<std::string>& lines, const std::vector<std::string>& titles)
{
    for (std::size_t i = 0; i < lines.size(); ++i) {
        for (const auto& t : titles) {
            const std::string title = removeSpaces(foldCjk(t));
            for (auto at = lines[i].find(title); at != std::string::npos; at = lines[i].find(title, at + 1))
                if (isTitleOccurrence(lines[i], at, title))
                    return static_cast<int>(i);
        }
    }
    return std::numeric_limits<int>::max();
}

DocumentKind kakuninshoBySize(const Models& models, double w, double h)
{
    DocumentKind best = DocumentKind::KakuninshoA4;
    double bestDistance = std::numeric_limits<double>::max();
    for (DocumentKind k : {DocumentKind::KakuninshoCard, DocumentKind::KakuninshoPostcard, DocumentKind::KakuninshoA4}) {
        const auto& d = models.document(k);
        // Compare the long and the short sides: a page may be portrait or landscape.
        const double distance = std::abs(std::max(w, h) - std::max(d.widthMm, d.heightMm)) +
                                std::abs(std::min(w, h) - std::min(d.widthMm, d.heightMm));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = k;
        }
    }
    return best;
}

} // namespace

std::optional<DocumentKind> kindFromTitles(const std::vector<std::string>& rawLines, const Models& models,
                                           double pageWidthMm, double pageHeightMm)
{
    std::vector<std::string> lines;
    for (const auto& l : rawLines)
        lines.push_back(removeSpaces(foldCjk(l)));
    std::optional<DocumentKind> best;
    int bestLine = std::numeric_limits<int>::max();
    for (DocumentKind k : kCandidates) {
        const int line = firstLineWith(lines, models.document(k).titles);
        if (line < bestLine) {
            bestLine = line;
            best = k;
        }
    }
    if (best == DocumentKind::KakuninshoA4)
        best = kakuninshoBySize(models, pageWidthMm, pageHeightMm);
    return best;
}

} // namespace shikaku
