#pragma once
// Which way up a rectified document lies (0 or 180°), decided from its text, and what kind of
// document it is: the page is read on the side its layout says is up (LineStarts) and, when
// that finds few labels and reads no title exactly, on the other side too; the better reading
// wins.

#include "DocumentKind.h"
#include "FieldLocator.h"
#include "PageText.h"
#include "PhotoPage.h"
#include "ReadContext.h"
#include "TitleSearch.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace shikaku {

struct UprightPage {
    cv::Mat gray;          ///< the document turned by `degrees`, light-on-dark regions inverted
    PageText page;
    FieldLocations fields;
    DocumentKind kind = DocumentKind::Unknown;
    int degrees = 0;       ///< 0, 90, 180 or 270 (clockwise), applied on top of the rectified image
    SearchedTitles searchedTitles; ///< what a second title search read (when one ran)
    bool titleReadExactly = false; ///< a title of 4+ characters read exactly: this side is up (namesDocumentSurely)
};

/// What the page image does not tell about the document: the rectifier warps to a canonical
/// size per format, so the side ratio is the one measured in the photo.
struct PageShape {
    double aspect = 0.0; ///< long / short side as measured in the photo (0: from the image)
    /// Regions of light print on dark ground that were turned over (InvertedText), in the
    /// coordinates of the page as given: a phone's header bar is one.
    std::vector<cv::Rect> lightOnDark;
    CornerShape corners = CornerShape::Unknown; ///< rounded (a card) or square, from the photo
};

/// The shape of a page flattened from a photo (PhotoPage): its measured side ratio and corners.
PageShape shapeOf(const PhotoPage& page);

/// `gray`: the rectified document (8-bit). Read as it lies and turned by 180°; when nothing
/// at all reads either way on a grainy page (SearchPrint), turned by 90° too (kept only when
/// a document is named there).
/// `tried`, when given, receives every reading made (for diagnosis).
UprightPage readUprightPage(const cv::Mat& gray, const PageShape& shape, const ReadContext& context,
                            std::vector<UprightPage>* tried = nullptr);

/// True when reading `a` looks more upright than reading `b`.
bool looksMoreUpright(const UprightPage& a, const UprightPage& b);

} // namespace shikaku
