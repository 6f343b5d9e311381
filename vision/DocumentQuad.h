#pragma once
// The document's outline in a photo: four corners, how sure we are, or why there is none.

#include <opencv2/core/types.hpp>

#include <array>
#include <string>

namespace shikaku {

/// Four corners in photo pixels, clockwise on screen (y down), starting with the corner nearest
/// the photo's top-left. Which corner is the document's own top-left is not known here: the
/// Rectifier settles 0/90 by the paper format, the field reader 0/180 by the text.
struct DocumentQuad {
    std::array<cv::Point2f, 4> corners{};
    double score = 0.0;   ///< 0..1: share of the outline that lies on a visible edge
    bool found = false;
    std::string reason;   ///< why nothing was found (for logs and staff; no document content)

    explicit operator bool() const { return found; }
};

/// Area of the quad in square pixels (shoelace formula).
double quadArea(const std::array<cv::Point2f, 4>& corners);

/// Perimeter in pixels.
double quadPerimeter(const std::array<cv::Point2f, 4>& corners);

/// True when the four corners form a convex, non-degenerate polygon.
bool isConvexQuad(const std::array<cv::Point2f, 4>& corners);

/// Mean of the two long sides divided by the mean of the two short sides (>= 1).
double quadAspectRatio(const std::array<cv::Point2f, 4>& corners);

/// Length of the longer diagonal in pixels.
double quadDiagonal(const std::array<cv::Point2f, 4>& corners);

/// Reorders corners clockwise on screen, starting with the one of smallest x + y.
std::array<cv::Point2f, 4> orderClockwiseFromTopLeft(const std::array<cv::Point2f, 4>& corners);

/// The same corners with every coordinate multiplied by `factor`.
std::array<cv::Point2f, 4> scaledQuad(const std::array<cv::Point2f, 4>& corners, double factor);

/// Side ratio |c0c1| / |c1c2| of the rectangle the quad shows, undoing perspective with a
/// pinhole camera of focal length `focalPx` looking at the centre of a `frame`-sized photo.
/// Face-on this is the plain ratio of the sides; at a tilt it corrects the foreshortening.
double metricSideRatio(const std::array<cv::Point2f, 4>& corners, cv::Size frame, double focalPx);

/// Angle in degrees between the document's plane and the image plane, for the same camera
/// model (0 = seen face-on).
double viewTiltDegrees(const std::array<cv::Point2f, 4>& corners, cv::Size frame, double focalPx);

/// Largest distance between corresponding corners, trying all four cyclic starts and both
/// directions (the finder does not know the document's own top-left). In pixels.
double cornerError(const std::array<cv::Point2f, 4>& found, const std::array<cv::Point2f, 4>& truth);

} // namespace shikaku
