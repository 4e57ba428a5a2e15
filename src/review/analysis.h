#pragma once

#include "article/article.h"
#include "extract/claims.h"
#include "extract/extractor.h"
#include "link/fact.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace factbench {

/// What extraction and linking make of a list of articles, computed apart from the project
/// (the window does it on a worker thread) and handed to a verb, which uses it only while the
/// project's articles are still the ones analysed.
struct Analysis
{
    /// ProjectArticle::hashText of each article analysed, in order.
    QStringList articleHashes;
    /// One per article, in the same order.
    QList<Extraction> extractions;
    /// The linker's proposals over all of them.
    QList<Fact> facts;

    /// Extracts and links `articles` here and now.
    static Analysis of(const QList<Article> &articles);
    /// The same, reporting progress after each article's extraction; nothing when `progress`
    /// stopped it.
    static std::optional<Analysis> of(
        const QList<Article> &articles, const Extractor::Progress &progress);
    /// Whether this is the analysis of exactly these texts, in this order.
    bool isOf(const QList<Article> &articles) const;
};

} // namespace factbench
