#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace factbench {

/// Imports an HTML page: gumbo parses it (nothing is fetched or run), content scoring finds the
/// article body, and the page's metadata gives title, outlet, date, URL and byline.
class HtmlImporter
{
public:
    /// `sourceOffsets`, when given, receives for every character of the article's text its
    /// index in `html` (the start of its text node where entities changed the length).
    static Article parse(const QString &html, QList<qsizetype> *sourceOffsets = nullptr);
};

} // namespace factbench
