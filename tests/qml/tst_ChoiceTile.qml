import QtQuick
import QtTest
import Shikaku.Kiosk

// A way in on the start screen: its name and pictures inside one large touch target that
// answers a touch.
TestCase {
    name: "ChoiceTile"
    when: windowShown
    visible: true // TestCase is hidden by default; items in it must be shown to be drawn and touched
    width: 900
    height: 500
    Component { id: tile; ChoiceTile { width: 700; height: 360; text: "Paper"; kinds: ["card", "postcard", "a4", "oshirase"] } }
    Component { id: spy; SignalSpy {} }

    function init() { failOnWarning(/.?/) }

    function test_touchAnywhereChooses() {
        const t = createTemporaryObject(tile, this)
        waitForRendering(t)
        verify(t.implicitHeight <= t.height, "content fits: " + t.implicitHeight)
        const grid = findChild(t, "acceptedGrid")
        verify(grid && grid.width <= t.width)
        for (const k of ["card", "postcard", "a4", "oshirase"])
            verify(findChild(t, "accepted_" + k))
        // A short tile draws smaller pictures rather than spilling out of itself.
        t.height = 260
        waitForRendering(t)
        verify(t.pictureHeight < 130)
        verify(t.implicitHeight <= t.height + 1, "content fits a short tile: " + t.implicitHeight)
        const clicked = createTemporaryObject(spy, this, { target: t, signalName: "clicked" })
        // On a picture, not only on the title.
        const card = findChild(t, "accepted_card")
        const centre = card.mapToItem(t, card.width / 2, card.height / 2)
        mouseClick(t, centre.x, centre.y)
        compare(clicked.count, 1)
    }
}
