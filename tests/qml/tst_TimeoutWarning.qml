import QtQuick
import QtTest
import Shikaku.Kiosk

// The inactivity warning shows the seconds left and continues with one touch.
TestCase {
    name: "TimeoutWarning"
    when: windowShown
    width: 640
    height: 480
    Component { id: warning; TimeoutWarning { width: 640; height: 480; secondsLeft: 25 } }
    Component { id: spy; SignalSpy {} }

    function init() { failOnWarning(/.?/) }

    function test_countdownAndContinue() {
        const w = createTemporaryObject(warning, this)
        const countdown = findChild(w, "countdown")
        verify(countdown.text.indexOf("25") >= 0)
        w.secondsLeft = 3
        verify(countdown.text.indexOf("3") >= 0)
        const continued = createTemporaryObject(spy, this, { target: w, signalName: "continueClicked" })
        const button = findChild(w, "continueButton")
        waitForRendering(w)
        verify(button.width > 0)
        button.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(continued.count, 1)
    }
}
