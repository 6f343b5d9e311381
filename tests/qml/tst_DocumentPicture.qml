import QtQuick
import QtTest
import Shikaku.Kiosk

// Pictures of the accepted documents: each kind drawn in its real side ratio, fictitious
// (no digit anywhere, values are ＊), every drawn text inside the paper.
TestCase {
    name: "DocumentPicture"
    when: windowShown
    visible: true // TestCase is hidden by default; items in it must be shown to be drawn and touched
    width: 800
    height: 600
    Component { id: picture; DocumentPicture { pictureHeight: 240 } }

    function init() { failOnWarning(/.?/) }

    function textsOf(item, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.visible && typeof c.text === "string" && c.font !== undefined)
                out.push(c)
            textsOf(c, out)
        }
        return out
    }

    function test_kinds_data() {
        return [
            { tag: "card", kind: "card", ratio: 85.6 / 54 },
            { tag: "postcard", kind: "postcard", ratio: 148 / 100 },
            { tag: "a4", kind: "a4", ratio: 210 / 297 },
            { tag: "oshirase", kind: "oshirase", ratio: 210 / 297 },
            { tag: "phone", kind: "phone", ratio: 0.5 }
        ]
    }

    function test_kinds(data) {
        const p = createTemporaryObject(picture, this, { kind: data.kind })
        waitForRendering(p)
        compare(p.height, 240)
        fuzzyCompare(p.width / p.height, data.ratio, 0.02)
        const paper = findChild(p, "paper")
        verify(paper && paper.width > 0 && paper.height > 0)
        const texts = textsOf(p, [])
        verify(texts.length >= 4, "a title and field lines")
        let stars = false
        for (const t of texts) {
            verify(!/[0-9０-９]/.test(t.text), "fictitious: no digits in '" + t.text + "'")
            stars = stars || t.text.indexOf("＊") >= 0
            // Drawn inside the paper (elided when long), never over its edge.
            const topLeft = t.mapToItem(paper, 0, 0)
            verify(topLeft.x >= 0 && topLeft.y >= 0, t.text)
            verify(topLeft.x + t.width <= paper.width + 1, t.text)
            verify(topLeft.y + t.height <= paper.height + 1, t.text)
        }
        verify(stars || data.kind === "phone", "values are masked")
        if (data.kind === "phone")
            verify(texts.some(t => t.text === "PDF"))
    }

    function test_titles() {
        const card = createTemporaryObject(picture, this, { kind: "card" })
        verify(textsOf(card, []).some(t => t.text === "資格確認書"))
        const oshirase = createTemporaryObject(picture, this, { kind: "oshirase" })
        verify(textsOf(oshirase, []).some(t => t.text === "資格情報のお知らせ"))
    }
}
