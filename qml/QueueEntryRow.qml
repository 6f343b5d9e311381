import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// One waiting visit in the staff queue: number, arrival time, way in, document kind, how many
// fields need review, and how long it has waited. Never a value.
Rectangle {
    id: row
    property int number: 0
    property string time
    property int origin: StaffQueue.Paper
    property string documentKind
    property int needsReview: 0
    property int ageMinutes: 0
    property bool reading: false
    property bool scanFailed: false
    property bool residentHere: false
    property bool selected: false
    signal clicked()

    readonly property string originText: {
        switch (origin) {
        case StaffQueue.Phone: return "スマホPDF / phone"
        case StaffQueue.StaffFile: return "職員ファイル / file"
        default: return "紙 / paper"
        }
    }
    readonly property string reviewText: reading ? "読取中… / reading…"
        : scanFailed ? "自動読取不可 / not read"
        : "要確認 " + needsReview + " / review " + needsReview
    readonly property string ageText: ageMinutes < 1 ? "1分未満 / <1 min" : ageMinutes + "分 / " + ageMinutes + " min"

    implicitHeight: lines.implicitHeight + 12
    color: selected ? Theme.selectedSurface : Theme.surface
    border.color: selected ? Theme.accent : Theme.border
    border.width: selected ? 3 : 1
    radius: 4

    ColumnLayout {
        id: lines
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Text {
                objectName: "entryNumber"
                text: (row.selected ? "▶ " : "") + "#" + row.number
                font.pixelSize: Theme.staffBody
                font.bold: true
                font.family: Theme.fontFamily
                color: Theme.text
            }
            Text {
                text: row.time
                font.pixelSize: Theme.staffBody
                font.family: Theme.fontFamily
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: row.originText
                font.pixelSize: Theme.staffBody
                font.family: Theme.fontFamily
                color: Theme.text
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: row.documentKind
            font.pixelSize: 15
            font.family: Theme.fontFamily
            color: Theme.mutedText
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Text {
                objectName: "reviewText"
                Layout.fillWidth: true
                text: row.reviewText
                font.pixelSize: 15
                font.family: Theme.fontFamily
                font.bold: row.needsReview > 0 || row.scanFailed
                color: row.needsReview > 0 || row.scanFailed ? Theme.warning : Theme.mutedText
                elide: Text.ElideRight
            }
            Text {
                objectName: "ageText"
                text: row.ageText
                font.pixelSize: 15
                font.family: Theme.fontFamily
                color: row.ageMinutes >= 10 ? Theme.bad : Theme.mutedText
            }
        }
        Text {
            visible: row.residentHere
            text: "● 本人がキオスクに在席 / at the kiosk"
            font.pixelSize: 14
            font.family: Theme.fontFamily
            color: Theme.good
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: row.clicked()
    }
}
