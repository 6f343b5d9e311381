import QtQuick
import QtTest
import Shikaku.Kiosk

// The accepted documents side by side: one picture and a distinct caption each, none
// overlapping another, within the width the capture screen gives them.
TestCase {
    name: "AcceptedDocuments"
    when: windowShown
    visible: true // TestCase is hidden by default; items in it must be shown to be drawn and touched
    width: 1000
    height: 700
    Component { id: accepted; AcceptedDocuments {} }

    function init() { failOnWarning(/.?/) }

    function entries(row, kinds) {
        return kinds.map(k => findChild(row, "accepted_" + k))
    }

    function overlaps(a, b) {
        const pa = a.mapToItem(null, 0, 0), pb = b.mapToItem(null, 0, 0)
        return pa.x < pb.x + b.width && pb.x < pa.x + a.width && pa.y < pb.y + b.height && pb.y < pa.y + a.height
    }

    function test_paperKindsInTwoColumns() {
        const kinds = ["card", "postcard", "a4", "oshirase"]
        const row = createTemporaryObject(accepted, this, { columns: 2, pictureHeight: 130 })
        waitForRendering(row)
        const items = entries(row, kinds)
        for (const item of items)
            verify(item && item.width > 0 && item.height > 0)
        for (let i = 0; i < items.length; ++i)
            for (let j = i + 1; j < items.length; ++j)
                verify(!overlaps(items[i], items[j]), kinds[i] + " overlaps " + kinds[j])
        // Fits the capture screen's side panel (330 px less its margins).
        verify(row.implicitWidth <= 302, "width " + row.implicitWidth)
        const captions = kinds.map(k => row.captions[k])
        compare(new Set(captions).size, captions.length)
        for (const c of captions)
            verify(c.length >= 2)
    }

    function test_phoneAlone() {
        const row = createTemporaryObject(accepted, this, { kinds: ["phone"] })
        waitForRendering(row)
        verify(findChild(row, "accepted_phone"))
        verify(!findChild(row, "accepted_card"))
    }
}
