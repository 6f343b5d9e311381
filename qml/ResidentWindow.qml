import QtQuick
import QtQuick.Layouts
import Shikaku.Backend

// The resident's touch screen: one screen per visit state, the language bar on every
// screen, the inactivity warning on top. Which screen shows is bound to the C++ state.
Window {
    id: window
    objectName: "residentWindow"
    width: 1280
    height: 800
    visible: true
    title: qsTr("Insurance document reader")
    color: Theme.background

    readonly property int state: KioskSession.state
    readonly property bool phone: KioskSession.inputMode === Session.Phone

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        LanguageBar { Layout.fillWidth: true }

        StackLayout {
            id: screens
            objectName: "residentScreens"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The screens share the window's height. Without this the tallest minimum of any
            // screen (the phone screen's, measured while its texts were still narrow: 940 px)
            // became the stack's, and every screen ran off the bottom of the window.
            Layout.minimumHeight: 0
            currentIndex: {
                switch (window.state) {
                case Session.Idle: return 0
                case Session.Capturing: return window.phone ? 2 : 1
                case Session.Reading: return 3
                case Session.AwaitingStaff: return 4
                default: return 5
                }
            }
            StartScreen {}
            CaptureScreen { active: screens.currentIndex === 1 }
            PhoneScreen {}
            ProcessingScreen {}
            DoneScreen {}
            FinishedScreen {}
        }
    }

    TimeoutWarning {
        anchors.fill: parent
        visible: KioskSession.warningActive
        secondsLeft: KioskSession.secondsLeft
        onContinueClicked: KioskSession.touch()
    }

    // Any touch counts as activity (the warning itself needs one touch on its button).
    TapHandler {
        onTapped: KioskSession.touch()
        gesturePolicy: TapHandler.DragThreshold
    }
}
