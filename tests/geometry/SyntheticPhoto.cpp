#include "SyntheticPhoto.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shikaku::testsupport {
namespace {

constexpr double kPi = 3.14159265358979323846;

cv::Mat drawUpright(const SyntheticScene& s, double pxPerMm, cv::RNG& rng)
{
    const cv::Size size(int(std::lround(s.documentMm.width * pxPerMm)), int(std::lround(s.documentMm.height * pxPerMm)));
    cv::Mat doc(size, CV_8UC3, s.paper);
    auto mm = [&](double v) { return int(std::lround(v * pxPerMm)); };
    // Header band and a printed border a little inside the edge (as many cards have).
    cv::rectangle(doc, cv::Rect(0, 0, size.width, std::max(2, size.height / 7)), s.band, cv::FILLED);
    cv::rectangle(doc, cv::Rect(mm(2), mm(2), size.width - 2 * mm(2), size.height - 2 * mm(2)),
                  cv::Scalar(120, 110, 110), std::max(1, mm(0.2)));
    const double fontScale = pxPerMm * 3.0 / 22.0; // Hershey simplex: ~22 px cap height at scale 1
    const int thickness = std::max(1, mm(0.35));
    cv::putText(doc, "SHIKAKU KAKUNINSHO", cv::Point(mm(4), size.height / 7 - mm(1.2)), cv::FONT_HERSHEY_SIMPLEX,
                fontScale * 0.8, cv::Scalar(40, 40, 60), thickness, cv::LINE_AA);
    const int rows = std::max(4, int(s.documentMm.height / 9.0));
    for (int r = 0; r < rows; ++r) {
        const int y = size.height / 7 + mm(6) + r * (size.height - size.height / 7 - mm(8)) / rows;
        if (y > size.height - mm(4))
            break;
        std::string digits;
        const int n = 6 + rng.uniform(0, 6);
        for (int i = 0; i < n; ++i)
            digits += char('0' + rng.uniform(0, 10));
        cv::rectangle(doc, cv::Rect(mm(4), y - mm(4), mm(14), mm(5)), cv::Scalar(150, 140, 140), 1);
        cv::putText(doc, digits, cv::Point(mm(21), y), cv::FONT_HERSHEY_SIMPLEX, fontScale, cv::Scalar(30, 30, 30),
                    thickness, cv::LINE_AA);
    }
    return doc;
}

cv::Mat documentMask(cv::Size size, double radiusPx)
{
    cv::Mat mask(size, CV_8UC1, cv::Scalar(0));
    const int r = int(std::lround(radiusPx));
    if (r <= 0) {
        mask.setTo(255);
        return mask;
    }
    cv::rectangle(mask, cv::Rect(r, 0, size.width - 2 * r, size.height), cv::Scalar(255), cv::FILLED);
    cv::rectangle(mask, cv::Rect(0, r, size.width, size.height - 2 * r), cv::Scalar(255), cv::FILLED);
    for (const cv::Point c : {cv::Point(r, r), cv::Point(size.width - 1 - r, r), cv::Point(size.width - 1 - r, size.height - 1 - r),
                              cv::Point(r, size.height - 1 - r)})
        cv::circle(mask, c, r, cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    return mask;
}

/// Corners of the document in the frame: rotation in the desk plane, then a tilt, seen through a
/// pinhole camera whose focal length is one frame width.
std::array<cv::Point2f, 4> projectCorners(const SyntheticScene& s, double pxPerMmAtCentre)
{
    const double f = s.frame.width;
    const double distance = f / pxPerMmAtCentre;
    const double w = s.documentMm.width / 2.0, h = s.documentMm.height / 2.0;
    const std::array<cv::Point2d, 4> flat{cv::Point2d(-w, -h), cv::Point2d(w, -h), cv::Point2d(w, h), cv::Point2d(-w, h)};
    const double rot = s.rotationDeg * kPi / 180.0, tilt = s.tiltDeg * kPi / 180.0, axis = s.tiltAxisDeg * kPi / 180.0;
    const cv::Point2d centre(s.frame.width * (0.5 + s.centreOffset.x), s.frame.height * (0.5 + s.centreOffset.y));
    std::array<cv::Point2f, 4> out;
    for (std::size_t i = 0; i < 4; ++i) {
        const double x = flat[i].x * std::cos(rot) - flat[i].y * std::sin(rot);
        const double y = flat[i].x * std::sin(rot) + flat[i].y * std::cos(rot);
        // Tilt: rotate about the in-plane axis (cos axis, sin axis); height z comes out of the desk.
        const double along = x * std::cos(axis) + y * std::sin(axis);
        const double across = -x * std::sin(axis) + y * std::cos(axis);
        const double acrossTilted = across * std::cos(tilt);
        const double z = across * std::sin(tilt);
        const double X = along * std::cos(axis) - acrossTilted * std::sin(axis);
        const double Y = along * std::sin(axis) + acrossTilted * std::cos(axis);
        const double depth = distance - z;
        out[i] = cv::Point2f(float(centre.x + f * X / depth), float(centre.y + f * Y / depth));
    }
    return out;
}

bool insideFrame(const std::array<cv::Point2f, 4>& q, cv::Size frame, double marginPx)
{
    return std::all_of(q.begin(), q.end(), [&](cv::Point2f p) {
        return p.x >= marginPx && p.y >= marginPx && p.x <= frame.width - 1 - marginPx && p.y <= frame.height - 1 - marginPx;
    });
}

cv::Mat drawDesk(const SyntheticScene& s, cv::RNG& rng)
{
    cv::Mat desk(s.frame, CV_32FC3, s.desk);
    if (s.woodTexture) {
        cv::Mat grain(s.frame.height / 8 + 1, s.frame.width / 8 + 1, CV_32FC1);
        rng.fill(grain, cv::RNG::NORMAL, 0.0, 1.0);
        cv::resize(grain, grain, s.frame, 0, 0, cv::INTER_CUBIC);
        const double angle = rng.uniform(0.0, kPi);
        for (int y = 0; y < desk.rows; ++y) {
            auto* row = desk.ptr<cv::Vec3f>(y);
            const float* g = grain.ptr<float>(y);
            for (int x = 0; x < desk.cols; ++x) {
                const double t = x * std::cos(angle) + y * std::sin(angle);
                const float v = float(18.0 * std::sin(t * 0.05 + 3.0 * g[x]) + 6.0 * g[x]);
                row[x] += cv::Vec3f(v, v, v);
            }
        }
    }
    return desk;
}

} // namespace

std::string toString(Tier tier)
{
    switch (tier) {
    case Tier::Easy: return "easy";
    case Tier::Medium: return "medium";
    case Tier::Hard: return "hard";
    }
    return "?";
}

SyntheticPhoto renderScene(const SyntheticScene& sceneIn)
{
    SyntheticScene s = sceneIn;
    cv::RNG rng(std::uint64_t(s.seed) * 7919u + 17u);
    SyntheticPhoto photo;
    const double longMm = std::max(s.documentMm.width, s.documentMm.height);

    // Fit: shrink the document until all of it (with a margin) is inside the frame.
    double longPx = s.documentLongSideFraction * std::min(s.frame.width, s.frame.height);
    std::array<cv::Point2f, 4> quad;
    for (int attempt = 0; attempt < 40; ++attempt) {
        quad = projectCorners(s, longPx / longMm);
        if (!s.fitInsideFrame || insideFrame(quad, s.frame, 0.02 * s.frame.height))
            break;
        longPx *= 0.95;
    }
    const double frameScale = longPx / longMm; // frame px per mm at the document centre
    photo.pxPerMm = std::clamp(1.5 * frameScale, 4.0, 3000.0 / longMm);
    photo.upright = drawUpright(s, photo.pxPerMm, rng);
    photo.quad = quad;

    cv::Mat desk = drawDesk(s, rng);
    if (s.drawDocument) {
        const cv::Size up = photo.upright.size();
        const std::array<cv::Point2f, 4> src{cv::Point2f(0, 0), cv::Point2f(float(up.width), 0),
                                             cv::Point2f(float(up.width), float(up.height)), cv::Point2f(0, float(up.height))};
        const cv::Mat h = cv::getPerspectiveTransform(src.data(), quad.data());
        const cv::Mat mask = documentMask(up, s.roundedCorners ? 3.0 * photo.pxPerMm : 0.0);
        cv::Mat docF, maskF, warpedDoc, warpedMask;
        photo.upright.convertTo(docF, CV_32FC3);
        mask.convertTo(maskF, CV_32FC1, 1.0 / 255.0);
        cv::warpPerspective(docF, warpedDoc, h, s.frame, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
        cv::warpPerspective(maskF, warpedMask, h, s.frame, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
        if (s.shadow > 0.0) {
            cv::Mat shade;
            const double offset = 0.01 * s.frame.height;
            const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, offset, 0, 1, offset);
            cv::warpAffine(warpedMask, shade, shift, s.frame);
            cv::GaussianBlur(shade, shade, cv::Size(), 0.012 * s.frame.height);
            for (int y = 0; y < desk.rows; ++y) {
                auto* d = desk.ptr<cv::Vec3f>(y);
                const float* m = shade.ptr<float>(y);
                for (int x = 0; x < desk.cols; ++x)
                    d[x] *= float(1.0 - s.shadow * m[x]);
            }
        }
        for (int y = 0; y < desk.rows; ++y) {
            auto* d = desk.ptr<cv::Vec3f>(y);
            const auto* p = warpedDoc.ptr<cv::Vec3f>(y);
            const float* m = warpedMask.ptr<float>(y);
            for (int x = 0; x < desk.cols; ++x)
                d[x] = d[x] * (1.f - m[x]) + p[x] * m[x];
        }
    }

    if (s.lightFalloff > 0.0) { // uneven light: darker towards one side
        const double angle = rng.uniform(0.0, 2.0 * kPi);
        const cv::Point2d dir(std::cos(angle), std::sin(angle));
        const double span = std::abs(dir.x) * s.frame.width + std::abs(dir.y) * s.frame.height;
        const double base = std::min(0.0, dir.x) * s.frame.width + std::min(0.0, dir.y) * s.frame.height;
        for (int y = 0; y < desk.rows; ++y) {
            auto* d = desk.ptr<cv::Vec3f>(y);
            for (int x = 0; x < desk.cols; ++x) {
                const double t = (x * dir.x + y * dir.y - base) / span;
                d[x] *= float(1.0 - s.lightFalloff * t);
            }
        }
    }
    if (s.glare && s.drawDocument) { // a specular spot on the document, saturating the sensor
        const double u = rng.uniform(0.3, 0.7), v = rng.uniform(0.3, 0.7);
        const cv::Point2f top = quad[0] + (quad[1] - quad[0]) * float(u);
        const cv::Point2f bottom = quad[3] + (quad[2] - quad[3]) * float(u);
        const cv::Point2f c = top + (bottom - top) * float(v);
        const double sigma = 0.12 * std::sqrt(std::abs(cv::contourArea(std::vector<cv::Point2f>(quad.begin(), quad.end()))));
        for (int y = std::max(0, int(c.y - 3 * sigma)); y < std::min(desk.rows, int(c.y + 3 * sigma)); ++y) {
            auto* d = desk.ptr<cv::Vec3f>(y);
            for (int x = std::max(0, int(c.x - 3 * sigma)); x < std::min(desk.cols, int(c.x + 3 * sigma)); ++x) {
                const double r2 = ((x - c.x) * (x - c.x) + (y - c.y) * (y - c.y)) / (sigma * sigma);
                const float add = float(400.0 * std::exp(-r2 / 2.0));
                d[x] += cv::Vec3f(add, add, add);
            }
        }
    }
    if (s.finger && s.drawDocument) { // a fingertip holding one side down, the hand outside
        const int side = rng.uniform(0, 4);
        const cv::Point2f a = quad[std::size_t(side)], b = quad[std::size_t((side + 1) % 4)];
        const cv::Point2f onEdge = a + (b - a) * float(rng.uniform(0.3, 0.7));
        cv::Point2f centre(0, 0);
        for (const auto& p : quad)
            centre += p * 0.25f;
        cv::Point2f out = onEdge - centre;
        out *= 1.f / float(cv::norm(out));
        const float widthPx = float(16.0 * frameScale);
        const float lengthPx = float(90.0 * frameScale);
        const cv::Point2f fingerCentre = onEdge + out * (lengthPx / 2.f - float(8.0 * frameScale));
        const double angle = std::atan2(out.y, out.x) * 180.0 / kPi;
        cv::Mat fingerMask(s.frame, CV_8UC1, cv::Scalar(0));
        cv::ellipse(fingerMask, cv::RotatedRect(fingerCentre, cv::Size2f(lengthPx, widthPx), float(angle)),
                    cv::Scalar(255), cv::FILLED, cv::LINE_AA);
        cv::Mat fm;
        fingerMask.convertTo(fm, CV_32FC1, 1.0 / 255.0);
        const cv::Vec3f skin(120.f, 150.f, 205.f);
        for (int y = 0; y < desk.rows; ++y) {
            auto* d = desk.ptr<cv::Vec3f>(y);
            const float* m = fm.ptr<float>(y);
            for (int x = 0; x < desk.cols; ++x)
                if (m[x] > 0.f)
                    d[x] = d[x] * (1.f - m[x]) + skin * m[x];
        }
    }
    if (s.blurSigma > 0.0)
        cv::GaussianBlur(desk, desk, cv::Size(), s.blurSigma);
    if (s.noiseSigma > 0.0) {
        cv::Mat noise(desk.size(), CV_32FC3);
        rng.fill(noise, cv::RNG::NORMAL, 0.0, s.noiseSigma);
        desk += noise;
    }
    desk.convertTo(photo.image, CV_8UC3);
    return photo;
}

SyntheticScene sceneForTier(Tier tier, int index, cv::Size frame)
{
    cv::RNG rng(std::uint64_t(index) * 1000003u + std::uint64_t(tier) * 101u + 5u);
    SyntheticScene s;
    s.frame = frame;
    s.seed = index * 31 + int(tier);
    switch (index % 4) { // card, postcard, A4, phone screen
    case 0: s.documentMm = {85.6, 54.0}; s.documentLongSideFraction = rng.uniform(0.55, 0.85); break;
    case 1: s.documentMm = {148.0, 100.0}; s.roundedCorners = false; s.documentLongSideFraction = rng.uniform(0.65, 0.9); break;
    case 2: s.documentMm = {210.0, 297.0}; s.roundedCorners = false; s.documentLongSideFraction = rng.uniform(0.8, 0.95); break;
    default: s.documentMm = {70.0, 150.0}; s.documentLongSideFraction = rng.uniform(0.6, 0.9);
             s.paper = cv::Scalar(250, 250, 250); s.band = cv::Scalar(180, 120, 40); break;
    }
    s.rotationDeg = rng.uniform(0.0, 360.0);
    s.tiltAxisDeg = rng.uniform(0.0, 180.0);
    const std::array<cv::Scalar, 5> pastels{cv::Scalar(238, 236, 240), cv::Scalar(225, 215, 250), cv::Scalar(200, 235, 250),
                                            cv::Scalar(240, 220, 235), cv::Scalar(215, 245, 225)};
    s.paper = index % 4 == 3 ? s.paper : pastels[std::size_t(rng.uniform(0, 5))];
    switch (tier) {
    case Tier::Easy:
        s.tiltDeg = rng.uniform(0.0, 5.0);
        s.desk = cv::Scalar(rng.uniform(30, 110), rng.uniform(30, 110), rng.uniform(30, 110));
        s.lightFalloff = rng.uniform(0.0, 0.1);
        s.noiseSigma = 2.0;
        break;
    case Tier::Medium:
        s.tiltDeg = rng.uniform(5.0, 15.0);
        s.desk = index % 3 == 0 ? cv::Scalar(150, 170, 190) : cv::Scalar(rng.uniform(90, 200), rng.uniform(90, 200), rng.uniform(90, 200));
        s.woodTexture = index % 3 == 0;
        s.lightFalloff = rng.uniform(0.2, 0.4);
        s.glare = index % 2 == 0;
        s.noiseSigma = 3.0;
        s.blurSigma = rng.uniform(0.0, 1.0);
        s.centreOffset = {rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08)};
        break;
    case Tier::Hard:
        s.tiltDeg = rng.uniform(10.0, 25.0);
        if (index % 2 == 0) { // white paper on a white desk, barely any shadow
            const int v = rng.uniform(222, 240);
            s.desk = cv::Scalar(v, v, v - 4);
            s.paper = cv::Scalar(246, 246, 246);
            s.shadow = 0.08;
        } else {
            s.desk = cv::Scalar(rng.uniform(60, 220), rng.uniform(60, 220), rng.uniform(60, 220));
            s.woodTexture = true;
        }
        s.lightFalloff = rng.uniform(0.3, 0.5);
        s.glare = true;
        s.finger = index % 3 != 2;
        s.noiseSigma = 4.0;
        s.blurSigma = rng.uniform(0.5, 2.0);
        s.centreOffset = {rng.uniform(-0.1, 0.1), rng.uniform(-0.1, 0.1)};
        break;
    }
    return s;
}

} // namespace shikaku::testsupport
