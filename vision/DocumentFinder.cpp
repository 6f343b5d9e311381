#include "DocumentFinder.h"

#include "CandidateOutlines.h"
#include "DocumentShape.h"
#include "OutlineChoice.h"
#include "PaperEdgeAround.h"
#include "PhoneScreen.h"
#include "SideRefinement.h"
#include "WorkingImage.h"

#include <algorithm>
#include <string>
#include <utility>

namespace shikaku {
namespace {

DocumentQuad notFound(std::string reason)
{
    DocumentQuad q;
    q.reason = std::move(reason);
    return q;
}

// The last fit of the sides, in the photo itself: corners to a pixel or two instead of to a
// working pixel. The search and inlier widths are those of the working image, in photo pixels.
Quad refineInFullResolution(const cv::Mat& image, const Quad& corners, double photoPxPerWorkingPx, const DocumentFinderOptions& o)
{
    return refineSides(image, corners, o, o.refineSamplesPerSide, 2.0 * o.refineInlierPx * photoPxPerWorkingPx,
                       o.refineInlierPx * photoPxPerWorkingPx * 0.5, 0.5 * photoPxPerWorkingPx)
        .corners;
}

} // namespace

DocumentQuad findDocument(const cv::Mat& input, const DocumentFinderOptions& o)
{
    if (input.empty())
        return notFound("empty image");
    if (input.channels() != 1 && input.channels() != 3 && input.channels() != 4)
        return notFound("unsupported pixel format");
    const cv::Mat image = toBgrOrGrey(input);
    const WorkingImage w = makeWorkingImage(image, o.workingLongSidePx);
    const ChosenOutline best = chooseOutline(w, candidateQuads(w, o), o);
    if (!best.problem.empty())
        return notFound(best.problem);

    DocumentQuad result;
    result.found = true;
    result.score = best.support;
    Quad bestCorners = best.corners;
    const double frameArea = double(w.smooth.total());
    if (const auto screen = phoneScreen(w.smooth, bestCorners, o); screen && shapeProblem(*screen, frameArea, o).empty())
        bestCorners = *screen;
    Quad corners = scaledQuad(bestCorners, 1.0 / w.scale);
    if (o.refineAtFullResolution && w.scale < 1.0)
        corners = refineInFullResolution(image, corners, 1.0 / w.scale, o);
    result.corners = orderClockwiseFromTopLeft(corners);
    return result;
}

DocumentQuad refineInPhoto(const cv::Mat& photo, DocumentQuad quad, double reduction, const DocumentFinderOptions& o)
{
    if (!quad.found || photo.empty() || reduction <= 0)
        return quad;
    const Quad corners = scaledQuad(quad.corners, reduction);
    const double photoPxPerWorkingPx = double(std::max(photo.cols, photo.rows)) / o.workingLongSidePx;
    quad.corners = orderClockwiseFromTopLeft(
        photoPxPerWorkingPx > 1.0 ? refineInFullResolution(toBgrOrGrey(photo), corners, photoPxPerWorkingPx, o) : corners);
    return quad;
}

bool isPaperEdgeAround(const cv::Mat& image, const Quad& inner, const Quad& outer)
{
    return !image.empty() && enclosesWithMargin(outer, inner) && isPaperBandAround(toBgrOrGrey(image), inner, outer);
}

} // namespace shikaku
