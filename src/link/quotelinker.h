#pragma once

#include "article/article.h"
#include "claimref.h"
#include "extract/claims.h"

namespace factbench {

/// Groups quotes of different articles that render one statement: fuzzy matching of the words
/// (RapidFuzz partial and token-set ratios) together with the speaker, so a cut ("no progress")
/// joins the full quote. Candidate pairs share a content word; common words are not followed.
class QuoteLinker
{
public:
    static QList<ClaimGroup> link(
        const QList<Article> &articles, const QList<Extraction> &extractions);

    static constexpr double Threshold = 0.7;
};

} // namespace factbench
