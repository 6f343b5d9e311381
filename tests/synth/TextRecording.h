#pragma once
// Records every line of text the renderers draw (its string, its box on the page, its font),
// so a training-line generator can cut each one out of a simulated photo with its transcript.
// Off unless a TextRecording is alive on the thread; rendering is unchanged either way.

#include "PaintKit.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <vector>

namespace shikaku::synth {

struct DrawnText {
    QString text;
    QRectF deviceBox;  ///< the text's em box in the painted image's pixels
    QSize deviceSize;  ///< that image's size (text drawn on an intermediate image is told apart)
    TextSpec spec;
};

class TextRecording {
public:
    TextRecording();
    ~TextRecording();
    TextRecording(const TextRecording&) = delete;
    TextRecording& operator=(const TextRecording&) = delete;

    const std::vector<DrawnText>& items() const { return m_items; }

    /// Called by drawText: adds the line when a recording is alive on this thread.
    static void record(const QPainter& painter, const QRectF& box, const QString& text, const TextSpec& spec);

private:
    std::vector<DrawnText> m_items;
    TextRecording* m_outer = nullptr;
};

} // namespace shikaku::synth
