#pragma once

#include <QStringView>

namespace factbench {

/// Words that page scraping glued together: "72 of the 550 dronespenetrating air defences"
/// lost the space of an inline element's boundary. A word is split only when no dictionary
/// knows it and both of its parts are dictionary words, so "understanding" stays whole.
///
/// The dictionaries are Hunspell's English ones (American and British), found where the
/// system keeps them (`hunspell/` under the generic data locations); without them nothing is
/// split. Answers are cached. Thread-safe.
class GluedWords
{
public:
    /// Where `lowerWord` splits into two dictionary words, or 0 when it is a word of its own or
    /// is not two words. Of several splits the one with the longest first part is taken.
    static qsizetype splitPoint(QStringView lowerWord);

    /// Whether the dictionaries were found.
    static bool available();

    /// Neither part may be shorter: short words glue to anything, and a misspelling often
    /// ends in one ("interceptted" is "intercept" and "ted").
    static constexpr qsizetype ShortestPart = 4;
    /// Words shorter than two parts are never split.
    static constexpr qsizetype ShortestGlued = 2 * ShortestPart;
};

} // namespace factbench
