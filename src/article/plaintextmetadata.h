#pragma once

#include "article.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <utility>

namespace factbench {

/// Guesses a plain-text article's title, outlet and publication date from its first lines,
/// without touching its text.
class PlainTextMetadata
{
public:
    /// Fills whichever of title, outlet and published are still empty. Needs the boilerplate
    /// ranges already detected: the title is the first substantial line outside them.
    static void guess(Article &article);

    /// Splits "Headline | Outlet" (also " — ", " – ", " - ") into the headline and the outlet.
    /// With `knownOutlet` only that suffix is removed; without, any suffix that reads as the
    /// name of an outlet. The outlet is empty when nothing was split off.
    static std::pair<QString, QString> splitOutletSuffix(
        const QString &title, const QString &knownOutlet = {});
    /// Drops a scraper's tag glued to the front of a line ("NextImg:Russia launches ...").
    static QString stripScraperPrefix(const QString &line);
    /// The first calendar date in a short line ("Jul 4, 2025", "4 July 2025", "2025-07-04",
    /// "Fri, 04 Jul 2025 17:09:07 GMT"); an ISO date with a time keeps its time.
    static QDateTime parseDate(QStringView line);
};

} // namespace factbench
