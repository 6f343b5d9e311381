#pragma once
// Which document lies under the camera: physical format (aspect of the rectified document, its
// corners) plus title keywords from models/documents.json plus whether field labels were found.

#include "CornerShape.h"
#include "DocumentKind.h"
#include "FieldLocator.h"
#include "Models.h"
#include "PageText.h"

#include <string>
#include <vector>

namespace shikaku {

struct ClassifierInput {
    const PageText& page;
    const FieldLocations& fields;
    double aspect = 0.0;  ///< long side / short side of the rectified document
    double textHeightRatio = 0.0; ///< body character height / short side
    KindHint hint = KindHint::Auto;
    std::vector<std::u32string> extraTitles = {}; ///< texts of a second title search (TitleSearch), matching form
    bool screenHeader = false; ///< light print on a dark bar across the top (a phone app's header)
    bool portrait = false;     ///< the upright page is taller than wide
    /// The title search's readings by the kiosk's line model (LineModelOcr): they name a kind
    /// read exactly or as a whole heading (NearestHeading), never loosely. The model knows the
    /// labels' words too, and one of them with a character wrong (被保険者者 for 被保険者番号) is
    /// a loose 被保険者証, the old card's title.
    std::vector<std::u32string> lineModelTitles = {};
    /// The line model's readings of widened title pieces (SearchedTitles::lineModelWidened): as
    /// lineModelTitles, but each names a kind alone, never in the combined vote of NearestHeading.
    std::vector<std::u32string> lineModelWidenedTitles = {};
    /// Rounded or square, measured in the photo: tells a 資格確認書's format (CornerShape).
    CornerShape corners = CornerShape::Unknown;
};

DocumentKind classifyDocument(const ClassifierInput& input, const Models& models);

/// True when the reading names a document by a title of four or more characters read exactly
/// (the hint is not looked at): the page was read the right way up.
bool namesDocumentSurely(const ClassifierInput& input, const Models& models);

/// The paper format among card, postcard and A4 (for 資格確認書) closest in aspect and in text
/// height relative to the document (aspects overlap; print sizes differ, but blur inflates
/// small ones). The printed content overrules the measure where it cannot fit: a page with
/// more than `max_text_rows` rows of text (documents.json) is no postcard, an upright page
/// taller than wide no card. The corners overrule them all: rounded is a card, square no card.
/// `rows` 0: not known.
DocumentKind kakuninshoFormatFor(double aspect, double textHeightRatio, const Models& models, int rows = 0,
                                 bool portrait = false, CornerShape corners = CornerShape::Unknown);

/// Rows of text on the page: chunks whose heights overlap make one row.
int textRows(const PageText& page);

} // namespace shikaku
