#pragma once

#include "claims.h"
#include "sentenceboundaries.h"

namespace factbench {

/// Finds quoted passages (straight, curly, single, guillemets, nested, across paragraphs,
/// partial) and their speakers in one article's text. Pure: text in, quotes out.
class QuoteExtractor
{
public:
    /// Quotes outside `boilerplate`, in text order; speakers named as the article names them,
    /// titles dropped and short references resolved to the fullest name used earlier.
    static QList<Quote> extract(const QString &text, const TextRanges &boilerplate = {});
    /// The same, with the sentences of `text` shared with another extractor.
    static QList<Quote> extract(
        const QString &text, const TextRanges &boilerplate, SentenceBoundaries &sentences);
};

} // namespace factbench
