#include "Models.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#ifndef SHIKAKU_MODELS_SOURCE_DIR
#define SHIKAKU_MODELS_SOURCE_DIR ""
#endif

namespace shikaku {
namespace fs = std::filesystem;

namespace {
std::optional<nlohmann::json> readJson(const fs::path& path, std::string& error)
{
    std::ifstream in(path);
    if (!in) {
        error = path.string() + ": cannot open";
        return std::nullopt;
    }
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded()) {
        error = path.string() + ": not valid JSON";
        return std::nullopt;
    }
    return j;
}
} // namespace

std::string Models::defaultDirectory()
{
    if (const char* env = std::getenv("SHIKAKU_MODELS_DIR"); env && *env)
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share/shikaku-kiosk/models";
        if (fs::exists(installed / "fields.json"))
            return installed.string();
    }
    return SHIKAKU_MODELS_SOURCE_DIR;
}

Models Models::load(const std::string& directory)
{
    Models m;
    m.m_directory = directory;
    const auto fields = readJson(fs::path(directory) / "fields.json", m.m_error);
    if (!fields)
        return m;
    const auto documents = readJson(fs::path(directory) / "documents.json", m.m_error);
    if (!documents)
        return m;
    try {
        for (FieldId id : kAllFields) {
            const auto& f = fields->at("fields").at(std::string(toString(id)));
            FieldModel fm;
            fm.labels = f.at("labels").get<std::vector<std::string>>();
            fm.charset = f.value("charset", "");
            if (const auto ocr = f.find("ocr"); ocr != f.end()) {
                fm.glyphPx = ocr->value("glyph_px", fm.glyphPx);
                fm.secondGlyphPx = ocr->value("second_glyph_px", fm.secondGlyphPx);
                fm.segmentation = ocr->value("psm", fm.segmentation);
                fm.secondLanguage = ocr->value("second_language", "");
                fm.kanaKanjiSecondLanguage = ocr->value("kana_kanji_second_language", "");
            }
            if (fm.labels.empty() || fm.glyphPx < 8 || fm.glyphPx > 80 || fm.secondGlyphPx < 8 || fm.secondGlyphPx > 80 ||
                (fm.segmentation != 7 && fm.segmentation != 8 && fm.segmentation != 13)) {
                m.m_error = "fields.json: " + std::string(toString(id)) + ": needs labels, glyph sizes 8-80 px and psm 7, 8 or 13";
                return m;
            }
            std::stable_sort(fm.labels.begin(), fm.labels.end(),
                             [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
            m.m_fields[id] = std::move(fm);
        }
        m.m_combinedLabels = fields->value("combined_symbol_number_labels", std::vector<std::string>{});
        m.m_distractorLabels = fields->value("distractor_labels", std::vector<std::string>{});
        for (const auto& [name, k] : documents->at("kinds").items()) {
            const auto kind = documentKindFromString(name);
            if (!kind) {
                m.m_error = "documents.json: unknown kind '" + name + "'";
                return m;
            }
            DocumentModel dm;
            const auto size = k.at("size_mm").get<std::vector<double>>();
            if (size.size() != 2) {
                m.m_error = "documents.json: " + name + ".size_mm must have two numbers";
                return m;
            }
            dm.widthMm = size[0];
            dm.heightMm = size[1];
            dm.titles = k.at("titles").get<std::vector<std::string>>();
            dm.textHeightRatio = k.value("text_height_ratio", 0.0);
            dm.titleAloneTitles = k.value("title_alone", std::vector<std::string>{});
            dm.minTitleAspect = k.value("min_title_aspect", 0.0);
            dm.headings = k.value("headings", std::vector<std::string>{});
            dm.maxTextRows = k.value("max_text_rows", 0);
            m.m_documents[*kind] = std::move(dm);
        }
    } catch (const nlohmann::json::exception& e) {
        m.m_error = std::string("models: ") + e.what();
    }
    return m;
}

const FieldModel& Models::field(FieldId id) const
{
    static const FieldModel kEmpty;
    auto it = m_fields.find(id);
    return it == m_fields.end() ? kEmpty : it->second;
}

const DocumentModel& Models::document(DocumentKind kind) const
{
    static const DocumentModel kEmpty;
    auto it = m_documents.find(kind);
    return it == m_documents.end() ? kEmpty : it->second;
}

} // namespace shikaku
