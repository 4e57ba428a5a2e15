#pragma once

#include "article.h"

#include <QList>

namespace factbench {

/// Turns Markdown into plain article text, keeping where each character came from.
class MarkdownImporter
{
public:
    /// The article of a Markdown document: YAML-style front matter (title, outlet, published,
    /// url, byline) becomes metadata, markup is removed. When `sourceOffsets` is given it
    /// receives, for each character of the text, its index in `markdown`.
    static Article parse(const QString &markdown, QList<qsizetype> *sourceOffsets = nullptr);
};

} // namespace factbench
