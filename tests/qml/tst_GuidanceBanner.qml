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
        for (const m of [Guidance.NoDocument, Guidance.MoveInside, Guidance.MoveCloser, Guidance.HoldStill,
                         Guidance.Glare, Guidance.TooDark, Guidance.Capturing, Guidance.CameraMissing]) {
            b.message = m
            verify(label.text.length > 3)
            verify(!(label.text in seen), "duplicate guidance text")
            seen[label.text] = true
        }
        b.message = Guidance.CameraMissing
        verify(label.text.indexOf("camera") >= 0)
    }
}
