import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// Read: the masked values and "staff will confirm". After a document the kiosk could not
// take (the session decided: wrong again, or the back side too often) only "staff will help".
ColumnLayout {
    id: screen
    spacing: 16
    readonly property bool help: KioskSession.staffHelpNeeded
    Text {
        Layout.fillWidth: true
        objectName: "doneTitle"
        text: parent.help ? qsTr("Please wait here. Staff will help you with your document.")
                          : qsTr("Thank you. Staff will now check and confirm the values.")
        font.pixelSize: Theme.residentTitle
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: !parent.help && (KioskSession.scanError !== "" || KioskSession.fields.missingCount > 0)
        text: qsTr("Some values could not be read automatically. Staff will check them with you.")
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: parent.help
        text: qsTr("The kiosk could not read this document by itself. Please keep it with you and wait for staff.")
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Rectangle {
        Layout.fillWidth: true
        visible: !parent.help
        implicitHeight: fields.implicitHeight + 32
        color: Theme.surface
        border.color: Theme.border
        radius: 8
        Column {
            id: fields
            anchors.fill: parent
            anchors.margins: 16
            spacing: 8
            Repeater {
                model: KioskSession.fields
                MaskedFieldRow {
                    width: fields.width
                    label: model.label
                    value: model.residentValue
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: !parent.help
        text: qsTr("Part of each number is hidden on this screen for your privacy.")
        font.pixelSize: Theme.residentSmall
        font.family: Theme.fontFamily
        color: Theme.mutedText
        wrapMode: Text.WordWrap
    }
    NoticeBanner { Layout.fillWidth: true }
    // The values wait for staff in their queue: the kiosk is free for the next person.
    RowLayout {
        Layout.fillWidth: true
        spacing: 24
        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
            // After "staff will help" the resident waits here: no "go to the counter". (Emptied,
            // not hidden: the button keeps its place.)
            text: screen.help ? "" : qsTr("Press Finish so that the next person can use the kiosk, and please wait at the counter.")
            font.pixelSize: Theme.residentSmall
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "finishButton"
            Layout.preferredWidth: 320
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter // also when the sentence is hidden
            primary: true
            text: qsTr("Finish")
            onClicked: KioskSession.finish()
        }
    }
    Item { Layout.fillHeight: true }
}
