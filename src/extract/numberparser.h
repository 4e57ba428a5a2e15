#pragma once

#include "tokenizer.h"
#include "wordkey.h"

#include <optional>

namespace factbench {

/// A number read from tokens: digits ("5,000", "3.5"), words ("Fourteen", "twenty-three",
/// "three million", "a dozen"), or both ("1.2 billion", "5k").
struct ParsedNumber
{
    double value = 0;
    qsizetype firstToken = 0;
    qsizetype lastToken = 0;
    bool fromWords = false;
    /// An ordinal ("third", "21st"): value is its position.
    bool ordinal = false;
    /// A scale word was applied ("million", "bn").
    bool scaled = false;
    /// The factor the scale words applied (1 when none).
    double scale = 1;
};

/// Reads numbers written in digits or English words.
class NumberParser
{
public:
    /// The number that starts at token `first`, or nothing. Vague plurals ("thousands",
    /// "dozens") are not numbers; "tens of thousands" is read by the figure extractor.
    static std::optional<ParsedNumber> parseAt(const TokenView &tokens, qsizetype first);
    /// "5,000" -> 5000, "3.5" -> 3.5, "1.234.567" -> 1234567; nothing for malformed digits.
    static std::optional<double> parseDigits(QStringView digits);
    /// Plain decimal digits with at most one point ("5000", "3.5", ".5") as
    /// QString::toDouble() reads them; nothing when they do not read.
    static std::optional<double> readDecimal(QStringView number);
    /// "fourteen" -> 14, "thirty" -> 30, "hundred" -> 100, "dozen" -> 12; -1 for other words.
    static double wordValue(QStringView word);
    /// "third" -> 3, "twenty-first" handled by the caller; 0 for other words.
    static int ordinalValue(QStringView word);
    /// Cheap test used on every word of a text: could this word start a number?
    static bool mayStartNumber(QStringView word);
    /// The shapes of the number words, the ordinals, "a", "an" and "half": a word without one
    /// of them is none of these.
    static const WordShapes &wordShapes();
    /// Cheap test: could ordinalValue() be positive for this word?
    static bool mayBeOrdinal(QStringView word);
    /// wordValue() and ordinalValue() of a word by its wordKey() (not 0), for a caller that
    /// asks several lists about one word.
    static double wordValueOfKey(quint64 key);
    static int ordinalValueOfKey(quint64 key);
};

} // namespace factbench
