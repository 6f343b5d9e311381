#include "PhotoSimulator.h"

#include "PhotoBackground.h"
#include "PhotoEffects.h"
#include "PaperDefects.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <optional>

namespace shikaku::synth {
namespace {

constexpr double kPi = 3.14159265358979;

/// How hard each tier is (domain notes §10.2 hazards, scaled).
struct TierParams {
    double fovMinFactor, fovMaxFactor; ///< desk width the frame covers, in document long sides
    double fovMaxMm;                   ///< the camera cannot see a wider desk than this
    double maxTiltDeg;
    bool freeRotation;
    double gainMin, gainMax, gradient, vignette;
    double blurMin, blurMax;           ///< defocus radius in px at 8 MP
    double motionChance;
    double noiseSigma;
    double glareChance, glareOverFieldChance;
    double fingerChance, shadowChance;
    int jpegQuality;
};

TierParams paramsFor(PhotoTier tier)
{
    switch (tier) {
    case PhotoTier::Easy: return {1.5, 3.0, 380, 3, false, 0.95, 1.05, 0.08, 0.06, 0.0, 0.7, 0.0, 2.0, 0.1, 0.0, 0.0, 0.0, 92};
    case PhotoTier::Medium: return {1.8, 4.0, 420, 8, true, 0.8, 1.0, 0.2, 0.15, 0.6, 1.6, 0.15, 3.5, 0.4, 0.0, 0.2, 0.3, 85};
    case PhotoTier::Hard: return {2.0, 4.0, 460, 18, true, 0.45, 0.75, 0.35, 0.3, 1.2, 2.8, 0.35, 6.0, 0.7, 0.4, 0.4, 0.45, 72};
    }
    return paramsFor(PhotoTier::Easy);
}

cv::Size frameSizeFor(double megapixels)
{
    if (std::abs(megapixels - 8) < 0.01)
        return {3264, 2448};
    if (std::abs(megapixels - 2) < 0.01)
        return {1600, 1200};
    const double w = std::sqrt(megapixels * 1e6 * 4 / 3);
    return {static_cast<int>(std::lround(w)), static_cast<int>(std::lround(w * 3 / 4))};
}

/// What lies on the desk: the document itself, or a phone body around the screenshot.
struct DeskObject {
    cv::Mat image;                 ///< BGR
    cv::Mat mask;                  ///< 8-bit coverage (rounded corners)
    cv::Size2d sizeMm;
    cv::Rect2d documentPx;         ///< the document inside the object image
    bool glossy = false;
};

cv::Mat roundedMask(cv::Size size, double radiusPx)
{
    cv::Mat mask(size, CV_8U, cv::Scalar(0));
    const int r = static_cast<int>(std::lround(radiusPx));
    if (r < 1) {
        mask.setTo(255);
        return mask;
    }
    cv::rectangle(mask, cv::Rect(r, 0, size.width - 2 * r, size.height), cv::Scalar(255), cv::FILLED);
    cv::rectangle(mask, cv::Rect(0, r, size.width, size.height - 2 * r), cv::Scalar(255), cv::FILLED);
    for (const cv::Point c : {cv::Point(r, r), cv::Point(size.width - r - 1, r), cv::Point(r, size.height - r - 1), cv::Point(size.width - r - 1, size.height - r - 1)})
        cv::circle(mask, c, r, cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    return mask;
}

DeskObject deskObject(const FlatDocument& doc, double targetPxPerMm, Rng& rng)
{
    // Downscale first (area filter) so the perspective warp does not alias.
    cv::Mat page = toBgrMat(doc.image);
    const double pagePxPerMm = page.cols / doc.sizeMm.width();
    const double scale = std::min(1.0, targetPxPerMm * 1.25 / pagePxPerMm);
    if (scale < 0.999)
        cv::resize(page, page, cv::Size(), scale, scale, cv::INTER_AREA);
    const double pxPerMm = page.cols / doc.sizeMm.width();
    DeskObject obj;
    if (!doc.phoneScreen) {
        obj.image = page;
        obj.sizeMm = {doc.sizeMm.width(), doc.sizeMm.height()};
        obj.documentPx = cv::Rect2d(0, 0, page.cols, page.rows);
        obj.mask = roundedMask(page.size(), doc.roundedCorners ? 3.0 * pxPerMm : 0);
        obj.glossy = doc.roundedCorners && rng.chance(0.4); // plastic or laminated cards
        addPaperGrain(obj.image, rng);
        if (doc.handCut)
            makeRaggedEdges(obj.mask, pxPerMm, rng);
        if (doc.folds > 0 && rng.chance(0.8)) // some residents flatten the letter well
            addFoldCreases(obj.image, doc.folds, rng);
        return obj;
    }
    // Phone: dark bezel and rounded body around the screen.
    const double bezelSide = rng.uniform(3, 4.5) * pxPerMm, bezelTop = bezelSide + rng.uniform(0, 5) * pxPerMm;
    const cv::Size body(static_cast<int>(page.cols + 2 * bezelSide), static_cast<int>(page.rows + 2 * bezelTop));
    const double tone = rng.uniform(12, 40);
    obj.image = cv::Mat(body, CV_8UC3, cv::Scalar(tone, tone, tone + 3));
    const cv::Rect screen(static_cast<int>(bezelSide), static_cast<int>(bezelTop), page.cols, page.rows);
    cv::Mat screenMask = roundedMask(page.size(), 6 * pxPerMm);
    addScreenMoire(page, rng);
    page.copyTo(obj.image(screen), screenMask);
    obj.mask = roundedMask(body, 9 * pxPerMm);
    obj.sizeMm = {body.width / pxPerMm, body.height / pxPerMm};
    obj.documentPx = cv::Rect2d(screen);
    obj.glossy = true;
    return obj;
}

/// Pinhole camera above the desk, tilted a little: maps desk millimetres to frame pixels.
struct Camera {
    cv::Matx33d rotation;
    double heightMm, focalPx;
    cv::Point2d principal;

    cv::Point2f project(const cv::Point2d& deskMm) const
    {
        const cv::Vec3d p = rotation * cv::Vec3d(deskMm.x, deskMm.y, heightMm);
        return {static_cast<float>(principal.x + focalPx * p[0] / p[2]), static_cast<float>(principal.y + focalPx * p[1] / p[2])};
    }
};

cv::Matx33d tiltRotation(double ax, double ay)
{
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(ax), -std::sin(ax), 0, std::sin(ax), std::cos(ax));
    const cv::Matx33d ry(std::cos(ay), 0, std::sin(ay), 0, 1, 0, -std::sin(ay), 0, std::cos(ay));
    return rx * ry;
}

std::vector<cv::Point2f> objectCornersPx(const cv::Mat& image)
{
    const auto w = static_cast<float>(image.cols), h = static_cast<float>(image.rows);
    return {{0, 0}, {w, 0}, {w, h}, {0, h}};
}

/// Composes the warped object over the frame with a soft contact shadow; only the area around
/// the object is touched (full 8 MP float copies would dominate the run time).
void placeObject(cv::Mat& frame, const cv::Mat& warped, const cv::Mat& coverage, const cv::Rect& bounds, double shadowSigma, cv::Point2d shadowOffset)
{
    const int pad = static_cast<int>(3 * shadowSigma + std::abs(shadowOffset.x) + std::abs(shadowOffset.y)) + 2;
    const cv::Rect area = cv::Rect(bounds.x - pad, bounds.y - pad, bounds.width + 2 * pad, bounds.height + 2 * pad) & cv::Rect(0, 0, frame.cols, frame.rows);
    const cv::Rect inArea(bounds.tl() - area.tl(), bounds.size());
    cv::Mat cover(area.size(), CV_8U, cv::Scalar(0));
    coverage.copyTo(cover(inArea));
    cv::Mat shadow;
    cv::GaussianBlur(cover, shadow, cv::Size(0, 0), shadowSigma);
    const cv::Mat move = (cv::Mat_<double>(2, 3) << 1, 0, shadowOffset.x, 0, 1, shadowOffset.y);
    cv::warpAffine(shadow, shadow, move, area.size());
    cv::Mat shade, alpha;
    shadow.convertTo(shade, CV_32F, -0.35 / 255.0, 1.0);
    cover.convertTo(alpha, CV_32F, 1 / 255.0);
    cv::Mat object(area.size(), CV_8UC3, cv::Scalar(0, 0, 0));
    warped.copyTo(object(inArea));
    cv::Mat region = frame(area);
    for (int y = 0; y < area.height; ++y) {
        auto* dst = region.ptr<cv::Vec3b>(y);
        const auto* src = object.ptr<cv::Vec3b>(y);
        const float* a = alpha.ptr<float>(y);
        const float* sh = shade.ptr<float>(y);
        for (int x = 0; x < area.width; ++x)
            for (int c = 0; c < 3; ++c)
                dst[x][c] = cv::saturate_cast<uchar>(dst[x][c] * sh[x] * (1 - a[x]) + src[x][c] * a[x]);
    }
}

nlohmann::json quadJson(const std::array<cv::Point2f, 4>& quad)
{
    nlohmann::json q = nlohmann::json::array();
    for (const auto& p : quad)
        q.push_back({std::round(static_cast<double>(p.x) * 10) / 10, std::round(static_cast<double>(p.y) * 10) / 10});
    return q;
}

} // namespace

std::string_view toString(PhotoTier tier)
{
    switch (tier) {
    case PhotoTier::Easy: return "easy";
    case PhotoTier::Medium: return "medium";
    case PhotoTier::Hard: return "hard";
    }
    return "easy";
}

std::optional<PhotoTier> photoTierFromString(std::string_view name)
{
    if (name == "easy")
        return PhotoTier::Easy;
    if (name == "medium")
        return PhotoTier::Medium;
    if (name == "hard")
        return PhotoTier::Hard;
    return std::nullopt;
}

std::uint64_t photoSeed(DocumentKind kind, std::uint64_t documentSeed, PhotoTier tier)
{
    return documentSeed * 31 + static_cast<std::uint64_t>(tier) + (static_cast<std::uint64_t>(kind) + 1) * 0x9E3779B97F4A7C15ULL;
}

cv::Mat toBgrMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), static_cast<size_t>(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

SimulatedPhoto simulatePhoto(const FlatDocument& doc, const PhotoOptions& options)
{
    Rng rng(options.seed * 0x2545F4914F6CDD1DULL + 99);
    const TierParams t = paramsFor(options.tier);
    const cv::Size frameSize = frameSizeFor(options.megapixels);
    const double mpScale = frameSize.width / 3264.0; // blur and finger sizes scale with resolution

    // Field of view → scale: a card tray frames a card tightly, an A4 stand sees the whole desk.
    const double longest = std::max(doc.sizeMm.width(), doc.sizeMm.height()) + (doc.phoneScreen ? 20 : 0);
    double fovMm = std::min(longest * rng.uniform(t.fovMinFactor, t.fovMaxFactor), t.fovMaxMm);
    fovMm = std::max(fovMm, longest * 1.12 * 4 / 3); // the whole document must fit, even rotated
    double pxPerMm = frameSize.width / fovMm;
    Rng objRng = rng.fork(1);
    const DeskObject obj = deskObject(doc, pxPerMm, objRng);

    // In-plane rotation: easy photos sit near a right angle, others anywhere.
    double rotation = t.freeRotation ? rng.uniform(0, 360) : rng.uniformInt(0, 3) * 90 + rng.normal(0, 3);
    const double tiltX = rng.uniform(-t.maxTiltDeg, t.maxTiltDeg) * kPi / 180;
    const double tiltY = rng.uniform(-t.maxTiltDeg, t.maxTiltDeg) * kPi / 180;
    Camera camera{tiltRotation(tiltX, tiltY), rng.uniform(350, 500), 0, {frameSize.width / 2.0, frameSize.height / 2.0}};

    std::vector<cv::Point2f> frameCorners;
    std::vector<cv::Point2f> srcCorners = objectCornersPx(obj.image);
    const double objPxPerMm = obj.image.cols / obj.sizeMm.width;
    const float margin = static_cast<float>(frameSize.width) * 0.02F;
    for (int attempt = 0; attempt < 30; ++attempt) {
        camera.focalPx = pxPerMm * camera.heightMm;
        // A little off the optical axis (changes the perspective), then placed in the frame so
        // that the whole document is visible (the kiosk asks residents to put it in the frame).
        const cv::Point2d centre(rng.uniform(-1, 1) * fovMm * 0.15, rng.uniform(-1, 1) * fovMm * 0.1);
        const double a = rotation * kPi / 180, ca = std::cos(a), sa = std::sin(a);
        frameCorners.clear();
        for (const auto& c : srcCorners) {
            const double x = (c.x / objPxPerMm) - obj.sizeMm.width / 2, y = (c.y / objPxPerMm) - obj.sizeMm.height / 2;
            frameCorners.push_back(camera.project({centre.x + x * ca - y * sa, centre.y + x * sa + y * ca}));
        }
        float minX = frameCorners[0].x, maxX = minX, minY = frameCorners[0].y, maxY = minY;
        for (const auto& p : frameCorners) {
            minX = std::min(minX, p.x), maxX = std::max(maxX, p.x), minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
        }
        const float roomX = static_cast<float>(frameSize.width) - 2 * margin - (maxX - minX);
        const float roomY = static_cast<float>(frameSize.height) - 2 * margin - (maxY - minY);
        if (roomX < 0 || roomY < 0) {
            pxPerMm *= 0.92;
            continue;
        }
        const float spread = t.freeRotation ? 1.0F : 0.5F; // easy photos stay near the middle
        const float tx = margin + roomX * static_cast<float>(0.5 + spread * (rng.uniform() - 0.5)) - minX;
        const float ty = margin + roomY * static_cast<float>(0.5 + spread * (rng.uniform() - 0.5)) - minY;
        for (auto& p : frameCorners)
            p += cv::Point2f(tx, ty);
        break;
    }

    // Perspective warp of the object and its coverage mask; only the object's bounding box is touched.
    const cv::Mat homography = cv::getPerspectiveTransform(srcCorners, frameCorners);
    const cv::Rect bounds = cv::boundingRect(frameCorners) & cv::Rect(0, 0, frameSize.width, frameSize.height);
    const cv::Matx33d shift(1, 0, -bounds.x, 0, 1, -bounds.y, 0, 0, 1);
    const cv::Mat local = cv::Mat(shift) * homography;
    cv::Mat warped, coverage;
    cv::warpPerspective(obj.image, warped, local, bounds.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::warpPerspective(obj.mask, coverage, local, bounds.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);

    // Background, contact shadow, composition.
    const Background bgKind = randomBackground(rng);
    Rng bgRng = rng.fork(2);
    cv::Mat frame = makeBackground(frameSize, bgKind, bgRng);
    placeObject(frame, warped, coverage, bounds, 6 * mpScale + pxPerMm * 0.6,
                {rng.uniform(-4, 8) * mpScale, rng.uniform(2, 10) * mpScale});

    // The document quad (for a phone: the screen inside the body).
    std::array<cv::Point2f, 4> quad;
    {
        const cv::Rect2d d = obj.documentPx;
        std::vector<cv::Point2f> docCorners{{static_cast<float>(d.x), static_cast<float>(d.y)},
                                            {static_cast<float>(d.x + d.width), static_cast<float>(d.y)},
                                            {static_cast<float>(d.x + d.width), static_cast<float>(d.y + d.height)},
                                            {static_cast<float>(d.x), static_cast<float>(d.y + d.height)}};
        std::vector<cv::Point2f> mapped;
        cv::perspectiveTransform(docCorners, mapped, homography);
        std::copy(mapped.begin(), mapped.end(), quad.begin());
    }
    nlohmann::json info;
    info["tier"] = std::string(toString(options.tier));
    info["megapixels"] = options.megapixels;
    info["width"] = frameSize.width;
    info["height"] = frameSize.height;
    const double measuredRotation = std::atan2(quad[1].y - quad[0].y, quad[1].x - quad[0].x) * 180 / kPi;
    info["rotation_deg"] = std::round(std::fmod(measuredRotation + 360, 360) * 10) / 10;
    info["quad"] = quadJson(quad);
    info["px_per_mm"] = std::round(std::hypot(quad[1].x - quad[0].x, quad[1].y - quad[0].y) / (obj.documentPx.width / objPxPerMm) * 100) / 100;
    info["tilt_deg"] = {std::round(tiltX * 1800 / kPi) / 10, std::round(tiltY * 1800 / kPi) / 10};
    info["background"] = backgroundName(bgKind);

    // Field boxes of the flat page, carried into the photo.
    const double flatToObject = obj.documentPx.width / doc.image.width();
    nlohmann::json fieldQuads = nlohmann::json::array();
    std::vector<std::pair<std::string, cv::Point2f>> fieldCentres;
    for (const auto& box : doc.truth.fieldBoxes) {
        if (!box.contains("px") || box.value("page", 1) != 1)
            continue;
        const auto& r = box["px"];
        const double x = obj.documentPx.x + r[0].get<double>() * flatToObject, y = obj.documentPx.y + r[1].get<double>() * flatToObject;
        const double w = r[2].get<double>() * flatToObject, h = r[3].get<double>() * flatToObject;
        std::vector<cv::Point2f> corners{{static_cast<float>(x), static_cast<float>(y)}, {static_cast<float>(x + w), static_cast<float>(y)},
                                         {static_cast<float>(x + w), static_cast<float>(y + h)}, {static_cast<float>(x), static_cast<float>(y + h)}};
        std::vector<cv::Point2f> mapped;
        cv::perspectiveTransform(corners, mapped, homography);
        std::array<cv::Point2f, 4> q;
        std::copy(mapped.begin(), mapped.end(), q.begin());
        fieldQuads.push_back({{"field", box["field"]}, {"quad", quadJson(q)}});
        fieldCentres.emplace_back(box["field"].get<std::string>(), (q[0] + q[1] + q[2] + q[3]) * 0.25F);
    }
    info["field_quads"] = fieldQuads;

    // Fingers holding the document flat at one edge.
    info["fingers"] = false;
    if (rng.chance(t.fingerChance)) {
        const int edge = rng.uniformInt(0, 3);
        const float along = static_cast<float>(rng.uniform(0.15, 0.85));
        const cv::Point2f a = quad[static_cast<std::size_t>(edge)], b = quad[static_cast<std::size_t>((edge + 1) % 4)];
        const cv::Point2f point = a + (b - a) * along;
        const cv::Point2f centre = (quad[0] + quad[1] + quad[2] + quad[3]) * 0.25F;
        Rng fingerRng = rng.fork(3);
        applyFinger(frame, point, centre - point, pxPerMm, fingerRng);
        info["fingers"] = true;
    }

    // Glare on glossy documents (and sometimes on paper under a lamp). Drawn here, so that the
    // random draws after it stay as they are; painted after the light (below).
    info["glare"] = nullptr;
    std::optional<GlareSpot> glare;
    if (rng.chance(t.glareChance * (obj.glossy ? 1.3 : 0.7))) {
        const cv::Point2f centre = (quad[0] + quad[1] + quad[2] + quad[3]) * 0.25F;
        // Usually towards a corner; on the hard tier sometimes right over the middle (fields).
        const bool overFields = rng.chance(t.glareOverFieldChance);
        const std::size_t corner = static_cast<std::size_t>(rng.uniformInt(0, 3));
        const float towardsCorner = overFields ? static_cast<float>(rng.uniform(0, 0.4)) : static_cast<float>(rng.uniform(0.55, 0.85));
        const cv::Point2f where = centre + (quad[corner] - centre) * towardsCorner;
        const double r = rng.uniform(6, overFields ? 18 : 12) * pxPerMm;
        const double strength = rng.uniform(0.5, 1.0);
        glare = GlareSpot{where, cv::Size2f(static_cast<float>(r), static_cast<float>(r * rng.uniform(0.4, 1.0))), rng.uniform(0, 180), strength};
        // Fields whose centre lies inside the bright core of the blob.
        nlohmann::json covered = nlohmann::json::array();
        for (const auto& [field, at] : fieldCentres)
            if (std::hypot(at.x - where.x, at.y - where.y) < r * 0.8)
                covered.push_back(field);
        info["glare"] = {{"center", {std::round(where.x), std::round(where.y)}}, {"radius_px", std::round(r)}, {"strength", strength},
                         {"aimed_at_fields", overFields}, {"fields_covered", covered}};
    }

    Rng lightRng = rng.fork(4);
    info["light"] = applyUnevenLight(frame, rng.uniform(t.gainMin, t.gainMax), t.gradient * rng.uniform(0.3, 1), t.vignette * rng.uniform(0.5, 1), lightRng);
    info["cast_shadow"] = false;
    if (rng.chance(t.shadowChance)) {
        Rng shadowRng = rng.fork(5);
        applyCastShadow(frame, rng.uniform(0.2, 0.45), shadowRng);
        info["cast_shadow"] = true;
    }
    // A lamp's reflection is far brighter than the lit paper: it clips the sensor whatever the
    // exposure, so it comes after the light and the shadow (and before the lens blur).
    if (glare)
        applyGlare(frame, *glare);

    // Optics: defocus or motion, then sensor noise, then JPEG.
    const double blur = rng.uniform(t.blurMin, t.blurMax) * mpScale * (options.megapixels < 3 ? 1.6 : 1.0);
    if (rng.chance(t.motionChance)) {
        const double length = blur * rng.uniform(2, 3.5);
        const double angle = rng.uniform(0, 180);
        applyMotionBlur(frame, length, angle);
        info["blur"] = {{"type", "motion"}, {"length_px", std::round(length * 10) / 10}, {"angle_deg", std::round(angle)}};
    } else if (blur > 1.0) {
        applyDefocus(frame, blur);
        info["blur"] = {{"type", "defocus"}, {"radius_px", std::round(blur * 10) / 10}};
    } else {
        applyGaussianBlur(frame, std::max(0.4, blur));
        info["blur"] = {{"type", "gaussian"}, {"sigma_px", std::round(std::max(0.4, blur) * 10) / 10}};
    }
    const double gain = info["light"]["gain"].get<double>();
    const double noise = t.noiseSigma / std::sqrt(std::max(gain, 0.3)); // dim light: higher ISO
    applyNoise(frame, noise, options.seed * 7 + 3);
    info["noise_sigma"] = std::round(noise * 10) / 10;

    SimulatedPhoto photo;
    const int quality = t.jpegQuality + rng.uniformInt(-3, 3);
    cv::imencode(".jpg", frame, photo.jpeg, {cv::IMWRITE_JPEG_QUALITY, quality});
    photo.image = cv::imdecode(photo.jpeg, cv::IMREAD_COLOR);
    photo.quad = quad;
    info["jpeg_quality"] = quality;
    photo.info = std::move(info);
    return photo;
}

SimulatedPhoto makePreviewFrame(const SimulatedPhoto& photo, int height)
{
    const int width = height * 16 / 9;
    const double scale = static_cast<double>(width) / photo.image.cols;
    cv::Mat resized;
    cv::resize(photo.image, resized, cv::Size(), scale, scale, cv::INTER_AREA);
    const int top = std::max(0, (resized.rows - height) / 2);
    cv::Mat frame = resized(cv::Rect(0, top, width, std::min(height, resized.rows))).clone();
    SimulatedPhoto preview;
    cv::imencode(".jpg", frame, preview.jpeg, {cv::IMWRITE_JPEG_QUALITY, 80});
    preview.image = cv::imdecode(preview.jpeg, cv::IMREAD_COLOR);
    bool allInside = true;
    for (std::size_t i = 0; i < 4; ++i) {
        preview.quad[i] = {static_cast<float>(photo.quad[i].x * scale), static_cast<float>(photo.quad[i].y * scale - top)};
        allInside = allInside && preview.quad[i].y >= 0 && preview.quad[i].y < height;
    }
    preview.info = photo.info;
    preview.info["preview_of"] = photo.info.value("tier", "");
    preview.info["width"] = width;
    preview.info["height"] = frame.rows;
    preview.info["megapixels"] = std::round(width * frame.rows / 1e5) / 10;
    preview.info["quad"] = quadJson(preview.quad);
    preview.info["quad_inside_frame"] = allInside;
    for (auto& fq : preview.info["field_quads"])
        for (auto& pt : fq["quad"])
            pt = {std::round(pt[0].get<double>() * scale * 10) / 10, std::round((pt[1].get<double>() * scale - top) * 10) / 10};
    preview.info["jpeg_quality"] = 80;
    return preview;
}

} // namespace shikaku::synth
