#pragma once

#include "article/article.h"
#include "claims.h"

#include <QList>

#include <functional>
#include <optional>

namespace factbench {

/// Runs every extractor over articles: the one entry point the CLI, the GUI and the tests use.
class Extractor
{
public:
    /// Dates, figures and quotes of one article; ids are left empty.
    static Extraction extract(const Article &article);
    /// Every article of a run, with ids ("a0f1", "a0q1") and one speaker name per person
    /// across the run.
    static QList<Extraction> extractAll(const QList<Article> &articles);
    /// Called after each article with how many are done; returning false stops the run.
    using Progress = std::function<bool(qsizetype done)>;
    /// The same, reporting progress; nothing when `progress` stopped it.
    static std::optional<QList<Extraction>> extractAll(
        const QList<Article> &articles, const Progress &progress);
};

} // namespace factbench
