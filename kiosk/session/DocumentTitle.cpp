#include "DocumentTitle.h"

namespace shikaku::kiosk {

QString documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::KakuninshoCard: return QStringLiteral("資格確認書（カード）");
    case DocumentKind::KakuninshoPostcard: return QStringLiteral("資格確認書（はがき）");
    case DocumentKind::KakuninshoA4: return QStringLiteral("資格確認書（A4）");
    case DocumentKind::Oshirase: return QStringLiteral("資格情報のお知らせ");
    case DocumentKind::PortalPdf: return QStringLiteral("マイナポータル 資格情報PDF");
    case DocumentKind::PortalScreen: return QStringLiteral("マイナポータル画面");
    case DocumentKind::HealthInsuranceCard: return QStringLiteral("健康保険証（旧）");
    case DocumentKind::BackSide: return QStringLiteral("裏面");
    case DocumentKind::Unknown: break;
    }
    return QStringLiteral("不明な書類");
}

} // namespace shikaku::kiosk
