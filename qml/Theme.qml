pragma Singleton
import QtQuick
import Shikaku.Backend

// Colours and type sizes for both windows. High contrast and larger text follow the
// resident's choice (reset after every resident). No colour literal lives in a screen.
QtObject {
    readonly property bool contrast: Preferences.highContrast
    readonly property real textScale: Preferences.largeText ? 1.35 : 1.0

    // Resident type: at 1280 px across a 15.6" screen, 30 px puts capitals at about 5 mm.
    readonly property int residentBody: Math.round(30 * textScale)
    readonly property int residentTitle: Math.round(44 * textScale)
    readonly property int residentSmall: Math.round(24 * textScale)
    readonly property int staffBody: 18
    readonly property int staffLarge: 28   // values compared digit by digit
    readonly property string fontFamily: "Noto Sans CJK JP"

    readonly property color background: contrast ? "#000000" : "#f7f7f4"
    readonly property color surface: contrast ? "#000000" : "#ffffff"
    readonly property color text: contrast ? "#ffffff" : "#1a1a1a"
    readonly property color mutedText: contrast ? "#ffffff" : "#4a4a4a"
    readonly property color accent: contrast ? "#ffff00" : "#0b4f9c"
    readonly property color textOnAccent: contrast ? "#000000" : "#ffffff"
    readonly property color border: contrast ? "#ffffff" : "#b8b8b0"
    readonly property color warning: contrast ? "#ffff00" : "#8a5a00"
    readonly property color warningSurface: contrast ? "#000000" : "#fff4d6"
    readonly property color selectedSurface: contrast ? "#000000" : "#e3eefa" // light: every text colour stays readable on it
    readonly property color good: contrast ? "#00ff00" : "#1b6e2a"
    readonly property color bad: contrast ? "#ff6060" : "#b00020"
    readonly property color outline: "#00c853"
}
