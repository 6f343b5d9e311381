import QtQuick
import QtTest
import Shikaku.Kiosk
import Shikaku.Backend

// Staff type into a field: each keystroke goes to C++ (which re-validates), Enter confirms.
TestCase {
    name: "FieldRow"
    when: windowShown
    width: 900
    height: 200
    Component { id: row; FieldRow { width: 880; label: "保険者番号"; value: "0113" } }

    function init() { failOnWarning(/.?/) }

    function test_typingEmitsEditsAndEnterAccepts() {
        const r = createTemporaryObject(row, this)
        const edits = createTemporaryObject(signalSpyComponent, this, { target: r, signalName: "edit" })
        const accepted = createTemporaryObject(signalSpyComponent, this, { target: r, signalName: "accepted" })
        r.editor.forceActiveFocus()
        r.editor.cursorPosition = r.editor.text.length
        keyClick(Qt.Key_0)
        keyClick(Qt.Key_1)
        compare(edits.count, 2)
        compare(edits.signalArguments[1][0], "011301")
        keyClick(Qt.Key_Return)
        compare(accepted.count, 1)
    }

    function test_sourceAndConfidenceShown() {
        const r = createTemporaryObject(row, this, { source: FieldReviewModel.Source.PdfText, confidence: 0.5 })
        verify(r.sourceText.indexOf("PDF") >= 0)
        r.source = FieldReviewModel.Source.Staff
        verify(r.sourceText.indexOf("staff") >= 0)
    }

    // A field not found says why staff must look, as a value in review does; an `ok` one says nothing.
    function test_reasonShownForReviewAndNotFound() {
        const reason = "a reflection on the page may hide a 有効期限: check the document"
        const r = createTemporaryObject(row, this, { status: FieldReviewModel.Status.NotFound, reason: reason })
        verify(r.statusNote.indexOf("not found") >= 0 && r.statusNote.indexOf(reason) >= 0, r.statusNote)
        r.status = FieldReviewModel.Status.Review
        verify(r.statusNote.indexOf("review") >= 0 && r.statusNote.indexOf(reason) >= 0, r.statusNote)
        r.status = FieldReviewModel.Status.Ok
        compare(r.statusNote, "")
        r.status = FieldReviewModel.Status.NotFound
        r.reason = ""
        compare(r.statusNote, "")
    }

    Component { id: signalSpyComponent; SignalSpy {} }
}
