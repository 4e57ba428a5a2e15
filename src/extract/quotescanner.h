#pragma once

#include <QList>
#include <QStringView>

namespace factbench {

/// Where one quotation opens and closes: the outermost pair of marks, possibly across paragraphs.
struct QuoteSpan
{
    /// Index of the opening mark.
    qsizetype open = 0;
    /// Index of the closing mark; the quoted words are [open + 1, close).
    qsizetype close = 0;
    /// True when the quotation continues over one or more paragraph breaks.
    bool multiParagraph = false;
    /// Where the paragraph the quotation opens in starts: after the last line break before
    /// `open`, or 0.
    qsizetype paragraphStart = 0;
    /// Where the paragraph the quotation closes in ends: the first line break after `close`, or
    /// the end of the text.
    qsizetype paragraphEnd = 0;
};

/// Pairs quotation marks in one linear pass: straight, curly, single, guillemets and German
/// low marks; apostrophes are told apart from single quotes; nested quotes are reported as their
/// outer quote; an unbalanced mark never reaches past its paragraph. The scan passes every line
/// break on its way, so it also tells each quotation's paragraphs.
class QuoteScanner
{
public:
    /// The longest quotation reported; a pair of marks further apart is not a quote but a
    /// mismatch.
    static constexpr qsizetype MaximumLength = 6000;
    /// How many paragraph breaks one quotation may run across.
    static constexpr int MaximumParagraphs = 8;

    static QList<QuoteSpan> scan(QStringView text);
};

} // namespace factbench
