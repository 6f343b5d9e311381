#pragma once
// The printed heading a blurred title reading is nearest to. On a 2 MP photo a title reads
// with a few wrong characters (健康保際員格確訳書, 礎問提供に関する意妥表示右): too many for
// the keyword match, yet far nearer to one document's heading than to any other's.

#include "DocumentKind.h"
#include "Models.h"

#include <optional>
#include <string>
#include <vector>

namespace shikaku {

/// Edits (characters replaced, left out or added) that turn some stretch of `text` into
/// `heading`: 0 when `text` contains it.
std::size_t editsToHeading(const std::u32string& text, const std::u32string& heading);

/// For each character of `heading`: whether one best alignment of `text` to it (as
/// editsToHeading) reads it right.
std::vector<bool> headingCharactersRead(const std::u32string& text, const std::u32string& heading);

/// The characters of `heading` that none of `readings` reads right in its best alignment;
/// only readings that are at least half the heading (editsToHeading ≤ half its length) count.
std::size_t editsToHeadingCombined(const std::vector<std::u32string>& readings, const std::u32string& heading);

/// The kind whose printed heading (`headings` in documents.json) one of `titles` (matching
/// form) reads as: at most a third of the heading's characters wrong (two fifths for kinds
/// that are never pre-filled), and clearly nearer than every other kind's heading that is at
/// least half read, the headings of documents out of scope (`unknown`) included — two edits
/// nearer for kinds that are never pre-filled (an old card, a back side), three for the
/// others. Nothing when no heading is that near, two kinds are about as near, or two readings
/// name different kinds. When no single reading names a kind, the readings together are tried:
/// a heading's character read right by any of them counts as read (editsToHeadingCombined),
/// with the same limits and margins. `aloneOnly` are readings that name a kind each alone, as
/// `titles`, but take no part in the combined vote. A 資格確認書 is named as KakuninshoCard (its
/// format is not read here).
std::optional<DocumentKind> nearestHeadingKind(const std::vector<std::u32string>& titles, const Models& models,
                                               const std::vector<std::u32string>& aloneOnly = {});

} // namespace shikaku
