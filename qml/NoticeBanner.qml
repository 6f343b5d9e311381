import QtQuick
import Shikaku.Backend

// The permanent "not proof of identity" notice. The wording comes from C++ (shared with
// records and exports); the English line is shown beside it in the English interface.
Rectangle {
    id: banner
    property int fontSize: Theme.residentSmall
    property bool showEnglish: Preferences.language === "en"
    color: Theme.warningSurface
    border.color: Theme.warning
    border.width: 3
    implicitHeight: column.implicitHeight + 20
    Column {
        id: column
        anchors.centerIn: parent
        width: parent.width - 24
        Text {
            width: parent.width
            text: "⚠ " + KioskSession.noticeJa
            font.pixelSize: banner.fontSize
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            visible: banner.showEnglish
            width: parent.width
            text: KioskSession.noticeEn
            font.pixelSize: Math.round(banner.fontSize * 0.8)
            font.family: Theme.fontFamily
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
