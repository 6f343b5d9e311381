#pragma once
// A chunk as PageText would give it, for FieldLocator tests on given text: read as `text`, one
// symbol box per character of `width / characters` px, its label matched.
#include "LabelMatcher.h"
#include "Models.h"
#include "PageText.h"

#include <algorithm>

namespace shikaku::test {

// The labels of the shipped models (models/), loaded once.
inline const LabelMatcher& defaultLabels()
{
    static const Models models = Models::load(Models::defaultDirectory());
    static const LabelMatcher matcher(models);
    return matcher;
}

// A chunk as the chunk finder gives it, not read (a value after its label, print too small to
// hold one, or a title piece before the title search).
inline ReadChunk unreadChunkAt(int x, int y, int width, int height)
{
    ReadChunk c;
    c.chunk.box = cv::Rect(x, y, width, height);
    c.chunk.glyphHeight = height;
    return c;
}

inline ReadChunk chunkReadAs(const char* text, int x, int width, const LabelMatcher& labels, int height = 22, int glyph = 20)
{
    ReadChunk c;
    c.chunk.box = cv::Rect(x, 100, width, height);
    c.chunk.glyphHeight = glyph;
    c.read = true;
    c.text = matchingForm(text);
    const int step = width / std::max<int>(1, static_cast<int>(c.text.size()));
    for (std::size_t i = 0; i < c.text.size(); ++i) {
        OcrSymbol s;
        s.box = Box{x + static_cast<int>(i) * step, 100, step, height};
        c.symbols.push_back(s);
    }
    c.label = labels.match(c.text);
    return c;
}

} // namespace shikaku::test
