#include "dateextractor.h"

namespace factbench {

QList<DateMention> DateExtractor::extract(const QString &text, const TextRanges &boilerplate)
{
    Q_UNUSED(text);
    Q_UNUSED(boilerplate);
    return {};
}

} // namespace factbench
