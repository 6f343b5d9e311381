import QtQuick
import QtTest
import Shikaku.Kiosk
import Shikaku.Backend

// Staff open a file: the file dialog (QtQuick.Dialogs, non-native offscreen) opens and closes,
// and a typed path that cannot be used shows the C++ reason.
TestCase {
    name: "OpenFilePanel"
    when: windowShown
    visible: true // TestCase is invisible by default: children must be visible to get clicks
    width: 800
    height: 600
    Component { id: panel; OpenFilePanel { width: 320 } }

    function test_dialogOpensAndCloses() {
        const p = createTemporaryObject(panel, this)
        verify(p.dialog)
        p.choose()
        tryCompare(p.dialog, "visible", true)
        verify(p.dialog.currentFolder.toString().indexOf("file://") === 0)
        p.dialog.reject()
        tryCompare(p.dialog, "visible", false)
    }

    function test_unusablePathShowsWhy() {
        const p = createTemporaryObject(panel, this)
        verify(!Files.open("/nonexistent/shikaku-test.pdf"))
        const error = findChild(p, "fileError")
        compare(error.text, Files.lastError)
        verify(error.text.length > 0)
        tryVerify(() => error.visible)
    }
}
