#pragma once
// What the resident may see of a value on a screen others can glance at: the first few
// characters, the rest as '*' (e.g. 0113****). 記号・番号 are protected data.

#include <QString>

namespace shikaku::kiosk {

/// Keeps `visible` leading characters (at most half of the value), masks the rest.
QString maskForResident(const QString& value, int visible = 4);

} // namespace shikaku::kiosk
