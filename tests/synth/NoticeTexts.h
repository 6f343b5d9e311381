#pragma once
// Boilerplate printed around the fields (paraphrased from the kind of notes insurers print).

#include <QString>
#include <QStringList>

namespace shikaku::synth {

inline const QStringList& kakuninshoNotes()
{
    static const QStringList notes{
        "注意事項",
        "1 医療機関等で受診するときは、この資格確認書を窓口で提示してください。",
        "2 資格を失ったときや有効期限を過ぎたときは、すみやかに返却してください。",
        "3 住所や氏名が変わったときは、14日以内に届け出てください。",
        "4 不正にこの資格確認書を使用した者は、刑法により詐欺罪として処罰されます。",
        "5 臓器提供に関する意思を表示する場合は、裏面の意思表示欄に記入してください。",
    };
    return notes;
}

inline const QStringList& oshiraseNotes()
{
    static const QStringList notes{
        "このお知らせは、マイナ保険証をお持ちの方に、ご自身の被保険者資格の情報をお知らせするものです。",
        "このお知らせのみでは医療機関等を受診することはできません。",
        "マイナ保険証による資格確認ができない場合は、マイナンバーカードとあわせて提示してください。",
        "記載内容に誤りがある場合は、下記のお問い合わせ先までご連絡ください。",
    };
    return notes;
}

} // namespace shikaku::synth
