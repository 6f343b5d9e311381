import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// What the kiosk does, that it is not an identity check, and the two ways in — each with
// pictures of the documents it takes.
ColumnLayout {
    spacing: 18
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
        text: qsTr("What do you have? Touch one.")
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
        id: choices
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 24
        enabled: KioskSession.acceptingVisits
        ChoiceTile {
            objectName: "choosePaper"
            Layout.preferredWidth: (choices.width - choices.spacing) * 0.62
            Layout.fillHeight: true
            kinds: ["card", "postcard", "a4", "oshirase"]
            text: qsTr("Paper document: 資格確認書 or 資格情報のお知らせ")
            onClicked: KioskSession.begin(Session.Paper)
        }
        ChoiceTile {
            objectName: "choosePhone"
            Layout.fillWidth: true
            Layout.fillHeight: true
            kinds: ["phone"]
            text: qsTr("PDF on my phone\nマイナポータル 資格情報")
            onClicked: KioskSession.begin(Session.Phone)
        }
    }
}
