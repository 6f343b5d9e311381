#pragma once
// UTF-8 ⇄ Shift_JIS (Windows code page 932, what Japanese Excel and most welfare systems read),
// through glibc's iconv. CP932 rather than strict Shift_JIS: it maps ～ − ‖ the way Windows does
// and carries the NEC/IBM extension kanji some place names use.

#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

/// Nothing when a character has no CP932 form (e.g. 𠮷); never a silent replacement.
std::optional<std::string> utf8ToCp932(std::string_view utf8);

/// Nothing when the bytes are not valid CP932.
std::optional<std::string> cp932ToUtf8(std::string_view cp932);

} // namespace shikaku
