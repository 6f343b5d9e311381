#include "BracketedWord.h"

#include "ChunkReading.h"

#include <algorithm>

namespace shikaku {

std::optional<BracketedWordAlone> readBracketedWordAlone(OcrEngine& ocr, const cv::Mat& gray, const ReadChunk& rc, int glyph,
                                                         int& characters)
{
    constexpr std::size_t kLongestBracketedWord = 4; // 「(枝番)」 and a misread character more
    const std::size_t close = rc.text.find(U')');
    if (rc.text.empty() || rc.text[0] != U'(' || close == std::u32string::npos || close > kLongestBracketedWord ||
        rc.symbols.size() != rc.text.size())
        return std::nullopt;
    const cv::Rect& box = rc.chunk.box;
    BracketedWordAlone alone{ReadChunk{rc.chunk}, close};
    ReadChunk& word = alone.word;
    const int right = rc.symbols[close].box.x + rc.symbols[close].box.width + std::max(1, glyph / 4);
    word.chunk.box.width = std::clamp(right - box.x, 1, box.width);
    word.chunk.glyphHeight = glyph;
    readChunk(ocr, gray, word, kLabelPrefixGlyphs, characters, kLabelRetries[0].first);
    return alone;
}

std::optional<ReadChunk> bracketedWordReadAlone(OcrEngine& ocr, const cv::Mat& gray, const ReadChunk& rc, int glyph, int& characters)
{
    if (!rc.read)
        return std::nullopt;
    const auto alone = readBracketedWordAlone(ocr, gray, rc, glyph, characters);
    if (!alone)
        return std::nullopt;
    const ReadChunk& word = alone->word;
    const std::size_t wordClose = word.text.find(U')');
    if (word.text.empty() || word.text[0] != U'(' || wordClose == std::u32string::npos || word.symbols.size() != word.text.size())
        return std::nullopt;
    ReadChunk out{rc.chunk};
    out.read = true;
    out.confidence = word.confidence;
    out.text = word.text.substr(0, wordClose) + rc.text.substr(alone->close);
    out.symbols.assign(word.symbols.begin(), word.symbols.begin() + static_cast<std::ptrdiff_t>(wordClose));
    out.symbols.insert(out.symbols.end(), rc.symbols.begin() + static_cast<std::ptrdiff_t>(alone->close), rc.symbols.end());
    return out;
}

} // namespace shikaku
