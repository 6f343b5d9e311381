#pragma once
// Where each of the five field values was printed, recorded while painting. Lets tests check
// that a reader's crop shows the right value and that glare did or did not cover a field.

#include <QPainter>
#include <nlohmann/json.hpp>
#include <QRectF>

#include <string>
#include <vector>

namespace shikaku::synth {

struct FieldBox {
    std::string field; ///< insurer_number | symbol | number | branch_number | expiry
    int page = 1;
    QRectF mm;         ///< on the page, millimetres from the top-left corner
};

class FieldBoxes {
public:
    /// Records rect (in the painter's current drawing units) as printed on the current page.
    void add(const QPainter& painter, const std::string& field, const QRectF& rect);
    void setPage(int page) { m_page = page; }
    const std::vector<FieldBox>& boxes() const { return m_boxes; }

private:
    std::vector<FieldBox> m_boxes;
    int m_page = 1;
};

/// Truth "field_boxes": [{"field", "page", "mm": [x,y,w,h], "px": [x,y,w,h] (raster pages only)}].
nlohmann::json fieldBoxesJson(const std::vector<FieldBox>& boxes, double imagePxPerMm);

} // namespace shikaku::synth
