#include "FieldBoxes.h"

#include <QPaintDevice>

#include <cmath>

namespace shikaku::synth {

void FieldBoxes::add(const QPainter& painter, const std::string& field, const QRectF& rect)
{
    if (field.empty() || rect.isEmpty())
        return;
    // Through the world transform to device pixels, then to millimetres at the device resolution.
    const QRectF device = painter.worldTransform().mapRect(rect);
    const double pxPerMm = painter.device()->logicalDpiX() / 25.4;
    m_boxes.push_back({field, m_page, QRectF(device.x() / pxPerMm, device.y() / pxPerMm, device.width() / pxPerMm, device.height() / pxPerMm)});
}

nlohmann::json fieldBoxesJson(const std::vector<FieldBox>& boxes, double imagePxPerMm)
{
    auto rounded = [](double v) { return std::round(v * 10) / 10; };
    nlohmann::json out = nlohmann::json::array();
    for (const FieldBox& b : boxes) {
        nlohmann::json j{{"field", b.field}, {"page", b.page},
                         {"mm", {rounded(b.mm.x()), rounded(b.mm.y()), rounded(b.mm.width()), rounded(b.mm.height())}}};
        if (imagePxPerMm > 0)
            j["px"] = {rounded(b.mm.x() * imagePxPerMm), rounded(b.mm.y() * imagePxPerMm), rounded(b.mm.width() * imagePxPerMm),
                       rounded(b.mm.height() * imagePxPerMm)};
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace shikaku::synth
