#pragma once
// The one check for files coming from outside (a phone upload, a file staff open): not empty,
// not larger than the limit, and a PDF, JPEG or PNG by its content (not its name). The scan
// engine applies the further limits (page count, page and image size) when it reads them.

#include <QByteArray>

#include <optional>

namespace shikaku::kiosk {

/// 10 MiB: the portal PDF is ~100 KiB, a phone photo less than 10 MiB.
inline constexpr qint64 kDefaultMaxUploadBytes = 10 * 1024 * 1024;

enum class UploadProblem { Empty, TooLarge, WrongType };

std::optional<UploadProblem> checkUpload(const QByteArray& bytes, qint64 maxBytes);

} // namespace shikaku::kiosk
