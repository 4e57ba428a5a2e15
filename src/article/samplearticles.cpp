#include "samplearticles.h"

#include "articleimporter.h"

namespace factbench {

QStringList SampleArticles::paths()
{
    return {QStringLiteral(":/sample/coastal-herald.md"),
        QStringLiteral(":/sample/northshore-daily.md"), QStringLiteral(":/sample/bayline-news.md")};
}

QList<Article> SampleArticles::load()
{
    QList<Article> articles;
    for (const QString &path : paths()) {
        articles.append(ArticleImporter::importFile(path));
    }
    return articles;
}

} // namespace factbench
