import QtQuick
import QtTest
import Shikaku.Kiosk

// The resident row shows what C++ masked, and a dash when nothing was read.
TestCase {
    name: "MaskedFieldRow"
    when: windowShown
    Component { id: row; MaskedFieldRow { width: 800; label: "番号" } }

    function init() { failOnWarning(/.?/) }

    function test_valueOrDash() {
        const r = createTemporaryObject(row, this, { value: "12**" })
        const texts = []
        for (let i = 0; i < r.children.length; ++i)
            if (r.children[i].text !== undefined)
                texts.push(r.children[i].text)
        verify(texts.indexOf("12**") >= 0)
        r.value = ""
        const after = []
        for (let i = 0; i < r.children.length; ++i)
            if (r.children[i].text !== undefined)
                after.push(r.children[i].text)
        verify(after.indexOf("—") >= 0)
    }
}
