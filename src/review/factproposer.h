#pragma once

#include "article/article.h"
#include "extract/claims.h"
#include "link/fact.h"

#include <QList>

namespace factbench {

/// The one place the review side asks the linker for proposals.
class FactProposer
{
public:
    static QList<Fact> propose(
        const QList<Article> &articles, const QList<Extraction> &extractions);
};

} // namespace factbench
