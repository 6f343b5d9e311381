#include "PlaceChoice.h"

#include "StartInDoubt.h"

#include <utility>

namespace shikaku {
namespace {

// A reading whose value is well-formed: `ok`, or `review` only for confidence or disagreement.
bool passedValidation(const FieldReading& f)
{
    return f.value && (f.status == FieldStatus::Ok || f.reason == "low recognition confidence" || f.reason == "two readings disagree");
}

} // namespace

void keepBetter(PlacedReading& currentPlace, PlacedReading candidatePlace)
{
    FieldReading& current = currentPlace.reading;
    FieldReading& candidate = candidatePlace.reading;
    if (current.status == FieldStatus::NotFound) {
        currentPlace = std::move(candidatePlace);
        return;
    }
    if (candidate.status == FieldStatus::NotFound)
        return;
    // The same field printed twice (A4 letter and its card part) must say the same thing —
    // unless one reading failed validation (a misread of the smaller print is no evidence
    // against a value that two models read alike there), or was read where the value's start is
    // in doubt and differs from the other only there (StartInDoubt).
    if (current.value != candidate.value) {
        if (current.value && candidate.value) {
            if (current.status == FieldStatus::Ok && candidatePlace.startInDoubt && differsOnlyAtItsStart(*current.value, *candidate.value))
                return;
            if (candidate.status == FieldStatus::Ok && currentPlace.startInDoubt && differsOnlyAtItsStart(*candidate.value, *current.value)) {
                currentPlace = std::move(candidatePlace);
                return;
            }
        }
        if (!passedValidation(candidate) && current.status == FieldStatus::Ok)
            return;
        if (!passedValidation(current) && candidate.status == FieldStatus::Ok) {
            currentPlace = std::move(candidatePlace);
            return;
        }
        if (current.status != FieldStatus::Ok && candidate.status == FieldStatus::Ok)
            currentPlace = std::move(candidatePlace);
        if (current.status == FieldStatus::Ok) {
            current.status = FieldStatus::Review;
            current.reason = "printed twice with different values";
        }
        return;
    }
    if (current.status != FieldStatus::Ok && candidate.status == FieldStatus::Ok)
        currentPlace = std::move(candidatePlace);
}

} // namespace shikaku
