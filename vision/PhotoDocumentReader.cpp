// Placeholder until the photo pipeline lands (issue "Camera photos").
#include "PhotoDocumentReader.h"

namespace shikaku {
ScanResult readPhotoDocument(const cv::Mat&, const ReadContext&)
{
    ScanResult r;
    r.error = {ScanErrorCode::Internal, "photo reading is not implemented yet"};
    return r;
}
} // namespace shikaku
