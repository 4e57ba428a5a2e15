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
    /// Publication time; a date-only value has an invalid time part.
    QDateTime published;

    /// The text the program holds: every offset of every claim points into it.
    QString text;
    /// Page furniture (sponsor lines, share prompts, related-story lists): shown, not analysed.
    TextRanges boilerplate;

    /// Problems the importer recovered from ("invalid UTF-8 replaced"), one sentence each.
    QStringList warnings;
    /// Set when the article could not be read at all; the text is then empty.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    bool isBoilerplate(qsizetype position) const;
    bool overlapsBoilerplate(const TextRange &range) const;
};

} // namespace factbench
