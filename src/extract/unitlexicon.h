#pragma once

#include "claims.h"
#include "tokenizer.h"

#include <QString>

namespace factbench {

/// A unit found after (or, for currencies, before) a number.
struct UnitMatch
{
    QString unit; ///< normalized singular name: "kilometre", "percentage", "dollar"
    FigureKind kind = FigureKind::Measure;
    qsizetype lastToken = -1; ///< the unit's last token; -1 when nothing matched
    bool matched() const { return lastToken >= 0; }
};

/// The units, currencies and percent words of English news text, matched on tokens.
class UnitLexicon
{
public:
    /// The longest unit that starts at token `first` ("per cent", "miles per hour", "km/h").
    static UnitMatch unitAt(const TokenView &tokens, qsizetype first);
    /// A currency written before a number, ending at token `last` ("$", "US$", "€", "Rs").
    /// Sets `firstToken` to where the currency starts.
    static UnitMatch currencyBefore(const TokenView &tokens, qsizetype last, qsizetype *firstToken);
    /// A rate after a unit: "per share", "a year", "per square foot"; the normalized
    /// denominator ("share", "year", "square foot") and its last token, or an empty match.
    static UnitMatch rateAt(const TokenView &tokens, qsizetype first);
    /// Scale words after a number: "million" 1e6, "bn" 1e9, "k" 1e3; 0 when none.
    static double scaleOf(QStringView word, bool afterCurrency);
};

} // namespace factbench
