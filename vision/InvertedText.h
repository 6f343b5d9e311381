#pragma once
// Light text on a dark ground — a phone's coloured app header (「マイナポータル」 white on blue),
// a whole phone page in dark mode — is invisible to the text finder, which looks for dark ink.
// This turns such regions over so the whole document reads as dark print on light ground.

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace shikaku {

/// `gray` with every large, dark, solid region inverted (255 − value); the image itself when
/// there is none. A region counts when its ground is darker than `kDarkGround` and it covers
/// a solid area (a header bar, a dark page), not a line or a block of text; when none does (a
/// dim photo of a screen), one far darker than the page's own light ground counts.
/// `invertedShare`, when given, receives the share of the page that was inverted (0..1);
/// `regions`, the bounding boxes of the inverted regions (in `gray` coordinates).
cv::Mat darkOnLight(const cv::Mat& gray, double* invertedShare = nullptr, std::vector<cv::Rect>* regions = nullptr);

} // namespace shikaku
