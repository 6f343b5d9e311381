import QtQuick
import Shikaku.Backend

// The one guidance message of the moment, with a symbol so that it does not rely on colour.
// Messages after a wrong still (turn over, old card, not recognised) are framed as warnings.
Rectangle {
    id: banner
    property int message: Guidance.NoDocument
    readonly property var texts: ({
        [Guidance.NoDocument]: ["□", qsTr("Place the document face up inside the frame")],
        [Guidance.MoveInside]: ["→", qsTr("Move the document fully inside the frame")],
        [Guidance.HoldStill]: ["●", qsTr("Hold still…")],
        [Guidance.Glare]: ["◇", qsTr("Glare: tilt the document slightly")],
        [Guidance.TooDark]: ["▲", qsTr("Too dark: move the document into the light")],
        [Guidance.Capturing]: ["◎", qsTr("Taking the picture")],
        [Guidance.CameraMissing]: ["⚠", qsTr("The camera is not connected. Staff have been notified; please wait or use the PDF on your phone.")],
        [Guidance.TurnOver]: ["⇄", qsTr("This is the back. Please turn the document over and place it face up.")],
        [Guidance.OldHealthCard]: ["！", qsTr("This is an old health insurance card (保険証). It cannot be used since 2 December 2025. Please place your 資格確認書 or 資格情報のお知らせ instead, or press Cancel and use the マイナポータル PDF on your phone.")],
        [Guidance.NotRecognised]: ["？", qsTr("This document was not recognised. Please place one of the documents shown on the right, face up.")]
    })
    readonly property var entry: texts[message] || texts[Guidance.NoDocument]
    readonly property bool warning: message === Guidance.CameraMissing || message === Guidance.TurnOver
                                    || message === Guidance.OldHealthCard || message === Guidance.NotRecognised
    color: warning ? Theme.warningSurface : Theme.surface
    border.color: warning ? Theme.warning : Theme.accent
    border.width: warning ? 6 : 4
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
