#include "FieldMasking.h"

#include <algorithm>

namespace shikaku::kiosk {

QString maskForResident(const QString& value, int visible)
{
    // Never show more than half: a 4-character 番号 must not be shown whole.
    const int keep = std::clamp(std::min<int>(visible, value.size() / 2), 0, int(value.size()));
    QString masked = value.left(keep);
    for (int i = keep; i < value.size(); ++i)
        masked += value.at(i) == QLatin1Char('-') ? QLatin1Char('-') : QLatin1Char('*');
    return masked;
}

} // namespace shikaku::kiosk
