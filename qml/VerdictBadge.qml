import QtQuick
import Shikaku.Backend

// The validator's verdict on one value: symbol + words, never colour alone.
Rectangle {
    id: badge
    property int verdict: FieldReviewModel.Verdict.Empty
    readonly property var look: ({
        [FieldReviewModel.Verdict.Valid]: ["✓", "形式 OK / valid", Theme.good],
        [FieldReviewModel.Verdict.CheckDigitFailed]: ["✗", "検証番号が合いません / check digit failed", Theme.bad],
        [FieldReviewModel.Verdict.Invalid]: ["✗", "形式が違います / invalid", Theme.bad],
        [FieldReviewModel.Verdict.Expired]: ["!", "有効期限切れ / expired", Theme.warning],
        [FieldReviewModel.Verdict.Empty]: ["?", "未入力 / empty", Theme.bad],
        [FieldReviewModel.Verdict.NotApplicable]: ["–", "記載なし（該当なし）/ not applicable", Theme.mutedText]
    })
    readonly property var entry: look[verdict] || look[FieldReviewModel.Verdict.Empty]
    readonly property string text: entry[1]
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 8
    radius: 6
    color: Theme.surface
    border.color: entry[2]
    border.width: 2
    Text {
        id: label
        anchors.centerIn: parent
        text: badge.entry[0] + " " + badge.entry[1]
        color: badge.entry[2]
        font.pixelSize: Theme.staffBody
        font.family: Theme.fontFamily
        font.bold: true
    }
}
