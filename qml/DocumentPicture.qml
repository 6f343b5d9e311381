import QtQuick

// A simple drawing of one accepted document, face up, so that the resident sees what to place
// and which way up. Fictitious: no name, values are ＊＊＊＊. `kind`: "card", "postcard", "a4",
// "oshirase" (A4 sheet with the card-size part to cut out at the lower right) or "phone"
// (the マイナポータル 資格情報 PDF on a phone). Sizes follow the real side ratios.
Item {
    id: picture
    property string kind: "card"
    /// Height of the drawing; the width follows the document's side ratio.
    property real pictureHeight: 120

    readonly property var ratios: ({ "card": 85.6 / 54, "postcard": 148 / 100, "a4": 210 / 297,
                                     "oshirase": 210 / 297, "phone": 0.5 })
    readonly property bool sheet: kind === "a4" || kind === "oshirase"
    readonly property bool phone: kind === "phone"
    implicitHeight: pictureHeight
    implicitWidth: Math.round(pictureHeight * (ratios[kind] || 1))
    // Drawn type scales with the drawing; never below what still reads as text.
    readonly property real fine: Math.max(7, Math.min(width, height) * (sheet || phone ? 0.075 : 0.1))

    // The phone body around the screen.
    Rectangle {
        anchors.fill: parent
        visible: picture.phone
        radius: width * 0.14
        color: "#2b2b2b"
    }

    Rectangle {
        id: paper
        objectName: "paper"
        anchors.fill: parent
        anchors.margins: picture.phone ? picture.width * 0.07 : 0
        anchors.topMargin: picture.phone ? picture.height * 0.08 : 0
        anchors.bottomMargin: picture.phone ? picture.height * 0.08 : 0
        radius: picture.kind === "card" ? height * 0.07 : 2
        color: "#ffffff"
        border.color: "#6d6d66"
        border.width: 2
        clip: true

        Column {
            id: content
            x: paper.width * 0.07
            y: paper.height * (picture.sheet ? 0.05 : 0.08)
            width: paper.width * 0.86
            spacing: picture.fine * 0.45

            // The title band: the one thing the kiosk recognises a document by.
            Rectangle {
                width: parent.width
                height: picture.fine * 1.7
                color: picture.kind === "postcard" ? "#f5d6a0" : picture.phone ? "#2f6db5" : "#cfe0f3"
                Text {
                    anchors.centerIn: parent
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: picture.phone ? "資格情報" : picture.kind === "oshirase" ? "資格情報のお知らせ" : "資格確認書"
                    font.pixelSize: picture.fine * 1.1
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: picture.phone ? "#ffffff" : "#1a1a1a"
                    elide: Text.ElideRight
                }
            }
            Repeater {
                model: picture.sheet ? ["保険者番号 ＊＊＊＊", "記号 ＊＊ 番号 ＊＊", "氏名 ＊＊＊＊"]
                                     : ["保険者番号 ＊＊＊＊＊＊＊＊", "記号 ＊＊＊＊  番号 ＊＊＊", "有効期限 ＊＊＊＊"]
                Text {
                    width: content.width
                    text: modelData
                    font.pixelSize: picture.fine
                    font.family: Theme.fontFamily
                    color: "#1a1a1a"
                    elide: Text.ElideRight
                }
            }
            // Body text of a letter: grey lines.
            Repeater {
                model: picture.sheet ? 4 : 0
                Rectangle {
                    width: content.width * (index % 2 ? 0.7 : 0.95)
                    height: Math.max(2, picture.fine * 0.4)
                    color: "#c8c8c2"
                }
            }
        }

        // The part of the お知らせ that may be cut out (card size), lower right, dashed.
        Item {
            visible: picture.kind === "oshirase"
            x: paper.width * 0.5
            y: paper.height * 0.74
            width: paper.width * 0.42
            height: width / (85.6 / 54)
            Repeater {
                // Dashes along the four sides.
                model: 24
                Rectangle {
                    readonly property int side: Math.floor(index / 6)
                    readonly property real t: (index % 6) / 6
                    color: "#6d6d66"
                    width: side % 2 === 0 ? parent.width / 10 : 2
                    height: side % 2 === 0 ? 2 : parent.height / 10
                    x: side === 0 || side === 2 ? t * parent.width : (side === 1 ? parent.width - 2 : 0)
                    y: side === 1 || side === 3 ? t * parent.height : (side === 2 ? parent.height - 2 : 0)
                }
            }
        }

        // "PDF" mark on the phone's page.
        Rectangle {
            visible: picture.phone
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: picture.fine * 0.6
            width: pdfText.implicitWidth + picture.fine
            height: pdfText.implicitHeight + picture.fine * 0.4
            radius: 3
            color: "#b00020"
            Text {
                id: pdfText
                anchors.centerIn: parent
                text: "PDF"
                font.pixelSize: picture.fine * 1.2
                font.family: Theme.fontFamily
                font.bold: true
                color: "#ffffff"
            }
        }
    }
}
