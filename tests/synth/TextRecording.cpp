#include "TextRecording.h"

#include <QPaintDevice>

namespace shikaku::synth {
namespace {

thread_local TextRecording* t_active = nullptr;

} // namespace

TextRecording::TextRecording() : m_outer(t_active) { t_active = this; }

TextRecording::~TextRecording() { t_active = m_outer; }

void TextRecording::record(const QPainter& painter, const QRectF& box, const QString& text, const TextSpec& spec)
{
    if (!t_active || box.isEmpty())
        return;
    const QPaintDevice* device = painter.device();
    const QSize size = device ? QSize(device->width(), device->height()) : QSize();
    t_active->m_items.push_back({text, painter.worldTransform().mapRect(box), size, spec});
}

} // namespace shikaku::synth
