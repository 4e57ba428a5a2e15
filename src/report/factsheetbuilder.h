#pragma once

#include "factsheet.h"

namespace factbench {

/// Makes the fact sheet of a review: the facts in scope with their decisions, every member
/// claim's source, passage and selectors, and the resolution sentence.
class FactSheetBuilder
{
public:
    static FactSheet build(const ProjectData &data, FactSheetScope scope);
    static bool isInScope(FactStatus status, FactSheetScope scope);
};

} // namespace factbench
