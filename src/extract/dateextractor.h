#pragma once

#include "claims.h"
#include "tokenizer.h"

namespace factbench {

/// Finds calendar dates, years, weekdays and clock times, which are never figures.
class DateExtractor
{
public:
    static QList<DateMention> extract(const QString &text, const TextRanges &boilerplate = {});

    /// The dates of one paragraph (at `offset` in the text) read from its tokens, appended to
    /// `dates`: for a caller that tokenizes each paragraph once for dates and figures.
    static void readParagraph(QStringView paragraph, qsizetype offset, const QList<Token> &tokens,
        QList<DateMention> &dates);

    /// Tells which dates are reported: those that overlap no boilerplate. Dates must be asked
    /// about in text order (one sweep over both lists).
    class BoilerplateFilter
    {
    public:
        explicit BoilerplateFilter(const TextRanges &boilerplate);
        bool reported(const DateMention &date);

    private:
        TextRanges m_furniture;
        qsizetype m_next = 0;
    };
};

} // namespace factbench
