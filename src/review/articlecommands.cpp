#include "articlecommands.h"

#include "claimfactory.h"
#include "extract/extractor.h"
#include "textanchor.h"

namespace factbench {

namespace {

QStringList claimsOfArticle(const QList<Claim> &claims, const QString &articleId)
{
    QStringList ids;
    for (const Claim &claim : claims) {
        if (claim.articleId == articleId) {
            ids.append(claim.id);
        }
    }
    return ids;
}

/// `claim` placed in `text` (an article's new version) by its words and context, or orphaned.
Claim placedAgain(const Claim &claim, const QString &oldText, const QString &text)
{
    const TextAnchor anchor = claim.orphaned ? TextAnchor(claim.text, claim.prefix, claim.suffix)
                                             : TextAnchor(oldText, claim.range);
    Claim placed = claim;
    if (const std::optional<TextRange> range = anchor.locate(text)) {
        placed.range = *range;
        placed.orphaned = false;
        placed.prefix.clear();
        placed.suffix.clear();
    } else {
        // Kept with its words and their context, to be placed again by a later version.
        placed.range = {};
        placed.orphaned = true;
        placed.prefix = anchor.prefix();
        placed.suffix = anchor.suffix();
    }
    return placed;
}

} // namespace

AddArticlesCommand::AddArticlesCommand(
    Project *project, const QList<Article> &articles, const QList<Extraction> *given)
    : ProjectCommand(project,
        articles.size() == 1 ? tr("Add article")
                             : tr("Add %n article(s)", nullptr, int(articles.size())))
{
    QList<ProjectArticle> added;
    for (const Article &article : articles) {
        ProjectArticle projectArticle {
            newId(ProjectTable::Articles), article, ProjectArticle::hashText(article.text)};
        projectArticle.article.warnings.clear();
        m_articleIds.append(projectArticle.id);
        insert(ProjectTable::Articles, projectArticle);
        added.append(projectArticle);
    }
    const QList<Extraction> extractions
        = given && given->size() == articles.size() ? *given : Extractor::extractAll(articles);
    for (qsizetype i = 0; i < added.size(); ++i) {
        for (const Figure &figure : extractions.at(i).figures) {
            insert(ProjectTable::Claims,
                ClaimFactory::fromFigure(newId(ProjectTable::Claims), added.at(i), figure));
        }
        for (const Quote &quote : extractions.at(i).quotes) {
            insert(ProjectTable::Claims,
                ClaimFactory::fromQuote(newId(ProjectTable::Claims), added.at(i), quote));
        }
        log(QStringLiteral("add-article"), {}, added.at(i).id);
    }
}

RemoveArticleCommand::RemoveArticleCommand(Project *project, const QString &articleId)
    : ProjectCommand(project, tr("Remove article"))
{
    const QStringList claimIds = claimsOfArticle(project->claims(), articleId);
    takeOutOfFacts(claimIds);
    commitFactEdits();
    for (const QString &claimId : claimIds) {
        remove(ProjectTable::Claims, claimId);
    }
    for (const QString &claimId : claimsOfArticle(project->dismissedClaims(), articleId)) {
        remove(ProjectTable::Dismissed, claimId);
    }
    remove(ProjectTable::Articles, articleId);
    log(QStringLiteral("remove-article"), {}, articleId);
}

MoveArticleCommand::MoveArticleCommand(Project *project, const QString &articleId, qsizetype row)
    : ProjectCommand(project, tr("Move article"))
{
    const ProjectArticle *moved = project->article(articleId);
    remove(ProjectTable::Articles, articleId);
    insert(ProjectTable::Articles, *moved, row);
}

ReimportArticleCommand::ReimportArticleCommand(
    Project *project, const QString &articleId, const Article &article)
    : ProjectCommand(project, tr("Re-import article"))
{
    const ProjectArticle *old = project->article(articleId);
    ProjectArticle updated {articleId, article, ProjectArticle::hashText(article.text)};
    updated.article.warnings.clear();
    replace(ProjectTable::Articles, articleId, updated);
    int orphaned = 0;
    for (const Claim &claim : project->claims()) {
        if (claim.articleId != articleId) {
            continue;
        }
        const Claim placed = placedAgain(claim, old->article.text, updated.article.text);
        orphaned += placed.orphaned ? 1 : 0;
        if (placed != claim) {
            replace(ProjectTable::Claims, claim.id, placed);
        }
    }
    // Dismissed claims move with the text too, so that they stay dismissed where they now are.
    for (const Claim &claim : project->dismissedClaims()) {
        if (claim.articleId == articleId) {
            const Claim placed = placedAgain(claim, old->article.text, updated.article.text);
            if (placed != claim) {
                replace(ProjectTable::Dismissed, claim.id, placed);
            }
        }
    }
    log(QStringLiteral("reimport-article"), {},
        orphaned == 0 ? articleId
                      : tr("%1, %n claim(s) orphaned", nullptr, orphaned).arg(articleId));
}

} // namespace factbench
