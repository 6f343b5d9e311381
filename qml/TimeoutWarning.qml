import QtQuick
import QtQuick.Layouts

// Inactivity warning: at least 20 s to continue with one touch, then the visit is reset.
Rectangle {
    id: warning
    property int secondsLeft: 0
    signal continueClicked()
    color: "#cc000000"
    MouseArea { anchors.fill: parent } // the screen below is paused
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 900)
        height: column.implicitHeight + 64
        radius: 16
        color: Theme.surface
        border.color: Theme.warning
        border.width: 6
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 32
            spacing: 24
            Text {
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.residentTitle
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "countdown"
                Layout.fillWidth: true
                text: qsTr("In %n second(s) this session ends and your data is deleted.", "", warning.secondsLeft)
                font.pixelSize: Theme.residentBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "continueButton"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Continue")
                onClicked: warning.continueClicked()
            }
        }
    }
}
