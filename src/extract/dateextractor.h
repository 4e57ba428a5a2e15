#pragma once

#include "claims.h"

namespace factbench {

/// Finds calendar dates, years, weekdays and clock times, which are never figures.
class DateExtractor
{
public:
    static QList<DateMention> extract(const QString &text, const TextRanges &boilerplate = {});
};

} // namespace factbench
