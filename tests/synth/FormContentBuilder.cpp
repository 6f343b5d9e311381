#include "FormContentBuilder.h"

#include "FieldValidators.h"
#include "PaintKit.h"

namespace shikaku::synth {
namespace {

QString title(const InsuranceRecord& r, CardPurpose purpose, Rng& rng)
{
    if (purpose == CardPurpose::OshiraseCard)
        return rng.chance(0.6) ? "資格情報のお知らせ" : "資格情報通知書";
    const bool old = purpose == CardPurpose::OldHealthCard;
    switch (r.type) {
    case InsurerType::Kyokai:
    case InsurerType::Kumiai:
        return old ? "健康保険被保険者証" : "健康保険資格確認書";
    case InsurerType::Kyosai:
        if (old)
            return r.dependant ? "組合員被扶養者証" : "組合員証";
        return rng.chance(0.5) ? "資格確認書" : "組合員等資格確認書";
    case InsurerType::Kokuho:
        if (old)
            return r.age70to74 ? "国民健康保険被保険者証兼高齢受給者証" : "国民健康保険被保険者証";
        return rng.chance(0.06) ? "国民健康保険資格確認書（特別療養）" : "国民健康保険資格確認書";
    case InsurerType::Kouki:
        return old ? "後期高齢者医療被保険者証" : "後期高齢者医療資格確認書";
    }
    return "資格確認書";
}

QString symbolLabel(const InsuranceRecord& r, bool combined, Rng& rng)
{
    if (!combined)
        return rng.chance(0.85) ? "記号" : "被保険者証記号";
    switch (r.type) {
    case InsurerType::Kyosai:
        return rng.chance(0.5) ? "組合員等記号・番号" : "記号・番号";
    case InsurerType::Kokuho:
        return rng.chance(0.5) ? "被保険者記号・番号" : "記号・番号";
    default:
        return rng.chance(0.5) ? "被保険者等記号・番号" : "記号・番号";
    }
}

} // namespace

PrintChoices randomPrintChoices(Rng& rng)
{
    PrintChoices c;
    c.fullWidthDigits = rng.chance(0.3);
    c.dateStyle = randomPrintedDateStyle(rng);
    c.expiryAsPeriod = rng.chance(0.08);
    c.branchInBrackets = rng.chance(0.5);
    return c;
}

QString printDate(const Date& date, const PrintChoices& choices)
{
    const std::string text = formatDate(date, choices.dateStyle);
    return qs(choices.fullWidthDigits ? toFullWidthDigits(text) : text);
}

QString printDigits(const std::string& ascii, const PrintChoices& choices) { return digitsText(ascii, choices.fullWidthDigits); }

FieldTruth fieldTruth(const InsuranceRecord& r, bool expiryPrinted)
{
    FieldTruth t;
    t.insurerNumber = r.insurerNumber;
    if (r.symbol)
        t.symbol = validateSymbol(*r.symbol).normalized;
    t.number = r.number;
    t.branchNumber = r.branch;
    if (expiryPrinted)
        t.expiry = r.expiry.toIso();
    return t;
}

nlohmann::json printedValues(const InsuranceRecord& r)
{
    return {
        {"name", r.holder.fullName()},
        {"birth_date", r.holder.birthDate.toIso()},
        {"issue_date", r.issueDate.toIso()},
        {"qualification_date", r.qualificationDate.toIso()},
        {"management_number", r.managementNumber},
        {"phone", r.phone},
        {"postcode", r.postcode},
        {"insurer_name", r.insurerName},
    };
}

FormContent buildFormContent(const InsuranceRecord& r, CardPurpose purpose, const PrintChoices& choices, Rng& rng, Truth& truth)
{
    FormContent c;
    const bool kouki = r.type == InsurerType::Kouki;
    const bool oldCard = purpose == CardPurpose::OldHealthCard;
    c.title = title(r, purpose, rng);
    if (oldCard && (r.type == InsurerType::Kyokai || r.type == InsurerType::Kumiai))
        c.badge = r.dependant ? (rng.chance(0.5) ? "家族" : "被扶養者") : (rng.chance(0.5) ? "本人" : "被保険者");
    else if (purpose == CardPurpose::Kakuninsho && r.dependant && rng.chance(0.5))
        c.badge = "家族";

    // Old cards issued before 2021 may lack 枝番 (domain notes §3.6).
    InsuranceRecord printed = r;
    if (oldCard && printed.branch && rng.chance(0.4))
        printed.branch.reset();

    if (!kouki) {
        c.symbol = printDigits(*printed.symbol, choices);
        c.symbolLabel = symbolLabel(r, false, rng);
        c.combinedLabel = symbolLabel(r, true, rng);
        c.branch = printed.branch ? printDigits(*printed.branch, choices) : QString();
        c.branchLabel = choices.branchInBrackets ? "（枝番）" : "枝番";
    } else {
        c.numberLabel = "被保険者番号";
    }
    c.number = printDigits(printed.number, choices);

    // Expiry: always on 資格確認書; お知らせ only for 70–74; old cards of 国保/後期 and some others.
    bool expiryPrinted = true;
    if (purpose == CardPurpose::OshiraseCard)
        expiryPrinted = r.age70to74;
    if (oldCard)
        expiryPrinted = r.type == InsurerType::Kokuho || r.type == InsurerType::Kouki || rng.chance(0.1);
    if (expiryPrinted) {
        if (choices.expiryAsPeriod) {
            const Date from = r.expiry.month == 7 ? Date{r.expiry.year - 1, 8, 1} : r.issueDate;
            c.expiryLabel = "有効期間";
            c.expiry = printDate(from, choices) + "から" + printDate(r.expiry, choices) + "まで";
        } else {
            c.expiryLabel = "有効期限";
            c.expiry = printDate(r.expiry, choices);
        }
    }

    const QString sex = r.holder.male ? "男" : "女";
    c.rows.push_back({"氏名", qs(r.holder.fullName()), purpose == CardPurpose::OshiraseCard && rng.chance(0.6) ? "" : "性別", sex});
    if (c.rows.back().label2.isEmpty())
        c.rows.back().value2.clear();
    if (purpose == CardPurpose::OshiraseCard || rng.chance(0.3))
        c.rows.push_back({"フリガナ", qs(r.holder.fullReading())});
    c.rows.push_back({"生年月日", printDate(r.holder.birthDate, choices)});
    if (r.dependant && !kouki) {
        c.rows.push_back({"被保険者氏名", qs(r.insuredPersonName)});
        c.rows.push_back({"認定年月日", printDate(r.qualificationDate, choices)});
    } else {
        c.rows.push_back({rng.chance(0.8) ? "資格取得年月日" : "資格取得日", printDate(r.qualificationDate, choices)});
    }
    if (kouki)
        c.rows.push_back({"住所", qs(r.address)});
    if (kouki || r.age70to74)
        c.rows.push_back({"一部負担金の割合", printDigits(std::to_string(r.copayPercent / 10), choices) + "割"});
    if (oldCard && !r.employerName.empty() && !r.dependant)
        c.rows.push_back({"事業所名称", qs(r.employerName)});
    if (purpose != CardPurpose::OshiraseCard)
        c.rows.push_back({rng.chance(0.7) ? "交付年月日" : "交付日", printDate(r.issueDate, choices)});

    c.insurerNumber = printDigits(r.insurerNumber, choices);
    c.insurerName = qs(r.insurerName);
    if (r.type == InsurerType::Kokuho && rng.chance(0.3))
        c.insurerNameLabel = "交付者名";
    else if (rng.chance(0.3))
        c.insurerNameLabel = "保険者名";
    if (rng.chance(0.5))
        c.insurerAddress = qs("所在地 " + r.insurerAddress);

    if (rng.chance(0.5))
        c.smallPrint.push_back(QString("発行管理番号 ") + printDigits(r.managementNumber, choices));
    if (rng.chance(0.5))
        c.smallPrint.push_back(qs("〒" + r.postcode + " 電話 " + r.phone));
    if (purpose == CardPurpose::OshiraseCard)
        c.smallPrint.push_back("この書類のみでは受診できません。マイナ保険証と一緒にお持ちください。");

    truth.fields = fieldTruth(printed, expiryPrinted);
    truth.insurerType = std::string(insurerTypeName(r.type));
    truth.printed = printedValues(r);
    return c;
}

} // namespace shikaku::synth
