import QtQuick
import QtQuick.Controls

// A large touch target (at least 60 px high, UX: ≥ 9 mm) with text, optionally filled.
Button {
    id: control
    property bool primary: false
    property int fontSize: Theme.residentBody
    implicitHeight: Math.max(84, contentItem.implicitHeight + 32)
    implicitWidth: Math.max(220, contentItem.implicitWidth + 48)
    font.pixelSize: fontSize
    font.family: Theme.fontFamily
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.textOnAccent : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        opacity: control.enabled ? 1 : 0.4
    }
    background: Rectangle {
        radius: 14
        color: control.primary ? Theme.accent : Theme.surface
        border.color: Theme.accent
        border.width: control.visualFocus ? 6 : 3
        opacity: !control.enabled ? 0.35 : (control.down ? 0.7 : 1)
    }
}
