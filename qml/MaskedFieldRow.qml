import QtQuick
import QtQuick.Layouts

// One field as the resident sees it: label and masked value (masking is done in C++).
RowLayout {
    id: row
    property string label
    property string value
    spacing: 24
    Text {
        Layout.preferredWidth: 320
        text: row.label
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        color: Theme.mutedText
    }
    Text {
        Layout.fillWidth: true
        text: row.value !== "" ? row.value : "—"
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
    }
}
