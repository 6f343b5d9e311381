#include "FictitiousRecord.h"

#include "DateText.h"
#include "FieldValidators.h"

#include <array>
#include <utility>
#include <vector>

namespace shikaku::synth {
namespace {

using Pair = std::pair<const char*, const char*>; // kanji, katakana reading

// Name parts are combined freely, so no generated name is taken from a list of real people.
const std::vector<Pair> kFamilyHeads{{"山", "ヤマ"}, {"川", "カワ"}, {"高", "タカ"}, {"松", "マツ"},   {"石", "イシ"},
                                     {"中", "ナカ"}, {"小", "コ"},   {"大", "オオ"}, {"北", "キタ"},   {"西", "ニシ"},
                                     {"森", "モリ"}, {"竹", "タケ"}, {"岡", "オカ"}, {"藤", "フジ"},   {"桜", "サクラ"},
                                     {"青", "アオ"}, {"白", "シラ"}, {"宮", "ミヤ"}, {"浅", "アサ"},   {"梅", "ウメ"}};
const std::vector<Pair> kFamilyTails{{"田", "タ"},   {"本", "モト"}, {"村", "ムラ"}, {"野", "ノ"}, {"川", "カワ"},
                                     {"井", "イ"},   {"原", "ハラ"}, {"沢", "サワ"}, {"崎", "サキ"}, {"島", "シマ"},
                                     {"木", "キ"},   {"谷", "タニ"}, {"尾", "オ"},   {"口", "グチ"}, {"瀬", "セ"}};
const std::vector<Pair> kMaleHeads{{"健", "ケン"}, {"雄", "ユウ"}, {"和", "カズ"}, {"正", "マサ"}, {"康", "ヤス"},
                                   {"浩", "ヒロ"}, {"隆", "タカ"}, {"秀", "ヒデ"}, {"智", "トモ"}, {"達", "タツ"}};
const std::vector<Pair> kMaleTails{{"太", "タ"}, {"一", "イチ"}, {"也", "ヤ"}, {"介", "スケ"}, {"樹", "キ"},
                                   {"人", "ト"}, {"夫", "オ"},   {"司", "ジ"}, {"郎", "ロウ"}, {"平", "ヘイ"}};
const std::vector<Pair> kFemaleHeads{{"美", "ミ"},   {"恵", "エ"},   {"和", "カズ"}, {"真", "マ"}, {"由", "ユ"},
                                     {"千", "チ"},   {"佳", "カ"},   {"明", "アキ"}, {"幸", "サチ"}, {"早", "サ"}};
const std::vector<Pair> kFemaleTails{{"子", "コ"}, {"代", "ヨ"}, {"香", "カ"}, {"美", "ミ"}, {"江", "エ"},
                                     {"奈", "ナ"}, {"恵", "エ"}, {"紀", "キ"}, {"穂", "ホ"}, {"里", "リ"}};

const std::array<const char*, 47> kPrefectures{
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};

const std::vector<const char*> kPlaceHeads{"東", "西", "南", "北", "中", "上", "下", "新", "大", "小", "若", "緑"};
const std::vector<const char*> kPlaceTails{"山", "川", "原", "野", "浜", "谷", "沢", "丘", "森", "岡", "浦", "里"};
const std::vector<const char*> kCompanyHeads{"さくら", "あおば", "ひかり", "みなと", "つばさ", "やまと", "かえで", "わかば"};
const std::vector<const char*> kCompanyTails{"精機", "電機", "化学", "商事", "製薬", "運輸", "食品", "建設", "印刷", "工業"};

// 記号 of 市町村国保 that are kanji/kana district or office abbreviations (domain notes §6).
const std::vector<const char*> kKokuhoSymbols{"本", "あ", "北", "中央", "東", "西", "南", "い", "う", "中", "ア", "川"};

std::string withCheckDigit(const std::string& body)
{
    return body + static_cast<char>('0' + insurerCheckDigit(body));
}

std::string twoDigits(int v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

Date randomDate(Rng& rng, const Date& from, const Date& to)
{
    return civilFromDays(rng.uniformInt(static_cast<int>(daysFromCivil(from)), static_cast<int>(daysFromCivil(to))));
}

Date addYears(const Date& d, int years)
{
    Date r{d.year + years, d.month, d.day};
    if (!isValidDate(r.year, r.month, r.day))
        r.day = 28;
    return r;
}

std::string branchNumber(Rng& rng)
{
    static const std::vector<double> weights{5, 3, 1.5, 0.8, 0.4, 0.2};
    return twoDigits(static_cast<int>(rng.weighted(weights)));
}

} // namespace

std::string_view insurerTypeName(InsurerType type)
{
    switch (type) {
    case InsurerType::Kyokai: return "kyokai";
    case InsurerType::Kumiai: return "kumiai";
    case InsurerType::Kyosai: return "kyosai";
    case InsurerType::Kokuho: return "kokuho";
    case InsurerType::Kouki: return "kouki";
    }
    return "none";
}

std::string prefectureName(int code) { return kPrefectures[static_cast<std::size_t>(code - 1)]; }

std::string makeMunicipality(Rng& rng)
{
    static const std::vector<double> kindWeights{6, 3, 1};
    static const std::array<const char*, 3> kinds{"市", "町", "村"};
    return std::string(rng.pick(kPlaceHeads)) + rng.pick(kPlaceTails) + kinds[rng.weighted(kindWeights)];
}

std::string makeAddress(Rng& rng, const std::string& prefecture)
{
    return prefecture + makeMunicipality(rng) + rng.pick(kPlaceHeads) + rng.pick(kPlaceTails) +
           std::to_string(rng.uniformInt(1, 5)) + "丁目" + std::to_string(rng.uniformInt(1, 30)) + "番" +
           std::to_string(rng.uniformInt(1, 20)) + "号";
}

std::string makePhone(Rng& rng)
{
    switch (rng.uniformInt(0, 2)) {
    case 0: return "0" + rng.digits(1) + "-" + rng.digits(4, false) + "-" + rng.digits(4, false);
    case 1: return "0" + rng.digits(2) + "-" + rng.digits(3, false) + "-" + rng.digits(4, false);
    default: return "0" + rng.digits(3) + "-" + rng.digits(2, false) + "-" + rng.digits(4, false);
    }
}

std::string makePostcode(Rng& rng) { return rng.digits(3) + "-" + rng.digits(4, false); }

Person makePerson(Rng& rng, int bornFrom, int bornTo)
{
    Person p;
    p.male = rng.chance(0.5);
    const Pair& fh = rng.pick(kFamilyHeads);
    const Pair& ft = rng.pick(kFamilyTails);
    p.familyName = std::string(fh.first) + ft.first;
    p.familyReading = std::string(fh.second) + ft.second;
    const Pair& gh = rng.pick(p.male ? kMaleHeads : kFemaleHeads);
    const Pair& gt = rng.pick(p.male ? kMaleTails : kFemaleTails);
    p.givenName = std::string(gh.first) + gt.first;
    p.givenReading = std::string(gh.second) + gt.second;
    p.birthDate = randomDate(rng, {bornFrom, 1, 1}, {bornTo, 12, 31});
    return p;
}

InsuranceRecord makeInsuranceRecord(Rng& rng, std::optional<InsurerType> type)
{
    InsuranceRecord r;
    static const std::vector<double> typeWeights{30, 20, 10, 25, 15};
    r.type = type ? *type : static_cast<InsurerType>(rng.weighted(typeWeights));
    const int prefCode = rng.uniformInt(1, 47);
    const std::string pref = twoDigits(prefCode);
    r.prefecture = prefectureName(prefCode);
    const std::string prefShort = r.prefecture == "北海道" ? r.prefecture : r.prefecture.substr(0, r.prefecture.size() - 3);

    // Age group first: it decides 後期 (75+) and the 70–74 お知らせ expiry.
    r.age70to74 = r.type != InsurerType::Kouki && rng.chance(0.15);
    if (r.type == InsurerType::Kouki)
        r.holder = makePerson(rng, 1932, 1948); // 75 before any issue date generated here
    else if (r.age70to74)
        r.holder = makePerson(rng, 1952, 1955);
    else
        r.holder = makePerson(rng, 1958, 2022);

    switch (r.type) {
    case InsurerType::Kyokai:
        r.insurerNumber = withCheckDigit("01" + pref + "001");
        r.insurerName = "全国健康保険協会 " + prefShort + "支部";
        r.symbol = rng.digits(rng.uniformInt(7, 8));
        r.number = rng.digits(rng.uniformInt(1, 6));
        r.branch = branchNumber(rng);
        break;
    case InsurerType::Kumiai:
        r.insurerNumber = withCheckDigit("06" + pref + rng.digits(3, false));
        r.insurerName = std::string(rng.pick(kCompanyHeads)) + rng.pick(kCompanyTails) + "健康保険組合";
        r.symbol = rng.digits(rng.uniformInt(1, 4));
        r.number = rng.digits(rng.uniformInt(1, 7));
        r.branch = branchNumber(rng);
        break;
    case InsurerType::Kyosai: {
        const int law = rng.uniformInt(31, 34);
        r.insurerNumber = withCheckDigit(std::to_string(law) + pref + rng.digits(3, false));
        static const std::array<const char*, 4> names{"国家公務員共済組合", "地方職員共済組合", "警察共済組合",
                                                      "公立学校共済組合"};
        r.insurerName = std::string(names[static_cast<std::size_t>(law - 31)]) + " " + prefShort + "支部";
        r.symbol = rng.digits(rng.uniformInt(2, 5), rng.chance(0.8));
        r.number = rng.digits(rng.uniformInt(4, 8));
        r.branch = branchNumber(rng);
        break;
    }
    case InsurerType::Kokuho: {
        // 国保組合 use a 保険者別番号 starting with 3 (domain notes §5.1).
        const bool association = rng.chance(0.15);
        r.insurerNumber = withCheckDigit(pref + (association ? "3" + rng.digits(2, false) : std::to_string(rng.uniformInt(0, 2)) + rng.digits(2, false)));
        r.insurerName = association ? prefShort + "建設国民健康保険組合" : makeMunicipality(rng);
        if (rng.chance(0.5))
            r.symbol = rng.pick(kKokuhoSymbols);
        else
            r.symbol = rng.digits(rng.uniformInt(1, 4), rng.chance(0.8));
        if (rng.chance(0.3))
            r.number = rng.digits(3, false) + "-" + rng.digits(4, false);
        else
            r.number = rng.digits(rng.uniformInt(5, 8), rng.chance(0.7));
        r.branch = branchNumber(rng);
        break;
    }
    case InsurerType::Kouki:
        r.insurerNumber = withCheckDigit("39" + pref + "1" + rng.digits(2, false));
        r.insurerName = r.prefecture + "後期高齢者医療広域連合";
        r.number = rng.digits(8, rng.chance(0.8));
        break;
    }

    // Dates: 国保 and 後期 renew every 8/1–7/31; employee insurers set up to five years.
    if (r.type == InsurerType::Kokuho || r.type == InsurerType::Kouki) {
        static const std::vector<double> yearWeights{1, 3, 4, 1};
        const int year = 2025 + static_cast<int>(rng.weighted(yearWeights));
        if (rng.chance(0.1)) {
            r.expiry = lastDayOfMonth(year + 3, 11);
            r.issueDate = randomDate(rng, {2025, 10, 1}, {2025, 11, 28});
        } else {
            r.expiry = {year, 7, 31};
            r.issueDate = randomDate(rng, {year - 1, 7, 1}, {year - 1, 7, 25});
        }
    } else {
        r.issueDate = randomDate(rng, {2024, 12, 2}, {2026, 10, 30});
        if (rng.chance(0.12)) { // short re-issue version
            const Date twoMonths = civilFromDays(daysFromCivil(r.issueDate) + 61);
            r.expiry = lastDayOfMonth(twoMonths.year, twoMonths.month);
        } else {
            const Date end = addYears(r.issueDate, rng.uniformInt(1, 5));
            r.expiry = rng.chance(0.7) ? lastDayOfMonth(end.year, end.month) : end;
        }
    }
    if (r.age70to74) { // re-assessed every August: valid until the next 7/31
        const Date julyEnd{r.issueDate.year, 7, 31};
        r.expiry = r.issueDate < julyEnd ? julyEnd : Date{r.issueDate.year + 1, 7, 31};
    }
    const Date adult = addYears(r.holder.birthDate, r.type == InsurerType::Kouki ? 75 : 18);
    const Date earliest = std::max(adult, Date{2000, 4, 1});
    r.qualificationDate = earliest < r.issueDate ? randomDate(rng, earliest, r.issueDate) : r.holder.birthDate;
    if (r.type == InsurerType::Kouki)
        r.qualificationDate = std::max(adult, Date{2008, 4, 1});

    r.dependant = r.type != InsurerType::Kouki && r.type != InsurerType::Kokuho && rng.chance(0.25);
    if (r.dependant) {
        Person insured = makePerson(rng, 1955, 1995);
        insured.familyName = r.holder.familyName;
        r.insuredPersonName = insured.fullName();
    }
    if (r.type == InsurerType::Kyokai || r.type == InsurerType::Kumiai)
        r.employerName = "株式会社" + std::string(rng.pick(kCompanyHeads)) + rng.pick(kCompanyTails);
    else if (r.type == InsurerType::Kyosai)
        r.employerName = prefShort + (rng.chance(0.5) ? "県庁" : "教育委員会");

    if (r.type == InsurerType::Kouki)
        r.copayPercent = rng.pick(std::vector<int>{10, 10, 20, 30});
    else if (r.age70to74)
        r.copayPercent = rng.chance(0.8) ? 20 : 30;
    else
        r.copayPercent = 30;

    r.managementNumber = rng.digits(9);
    r.phone = makePhone(rng);
    r.postcode = makePostcode(rng);
    r.address = makeAddress(rng, r.prefecture);
    r.insurerAddress = makeAddress(rng, r.prefecture);
    r.myNumberLast4 = rng.digits(4, false);
    return r;
}

} // namespace shikaku::synth
