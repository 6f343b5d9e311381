import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Shikaku.Backend

// Staff open a PDF or image file: a file dialog (Ctrl+O) or a typed path. The file becomes a
// new queue entry, through the same limits as a phone upload (checked in C++).
ColumnLayout {
    id: panel
    spacing: 6
    property alias dialog: fileDialog
    function choose() { fileDialog.open() }

    Text {
        Layout.fillWidth: true
        Layout.preferredWidth: 100 // a wrapped text must not size the layout (Qt 6.4 polish loop)
        wrapMode: Text.WordWrap
        text: "ファイルを開く / open a PDF or image file from disk"
        font.pixelSize: Theme.staffBody
        font.bold: true
        font.family: Theme.fontFamily
        color: Theme.text
    }
    Button {
        objectName: "chooseFileButton"
        Layout.fillWidth: true
        text: "ファイルを選ぶ / Choose (Ctrl+O)"
        font.pixelSize: 14
        enabled: Staff.signedIn && !Queue.full
        onClicked: panel.choose()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        TextField {
            id: pathField
            objectName: "pathField"
            Layout.fillWidth: true
            enabled: Staff.signedIn
            placeholderText: "/path/to/file.pdf"
            font.pixelSize: 15
            onAccepted: if (Files.open(text)) text = ""
        }
        Button {
            text: "開く / Open"
            font.pixelSize: 15
            enabled: Staff.signedIn && pathField.text !== ""
            onClicked: if (Files.open(pathField.text)) pathField.text = ""
        }
    }
    Text {
        objectName: "fileError"
        visible: Files.lastError !== ""
        text: Files.lastError
        color: Theme.bad
        font.pixelSize: Theme.staffBody
        font.family: Theme.fontFamily
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.preferredWidth: 100 // wrapped: must not size the layout (Qt 6.4 polish loop)
    }
    FileDialog {
        id: fileDialog
        objectName: "fileDialog"
        title: "ファイルを開く / Open a PDF or image"
        currentFolder: Files.startFolder
        nameFilters: ["PDF・画像 / PDF or image (*.pdf *.PDF *.jpg *.jpeg *.JPG *.png *.PNG)"]
        onAccepted: Files.open(selectedFile)
    }
}
