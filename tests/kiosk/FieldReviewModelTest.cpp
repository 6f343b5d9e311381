// The staff field model: roles, masking, re-validation as staff type, confirmability.

#include "FieldReviewModel.h"
#include "FieldMasking.h"
#include "FieldValidators.h"
#include "KioskTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;
using V = FieldReviewModel::Verdict;

class FieldReviewModelTest : public QObject {
    Q_OBJECT
private slots:
    void modelIsWellBehaved()
    {
        FieldReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        model.load(kiosktest::sampleScanResult(), Date{2026, 4, 1});
        model.edit(1, QStringLiteral("12"));
        model.clear();
        QCOMPARE(model.rowCount(), 5);
    }

    void masking()
    {
        QCOMPARE(maskForResident(QStringLiteral("01130012")), QStringLiteral("0113****"));
        QCOMPARE(maskForResident(QStringLiteral("1234")), QStringLiteral("12**"));
        QCOMPARE(maskForResident(QStringLiteral("123-4567")), QStringLiteral("123-****"));
        QCOMPARE(maskForResident(QString()), QString());
    }

    void loadsVerdictsAndSources()
    {
        FieldReviewModel model;
        model.load(kiosktest::sampleScanResult(), Date{2026, 4, 1});
        QCOMPARE(model.verdict(FieldId::InsurerNumber), V::Valid);
        QCOMPARE(model.data(model.index(2), FieldReviewModel::StatusRole).value<FieldReviewModel::Status>(),
                 FieldReviewModel::Status::Review); // low confidence
        QCOMPARE(model.data(model.index(0), FieldReviewModel::SourceRole).value<FieldReviewModel::Source>(),
                 FieldReviewModel::Source::Ocr);
        QCOMPARE(model.data(model.index(0), FieldReviewModel::BoxRole).toRect(), QRect(10, 10, 200, 40));
        QCOMPARE(model.value(FieldId::Expiry), QStringLiteral("2027-03-31"));
        QVERIFY(model.allConfirmable());
    }

    void editRevalidatesAsStaffType()
    {
        FieldReviewModel model;
        model.load(kiosktest::sampleScanResult(), Date{2026, 4, 1});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const std::string valid = kiosktest::validInsurerNumber();
        // Typing digit by digit: too short is invalid, a wrong last digit fails the check.
        QCOMPARE(V(model.edit(0, QStringLiteral("0113"))), V::Invalid);
        std::string wrong = valid;
        wrong.back() = wrong.back() == '9' ? '0' : char(wrong.back() + 1);
        QCOMPARE(V(model.edit(0, QString::fromStdString(wrong))), V::CheckDigitFailed);
        QVERIFY(!model.allConfirmable());
        QCOMPARE(V(model.edit(0, QString::fromStdString(valid))), V::Valid);
        QVERIFY(model.allConfirmable());
        QVERIFY(model.edited(FieldId::InsurerNumber));
        QVERIFY(model.origin(FieldId::InsurerNumber) == FieldSource::None);
        QCOMPARE(changed.count(), 3);

        // Full-width digits are normalised; a past date is a well-formed but expired value.
        QCOMPARE(V(model.edit(3, QStringLiteral("０１"))), V::Valid);
        QCOMPARE(model.value(FieldId::BranchNumber), QStringLiteral("01"));
        QCOMPARE(V(model.edit(4, QStringLiteral("令和7年3月31日"))), V::Expired);
        QVERIFY(model.allConfirmable());
        QCOMPARE(V(model.edit(4, QStringLiteral(""))), V::Empty);
        QVERIFY(!model.allConfirmable());
    }

    void koukiNeedsNoSymbolNorBranch()
    {
        FieldReviewModel model;
        ScanResult result; // a scan that read nothing: staff type everything
        model.load(result, Date{2026, 4, 1});
        const std::string body = "3913001";
        model.edit(0, QString::fromStdString(body + std::to_string(insurerCheckDigit(body))));
        model.edit(2, QStringLiteral("1234567"));
        model.edit(4, QStringLiteral("2027-07-31"));
        QVERIFY(model.allConfirmable());
        model.edit(0, QString::fromStdString(kiosktest::validInsurerNumber()));
        QVERIFY(!model.allConfirmable());
        QVERIFY(model.blockingLabels().contains(QStringLiteral("記号")));
    }

    // A お知らせ prints a 有効期限 only for a holder aged 70–74; read in part, the scan cannot say
    // which (its 有効期限 stays not_found), and staff may confirm it empty. A 資格確認書 may not.
    void aPartlyReadOshiraseMayBeConfirmedWithoutExpiry()
    {
        for (const DocumentKind kind : {DocumentKind::Oshirase, DocumentKind::KakuninshoCard}) {
            FieldReviewModel model;
            ScanResult result;
            result.kind = kind;
            model.load(result, Date{2026, 4, 1});
            model.edit(0, QString::fromStdString(kiosktest::validInsurerNumber()));
            model.edit(1, QStringLiteral("12"));
            model.edit(2, QStringLiteral("1234567"));
            model.edit(3, QStringLiteral("01"));
            QCOMPARE(model.allConfirmable(), kind == DocumentKind::Oshirase);
            QCOMPARE(model.missingCount(), 1);
            model.clear();
            QVERIFY(!model.allConfirmable());
        }
    }
};

QTEST_GUILESS_MAIN(FieldReviewModelTest)
#include "FieldReviewModelTest.moc"
