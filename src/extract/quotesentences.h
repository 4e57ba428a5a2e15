#pragma once

#include "article/textrange.h"
#include "quotescanner.h"
#include "sentenceboundaries.h"

#include <QList>
#include <QStringView>

namespace factbench {

/// The sentence around each quote, found with QTextBoundaryFinder only in the paragraphs that
/// hold quotes (SentenceBoundaries, shared with the figure extractor). A sentence end inside a
/// quote ("We had a call. It was long," he said) or after a title's abbreviation ("Mr. Trump") does
/// not end the sentence around the quote.
class QuoteSentences
{
public:
    /// How far a window reaches past a quote when its paragraph is very long: bounds the work on
    /// texts without paragraph breaks.
    static constexpr qsizetype WindowReach = 4000;

    /// One range per span of `spans` (sorted by position), covering the whole quote.
    static TextRanges around(
        QStringView text, const QList<QuoteSpan> &spans, SentenceBoundaries &sentences);
};

} // namespace factbench
