import QtQuick
import QtTest
import Shikaku.Kiosk
import Shikaku.Backend

// A queue entry in the staff list: way in, review count, age, resident presence; a click
// selects it. It has no property that could carry a field value.
TestCase {
    name: "QueueEntryRow"
    when: windowShown
    visible: true // TestCase is invisible by default: children must be visible to get clicks
    width: 340
    height: 200
    Component {
        id: row
        QueueEntryRow { width: 320; number: 3; time: "09:14"; documentKind: "資格確認書（カード）" }
    }
    Component { id: signalSpyComponent; SignalSpy {} }

    function init() { failOnWarning(/.?/) }

    function test_originTexts() {
        const r = createTemporaryObject(row, this)
        verify(r.originText.indexOf("paper") >= 0)
        r.origin = StaffQueue.Phone
        verify(r.originText.indexOf("phone") >= 0)
        r.origin = StaffQueue.StaffFile
        verify(r.originText.indexOf("file") >= 0)
    }

    function test_reviewCountAndReading() {
        const r = createTemporaryObject(row, this, { needsReview: 2 })
        verify(r.reviewText.indexOf("2") >= 0)
        r.needsReview = 0
        verify(r.reviewText.indexOf("0") >= 0)
        r.scanFailed = true
        verify(r.reviewText.indexOf("not read") >= 0)
        r.reading = true
        verify(r.reviewText.indexOf("reading") >= 0)
    }

    function test_ageInMinutes() {
        const r = createTemporaryObject(row, this, { ageMinutes: 0 })
        verify(r.ageText.indexOf("<1") >= 0)
        r.ageMinutes = 12
        verify(r.ageText.indexOf("12") >= 0)
    }

    function test_clickSelects() {
        const r = createTemporaryObject(row, this)
        const clicked = createTemporaryObject(signalSpyComponent, this, { target: r, signalName: "clicked" })
        waitForRendering(r)
        verify(r.height > 0)
        mouseClick(r)
        compare(clicked.count, 1)
    }

    function test_selectedIsMarkedNotByColourAlone() {
        const r = createTemporaryObject(row, this, { selected: true })
        const title = findChild(r, "entryNumber")
        verify(title.text.indexOf("▶") === 0)
        verify(r.border.width > 1)
        r.selected = false
        verify(title.text.indexOf("▶") < 0)
    }
}
