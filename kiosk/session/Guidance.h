#pragma once
// The one guidance message the resident sees while placing a paper document.

#include <QObject>

namespace shikaku::kiosk::guidance {
Q_NAMESPACE

enum class Message {
    NoDocument,    ///< nothing seen: place the document
    MoveInside,    ///< document touches the edge / only partly visible
    MoveCloser,    ///< document too small in the frame
    HoldStill,     ///< moving or blurred
    Glare,         ///< reflections: tilt slightly
    TooDark,
    Capturing,     ///< found, sharp and still: taking the picture
    CameraMissing, ///< no camera / unplugged
};
Q_ENUM_NS(Message)

} // namespace shikaku::kiosk::guidance
