import QtQuick
import Shikaku.Backend

// The one guidance message of the moment, with a symbol so that it does not rely on colour.
Rectangle {
    id: banner
    property int message: Guidance.NoDocument
    readonly property var texts: ({
        [Guidance.NoDocument]: ["□", qsTr("Place the document face up inside the frame")],
        [Guidance.MoveInside]: ["→", qsTr("Move the document fully inside the frame")],
        [Guidance.MoveCloser]: ["◎", qsTr("Move the document to the middle of the desk")],
        [Guidance.HoldStill]: ["●", qsTr("Hold still…")],
        [Guidance.Glare]: ["◇", qsTr("Glare: tilt the document slightly")],
        [Guidance.TooDark]: ["▲", qsTr("Too dark: move the document into the light")],
        [Guidance.Capturing]: ["◎", qsTr("Taking the picture")],
        [Guidance.CameraMissing]: ["⚠", qsTr("The camera is not connected. Staff have been notified; please wait or use the PDF on your phone.")]
    })
    readonly property var entry: texts[message] || texts[Guidance.NoDocument]
    color: message === Guidance.CameraMissing ? Theme.warningSurface : Theme.surface
    border.color: message === Guidance.CameraMissing ? Theme.warning : Theme.accent
    border.width: 4
    radius: 12
    implicitHeight: label.implicitHeight + 32
    Text {
        id: label
        objectName: "guidanceText"
        anchors.fill: parent
        anchors.margins: 16
        text: banner.entry[0] + "  " + banner.entry[1]
        font.pixelSize: Theme.residentBody
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
