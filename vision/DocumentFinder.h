#pragma once
// Finds the document (card, postcard, A4 sheet, phone) in a camera frame or still.
//
// Stages (DocumentFinder.cpp runs them; each lives in the vision/ file named in brackets):
//   makeWorkingImage [WorkingImage]: downscale, blur, colour gradient (strongest channel per pixel)
//   → candidateQuads [CandidateOutlines]: Canny at a few contrast levels + two-level
//     segmentations, closed outlines reduced to convex four-corner candidates (idea of OpenCV's
//     squares.cpp); outlines joined to a finger are split into straight stretches
//     (quadsFromStraightStretches [StraightStretchQuads])
//   → chooseOutline [OutlineChoice]:
//     shapeProblem [DocumentShape] / supportOnMagnitude [EdgeSupport]: document-like shape,
//     outline mostly on edges;
//     refineSides [SideRefinement]: each side re-fitted by a vote over the steps across it
//     (fitSide [SideFit] over sideEdgePeaks [SideEdgePeaks]; outer edge preferred, outliers
//     dropped); corners = intersections of the sides, so rounded card corners do not pull them
//     inwards; the share of samples on the fitted sides ranks the candidates;
//     an outline around the leader wins when it is the paper's edge around a printed frame
//     (enclosesWithMargin, isPaperBandAround [PaperEdgeAround]), step by step outwards (a
//     cell, its table, the paper)
//   → phoneScreen [PhoneScreen]: a phone's body moved in to its screen
//   → optionally the same fit once more in the full-resolution photo.

#include "DocumentQuad.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

struct DocumentFinderOptions {
    /// Detection runs on a copy whose long side is this many pixels: ≈ 10 ms CPU per frame in
    /// all, and a card that fills a fifth of the frame still spans > 100 px. (512 was measured
    /// too: faster, but it lost white-on-white and finger cases.)
    int workingLongSidePx = 640;

    /// Smallest document, as a share of the frame area. A card under an A4-sized document camera
    /// covers ~10 %; smaller outlines are usually print on the desk or the document's own boxes.
    double minAreaFraction = 0.03;

    /// Outlines larger than this share of the frame are the frame itself (or a document so close
    /// that its edges are outside the picture).
    double maxAreaFraction = 0.97;

    /// Largest |cos| of any corner angle: 0.45 ≈ corners between 63° and 117°, which still admits
    /// a document tilted ~35° away from the camera.
    double maxCornerCosine = 0.45;

    /// Accepted long/short side ratio: 1.0 (square-ish postcards seen at a tilt) to 2.6 (phones
    /// are 2.0–2.2 seen face-on).
    double minAspect = 1.0;
    double maxAspect = 2.6;

    /// Canny high thresholds (Sobel 3×3 L1 magnitude of the lightly blurred colour image) tried in
    /// turn: the lowest finds white paper on a white desk, the higher ones survive textured mats.
    std::array<double, 3> cannyHighThresholds{24.0, 60.0, 140.0};

    /// Smallest edge strength (same units) that counts as "an edge under the outline" when scoring.
    double supportGradient = 14.0;

    /// A document is reported only when at least this share of its outline lies on a straight edge
    /// (first on the edge map, then on the fitted sides). Fingers, glare and a shadow can hide up to
    /// a third of a side; desk patterns rarely line up that well.
    double minEdgeSupport = 0.7;

    /// Samples per side for the line fit; the ends (cornerSkipFraction of the side each) are left
    /// out because card corners are rounded (radius ≈ 3 mm of 85.6 mm).
    int refineSamplesPerSide = 40;
    double cornerSkipFraction = 0.1;

    /// How far across a side (working pixels) the first line fit looks for the true edge: far
    /// enough to get from a soft shadow's outline or a dilated contour back onto the paper edge.
    double refineSearchPx = 8.0;

    /// A sample further than this (working pixels) from the fitted line is an outlier
    /// (a finger, a glare spot, a torn edge) and is dropped before the final fit.
    double refineInlierPx = 1.5;

    /// Refine the corners once more in the original photo. Costs ~1 ms; makes 8 MP corners
    /// accurate to a pixel or two instead of to a working pixel (≈ 5 photo pixels).
    bool refineAtFullResolution = true;

    /// Samples per side when ranking all candidates (a cheaper version of the line fit).
    int rankSamplesPerSide = 16;

    /// How many of the best-ranked candidates get the full line-fit refinement.
    int candidatesToRefine = 3;

    /// Rank bonus for size: rank = straightness + bonus × sqrt(area share). Breaks ties between
    /// the document and the boxes printed on it in favour of the document.
    double largerOutlineBonus = 0.15;

    /// A phone lies on the desk in its dark body: when a band just inside all four sides of
    /// the outline is at most this bright (0..255) and this colourful (max − min channel), the
    /// outline is the body and the screen starts where the band ends (a rise of at least
    /// bezelMinRise grey levels). Paper is never that dark right at its edge.
    double bezelMaxLevel = 70.0;
    double bezelMaxChroma = 25.0;
    double bezelMinRise = 20.0;
};

/// Finds the document's outline in a BGR (or grey) image. Never throws; when nothing suitable
/// is found `found` is false and `reason` says why.
DocumentQuad findDocument(const cv::Mat& image, const DocumentFinderOptions& options = {});

/// The last step of findDocument on its own, for a photo too large to decode before finding:
/// `quad` was found (with refineAtFullResolution off) in a copy of `photo` reduced by
/// `reduction` (a JPEG decoded at 1/2, 1/4 or 1/8 size); its corners are scaled up and its
/// sides fitted again in `photo`, as findDocument(photo) does.
DocumentQuad refineInPhoto(const cv::Mat& photo, DocumentQuad quad, double reduction, const DocumentFinderOptions& options = {});

/// True when `outer` can be the paper's edge around `inner`, a frame printed on it: it encloses
/// `inner` with a margin (corners shared with it count as inside: an outline found partly on
/// the frame, partly on the edge) and the band between them, along the sides that lie apart
/// all along, is the paper just inside `inner`. Exposed for tests.
bool isPaperEdgeAround(const cv::Mat& image, const std::array<cv::Point2f, 4>& inner, const std::array<cv::Point2f, 4>& outer);

} // namespace shikaku
