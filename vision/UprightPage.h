#pragma once
// Which way up a rectified document lies (0 or 180°), decided from its text, and what kind of
// document it is: the page is read as it lies and, when that finds few labels, turned by 180°
// and read again; the better reading wins.

#include "DocumentKind.h"
#include "FieldLocator.h"
#include "PageText.h"
#include "ReadContext.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace shikaku {

struct UprightPage {
    cv::Mat gray;          ///< the document turned by `degrees`, light-on-dark regions inverted
    PageText page;
    FieldLocations fields;
    DocumentKind kind = DocumentKind::Unknown;
    int degrees = 0;       ///< 0 or 180, applied on top of the rectified image
    std::vector<std::u32string> searchedTitles; ///< what a second title search read (when one ran)
};

/// `gray`: the rectified document (8-bit). `aspect`: long / short side of the document as
/// measured in the photo (0: take it from `gray`; a rectifier that warps to a canonical size
/// per format must pass the measured one). `tried`, when given, receives every reading made
/// (for diagnosis).
UprightPage readUprightPage(const cv::Mat& gray, double aspect, const ReadContext& context,
                            std::vector<UprightPage>* tried = nullptr);

/// True when reading `a` looks more upright than reading `b`.
bool looksMoreUpright(const UprightPage& a, const UprightPage& b);

} // namespace shikaku
