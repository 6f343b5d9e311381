import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Shikaku.Backend

// The staff window: keyboard first. Tab through the fields, Enter confirms, Ctrl+R asks for
// a rescan, Ctrl+J rejects. Every value beside the crop it came from; the notice on top.
Window {
    id: window
    objectName: "staffWindow"
    width: 1440
    height: 900
    visible: true
    title: "職員確認 / Staff review — shikaku-kiosk"
    color: Theme.background

    readonly property bool reviewing: KioskSession.state === Session.AwaitingStaff
    readonly property string stateText: {
        switch (KioskSession.state) {
        case Session.Idle: return "待機中 / idle"
        case Session.Capturing: return KioskSession.inputMode === Session.Phone ? "PDF待ち / waiting for upload" : "撮影中 / capturing"
        case Session.Reading: return "読取中 / reading"
        case Session.AwaitingStaff: return "確認待ち / awaiting staff"
        case Session.Confirmed: return "確定済み / confirmed"
        case Session.Rejected: return "却下 / rejected"
        default: return "時間切れ / expired"
        }
    }

    Shortcut { sequence: "Ctrl+R"; enabled: window.reviewing && Staff.signedIn; onActivated: KioskSession.requestRescan() }
    Shortcut { sequence: "Ctrl+J"; enabled: (window.reviewing || KioskSession.state === Session.Reading) && Staff.signedIn; onActivated: KioskSession.reject() }
    Shortcut { sequence: "Ctrl+Return"; enabled: window.reviewing && Staff.signedIn; onActivated: KioskSession.confirm() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        NoticeBanner {
            objectName: "staffNotice"
            Layout.fillWidth: true
            fontSize: 24
            showEnglish: false
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            // Left: sign-in, the visit queue, opening a file.
            ColumnLayout {
                Layout.preferredWidth: 270
                Layout.maximumWidth: 270
                Layout.fillHeight: true
                spacing: 12
                SignInPanel {
                    Layout.fillWidth: true
                    visible: !Staff.signedIn
                }
                ColumnLayout {
                    visible: Staff.signedIn
                    Text {
                        text: "職員 / staff: " + Staff.staffId
                        font.pixelSize: Theme.staffBody
                        font.family: Theme.fontFamily
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Button { text: "サインアウト"; onClicked: Staff.signOut() }
                }
                Text {
                    text: "受付 / queue"
                    font.pixelSize: Theme.staffBody
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: Theme.text
                }
                Rectangle {
                    objectName: "queueEntry"
                    Layout.fillWidth: true
                    Layout.preferredHeight: queueText.implicitHeight + 16
                    Layout.minimumHeight: queueText.implicitHeight + 16
                    color: window.reviewing ? Qt.lighter(Theme.accent, 1.9) : Theme.surface
                    border.color: window.reviewing ? Theme.accent : Theme.border
                    border.width: 2
                    Text {
                        id: queueText
                        x: 8
                        y: 8
                        width: parent.width - 16
                        text: KioskSession.visitNumber > 0
                              ? "#" + KioskSession.visitNumber + "  " + window.stateText
                              : "（なし / none）"
                        font.pixelSize: Theme.staffBody
                        font.family: Theme.fontFamily
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    text: KioskSession.documentKind
                    font.pixelSize: Theme.staffBody
                    font.family: Theme.fontFamily
                    color: Theme.text
                }
                Text {
                    text: Camera.cameraAvailable ? "カメラ: 接続中 / camera connected" : "⚠ カメラ未接続 / camera not connected"
                    color: Camera.cameraAvailable ? Theme.mutedText : Theme.bad
                    font.pixelSize: Theme.staffBody
                    font.family: Theme.fontFamily
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: "ファイルを開く / open a PDF or image"
                    font.pixelSize: Theme.staffBody
                    font.family: Theme.fontFamily
                    color: Theme.text
                }
                TextField {
                    id: pathField
                    objectName: "pathField"
                    Layout.fillWidth: true
                    enabled: Staff.signedIn
                    placeholderText: "/path/to/file.pdf"
                    font.pixelSize: 16
                    onAccepted: Files.open(text)
                }
                Button {
                    text: "開く / Open"
                    enabled: Staff.signedIn && pathField.text !== ""
                    onClicked: Files.open(pathField.text)
                }
                Text {
                    visible: Files.lastError !== ""
                    text: Files.lastError
                    color: Theme.bad
                    font.pixelSize: Theme.staffBody
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            // Centre: the document with the field boxes.
            DocumentView {
                Layout.preferredWidth: 380
                Layout.maximumWidth: 380
                Layout.fillHeight: true
                fieldModel: KioskSession.fields
                selectedRow: fields.focusedRow
            }

            // Right: the fields.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: 100
                Layout.fillHeight: true
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: KioskSession.scanError !== ""
                          ? "⚠ 自動読取できませんでした / could not read automatically: " + KioskSession.scanError
                          : (KioskSession.documentKind !== "" ? "書類 / document: " + KioskSession.documentKind : "")
                    font.pixelSize: Theme.staffBody
                    font.family: Theme.fontFamily
                    color: KioskSession.scanError !== "" ? Theme.bad : Theme.text
                    wrapMode: Text.WordWrap
                }
                Column {
                    id: fields
                    Layout.fillWidth: true
                    spacing: 6
                    enabled: window.reviewing && Staff.signedIn
                    property int focusedRow: -1
                    Repeater {
                        id: fieldRepeater
                        model: KioskSession.fields
                        FieldRow {
                            required property int index
                            required property var model
                            width: fields.width
                            label: model.label
                            value: model.value
                            verdict: model.verdict
                            status: model.status
                            source: model.source
                            confidence: model.confidence
                            edited: model.edited
                            reason: model.reason
                            cropSource: model.box && model.box.width > 0 ? "image://kiosk/crop/" + index + "/" + KioskSession.imageRevision : ""
                            onEdit: (text) => KioskSession.fields.edit(index, text)
                            onAccepted: KioskSession.confirm()
                            editor.onActiveFocusChanged: if (editor.activeFocus) fields.focusedRow = index
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                Text {
                    id: refusal
                    Layout.fillWidth: true
                    objectName: "refusal"
                    visible: text !== ""
                    text: KioskSession.lastRefusal
                    color: Theme.bad
                    font.pixelSize: Theme.staffBody
                    font.family: Theme.fontFamily
                    wrapMode: Text.WordWrap
                    Connections {
                        target: KioskSession
                        function onStateChanged() { refusal.text = Qt.binding(() => KioskSession.lastRefusal) }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    enabled: Staff.signedIn
                    Button {
                        objectName: "confirmButton"
                        text: "確定 / Confirm (Enter)"
                        font.pixelSize: 18
                        enabled: window.reviewing
                        highlighted: KioskSession.fields.allConfirmable
                        onClicked: KioskSession.confirm()
                    }
                    Button {
                        text: "再撮影 / Rescan (Ctrl+R)"
                        font.pixelSize: 18
                        enabled: window.reviewing
                        onClicked: KioskSession.requestRescan()
                    }
                    Button {
                        text: "却下 / Reject (Ctrl+J)"
                        font.pixelSize: 18
                        enabled: window.reviewing || KioskSession.state === Session.Reading
                        onClicked: KioskSession.reject()
                    }
                }
            }
        }
    }
}
