import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// The end of a visit: confirmed, not accepted, or ended after inactivity. Everything of the
// visit is already wiped; this screen returns to the start by itself.
ColumnLayout {
    spacing: 24
    Item { Layout.fillHeight: true }
    Text {
        Layout.fillWidth: true
        text: {
            switch (KioskSession.state) {
            case Session.Confirmed: return qsTr("✓ Confirmed. Thank you.")
            case Session.Rejected: return qsTr("Staff will help you at the counter.")
            default: return qsTr("The session ended because there was no activity. Your data has been deleted.")
            }
        }
        font.pixelSize: Theme.residentTitle
        font.family: Theme.fontFamily
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Your pictures and values have been deleted from this kiosk.")
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        color: Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Item { Layout.fillHeight: true }
}
