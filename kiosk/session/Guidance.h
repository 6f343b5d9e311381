#pragma once
// The one guidance message the resident sees while placing a paper document: the live
// preview's advice (LiveGuidance), or what the scan of the last still said was wrong with it
// (Session: back side, old health insurance card, not recognised).

#include <QObject>

namespace shikaku::kiosk::guidance {
Q_NAMESPACE

enum class Message {
    NoDocument,    ///< nothing seen: place the document
    MoveInside,    ///< document touches the edge / only partly visible
    HoldStill,     ///< moving or blurred
    Glare,         ///< reflections: tilt slightly
    TooDark,
    Capturing,     ///< found, sharp and still: taking the picture
    CameraMissing, ///< no camera / unplugged
    TurnOver,      ///< the still showed the back side: turn it over
    OldHealthCard, ///< an old 健康保険証 (invalid since 2025-12-02): bring a 資格確認書 / お知らせ / PDF
    NotRecognised, ///< not one of the accepted documents: show which ones are
};
Q_ENUM_NS(Message)

/// True for the messages that come from the scan of a still (they stay until the document changes).
constexpr bool isScanVerdict(Message message)
{
    return message == Message::TurnOver || message == Message::OldHealthCard || message == Message::NotRecognised;
}

} // namespace shikaku::kiosk::guidance
