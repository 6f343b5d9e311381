<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AcceptedDocuments</name>
    <message>
        <location filename="../AcceptedDocuments.qml" line="13"/>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../AcceptedDocuments.qml" line="14"/>
        <source>postcard</source>
        <translation>はがき</translation>
    </message>
    <message>
        <location filename="../AcceptedDocuments.qml" line="15"/>
        <source>A4 sheet</source>
        <translation>A4の紙</translation>
    </message>
    <message>
        <location filename="../AcceptedDocuments.qml" line="16"/>
        <source>お知らせ</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../AcceptedDocuments.qml" line="17"/>
        <source>PDF on a phone</source>
        <translation>スマホのPDF</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../CaptureScreen.qml" line="82"/>
        <source>Place one of these, face up:</source>
        <translation>次のどれかを、表を上にして置いてください：</translation>
    </message>
    <message>
        <location filename="../CaptureScreen.qml" line="104"/>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../CaptureScreen.qml" line="112"/>
        <source>Take picture</source>
        <translation>撮影する</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../DoneScreen.qml" line="14"/>
        <source>Please wait here. Staff will help you with your document.</source>
        <translation>このままお待ちください。職員がご案内します。</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="15"/>
        <source>Thank you. Staff will now check and confirm the values.</source>
        <translation>ありがとうございました。職員が内容を確認します。</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="24"/>
        <source>Some values could not be read automatically. Staff will check them with you.</source>
        <translation>読み取れなかった項目があります。職員が一緒に確認します。</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="33"/>
        <source>The kiosk could not read this document by itself. Please keep it with you and wait for staff.</source>
        <translation>この書類は機械では読み取れませんでした。書類はお持ちのまま、職員をお待ちください。</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="80"/>
        <source>Press Finish so that the next person can use the kiosk, and please wait at the counter.</source>
        <translation>「終わる」を押すと、次の方がこの端末を使えます。窓口でお待ちください。</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="91"/>
        <source>Finish</source>
        <translation>終わる</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="64"/>
        <source>Part of each number is hidden on this screen for your privacy.</source>
        <translation>個人情報を守るため、番号の一部を隠しています。</translation>
    </message>
</context>
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../FinishedScreen.qml" line="14"/>
        <source>✓ Confirmed. Thank you.</source>
        <translation>✓ 確認が終わりました。ありがとうございました。</translation>
    </message>
    <message>
        <location filename="../FinishedScreen.qml" line="15"/>
        <source>Staff will help you at the counter.</source>
        <translation>窓口で職員がご案内します。</translation>
    </message>
    <message>
        <location filename="../FinishedScreen.qml" line="16"/>
        <source>The session ended because there was no activity. Your data has been deleted.</source>
        <translation>操作がなかったため終了しました。データは消去しました。</translation>
    </message>
    <message>
        <location filename="../FinishedScreen.qml" line="27"/>
        <source>Your pictures and values have been deleted from this kiosk.</source>
        <translation>画像と読み取った内容は、この端末から消去しました。</translation>
    </message>
</context>
<context>
    <name>GuidanceBanner</name>
    <message>
        <location filename="../GuidanceBanner.qml" line="10"/>
        <source>Place the document face up inside the frame</source>
        <translation>書類を表を上にして、枠の中に置いてください</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="11"/>
        <source>Move the document fully inside the frame</source>
        <translation>書類全体が枠に入るように動かしてください</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="12"/>
        <source>Hold still…</source>
        <translation>そのまま動かさないでください…</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="13"/>
        <source>Glare: tilt the document slightly</source>
        <translation>光が反射しています。書類を少し傾けてください</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="14"/>
        <source>Too dark: move the document into the light</source>
        <translation>暗すぎます。明るい所に置いてください</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="15"/>
        <source>Taking the picture</source>
        <translation>撮影しています</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="16"/>
        <source>The camera is not connected. Staff have been notified; please wait or use the PDF on your phone.</source>
        <translation>カメラがつながっていません。職員に知らせました。少しお待ちください。スマートフォンのPDFを使うときは「やめる」を押してください。</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="17"/>
        <source>This is the back. Please turn the document over and place it face up.</source>
        <translation>裏面が写っています。書類を裏返して、表を上にして置いてください。</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="18"/>
        <source>This is an old health insurance card (保険証). It cannot be used since 2 December 2025. Please place your 資格確認書 or 資格情報のお知らせ instead, or press Cancel and use the マイナポータル PDF on your phone.</source>
        <translation>これは以前の健康保険証です。2025年12月2日から使えません。かわりに資格確認書か資格情報のお知らせを置いてください。スマートフォンのPDFを使うときは「やめる」を押してください。</translation>
    </message>
    <message>
        <location filename="../GuidanceBanner.qml" line="19"/>
        <source>This document was not recognised. Please place one of the documents shown on the right, face up.</source>
        <translation>この書類は読み取れませんでした。右に示した書類のどれかを、表を上にして置いてください。</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../LanguageBar.qml" line="24"/>
        <source>Larger text</source>
        <translation>大きな文字</translation>
    </message>
    <message>
        <location filename="../LanguageBar.qml" line="30"/>
        <source>High contrast</source>
        <translation>はっきり表示</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <location filename="../PhoneScreen.qml" line="34"/>
        <source>1. Read this QR code with your phone&apos;s camera.</source>
        <translation>1. スマートフォンのカメラで、このQRコードを読み取ってください。</translation>
    </message>
    <message>
        <location filename="../PhoneScreen.qml" line="42"/>
        <source>2. Choose the 資格情報 PDF you saved from マイナポータル (端末に保存) and send it.</source>
        <translation>2. マイナポータルで「端末に保存」した資格情報のPDFを選んで、送信してください。</translation>
    </message>
    <message>
        <location filename="../PhoneScreen.qml" line="50"/>
        <source>The phone must be on the office Wi-Fi. The link works once, only for you.</source>
        <translation>庁舎のWi-Fiにつないでください。このリンクは1回だけ、あなただけが使えます。</translation>
    </message>
    <message>
        <location filename="../PhoneScreen.qml" line="59"/>
        <source>The upload page is not available. Please ask staff.</source>
        <translation>送信ページが使えません。職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../PhoneScreen.qml" line="68"/>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
</context>
<context>
    <name>ProcessingScreen</name>
    <message>
        <location filename="../ProcessingScreen.qml" line="17"/>
        <source>Reading the document… You can take it back now.</source>
        <translation>読み取っています… 書類はお取りください。</translation>
    </message>
</context>
<context>
    <name>ResidentWindow</name>
    <message>
        <location filename="../ResidentWindow.qml" line="13"/>
        <source>Insurance document reader</source>
        <translation>資格確認書 読み取り</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../StartScreen.qml" line="11"/>
        <source>This kiosk reads your health insurance qualification document so that staff can copy the numbers without typing.</source>
        <translation>この端末は、資格確認書などの番号を読み取り、職員の入力を手伝います。</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="19"/>
        <source>It is not an identity check. Staff check every value.</source>
        <translation>本人確認ではありません。読み取った内容は職員がすべて確認します。</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="29"/>
        <source>What do you have? Touch one.</source>
        <translation>お持ちのものを選んで、さわってください。</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="38"/>
        <source>Please wait a moment: staff are still checking earlier documents.</source>
        <translation>少しお待ちください。職員が前の方の書類を確認しています。</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="56"/>
        <source>Paper document: 資格確認書 or 資格情報のお知らせ</source>
        <translation>紙の書類（資格確認書・資格情報のお知らせ）</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="64"/>
        <source>PDF on my phone
マイナポータル 資格情報</source>
        <translation>スマートフォンのPDF
マイナポータル 資格情報</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <location filename="../TimeoutWarning.qml" line="26"/>
        <source>Are you still there?</source>
        <translation>まだ操作しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../TimeoutWarning.qml" line="36"/>
        <source>In %n second(s) this session ends and your data is deleted.</source>
        <translation>
            <numerusform>あと %n 秒で終了し、データを消去します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TimeoutWarning.qml" line="46"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>shikaku::kiosk::FileIntake</name>
    <message>
        <location filename="../../kiosk/session/FileIntake.cpp" line="44"/>
        <source>File not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/FileIntake.cpp" line="46"/>
        <location filename="../../kiosk/session/FileIntake.cpp" line="52"/>
        <source>The file cannot be read</source>
        <translation>ファイルを読めません</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/FileIntake.cpp" line="49"/>
        <location filename="../../kiosk/session/FileIntake.cpp" line="57"/>
        <source>The file is too large (limit %1 MiB)</source>
        <translation>ファイルが大きすぎます（上限 %1 MiB）</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/FileIntake.cpp" line="56"/>
        <source>The file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/FileIntake.cpp" line="58"/>
        <source>Not a PDF, JPEG or PNG file</source>
        <translation>PDF・JPEG・PNGのファイルではありません</translation>
    </message>
</context>
</TS>
