import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// Live camera picture with the found document outlined, one guidance message, pictures of the
// documents to place, a capture button. Capture also happens by itself once the document is
// found, sharp and still. What happens after a wrong still (turn over, wrong document) is
// decided by the C++ session; this screen only shows its message.
ColumnLayout {
    id: screen
    property bool active: false
    readonly property bool wrongDocument: KioskSession.guidance === Guidance.OldHealthCard
                                          || KioskSession.guidance === Guidance.NotRecognised
    spacing: 16

    GuidanceBanner {
        Layout.fillWidth: true
        message: KioskSession.guidance
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 16

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

        // Which documents, face up: always in view, framed strongly after a wrong document.
        Rectangle {
            id: panel
            objectName: "acceptedPanel"
            Layout.preferredWidth: 330
            Layout.fillHeight: true
            color: Theme.surface
            radius: 8
            border.color: screen.wrongDocument ? Theme.warning : Theme.border
            border.width: screen.wrongDocument ? 6 : 2
            Column {
                anchors.fill: parent
                anchors.margins: 14
                spacing: 12
                Text {
                    id: panelTitle
                    width: parent.width
                    text: qsTr("Place one of these, face up:")
                    font.pixelSize: Theme.residentSmall
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                AcceptedDocuments {
                    width: parent.width
                    columns: 2
                    // Two rows of pictures with captions share what the banner leaves.
                    pictureHeight: Math.max(50, Math.min(130, (panel.height - 28 - panelTitle.height - 24
                                                               - 2 * (Theme.residentSmall * 1.5 + 6)) / 2))
                }
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
