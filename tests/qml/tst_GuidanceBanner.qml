import QtQuick
import QtTest
import Shikaku.Kiosk
import Shikaku.Backend

// One message at a time, a different text for each guidance the C++ side can give.
TestCase {
    name: "GuidanceBanner"
    when: windowShown
    Component { id: banner; GuidanceBanner { width: 800 } }

    function init() { failOnWarning(/.?/) }

    function test_messages() {
        const b = createTemporaryObject(banner, this)
        const label = findChild(b, "guidanceText")
        verify(label)
        const seen = {}
        for (const m of [Guidance.NoDocument, Guidance.MoveInside, Guidance.HoldStill, Guidance.Glare,
                         Guidance.TooDark, Guidance.Capturing, Guidance.CameraMissing, Guidance.TurnOver,
                         Guidance.OldHealthCard, Guidance.NotRecognised]) {
            b.message = m
            verify(label.text.length > 3)
            verify(!(label.text in seen), "duplicate guidance text")
            seen[label.text] = true
        }
        b.message = Guidance.CameraMissing
        verify(label.text.indexOf("camera") >= 0)
    }

    function test_wrongStillIsAWarningWithWhatToDo() {
        const b = createTemporaryObject(banner, this)
        const label = findChild(b, "guidanceText")
        b.message = Guidance.HoldStill
        verify(!b.warning)
        b.message = Guidance.TurnOver
        verify(b.warning)
        verify(label.text.indexOf("turn") >= 0)
        b.message = Guidance.OldHealthCard
        verify(b.warning)
        // Says what to bring instead.
        verify(label.text.indexOf("資格確認書") >= 0 && label.text.indexOf("資格情報のお知らせ") >= 0)
        verify(label.text.indexOf("PDF") >= 0)
        b.message = Guidance.NotRecognised
        verify(b.warning)
    }
}
