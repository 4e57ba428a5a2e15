#pragma once

#include "extract/claims.h"

namespace factbench {

/// The values a figure allows: "at least 23" is [23, inf), "more than eight hours" (8, inf),
/// "between 60 and 80" [60, 80], "about 550" 550 give or take 10 %, "its third year" (2, 3].
struct ValueInterval
{
    double low = 0;
    double high = 0;
    bool lowOpen = false;
    bool highOpen = false;

    static ValueInterval of(const Figure &figure);

    bool contains(double value) const;
    /// True when some value satisfies both.
    bool intersects(const ValueInterval &other) const;
    /// The common values of all `intervals` (an empty list intersects trivially).
    static bool haveCommonValue(const QList<ValueInterval> &intervals);
};

} // namespace factbench
