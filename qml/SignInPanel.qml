import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Shikaku.Backend

// Staff sign-in: staff ID and PIN, Enter signs in.
ColumnLayout {
    id: panel
    spacing: 8
    signal signedIn()
    Text {
        text: "職員サインイン / Staff sign-in"
        font.pixelSize: Theme.staffBody
        font.bold: true
        font.family: Theme.fontFamily
        color: Theme.text
    }
    TextField {
        id: staffId
        objectName: "staffId"
        Layout.fillWidth: true
        placeholderText: "職員ID / staff ID"
        font.pixelSize: Theme.staffBody
        focus: true
        onAccepted: pin.forceActiveFocus()
    }
    TextField {
        id: pin
        objectName: "pin"
        Layout.fillWidth: true
        placeholderText: "PIN"
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        font.pixelSize: Theme.staffBody
        onAccepted: signIn.clicked()
    }
    Button {
        id: signIn
        text: "サインイン / Sign in"
        font.pixelSize: Theme.staffBody
        onClicked: {
            if (Staff.signIn(staffId.text, pin.text))
                panel.signedIn()
            pin.text = ""
        }
    }
    Text {
        visible: Staff.failedAttempts > 0
        text: "IDまたはPINが違います / wrong ID or PIN (" + Staff.failedAttempts + ")"
        color: Theme.bad
        font.pixelSize: Theme.staffBody
        font.family: Theme.fontFamily
    }
}
