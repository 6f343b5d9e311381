#pragma once
// The name of a document kind as staff know it (the title printed on the document).

#ifndef Q_MOC_RUN
#include "DocumentKind.h"
#endif

#include <QString>

namespace shikaku::kiosk {

QString documentTitle(DocumentKind kind);

} // namespace shikaku::kiosk
