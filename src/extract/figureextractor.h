#pragma once

#include "claims.h"
#include "sentenceboundaries.h"
#include "tokenizer.h"

#include <QSpan>
#include <QVarLengthArray>

namespace factbench {

/// Finds the figures of one article's text: digits, number words, money, percentages,
/// ranges, partitives, durations, ages and measures, with qualifier, unit, counted noun,
/// concept and attribution. Pure: text in, figures out.
class FigureExtractor
{
public:
    /// Figures outside `boilerplate` and outside the given date mentions, in text order.
    static QList<Figure> extract(const QString &text, const TextRanges &boilerplate = {},
        const QList<DateMention> &dates = {});

    /// Text ranges no figure may start in (boilerplate and dates), sorted for binary search.
    class Exclusions
    {
    public:
        /// The ranges are copied: a paragraph's few stay on the stack.
        explicit Exclusions(QSpan<const TextRange> ranges);
        bool contains(qsizetype position) const;

    private:
        QVarLengthArray<TextRange, 16> m_ranges;
    };

    /// The figures of one paragraph (at `offset` in the text) read from its tokens, appended
    /// to `figures`: for a caller that tokenizes each paragraph once for dates and figures.
    /// `sentences` are those of the whole text.
    static void readParagraph(QStringView paragraph, qsizetype offset, const QList<Token> &tokens,
        const Exclusions &exclusions, SentenceBoundaries &sentences, QList<Figure> &figures);
};

} // namespace factbench
