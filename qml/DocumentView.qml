import QtQuick
import Shikaku.Backend

// The rectified document of the selected queue entry with a box around each field's source;
// the selected field's box is drawn thicker.
Rectangle {
    id: view
    property int selectedRow: -1
    property var fieldModel: null
    property url imageSource
    property bool hasImage: false
    color: "#303030"
    Image {
        id: image
        objectName: "documentImage"
        anchors.fill: parent
        anchors.margins: 4
        fillMode: Image.PreserveAspectFit
        cache: false
        source: view.hasImage ? view.imageSource : ""
    }
    Item {
        x: image.x + (image.width - image.paintedWidth) / 2
        y: image.y + (image.height - image.paintedHeight) / 2
        width: image.paintedWidth
        height: image.paintedHeight
        readonly property real scale: image.sourceSize.width > 0 ? image.paintedWidth / image.sourceSize.width : 0
        Repeater {
            model: view.hasImage ? view.fieldModel : null
            Rectangle {
                required property int index
                required property rect box
                readonly property int line: index === view.selectedRow ? 3 : 2
                visible: box.width > 0 && parent.scale > 0
                // Drawn around the box, not on it: the value inside stays readable.
                x: box.x * parent.scale - line
                y: box.y * parent.scale - line
                width: box.width * parent.scale + 2 * line
                height: box.height * parent.scale + 2 * line
                color: "transparent"
                border.color: index === view.selectedRow ? "#ff9800" : "#2196f3"
                border.width: line
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: !view.hasImage
        text: "画像なし / no image"
        color: "#bbbbbb"
        font.pixelSize: 20
    }
}
