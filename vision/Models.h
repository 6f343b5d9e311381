#pragma once
// Document definitions and field settings, loaded from the data files in models/.
// Code never hard-codes a label or a paper size: it asks Models.

#include "DocumentKind.h"
#include "FieldReading.h"

#include <map>
#include <string>
#include <vector>

namespace shikaku {

struct FieldModel {
    std::vector<std::string> labels; ///< printed label variants, longest first
    std::string charset;             ///< OCR whitelist for the value (empty: any)
    int glyphPx = 30;                ///< character height the value is scaled to for the first reading
    int secondGlyphPx = 24;          ///< ... and for the second, binarised reading
    int segmentation = 7;            ///< Tesseract page segmentation mode for the value (7: one line)
    std::string secondLanguage;      ///< Tesseract model of the second reading (empty: the engine's own)
    std::string kanaKanjiSecondLanguage; ///< ... when the value holds kana or kanji (empty: secondLanguage)
};

struct DocumentModel {
    double widthMm = 0.0, heightMm = 0.0;
    std::vector<std::string> titles; ///< keywords that identify the kind
    double textHeightRatio = 0.0;    ///< body character height / short side (0: not given)
    /// Titles that name the kind only when printed alone as a chunk (資格情報 heads the portal
    /// screen; inside 資格情報のお知らせ it does not).
    std::vector<std::string> titleAloneTitles;
    /// `titles` found anywhere count only on a document at least this elongated (0: any); a
    /// title-alone chunk counts whatever the shape.
    double minTitleAspect = 0.0;
    /// Whole printed headings (健康保険資格確認書): a blurred title reading is matched to the
    /// nearest one (NearestHeading). Those of `unknown` are documents out of scope.
    std::vector<std::string> headings;
    /// The most rows of text a document of this format holds (0: not given): an A4 sheet
    /// measured like a postcard holds more.
    int maxTextRows = 0;
};

class Models {
public:
    /// Loads fields.json and documents.json from `directory`. On failure isValid() is false
    /// and error() names the file and the problem.
    static Models load(const std::string& directory);

    /// The directory found by: $SHIKAKU_MODELS_DIR, <exe>/../share/shikaku-kiosk/models, the source tree.
    static std::string defaultDirectory();

    bool isValid() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }
    const std::string& directory() const { return m_directory; }

    const FieldModel& field(FieldId id) const;
    const DocumentModel& document(DocumentKind kind) const;

    /// Symbol labels whose printed value holds both 記号 and 番号 (e.g. 被保険者等記号・番号).
    const std::vector<std::string>& combinedSymbolNumberLabels() const { return m_combinedLabels; }
    /// Printed labels that are not fields (発行管理番号, 生年月日, ...): they end a value and stop
    /// a short label such as 番号 from matching inside them.
    const std::vector<std::string>& distractorLabels() const { return m_distractorLabels; }

private:
    std::string m_directory;
    std::string m_error;
    std::map<FieldId, FieldModel> m_fields;
    std::map<DocumentKind, DocumentModel> m_documents;
    std::vector<std::string> m_combinedLabels;
    std::vector<std::string> m_distractorLabels;
};

} // namespace shikaku
