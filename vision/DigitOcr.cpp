#include "DigitOcr.h"

#include <memory>

namespace shikaku {

OcrEngine& digitOcr(OcrEngine& fallback)
{
    thread_local std::unique_ptr<OcrEngine> engine = std::make_unique<OcrEngine>(OcrOptions{{}, "eng"});
    return engine->isReady() ? *engine : fallback;
}

bool isDigitCharset(const std::string& charset)
{
    if (charset.empty())
        return false;
    for (std::size_t i = 0; i < charset.size();) {
        const char c = charset[i];
        if ((c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/') {
            ++i;
        } else if (charset.compare(i, 3, "・") == 0) {
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace shikaku
