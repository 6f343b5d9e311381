import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Shikaku.Backend

// The staff window: keyboard first. ↑/↓ choose a waiting visit in the queue, Tab moves through
// its fields, Enter confirms, Ctrl+R asks for a rescan (only while that resident is still at
// the kiosk), Ctrl+J rejects, Ctrl+O opens a file. Every value beside the crop it came from;
// the notice on top. The queue list shows no values; the review pane only when signed in.
Window {
    id: window
    objectName: "staffWindow"
    width: 1440
    height: 900
    visible: true
    title: "職員確認 / Staff review — shikaku-kiosk"
    color: Theme.background

    readonly property bool reviewing: Queue.hasCurrent && !Queue.currentReading && Staff.signedIn
    readonly property string residentText: {
        switch (KioskSession.state) {
        case Session.Idle: return KioskSession.acceptingVisits ? "待機中 / idle" : "満杯のため待機 / waiting: queue full"
        case Session.Capturing: return KioskSession.inputMode === Session.Phone ? "PDF待ち / waiting for upload" : "撮影中 / capturing"
        case Session.Reading: return "読取中 / reading"
        case Session.AwaitingStaff: return "確認待ち画面 / \"staff will confirm\""
        case Session.Confirmed: return "確定を表示 / shows confirmed"
        case Session.Rejected: return "却下を表示 / shows rejected"
        default: return "時間切れ / expired"
        }
    }

    function focusFirstField() {
        const first = fieldRepeater.itemAt(0)
        if (first && window.reviewing)
            first.editor.forceActiveFocus()
    }

    Shortcut { sequence: "Up"; enabled: Staff.signedIn && Queue.count > 0; onActivated: Queue.moveSelection(-1) }
    Shortcut { sequence: "Down"; enabled: Staff.signedIn && Queue.count > 0; onActivated: Queue.moveSelection(1) }
    Shortcut { sequence: "Ctrl+R"; enabled: window.reviewing; onActivated: Queue.requestRescan() }
    Shortcut { sequence: "Ctrl+J"; enabled: Queue.hasCurrent && Staff.signedIn; onActivated: Queue.reject() }
    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; enabled: window.reviewing; onActivated: Queue.confirm() }
    Shortcut { sequence: "Ctrl+O"; enabled: Staff.signedIn && !Queue.full; onActivated: openFile.choose() }

    Connections {
        target: Queue
        // A new entry under review: the cursor goes to its first field, so Enter confirms it.
        function onCurrentChanged() { Qt.callLater(window.focusFirstField) }
    }

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

            // Left: sign-in, the resident window, the queue, opening a file.
            ColumnLayout {
                Layout.preferredWidth: 310
                Layout.maximumWidth: 310
                Layout.fillHeight: true
                spacing: 8
                // Sign-in or the signed-in staff member: one place whose height follows what it
                // shows (a layout child turning visible is not re-laid out by Qt 6.4).
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Staff.signedIn ? staffRow.implicitHeight : signInPanel.implicitHeight
                    SignInPanel {
                        id: signInPanel
                        objectName: "signInPanel"
                        width: parent.width
                        visible: !Staff.signedIn
                    }
                    RowLayout {
                        id: staffRow
                        objectName: "staffRow"
                        width: parent.width
                        visible: Staff.signedIn
                        Text {
                            text: "職員 " + Staff.staffId
                            font.pixelSize: Theme.staffBody
                            font.family: Theme.fontFamily
                            color: Theme.text
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Button { text: "サインアウト / sign out"; font.pixelSize: 14; onClicked: Staff.signOut() }
                    }
                }
                Text {
                    objectName: "residentStatus"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                    text: "窓口画面 / resident: " + window.residentText
                    font.pixelSize: 16
                    font.family: Theme.fontFamily
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                }
                Text {
                    text: Camera.cameraAvailable ? "カメラ: 接続中 / camera connected" : "⚠ カメラ未接続 / camera not connected"
                    color: Camera.cameraAvailable ? Theme.mutedText : Theme.bad
                    font.pixelSize: 16
                    font.family: Theme.fontFamily
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        text: "確認待ち / queue"
                        font.pixelSize: Theme.staffBody
                        font.bold: true
                        font.family: Theme.fontFamily
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "queueCount"
                        text: Queue.count + " / " + Queue.maxEntries
                        font.pixelSize: Theme.staffBody
                        font.bold: Queue.full
                        font.family: Theme.fontFamily
                        color: Queue.full ? Theme.bad : Theme.text
                    }
                }
                ListView {
                    id: queueList
                    objectName: "queueList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 120
                    clip: true
                    spacing: 6
                    model: Queue
                    currentIndex: Queue.currentRow
                    delegate: QueueEntryRow {
                        required property int index
                        required property var model
                        number: model.number
                        time: model.time
                        origin: model.origin
                        documentKind: model.documentKind
                        needsReview: model.needsReview
                        ageMinutes: model.ageMinutes
                        reading: model.reading
                        scanFailed: model.scanFailed
                        residentHere: model.residentHere
                        width: queueList.width
                        selected: index === Queue.currentRow
                        onClicked: Queue.select(index)
                    }
                    Text {
                        anchors.centerIn: parent
                        visible: Queue.count === 0
                        text: "確認待ちはありません\nnothing waiting"
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: 16
                        font.family: Theme.fontFamily
                        color: Theme.mutedText
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: Queue.count > 1
                    text: "↑↓ で選ぶ / ↑↓ to choose"
                    font.pixelSize: 14
                    font.family: Theme.fontFamily
                    color: Theme.mutedText
                }
                Text {
                    objectName: "queueNotice"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                    visible: Queue.notice !== ""
                    text: Queue.notice
                    font.pixelSize: 14
                    font.family: Theme.fontFamily
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                OpenFilePanel {
                    id: openFile
                    Layout.fillWidth: true
                }
            }

            // Centre and right: the selected entry under review. (Qt 6.4 layouts do not
            // re-lay out children whose visibility changes, so these stay visible and a cover
            // hides them while nobody is signed in.)
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    // Centre: the selected entry's document with the field boxes.
                    DocumentView {
                        Layout.preferredWidth: 380
                        Layout.maximumWidth: 380
                        Layout.fillHeight: true
                        fieldModel: Queue.currentFields
                        hasImage: Queue.currentHasImage
                        imageSource: "image://kiosk/entry/" + Queue.currentEntryId
                        selectedRow: fields.focusedRow
                    }

                    // Right: the selected entry's fields and the decisions.
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                        Layout.preferredWidth: 100
                        Layout.fillHeight: true
                        spacing: 8
                        Text {
                            objectName: "entryTitle"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                            text: !Queue.hasCurrent ? "確認待ちはありません / nothing to review"
                                  : "#" + Queue.currentNumber + "  " + (Queue.currentReading ? "読取中… / reading…"
                                  : "書類 / document: " + Queue.currentDocumentKind)
                            font.pixelSize: Theme.staffBody
                            font.bold: true
                            font.family: Theme.fontFamily
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                            visible: Queue.currentScanError !== ""
                            text: "⚠ 自動読取できませんでした。値を入力してください / could not read automatically, type the values: " + Queue.currentScanError
                            font.pixelSize: Theme.staffBody
                            font.family: Theme.fontFamily
                            color: Theme.bad
                            wrapMode: Text.WordWrap
                        }
                        Column {
                            id: fields
                            Layout.fillWidth: true
                            spacing: 6
                            visible: Queue.hasCurrent && !Queue.currentReading
                            enabled: window.reviewing
                            property int focusedRow: -1
                            Repeater {
                                id: fieldRepeater
                                model: Queue.currentFields
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
                                    cropSource: model.box && model.box.width > 0 ? "image://kiosk/crop/" + Queue.currentEntryId + "/" + index : ""
                                    onEdit: (text) => Queue.currentFields.edit(index, text)
                                    onAccepted: Queue.confirm()
                                    editor.onActiveFocusChanged: if (editor.activeFocus) fields.focusedRow = index
                                }
                            }
                        }
                        Item { Layout.fillHeight: true }
                        Text {
                            id: refusal
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                            objectName: "refusal"
                            visible: text !== ""
                            text: Queue.lastRefusal
                            color: Theme.bad
                            font.pixelSize: Theme.staffBody
                            font.family: Theme.fontFamily
                            wrapMode: Text.WordWrap
                            Connections {
                                target: Queue
                                function onCurrentChanged() { refusal.text = "" }
                                function onRefused() { refusal.text = Qt.binding(() => Queue.lastRefusal) }
                            }
                        }
                        Text {
                            objectName: "rescanHint"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
                            visible: Queue.currentFromResident && !Queue.canRescan && !refusal.visible
                            text: "再撮影はご本人がキオスクにいる間だけです。離れた方は却下し、もう一度キオスクで読み取るようお声がけください。"
                                  + " / Rescan only while the resident is at the kiosk: otherwise reject and ask them to scan again."
                            font.pixelSize: 15
                            font.family: Theme.fontFamily
                            color: Theme.mutedText
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 12
                            Button {
                                objectName: "confirmButton"
                                text: "確定 / Confirm (Enter)"
                                font.pixelSize: 18
                                enabled: window.reviewing
                                highlighted: Queue.currentFields.allConfirmable
                                onClicked: Queue.confirm()
                            }
                            Button {
                                objectName: "rescanButton"
                                text: "再撮影 / Rescan (Ctrl+R)"
                                font.pixelSize: 18
                                enabled: window.reviewing && Queue.canRescan
                                onClicked: Queue.requestRescan()
                            }
                            Button {
                                objectName: "rejectButton"
                                text: "却下 / Reject (Ctrl+J)"
                                font.pixelSize: 18
                                enabled: Queue.hasCurrent && Staff.signedIn
                                onClicked: Queue.reject()
                            }
                        }
                    }
                }
                // Signed out: nothing of the queue's documents is shown.
                Rectangle {
                    objectName: "signedOutCover"
                    anchors.fill: parent
                    visible: !Staff.signedIn
                    color: Theme.background
                    Text {
                        anchors.fill: parent
                        text: "サインインすると確認待ちの書類が表示されます。\nSign in to review the waiting documents."
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.WordWrap
                        font.pixelSize: 22
                        font.family: Theme.fontFamily
                        color: Theme.mutedText
                    }
                    MouseArea { anchors.fill: parent } // nothing underneath can be clicked
                }
            }
        }
    }
}
