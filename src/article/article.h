#pragma once

#include "textrange.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace factbench {

/// One source text with what is known of where it comes from; its text is kept exactly.
struct Article
{
    /// The file (or resource) the article was read from, as given by the user.
    QString source;
    /// 1-based line of `source` when every line of a file is its own article, else 0.
    int line = 0;

    QString title;
    QString outlet;
    QString url;
    QString byline;
    /// Publication time; when only the day is known, `publishedDateOnly` is set and the time
    /// part (midnight) means nothing.
    QDateTime published;
    bool publishedDateOnly = false;

    /// The text the program holds: every offset of every claim points into it.
    QString text;
    /// Page furniture (sponsor lines, share prompts, related-story lists): shown, not analysed.
    TextRanges boilerplate;

    /// Problems the importer recovered from ("invalid UTF-8 replaced"), one sentence each.
    QStringList warnings;
    /// Set when the article could not be read at all; the text is then empty.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    /// "2025-07-04" for a day, "2025-07-04T07:30:00Z" for a time; empty when unknown.
    QString publishedIso() const;
    /// Sets `published` from a date/time text, knowing whether it carried a time of day.
    void setPublished(const QDateTime &dateTime, const QString &asWritten);
    bool isBoilerplate(qsizetype position) const;
    bool overlapsBoilerplate(const TextRange &range) const;
};

} // namespace factbench
