#include "articlemodel.h"

#include <QSet>

namespace factbench {

ArticleModel::ArticleModel(Project *project, QObject *parent)
    : ProjectTableModel(
        project, ProjectTable::Articles, {ProjectTable::Claims, ProjectTable::Facts}, parent)
{ }

ArticleModel::ClaimCounts ArticleModel::countsOf(const QString &articleId) const
{
    if (!m_counts) {
        // One pass over facts and claims for every article: a repaint asks for each row.
        QSet<QString> decided;
        for (const ProjectFact &fact : project()->facts()) {
            if (fact.status != FactStatus::Proposed) {
                decided.unite(QSet<QString>(fact.members.cbegin(), fact.members.cend()));
            }
        }
        QHash<QString, ClaimCounts> counts;
        for (const Claim &claim : project()->claims()) {
            ClaimCounts &article = counts[claim.articleId];
            ++article.claims;
            article.reviewed += decided.contains(claim.id) ? 1 : 0;
        }
        m_counts = std::move(counts);
    }
    return m_counts->value(articleId);
}

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
        return countsOf(projectArticle.id).claims;
    case Reviewed:
        return countsOf(projectArticle.id).reviewed;
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
    case Reviewed:
        return tr("Reviewed");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factbench
