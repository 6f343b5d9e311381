#pragma once
// A second, title-specific look at a page whose kind the first reading did not recognise.
// The chunk finder caps a chunk's character height at twice the body text, so on a blurred
// 2 MP photo the real title ties with names and dates and may not be among the few chunks
// read as titles; a title printed right beside a framed box (有効期限) is glued to it.
// Here candidates are ranked by their true height, the top of the page first, widened to
// their whole line (a letter-spaced title comes apart into chunks), cut at vertical rules and
// wide gaps, and read at their own scale.

#include "OcrEngine.h"
#include "PageText.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace shikaku {

class Models;

struct TitleSearchOptions {
    int candidates = 4;          ///< chunks read at most (the pieces of one line are read once)
    double minHeightRatio = 1.1; ///< candidate height / body character height, at least ...
    double maxHeightRatio = 3.2; ///< ... and at most (taller: several lines glued together)
    int maxGlyphs = 16;          ///< the longest title (国民健康保険被保険者証) is 11, 後期高齢者医療資格確認書 12
    /// Every reading setting even after a believable reading: on a grainy 2 MP page the
    /// recogniser is confident about garbage (委康祭謎資絡凌妥書 for 健康保険資格確認書).
    bool readEverySetting = false;
    /// With readEverySetting: also read each piece with the kiosk's own line model
    /// (LineModelOcr) of these models, trained on blurred 2 MP print (none, or a missing model
    /// file: jpn only).
    const Models* lineModel = nullptr;
};

/// What the title search read (matching form), kept apart by reader: the classifier trusts
/// the line model's readings less (ClassifierInput::lineModelTitles).
struct SearchedTitles {
    std::vector<std::u32string> jpn;
    std::vector<std::u32string> lineModel; ///< without other print (more than one 〓)
    /// The line model's readings of widened pieces (holdsDocumentWords), without other print:
    /// many crops of one short title, so they name a kind each alone, never in a combined vote.
    std::vector<std::u32string> lineModelWidened;
    bool empty() const { return jpn.empty() && lineModel.empty() && lineModelWidened.empty(); }
};

/// Whether a line-model reading of a title piece holds some of the documents' words (at least
/// three characters, other print 〓 at most half of it): such a piece is read again widened.
bool holdsDocumentWords(const std::u32string& lineModelReading);

/// A line the title search reads: a title candidate widened to its whole line (titleLine).
struct TitleSearchLine {
    cv::Rect line;
    int height = 0; ///< the candidate chunk's height
};

/// The lines the title search reads, best first, at most `options.candidates`: chunks of title
/// height (or narrow ones whose line is wide: a letter-spaced title in pieces), largest print
/// first and among equals the higher, each widened to its line, each line once.
std::vector<TitleSearchLine> titleSearchLines(const PageText& page, const TitleSearchOptions& options = {});

/// Texts read from the title candidates of `gray`: the first wide piece of each one's line
/// (titleLine; a chunk already read as a title is read again, cut at rules and gaps;
/// candidates on one line are read once), at several scales and stretches until one reading
/// is believable; every reading is returned.
SearchedTitles searchTitles(OcrEngine& ocr, const cv::Mat& gray, const PageText& page, const TitleSearchOptions& options = {});

/// `box` (a chunk of `page`) widened to the chunks on its row that follow each other with
/// gaps of at most `gapGlyphs` times its height: a title printed with letter spacing comes
/// apart into pieces (「国」「民健康保」「険」「資格」...), the narrow ones read by no one.
cv::Rect titleLine(const PageText& page, const cv::Rect& box, double gapGlyphs = 1.5);

/// The column ranges of `box` in `gray` that hold one line of print each: the box cut at
/// vertical rules (a frame beside the title) and at gaps wider than `gapGlyphs` characters.
std::vector<cv::Rect> titlePieces(const cv::Mat& gray, const cv::Rect& box, int glyphHeight, double gapGlyphs = 1.2);

} // namespace shikaku
