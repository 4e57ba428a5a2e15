#include "article.h"

#include <algorithm>

namespace factbench {

QString Article::publishedIso() const
{
    if (!published.isValid()) {
        return {};
    }
    return publishedDateOnly ? published.date().toString(Qt::ISODate)
                             : published.toString(Qt::ISODate);
}

void Article::setPublished(const QDateTime &dateTime, const QString &asWritten)
{
    published = dateTime;
    // "2025-07-04", "Jul 4, 2025": no time of day was written.
    publishedDateOnly = dateTime.isValid() && !asWritten.contains(QLatin1Char(':'));
}

bool Article::isBoilerplate(qsizetype position) const
{
    return std::any_of(boilerplate.cbegin(), boilerplate.cend(),
        [position](const TextRange &range) { return range.contains(position); });
}

bool Article::overlapsBoilerplate(const TextRange &range) const
{
    return std::any_of(boilerplate.cbegin(), boilerplate.cend(),
        [&range](const TextRange &furniture) { return furniture.overlaps(range); });
}

} // namespace factbench
