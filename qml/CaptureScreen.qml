import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// Live camera picture with the found document outlined, one guidance message, a capture
// button. Capture also happens by itself once the document is found, sharp and still.
ColumnLayout {
    id: screen
    property bool active: false
    spacing: 16

    GuidanceBanner {
        Layout.fillWidth: true
        message: KioskSession.guidance
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: "#202020"
        radius: 8
        Image {
            id: preview
            anchors.fill: parent
            anchors.margins: 4
            fillMode: Image.PreserveAspectFit
            cache: false
            source: screen.active ? "image://kiosk/preview/" + Camera.frameNumber : ""
        }
        // The outline of the found document, drawn over the painted picture area.
        Canvas {
            id: outline
            x: preview.x + (preview.width - preview.paintedWidth) / 2
            y: preview.y + (preview.height - preview.paintedHeight) / 2
            width: preview.paintedWidth
            height: preview.paintedHeight
            property var points: Camera.outline
            onPointsChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                if (!points || points.length !== 4)
                    return
                ctx.lineWidth = 6
                ctx.strokeStyle = Theme.outline
                ctx.beginPath()
                ctx.moveTo(points[0].x * width, points[0].y * height)
                for (let i = 1; i < 4; ++i)
                    ctx.lineTo(points[i].x * width, points[i].y * height)
                ctx.closePath()
                ctx.stroke()
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 24
        BigButton {
            text: qsTr("Cancel")
            onClicked: KioskSession.cancel()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "captureButton"
            primary: true
            enabled: KioskSession.cameraAvailable
            text: qsTr("Take picture")
            Layout.preferredWidth: 360
            onClicked: KioskSession.capture()
        }
    }
}
