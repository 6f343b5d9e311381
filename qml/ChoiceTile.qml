import QtQuick
import QtQuick.Controls

// One way in on the start screen: a large touch target with its name and pictures of the
// documents it takes, so the resident recognises what they hold.
Button {
    id: tile
    property var kinds: []
    /// The pictures are at most this high, less when the tile is short (larger text, English).
    property real maxPictureHeight: 130
    readonly property real pictureHeight: Math.max(60, Math.min(maxPictureHeight,
        height - 40 - title.implicitHeight - column.spacing - Theme.residentSmall * 1.5 - 6))
    implicitHeight: column.implicitHeight + 40
    implicitWidth: Math.max(300, column.implicitWidth + 48)
    font.pixelSize: Theme.residentBody
    font.family: Theme.fontFamily
    contentItem: Item {
        implicitWidth: column.implicitWidth
        implicitHeight: column.implicitHeight
        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width
            spacing: 14
            Text {
                id: title
                width: parent.width
                text: tile.text
                font.pixelSize: Theme.residentBody
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.textOnAccent
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            AcceptedDocuments {
                anchors.horizontalCenter: parent.horizontalCenter
                kinds: tile.kinds
                pictureHeight: tile.pictureHeight
                captionColor: Theme.textOnAccent
            }
        }
    }
    background: Rectangle {
        radius: 14
        color: Theme.accent
        border.color: Theme.accent
        border.width: tile.visualFocus ? 6 : 3
        opacity: !tile.enabled ? 0.35 : (tile.down ? 0.7 : 1)
    }
}
