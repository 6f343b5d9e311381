import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// Language, larger text and high contrast: on every resident screen. Language names are
// written in their own language so that each reader finds theirs.
RowLayout {
    spacing: 12
    BigButton {
        text: "日本語"
        fontSize: Theme.residentSmall
        primary: Preferences.language === "ja"
        onClicked: { KioskSession.touch(); Preferences.language = "ja" }
        Accessible.name: "日本語"
    }
    BigButton {
        text: "English"
        fontSize: Theme.residentSmall
        primary: Preferences.language === "en"
        onClicked: { KioskSession.touch(); Preferences.language = "en" }
    }
    Item { Layout.fillWidth: true }
    BigButton {
        text: qsTr("Larger text")
        fontSize: Theme.residentSmall
        primary: Preferences.largeText
        onClicked: { KioskSession.touch(); Preferences.largeText = !Preferences.largeText }
    }
    BigButton {
        text: qsTr("High contrast")
        fontSize: Theme.residentSmall
        primary: Preferences.highContrast
        onClicked: { KioskSession.touch(); Preferences.highContrast = !Preferences.highContrast }
    }
}
