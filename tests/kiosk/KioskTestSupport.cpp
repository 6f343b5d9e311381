#include "KioskTestSupport.h"

#include "FieldJudge.h"
#include "FieldValidators.h"
#include "SyntheticPhoto.h"

namespace shikaku::kiosktest {

std::vector<cv::Mat> documentPhotos(int count, cv::Size frame)
{
    std::vector<cv::Mat> photos;
    for (int i = 0; i < count; ++i)
        photos.push_back(testsupport::renderScene(testsupport::sceneForTier(testsupport::Tier::Easy, i, frame)).image);
    return photos;
}

std::unique_ptr<RecordStore> openStore(const QTemporaryDir& dir)
{
    RecordStoreOptions options;
    options.databasePath = dir.filePath(QStringLiteral("records.sqlite3")).toStdString();
    options.keyPath = dir.filePath(QStringLiteral("records.key")).toStdString();
    auto store = RecordStore::open(options);
    return store ? std::move(store).value() : nullptr;
}

std::string validInsurerNumber()
{
    const std::string body = "0113001";
    return body + std::to_string(insurerCheckDigit(body));
}

ScanResult sampleScanResult()
{
    ScanResult result;
    result.input = "camera";
    result.kind = DocumentKind::KakuninshoCard;
    result.field(FieldId::InsurerNumber) = judgeField(FieldId::InsurerNumber, validInsurerNumber(), 0.97, FieldSource::Ocr);
    result.field(FieldId::Symbol) = judgeField(FieldId::Symbol, "1234", 0.95, FieldSource::Ocr);
    result.field(FieldId::Number) = judgeField(FieldId::Number, "56789", 0.55, FieldSource::Ocr); // low: review
    result.field(FieldId::BranchNumber) = judgeField(FieldId::BranchNumber, "01", 0.93, FieldSource::Ocr);
    result.field(FieldId::Expiry) = judgeField(FieldId::Expiry, "令和9年3月31日", 0.9, FieldSource::Ocr);
    for (auto& f : result.fields)
        f.box = Box{10, 10, 200, 40};
    result.rectified = cv::Mat(540, 856, CV_8UC3, cv::Scalar(240, 240, 240));
    return result;
}

} // namespace shikaku::kiosktest
