#include "quoteextractor.h"

namespace factbench {

QList<Quote> QuoteExtractor::extract(const QString &text, const TextRanges &boilerplate)
{
    Q_UNUSED(text);
    Q_UNUSED(boilerplate);
    return {}; // TODO(quotes): the quote and speaker extractor
}

} // namespace factbench
