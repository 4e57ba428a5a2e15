#pragma once

#include <QColor>

namespace factbench {

/// WCAG 2 contrast between colours, so the review colours stay readable in every theme: the
/// themes give hues, and a hue that is too faint on a theme's paper is darkened or lightened.
namespace Contrast {

/// What WCAG AA asks of body text, and of large text and graphics (badges, icons).
constexpr double Text = 4.5;
constexpr double Graphics = 3.0;

/// Relative luminance, 0 (black) to 1 (white).
double luminance(const QColor &colour);
/// The contrast ratio of two opaque colours, 1 to 21.
double ratio(const QColor &a, const QColor &b);
/// `colour` darkened (on a light background) or lightened (on a dark one) until it reaches
/// `minimum` against `background`.
QColor ensured(QColor colour, const QColor &background, double minimum);
/// The opaque colour `top`, with its alpha, gives when painted over `bottom`.
QColor over(const QColor &top, const QColor &bottom);

} // namespace Contrast

} // namespace factbench
