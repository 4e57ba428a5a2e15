#include "analysis.h"

#include "extract/extractor.h"
#include "factproposer.h"
#include "projectdata.h"

namespace factbench {

Analysis Analysis::of(const QList<Article> &articles)
{
    return *of(articles, [](qsizetype) { return true; });
}

std::optional<Analysis> Analysis::of(
    const QList<Article> &articles, const Extractor::Progress &progress)
{
    std::optional<QList<Extraction>> extractions = Extractor::extractAll(articles, progress);
    if (!extractions) {
        return std::nullopt;
    }
    Analysis analysis;
    for (const Article &article : articles) {
        analysis.articleHashes.append(ProjectArticle::hashText(article.text));
    }
    analysis.extractions = std::move(*extractions);
    analysis.facts = FactProposer::propose(articles, analysis.extractions);
    return analysis;
}

bool Analysis::isOf(const QList<Article> &articles) const
{
    if (articles.size() != articleHashes.size() || articles.size() != extractions.size()) {
        return false;
    }
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (ProjectArticle::hashText(articles.at(i).text) != articleHashes.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace factbench
