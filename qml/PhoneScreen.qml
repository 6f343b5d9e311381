import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// The QR code of the one-time upload link, and what to choose on the phone.
RowLayout {
    spacing: 32
    Rectangle {
        Layout.preferredWidth: 420
        Layout.preferredHeight: 420
        color: "#ffffff"
        border.color: Theme.border
        Image {
            objectName: "qrCode"
            anchors.fill: parent
            anchors.margins: 10
            fillMode: Image.PreserveAspectFit
            smooth: false
            cache: false
            source: Upload.link !== "" ? "image://kiosk/qr/" + encodeURIComponent(Upload.link) : ""
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 20
        // A Column, not the layout, holds the wrapped texts: a layout sizes a wrapped Text by its
        // one-line height, and the lines overlapped.
        Column {
            Layout.fillWidth: true
            spacing: 20
            Text {
                width: parent.width
                text: qsTr("1. Read this QR code with your phone's camera.")
                font.pixelSize: Theme.residentBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: qsTr("2. Choose the 資格情報 PDF you saved from マイナポータル (端末に保存) and send it.")
                font.pixelSize: Theme.residentBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: qsTr("The phone must be on the office Wi-Fi. The link works once, only for you.")
                font.pixelSize: Theme.residentSmall
                font.family: Theme.fontFamily
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                visible: Upload.link === ""
                text: qsTr("The upload page is not available. Please ask staff.")
                font.pixelSize: Theme.residentBody
                font.family: Theme.fontFamily
                color: Theme.bad
                wrapMode: Text.WordWrap
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            text: qsTr("Cancel")
            onClicked: KioskSession.cancel()
        }
    }
}
