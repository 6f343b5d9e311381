import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Shikaku.Backend

// One field for staff: the image crop it was read from beside the value (large, to compare
// digit by digit), editable, with verdict, confidence and source. Typing re-validates in C++.
Rectangle {
    id: row
    property string label
    property string value
    property int verdict: FieldReviewModel.Verdict.Empty
    property int status: FieldReviewModel.Status.NotFound
    property int source: FieldReviewModel.Source.None
    property real confidence: 0
    property bool edited: false
    property string reason
    property url cropSource
    property alias editor: editor
    signal edit(string text)
    signal accepted()

    // Why staff must look: a value in review, or a field not found with a reason (a reflection
    // or a thumb may hide its label).
    readonly property string statusNote: {
        if (status === FieldReviewModel.Status.Review)
            return "要確認 / review" + (reason !== "" ? ": " + reason : "")
        if (status === FieldReviewModel.Status.NotFound && reason !== "")
            return "未検出 / not found: " + reason
        return ""
    }

    readonly property string sourceText: {
        switch (source) {
        case FieldReviewModel.Source.Ocr: return "OCR"
        case FieldReviewModel.Source.PdfText: return "PDFテキスト / PDF text"
        case FieldReviewModel.Source.Barcode: return "QR"
        case FieldReviewModel.Source.Staff: return "職員入力 / typed by staff"
        default: return "—"
        }
    }
    implicitHeight: layout.implicitHeight + 16
    color: editor.activeFocus ? Theme.selectedSurface : Theme.surface
    border.color: editor.activeFocus ? Theme.accent : Theme.border
    border.width: editor.activeFocus ? 3 : 1
    radius: 6

    GridLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 8
        columns: 3
        columnSpacing: 12
        rowSpacing: 4
        Text {
            text: row.label
            font.pixelSize: Theme.staffBody
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            Layout.preferredWidth: 90
        }
        Rectangle {
            Layout.preferredWidth: 250
            Layout.preferredHeight: 56
            color: "#eeeeee"
            border.color: Theme.border
            Image {
                anchors.fill: parent
                anchors.margins: 2
                fillMode: Image.PreserveAspectFit
                source: row.cropSource
                cache: false
            }
            Text {
                anchors.centerIn: parent
                visible: row.cropSource.toString() === ""
                text: "画像なし / no crop"
                color: "#666666"
                font.pixelSize: 14
            }
        }
        TextField {
            id: editor
            objectName: "editor"
            Layout.fillWidth: true
            Layout.minimumWidth: 160
            Layout.preferredWidth: 200
            text: row.value
            font.pixelSize: Theme.staffLarge
            font.family: "Noto Sans Mono CJK JP"
            color: Theme.text
            selectByMouse: true
            onTextEdited: row.edit(text)
            onAccepted: row.accepted()
            Accessible.name: row.label
        }
        Item { Layout.preferredWidth: 90 }
        RowLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            spacing: 12
            VerdictBadge { verdict: row.verdict }
            Text {
                text: "信頼度 " + Math.round(row.confidence * 100) + "%"
                visible: row.source !== FieldReviewModel.Source.Staff && row.source !== FieldReviewModel.Source.None
                font.pixelSize: Theme.staffBody
                font.family: Theme.fontFamily
                color: row.confidence < 0.8 ? Theme.bad : Theme.mutedText
            }
            Text {
                text: "読取元: " + row.sourceText
                font.pixelSize: Theme.staffBody
                font.family: Theme.fontFamily
                color: Theme.mutedText
            }
            Text {
                text: row.statusNote
                visible: text !== ""
                font.pixelSize: Theme.staffBody
                font.family: Theme.fontFamily
                color: Theme.warning
                Layout.fillWidth: true
                wrapMode: Text.Wrap // the reason is what staff need: two lines rather than cut
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
