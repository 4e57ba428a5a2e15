#pragma once

#include "projectcommand.h"

namespace factbench {

// The article verbs. Small commands that share one file: each is only a constructor that plans
// its row edits (see ProjectCommand).

/// Adds articles with the claims the extractor finds in them.
class AddArticlesCommand : public ProjectCommand
{
public:
    AddArticlesCommand(Project *project, const QList<Article> &articles);
    QStringList articleIds() const { return m_articleIds; }

private:
    QStringList m_articleIds;
};

/// Removes an article, its claims, and facts left without members.
class RemoveArticleCommand : public ProjectCommand
{
public:
    RemoveArticleCommand(Project *project, const QString &articleId);
};

/// Replaces an article by a newer import and places its claims again in the new text.
class ReimportArticleCommand : public ProjectCommand
{
public:
    ReimportArticleCommand(Project *project, const QString &articleId, const Article &article);
};

} // namespace factbench
