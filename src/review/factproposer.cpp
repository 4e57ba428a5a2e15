#include "factproposer.h"

#include "link/linker.h"

namespace factbench {

QList<Fact> FactProposer::propose(
    const QList<Article> &articles, const QList<Extraction> &extractions)
{
    return Linker::link(articles, extractions);
}

} // namespace factbench
