import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// What the kiosk does, that it is not an identity check, and the two ways in.
ColumnLayout {
    spacing: 24
    Text {
        Layout.fillWidth: true
        text: qsTr("This kiosk reads your health insurance qualification document so that staff can copy the numbers without typing.")
        font.pixelSize: Theme.residentTitle
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("It is not an identity check. Staff check every value.")
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    NoticeBanner { Layout.fillWidth: true }
    Text {
        Layout.fillWidth: true
        text: qsTr("What do you have?")
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        color: Theme.text
    }
    Text {
        objectName: "queueFullText"
        Layout.fillWidth: true
        visible: !KioskSession.acceptingVisits
        text: qsTr("Please wait a moment: staff are still checking earlier documents.")
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.warning
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 24
        enabled: KioskSession.acceptingVisits
        BigButton {
            objectName: "choosePaper"
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            primary: true
            text: qsTr("Paper document\n資格確認書 · 資格情報のお知らせ")
            onClicked: KioskSession.begin(Session.Paper)
        }
        BigButton {
            objectName: "choosePhone"
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            primary: true
            text: qsTr("PDF on my phone\nマイナポータル 資格情報")
            onClicked: KioskSession.begin(Session.Phone)
        }
    }
    Item { Layout.fillHeight: true }
}
