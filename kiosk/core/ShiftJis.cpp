#include "ShiftJis.h"

#include <iconv.h>

namespace shikaku {
namespace {

std::optional<std::string> convert(const char* to, const char* from, std::string_view input)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::string output(input.size() * 2 + 16, '\0'); // UTF-8 ⇄ CP932 grows at most 3/2
    char* in = const_cast<char*>(input.data());       // iconv's signature; it does not write
    std::size_t inLeft = input.size();
    char* out = output.data();
    std::size_t outLeft = output.size();
    const std::size_t rc = iconv(cd, &in, &inLeft, &out, &outLeft);
    iconv_close(cd);
    // Any irreversible conversion (rc > 0) would be a silent substitution: refuse it as well.
    if (rc != 0 || inLeft != 0)
        return std::nullopt;
    output.resize(output.size() - outLeft);
    return output;
}

} // namespace

std::optional<std::string> utf8ToCp932(std::string_view utf8) { return convert("CP932", "UTF-8", utf8); }

std::optional<std::string> cp932ToUtf8(std::string_view cp932) { return convert("UTF-8", "CP932", cp932); }

} // namespace shikaku
