#pragma once
// A rendered document (QImage from the synth helper) as the 8-bit grey page the reader takes.
#include <QImage>
#include <opencv2/core/mat.hpp>

namespace shikaku::test {

inline cv::Mat grayOf(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(g.height(), g.width(), CV_8UC1, const_cast<uchar*>(g.constBits()), static_cast<std::size_t>(g.bytesPerLine())).clone();
}

} // namespace shikaku::test
