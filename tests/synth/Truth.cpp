#include "Truth.h"

namespace shikaku::synth {
namespace {

nlohmann::json optionalString(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::optional<std::string> stringOrNull(const nlohmann::json& json, const char* key)
{
    if (!json.contains(key) || json.at(key).is_null())
        return std::nullopt;
    return json.at(key).get<std::string>();
}

} // namespace

nlohmann::json toJson(const Truth& truth)
{
    nlohmann::json j;
    j["file"] = truth.file;
    j["kind"] = truth.kind;
    j["layout"] = truth.layout;
    j["insurer_type"] = truth.insurerType;
    j["fields"] = {
        {"insurer_number", optionalString(truth.fields.insurerNumber)},
        {"symbol", optionalString(truth.fields.symbol)},
        {"number", optionalString(truth.fields.number)},
        {"branch_number", optionalString(truth.fields.branchNumber)},
        {"expiry", optionalString(truth.fields.expiry)},
    };
    if (truth.hasTextLayer)
        j["has_text_layer"] = *truth.hasTextLayer;
    j["photo"] = truth.photo;
    if (!truth.printed.empty())
        j["printed"] = truth.printed;
    if (!truth.fieldBoxes.empty())
        j["field_boxes"] = truth.fieldBoxes;
    return j;
}

Truth truthFromJson(const nlohmann::json& j)
{
    Truth t;
    t.file = j.value("file", "");
    t.kind = j.value("kind", "");
    t.layout = j.value("layout", "");
    t.insurerType = j.value("insurer_type", "none");
    const auto& f = j.at("fields");
    t.fields = {stringOrNull(f, "insurer_number"), stringOrNull(f, "symbol"), stringOrNull(f, "number"),
                stringOrNull(f, "branch_number"), stringOrNull(f, "expiry")};
    if (j.contains("has_text_layer"))
        t.hasTextLayer = j.at("has_text_layer").get<bool>();
    t.photo = j.value("photo", nlohmann::json(nullptr));
    t.printed = j.value("printed", nlohmann::json::object());
    t.fieldBoxes = j.value("field_boxes", nlohmann::json::array());
    return t;
}

} // namespace shikaku::synth
