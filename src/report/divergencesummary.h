#pragma once

#include "factsheet.h"

#include <QCoreApplication>
#include <QString>

namespace factbench {

/// The one sentence a fact sheet gives on how the sources compare and how a divergence was
/// resolved: "360 per the county council in Bayline News; 340 per the county's emergency
/// service in The Coastal Herald; verified as 360." Values are grouped, the largest group
/// first, each naming its source when all of its articles name the same one.
class DivergenceSummary
{
    Q_DECLARE_TR_FUNCTIONS(factbench::DivergenceSummary)

public:
    /// Most outlets named in one group; more are counted instead.
    static constexpr int maximumNamedOutlets = 3;

    /// The sentence for `entry`, whose sources must be filled in.
    static QString describe(const FactSheet &sheet, const FactSheetEntry &entry);
    /// Whether `entry`'s sources state more than one value (or wording).
    static bool isDivergent(const FactSheetEntry &entry);
    /// What groups sources: the value, or a quote's words without case and punctuation.
    static QString groupKey(const FactSheetEntry &entry, const FactSheetSource &source);
};

} // namespace factbench
