import QtQuick
import QtTest
import Shikaku.Kiosk
import Shikaku.Backend

// The staff window against the real backend: signed out, the review area is covered; signing
// in re-lays out the window (a wrapped text once stopped Qt 6.4 layouts for good: the staff
// controls then drew over each other); the empty queue says so.
TestCase {
    name: "StaffWindow"
    when: windowShown
    Component { id: staffWindow; StaffWindow {} }

    function cleanup() { Staff.signOut() }

    function test_signInReLaysOutAndUncoversTheReview() {
        Staff.signOut()
        const w = createTemporaryObject(staffWindow, this)
        waitForRendering(w.contentItem)
        const status = findChild(w.contentItem, "residentStatus")
        const cover = findChild(w.contentItem, "signedOutCover")
        verify(cover.visible)
        const yBefore = status.mapToItem(null, 0, 0).y
        verify(Staff.signIn("staff-1", "0000"))
        // The sign-in form gives way to one line: what follows moves up.
        tryVerify(() => status.mapToItem(null, 0, 0).y < yBefore - 50, 2000)
        verify(!cover.visible)
        const list = findChild(w.contentItem, "queueList")
        const confirm = findChild(w.contentItem, "confirmButton")
        verify(confirm.mapToItem(null, 0, 0).x > list.mapToItem(null, 0, 0).x + list.width)
        verify(!confirm.enabled) // nothing to review
        compare(findChild(w.contentItem, "queueCount").text, "0 / " + Queue.maxEntries)
        Staff.signOut()
        tryVerify(() => cover.visible)
        tryVerify(() => Math.abs(status.mapToItem(null, 0, 0).y - yBefore) < 1, 2000)
    }
}
