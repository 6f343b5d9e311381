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

/// Prints `text` one character every `pitch` pixels from `x`: the digits of a form printed
/// spaced out.
inline void printSpacedOut(const PrintText& print, double x, double y, double em, double pitch, const QString& text)
{
    for (int i = 0; i < text.size(); ++i)
        print(x + pitch * i, y, em, text.mid(i, 1));
}

/// Two rows of labels and values (氏名, 生年月日) under the row a test is about, from `y`: the
/// page holds more than one field row, as a form does.
inline void printNameAndBirthRows(const PrintText& print, double y)
{
    print(20, y, 21, QString::fromUtf8("氏名"));
    print(250, y - 6, 28, QString::fromUtf8("竹井　千代"));
    print(20, y + 70, 21, QString::fromUtf8("生年月日"));
    print(250, y + 64, 28, QString::fromUtf8("昭和50年5月1日"));
}

} // namespace shikaku::test
