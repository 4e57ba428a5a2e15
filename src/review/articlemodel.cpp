#include "articlemodel.h"

#include <algorithm>

namespace factbench {

ArticleModel::ArticleModel(Project *project, QObject *parent)
    : ProjectTableModel(project, ProjectTable::Articles, {ProjectTable::Claims}, parent)
{ }

int ArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProjectArticle &projectArticle = project()->articles().at(index.row());
    const Article &article = projectArticle.article;
    if (role == IdRole) {
        return projectArticle.id;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Title:
        return article.title;
    case Outlet:
        return article.outlet;
    case Published:
        return article.publishedIso();
    case Claims:
        return int(std::count_if(project()->claims().cbegin(), project()->claims().cend(),
            [&projectArticle](
                const Claim &claim) { return claim.articleId == projectArticle.id; }));
    case Source:
        return article.source;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Published:
        return tr("Published");
    case Claims:
        return tr("Claims");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factbench
