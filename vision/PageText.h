#pragma once
// The text of a rectified document as far as classification and label search need it. Every
// chunk found by TextChunkFinder is kept with its box; OCR reads only what can matter:
// the largest print (titles) in full, and the start of every other chunk, except the chunk
// right after a label on the same row (a value: FieldValueReader reads it with its own
// settings) and long runs of running text (never a label).

#include "LabelMatcher.h"
#include "OcrEngine.h"
#include "TextChunkFinder.h"

#include <opencv2/core/mat.hpp>

#include <optional>
#include <string>
#include <vector>

namespace shikaku {

class Models;

struct ReadChunk {
    TextChunk chunk;
    bool read = false;               ///< false: not OCR'd (a value, or running text)
    bool title = false;              ///< among the largest print of the page
    std::u32string text;             ///< normalised for matching: half-width, no spaces, unified dots
    std::vector<OcrSymbol> symbols;  ///< one per code point of `text`
    double confidence = 0.0;         ///< lowest symbol confidence
    std::optional<LabelMatch> label; ///< set when the text starts with a label
    int startPrintHeight = 0;        ///< height of the print at the chunk's start (StartPrintHeight); 0: not measured
};

struct PageText {
    std::vector<ReadChunk> chunks;   ///< all chunks, reading order
    int bodyGlyphHeight = 0;
    int charactersRead = 0;          ///< OCR work done (for the benchmark and tuning)
    int readCount() const;
    double meanConfidence() const;   ///< over the chunks read
};

/// `lineModel` (the models whose directory holds it; grainy 2 MP pages only): a chunk start that
/// may be a field's label and that jpn's readings do not match exactly is read by the kiosk's
/// own line model too (LineModelOcr), and counts when that reading is a label exactly.
PageText readPageText(OcrEngine& ocr, const cv::Mat& gray, const TextChunkLayout& layout, const LabelMatcher& labels,
                      const Models* lineModel = nullptr);

/// A second look at a page that was not read with the line model (its print not grainy enough:
/// readPageText's `lineModel`) but whose labels jpn did not all read: a phone screen's small
/// grey labels under its moiré (保険者番号 read 民者番合). Each chunk start that holds no label
/// and is no value after a label is read by the line model. An exact reading of the label of a
/// field that no other label names, and that no other chunk reads too, counts, as
/// readByLineModelOnly (its value is never `ok`). Returns how many labels were added.
int addLabelsReadByLineModel(const cv::Mat& gray, PageText& page, const LabelMatcher& labels, const Models& lineModel);

/// 「(抑)00」: a chunk that opens with a bracketed word and holds no label — a bracketed label
/// glued to its value ((枝番) 00 after a 番号), misread at the value's scale. The bracketed word
/// alone is read again, larger; when that reading is exactly a label, it takes the misread
/// word's place (the closing bracket and the value keep their first reading) and true is
/// returned. `characters` counts the characters read.
bool rereadBracketedLabel(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters);

/// The matching form of a text: width folding, spaces removed, ･/·/• → ・, brackets unified.
std::u32string matchingForm(std::string_view utf8);

/// True when `text` contains `needle` (both in matching form).
bool containsText(const std::u32string& text, const std::u32string& needle);

/// Like containsText, but a needle of four or more characters may have one misread character
/// (資格確認言 for 資格確認書).
bool containsTextLoosely(const std::u32string& text, const std::u32string& needle);

/// Same row: the vertical overlap is at least half the smaller height.
bool sameRow(const cv::Rect& a, const cv::Rect& b);

} // namespace shikaku
