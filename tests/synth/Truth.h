#pragma once
// Ground truth of a generated document, written beside it as <id>.truth.json (format: BRIEF.md).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace shikaku::synth {

/// The five fields as the scanner must report them (ASCII digits, 記号 with kanji/kana kept,
/// expiry as ISO). nullopt = the document does not print the field.
struct FieldTruth {
    std::optional<std::string> insurerNumber, symbol, number, branchNumber, expiry;
};

struct Truth {
    std::string file;
    std::string kind;          ///< contract kind, e.g. kakuninsho_card
    std::string layout;        ///< renderer layout name
    std::string insurerType;   ///< kyokai|kumiai|kokuho|kouki|kyosai|none
    FieldTruth fields;
    std::optional<bool> hasTextLayer;  ///< PDFs only
    nlohmann::json photo;              ///< null for flat documents
    nlohmann::json printed = nlohmann::json::object(); ///< other printed values (distractors), for analysis
    nlohmann::json fieldBoxes = nlohmann::json::array(); ///< where the field values are printed (FieldBoxes.h)
};

nlohmann::json toJson(const Truth& truth);
Truth truthFromJson(const nlohmann::json& json);

} // namespace shikaku::synth
