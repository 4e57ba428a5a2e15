#pragma once

#include "article/article.h"
#include "extract/claims.h"
#include "fact.h"

#include <QList>

namespace factbench {

/// Groups the claims of a run of articles into facts and says whether each fact's members
/// agree. Pure: claims in, facts out.
class Linker
{
public:
    /// `extractions` are Extractor::extractAll's (ids set), one per article.
    static QList<Fact> link(const QList<Article> &articles, const QList<Extraction> &extractions);
};

} // namespace factbench
