#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace factbench::Contrast {

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ensured(QColor colour, const QColor &background, double minimum)
{
    // Towards black on light paper, towards white on dark: the hue stays while the colour
    // gains contrast, and the end of the way (black or white) has the most there is.
    QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    target.setAlphaF(0.12f);
    for (int step = 0; step < 40 && ratio(colour, background) < minimum; ++step) {
        colour = over(target, colour);
    }
    return colour;
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double alpha = top.alphaF();
    const auto mix = [alpha](double up, double down) { return up * alpha + down * (1 - alpha); };
    return QColor::fromRgbF(float(mix(top.redF(), bottom.redF())),
        float(mix(top.greenF(), bottom.greenF())), float(mix(top.blueF(), bottom.blueF())));
}

} // namespace factbench::Contrast
