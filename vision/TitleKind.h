#pragma once
// Which document a page of text is, from the titles in models/documents.json. Titles sit at
// the top, and body text mentions other documents (an お知らせ says "マイナポータルで確認"),
// so the title found on the earliest line wins.

#include "DocumentKind.h"

#include <optional>
#include <string>
#include <vector>

namespace shikaku {

class Models;

/// `lines`: the page's text lines, top to bottom (spaces are ignored). `pageWidthMm`/`pageHeightMm`
/// choose between the card, postcard and A4 資格確認書. Nullopt when no title is found.
std::optional<DocumentKind> kindFromTitles(const std::vector<std::string>& lines, const Models& models,
                                           double pageWidthMm, double pageHeightMm);

} // namespace shikaku
