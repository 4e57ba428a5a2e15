#pragma once

#include "claims.h"

namespace factbench {

/// Finds the figures of one article's text: digits, number words, money, percentages,
/// ranges, partitives, durations, ages and measures, with qualifier, unit, counted noun,
/// concept and attribution. Pure: text in, figures out.
class FigureExtractor
{
public:
    /// Figures outside `boilerplate` and outside the given date mentions, in text order.
    static QList<Figure> extract(const QString &text, const TextRanges &boilerplate = {},
        const QList<DateMention> &dates = {});
};

} // namespace factbench
