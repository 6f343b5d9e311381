#include "ScanResultJson.h"

#include "FieldValidators.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace shikaku {
namespace {

nlohmann::ordered_json fieldJson(FieldId id, const FieldReading& f, const Date& today)
{
    nlohmann::ordered_json j;
    j["value"] = f.value ? nlohmann::ordered_json(*f.value) : nlohmann::ordered_json(nullptr);
    j["status"] = toString(f.status);
    j["confidence"] = std::round(f.confidence * 1000.0) / 1000.0;
    j["source"] = f.source == FieldSource::None ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(toString(f.source));
    if (f.box)
        j["box"] = {f.box->x, f.box->y, f.box->width, f.box->height};
    if (!f.reason.empty())
        j["reason"] = f.reason;
    if (id == FieldId::Expiry && f.value) {
        if (auto d = parseIsoDate(*f.value))
            j["expired"] = isExpired(*d, today);
    }
    return j;
}

} // namespace

std::string toJsonLine(const ScanResult& r, const Date& today)
{
    nlohmann::ordered_json j;
    j["input"] = r.input;
    if (r.error) {
        j["error"] = {{"code", toString(r.error.code)}, {"message", r.error.message}};
        j["not_proof_of_identity"] = true;
        return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    j["kind"] = toString(r.kind);
    nlohmann::ordered_json fields;
    for (FieldId id : kAllFields)
        fields[std::string(toString(id))] = fieldJson(id, r.field(id), today);
    j["fields"] = fields;
    j["not_proof_of_identity"] = true;
    if (r.orientationDegrees != 0)
        j["orientation"] = r.orientationDegrees;
    if (!r.notes.empty())
        j["notes"] = r.notes;
    if (r.quality.measured) {
        // The preview's measures of the photo taken: why a camera's captures read badly.
        const auto rounded = [](double v) { return std::round(v * 1000.0) / 1000.0; };
        j["quality"] = {{"document_found", r.quality.documentFound},
                        {"coverage", rounded(r.quality.coverage)},
                        {"tilt_degrees", std::round(r.quality.tiltDegrees * 10.0) / 10.0},
                        {"exposure", rounded(r.quality.exposure)},
                        {"sharpness", rounded(r.quality.sharpness)},
                        {"glare", rounded(r.quality.glare)},
                        {"largest_glare_spot", std::round(r.quality.largestGlareSpot * 1e5) / 1e5}};
    }
    j["elapsed_ms"] = std::round(r.elapsedMs * 10.0) / 10.0;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace shikaku
