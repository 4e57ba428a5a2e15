#pragma once

#include "projectcommand.h"

#include <QCoreApplication>

namespace factbench {

// The article verbs. Small commands that share one file: each is only a constructor that plans
// its row edits (see ProjectCommand).

/// Adds articles with the claims the extractor finds in them.
class AddArticlesCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::AddArticlesCommand)

public:
    /// `extractions`, when given, are the articles' (one each, in order); else they are made here.
    AddArticlesCommand(Project *project, const QList<Article> &articles,
        const QList<Extraction> *extractions = nullptr);
    QStringList articleIds() const { return m_articleIds; }

private:
    QStringList m_articleIds;
};

/// Removes an article, its claims, and facts left without members.
class RemoveArticleCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::RemoveArticleCommand)

public:
    RemoveArticleCommand(Project *project, const QString &articleId);
};

/// Moves an article to another row: the order the panes show the articles in.
class MoveArticleCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::MoveArticleCommand)

public:
    MoveArticleCommand(Project *project, const QString &articleId, qsizetype row);
};

/// Replaces an article by a newer import and places its claims again in the new text.
class ReimportArticleCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::ReimportArticleCommand)

public:
    ReimportArticleCommand(Project *project, const QString &articleId, const Article &article);
};

} // namespace factbench
