#include "figureextractor.h"

namespace factbench {

QList<Figure> FigureExtractor::extract(
    const QString &text, const TextRanges &boilerplate, const QList<DateMention> &dates)
{
    Q_UNUSED(text);
    Q_UNUSED(boilerplate);
    Q_UNUSED(dates);
    return {};
}

} // namespace factbench
