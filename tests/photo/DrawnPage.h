#pragma once
// A form page drawn at test time: dark IPAGothic text (PaintKit) on a grey ground, returned as
// the 8-bit grey page the reader takes.
#include "GrayImage.h"
#include "PaintKit.h"

#include <QImage>
#include <QPainter>
#include <QString>

#include <functional>

namespace shikaku::test {

/// Prints `text` with its em box's top left at (x, y), `em` pixels high.
using PrintText = std::function<void(double x, double y, double em, const QString& text)>;

inline cv::Mat drawnPage(int width, int height, int ground, const std::function<void(const PrintText&)>& draw)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(QColor(ground, ground, ground));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        const PrintText print = [&](double x, double y, double em, const QString& text) {
            synth::drawText(p, QRectF(x, y, 900, em * 1.4), text, {em, "IPAGothic", false, QColor(30, 30, 30)});
        };
        draw(print);
    }
    return grayOf(image);
}

} // namespace shikaku::test
