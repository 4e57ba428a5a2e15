#pragma once

#include "extract/claims.h"
#include "fact.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace factbench {

/// A figure as a member of a fact, with what its article says around it.
struct FigureMember
{
    const Figure *figure = nullptr;
    int article = 0;
    /// When the article was published, if known to the minute; invalid otherwise.
    QDateTime published;
    /// The total this figure is a part of in its article ("Fourteen of the 23" -> 23).
    std::optional<double> partOf;
};

/// Whether the members of a figure fact agree, and the rule that says so.
struct FigureVerdict
{
    Agreement agreement = Agreement::Single;
    bool divergent = false;
    QList<double> values;
    QString reason;
};

/// The divergence rules, in order: equal values, compatible qualifiers, partitive totals,
/// complements, sums of parts, rounding, later updates; what none explains is divergent.
class FigureAgreement
{
public:
    static FigureVerdict judge(const QList<FigureMember> &members);
    /// "≥23", ">8", "~550", "60–80", "$800m" is not attempted: the value with its qualifier.
    static QString valueText(const Figure &figure);
};

} // namespace factbench
