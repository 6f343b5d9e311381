import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Reading the document: a moment.
ColumnLayout {
    spacing: 32
    Item { Layout.fillHeight: true }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 140
        Layout.preferredHeight: 140
        running: visible
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Reading the document… You can take it back now.")
        font.pixelSize: Theme.residentTitle
        font.family: Theme.fontFamily
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Item { Layout.fillHeight: true }
}
