#pragma once
// A field printed at two places (an A4 letter and its card part) is read at both; this keeps the
// better reading, and two values that disagree are `review` ("printed twice with different
// values") — unless one is no evidence against the other (see keepBetter, StartInDoubt).

#include "FieldReading.h"

namespace shikaku {

/// A field's reading and whether the place it was read at has its value's start in doubt.
struct PlacedReading {
    FieldReading reading;
    bool startInDoubt = false;
};

/// Merges `candidatePlace`, the field's reading at another place, into `currentPlace`.
void keepBetter(PlacedReading& currentPlace, PlacedReading candidatePlace);

} // namespace shikaku
