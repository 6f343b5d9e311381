#pragma once
// "Is this still the document we just took a picture of?" After a still, automatic capture
// waits until the document under the camera changes — taken away, moved, or turned over in
// place — so that a back side or a wrong document left lying there is not photographed again
// and again, while a document turned over during the reading is taken at once.

#include "DocumentQuad.h"

#include <opencv2/core/mat.hpp>

namespace shikaku::kiosk {

struct PlacementWatchOptions {
    /// Corners moving more than this share of the document's diagonal: it was picked up or pushed.
    double movedShare = 0.03;
    /// Mean difference of the two normalised thumbnails (in standard deviations) above which
    /// the document counts as another one or the other side. The same document in two frames
    /// stays below ~0.2 (sensor noise, auto exposure); two unrelated pictures differ by ~1.1.
    double differentShare = 0.5;
};

class PlacementWatch {
public:
    explicit PlacementWatch(PlacementWatchOptions options = {}) : m_options(options) {}

    /// Remembers the document at `quad` in `frame` as the one just photographed.
    void remember(const cv::Mat& frame, const DocumentQuad& quad);
    /// Forgets it: the next document lying still may be taken.
    void forget();
    /// True while a photographed document is remembered.
    bool holding() const { return m_holding; }
    /// True when the document in `frame` is no longer the remembered one (gone, moved, other
    /// side or another document); the memory is then forgotten. False when nothing is held.
    bool changed(const cv::Mat& frame, const DocumentQuad& quad);

    /// A small contrast-normalised grey picture of the document (exposed for the tests).
    static cv::Mat thumbnail(const cv::Mat& frame, const DocumentQuad& quad);
    /// Mean absolute difference of two thumbnails, in standard deviations.
    static double difference(const cv::Mat& a, const cv::Mat& b);

private:
    PlacementWatchOptions m_options;
    bool m_holding = false;
    DocumentQuad m_quad;
    cv::Mat m_thumbnail;
};

} // namespace shikaku::kiosk
