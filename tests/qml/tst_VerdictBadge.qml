import QtQuick
import QtTest
import Shikaku.Kiosk
import Shikaku.Backend

// Every verdict has its own words and symbol (never colour alone).
TestCase {
    name: "VerdictBadge"
    when: windowShown
    Component { id: badge; VerdictBadge {} }

    function init() { failOnWarning(/.?/) }

    function test_eachVerdictSaysSomethingDifferent() {
        const verdicts = [FieldReviewModel.Verdict.Valid, FieldReviewModel.Verdict.CheckDigitFailed,
                          FieldReviewModel.Verdict.Invalid, FieldReviewModel.Verdict.Expired,
                          FieldReviewModel.Verdict.Empty, FieldReviewModel.Verdict.NotApplicable]
        const texts = {}
        for (const v of verdicts) {
            const b = createTemporaryObject(badge, this, { verdict: v })
            verify(b.text.length > 0)
            verify(!(b.text in texts), "duplicate text " + b.text)
            texts[b.text] = true
        }
        const failed = createTemporaryObject(badge, this, { verdict: FieldReviewModel.Verdict.CheckDigitFailed })
        verify(failed.text.indexOf("check digit") >= 0)
        const expired = createTemporaryObject(badge, this, { verdict: FieldReviewModel.Verdict.Expired })
        verify(expired.text.indexOf("expired") >= 0)
    }
}
