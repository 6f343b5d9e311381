#include "UploadCheck.h"

#include "Scanner.h"

namespace shikaku::kiosk {

std::optional<UploadProblem> checkUpload(const QByteArray& bytes, qint64 maxBytes)
{
    if (bytes.isEmpty())
        return UploadProblem::Empty;
    if (bytes.size() > maxBytes)
        return UploadProblem::TooLarge;
    const InputFormat format = sniffFormat(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (format != InputFormat::Pdf && format != InputFormat::Jpeg && format != InputFormat::Png)
        return UploadProblem::WrongType;
    return std::nullopt;
}

} // namespace shikaku::kiosk
