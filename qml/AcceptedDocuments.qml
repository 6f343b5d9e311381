import QtQuick

// The accepted documents side by side, each drawn (DocumentPicture) above its short name.
// `kinds` chooses which: the paper ones on the capture screen, the phone on the phone choice.
Item {
    id: row
    property var kinds: ["card", "postcard", "a4", "oshirase"]
    property real pictureHeight: 110
    property int captionSize: Theme.residentSmall
    property color captionColor: Theme.text
    property int columns: kinds.length
    readonly property var captions: ({
        "card": qsTr("card"),
        "postcard": qsTr("postcard"),
        "a4": qsTr("A4 sheet"),
        "oshirase": qsTr("お知らせ"),
        "phone": qsTr("PDF on a phone")
    })
    implicitWidth: grid.implicitWidth
    implicitHeight: grid.implicitHeight

    Grid {
        id: grid
        objectName: "acceptedGrid"
        anchors.horizontalCenter: parent.horizontalCenter
        columns: row.columns
        columnSpacing: 20
        rowSpacing: 12
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignBottom
        Repeater {
            model: row.kinds
            Column {
                objectName: "accepted_" + modelData
                spacing: 6
                DocumentPicture {
                    anchors.horizontalCenter: parent.horizontalCenter
                    kind: modelData
                    pictureHeight: row.pictureHeight * (modelData === "a4" || modelData === "oshirase" || modelData === "phone" ? 1.0 : 0.62)
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: row.captions[modelData] || ""
                    font.pixelSize: row.captionSize
                    font.family: Theme.fontFamily
                    color: row.captionColor
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
