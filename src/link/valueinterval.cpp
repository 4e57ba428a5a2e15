#include "valueinterval.h"

#include <limits>

namespace factbench {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();
/// How far "about", "around", "some" reach either side of the stated value.
constexpr double ApproximateReach = 0.10;

} // namespace

ValueInterval ValueInterval::of(const Figure &figure)
{
    const double value = figure.value;
    const double high = figure.valueHigh.value_or(value);
    if (figure.kind == FigureKind::Ordinal) {
        // "the third year" has lasted more than two years and at most three.
        return {value - 1, value, true, false};
    }
    switch (figure.qualifier) {
    case Qualifier::Equal:
        return {value, high, false, false};
    case Qualifier::Approximately:
        return {value * (1 - ApproximateReach), high * (1 + ApproximateReach), false, false};
    case Qualifier::MoreThan:
        return {high, Infinity, true, true};
    case Qualifier::AtLeast:
        return {value, Infinity, false, true};
    case Qualifier::LessThan:
        return {-Infinity, value, true, true};
    case Qualifier::AtMost:
        return {-Infinity, high, true, false};
    }
    return {value, high, false, false};
}

bool ValueInterval::contains(double value) const
{
    const bool aboveLow = lowOpen ? value > low : value >= low;
    const bool belowHigh = highOpen ? value < high : value <= high;
    return aboveLow && belowHigh;
}

bool ValueInterval::intersects(const ValueInterval &other) const
{
    return haveCommonValue({*this, other});
}

bool ValueInterval::haveCommonValue(const QList<ValueInterval> &intervals)
{
    if (intervals.isEmpty()) {
        return true;
    }
    // The intersection is bounded by the highest low end and the lowest high end.
    ValueInterval common = intervals.first();
    for (const ValueInterval &interval : intervals) {
        if (interval.low > common.low || (interval.low == common.low && interval.lowOpen)) {
            common.low = interval.low;
            common.lowOpen = interval.lowOpen;
        }
        if (interval.high < common.high || (interval.high == common.high && interval.highOpen)) {
            common.high = interval.high;
            common.highOpen = interval.highOpen;
        }
    }
    if (common.low < common.high) {
        return true;
    }
    return common.low == common.high && !common.lowOpen && !common.highOpen;
}

} // namespace factbench
