#pragma once

#include "textrange.h"

#include <QString>

namespace factbench {

/// Finds the page furniture in an article's text: sponsor lines, share and subscribe prompts,
/// photo credits, related-story lists and the like. Reported as ranges, never cut out.
class BoilerplateDetector
{
public:
    /// Furniture lines (without their newline) and photo credits at the end of captions, merged
    /// where only blank lines separate them. Linear in the length of the text.
    static TextRanges detect(const QString &text);
    /// True when one line, on its own, reads as furniture.
    static bool isFurnitureLine(const QString &line);
};

} // namespace factbench
