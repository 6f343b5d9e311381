// "Is this still the document we just photographed?" on drawn camera scenes: the same document
// in the next frames (noise, a pixel of shake) is the same; taken away, pushed aside, turned
// over in place (same outline, other face) or turned round is a change.

#include "DocumentFinder.h"
#include "KioskTestSupport.h"
#include "PlacementWatch.h"

#include <QTest>

#include <algorithm>

#include <opencv2/imgproc.hpp>

using namespace shikaku;
using namespace shikaku::kiosk;

namespace {

DocumentQuad find(const cv::Mat& frame)
{
    DocumentFinderOptions options;
    options.refineAtFullResolution = false;
    return findDocument(frame, options);
}

cv::Mat withNoise(const cv::Mat& frame, int seed)
{
    cv::Mat noise(frame.size(), CV_16SC3);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0, 4);
    cv::Mat out;
    frame.convertTo(out, CV_16SC3);
    out += noise;
    out.convertTo(out, CV_8UC3);
    return out;
}

cv::Mat shifted(const cv::Mat& frame, double dx, double dy)
{
    cv::Mat out;
    const cv::Mat m = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
    cv::warpAffine(frame, out, m, frame.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

/// The same outline with another face: the back of a card (plain, one framed panel).
cv::Mat turnedOver(const cv::Mat& frame, const DocumentQuad& quad)
{
    cv::Mat out = frame.clone();
    std::vector<cv::Point> polygon;
    for (const auto& p : quad.corners)
        polygon.emplace_back(cvRound(p.x), cvRound(p.y));
    cv::fillConvexPoly(out, polygon, cv::Scalar(235, 235, 235), cv::LINE_AA);
    const cv::Point2f c = (quad.corners[0] + quad.corners[2]) * 0.5f;
    cv::rectangle(out, cv::Rect(cvRound(c.x) - 60, cvRound(c.y) - 20, 120, 40), cv::Scalar(60, 60, 60), 2);
    return out;
}

} // namespace

class PlacementWatchTest : public QObject {
    Q_OBJECT

private:
    cv::Mat m_frame;
    DocumentQuad m_quad;

private slots:
    void initTestCase()
    {
        m_frame = kiosktest::documentPhotos(1).front();
        m_quad = find(m_frame);
        QVERIFY(m_quad.found);
    }

    void nothingHeldNothingChanges()
    {
        PlacementWatch watch;
        QVERIFY(!watch.holding());
        QVERIFY(!watch.changed(m_frame, m_quad));
    }

    void sameDocumentInTheNextFramesIsTheSame()
    {
        PlacementWatch watch;
        watch.remember(m_frame, m_quad);
        QVERIFY(watch.holding());
        for (int i = 0; i < 5; ++i) {
            const cv::Mat next = shifted(withNoise(m_frame, i), 0.7 * i - 1.0, 0.5);
            const DocumentQuad quad = find(next);
            QVERIFY(quad.found);
            const double difference = PlacementWatch::difference(PlacementWatch::thumbnail(next, quad),
                                                                 PlacementWatch::thumbnail(m_frame, m_quad));
            QVERIFY2(difference < 0.3, qPrintable(QString::number(difference)));
            QVERIFY(!watch.changed(next, quad));
        }
        QVERIFY(watch.holding());
    }

    void takenAwayIsAChange()
    {
        PlacementWatch watch;
        watch.remember(m_frame, m_quad);
        QVERIFY(watch.changed(m_frame, DocumentQuad{}));
        QVERIFY(!watch.holding()); // forgotten: the next still document may be taken
    }

    void pushedAsideIsAChange()
    {
        PlacementWatch watch;
        watch.remember(m_frame, m_quad);
        const cv::Mat moved = shifted(m_frame, 0.08 * m_frame.cols, 0);
        const DocumentQuad quad = find(moved);
        QVERIFY(quad.found);
        QVERIFY(watch.changed(moved, quad));
    }

    void turnedOverInPlaceIsAChange()
    {
        PlacementWatch watch;
        watch.remember(m_frame, m_quad);
        const cv::Mat back = turnedOver(m_frame, m_quad);
        const double difference = PlacementWatch::difference(PlacementWatch::thumbnail(back, m_quad),
                                                             PlacementWatch::thumbnail(m_frame, m_quad));
        QVERIFY2(difference > 0.6, qPrintable(QString::number(difference)));
        QVERIFY(watch.changed(back, m_quad)); // same outline, other face
    }

    void turnedRoundInPlaceIsAChange()
    {
        PlacementWatch watch;
        watch.remember(m_frame, m_quad);
        // The same outline listed from the opposite corner: the picture inside is upside down.
        DocumentQuad round = m_quad;
        std::rotate(round.corners.begin(), round.corners.begin() + 2, round.corners.end());
        QVERIFY(watch.changed(m_frame, round));
    }
};

QTEST_GUILESS_MAIN(PlacementWatchTest)
#include "PlacementWatchTest.moc"
