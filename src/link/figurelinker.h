#pragma once

#include "article/article.h"
#include "claimref.h"
#include "extract/claims.h"

namespace factbench {

/// Groups figures of different articles that state the same thing, from what they count
/// (noun class), the action that governs them, the words around them (TF-IDF over the run)
/// and how close their values are. Candidate pairs come from blocks that share a noun class
/// or a distinctive value, never from all pairs.
class FigureLinker
{
public:
    /// Groups with members from at least two articles, in the order of their first member.
    static QList<ClaimGroup> link(
        const QList<Article> &articles, const QList<Extraction> &extractions);

    /// Pair score in [0, 1] above which two figures are taken to state the same fact.
    static constexpr double Threshold = 0.5;
};

} // namespace factbench
