#include "claimmodel.h"

#include <QLocale>

namespace factbench {

ClaimModel::ClaimModel(Project *project, QObject *parent)
    : ProjectTableModel(
        project, ProjectTable::Claims, {ProjectTable::Facts, ProjectTable::Articles}, parent)
{ }

int ClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Claim &claim = project()->claims().at(index.row());
    if (role == IdRole) {
        return claim.id;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const bool figure = claim.kind == ClaimKind::Figure;
    switch (Column(index.column())) {
    case Article: {
        const ProjectArticle *article = project()->article(claim.articleId);
        return article ? article->article.outlet : QString();
    }
    case Kind:
        return claimKindName(claim.kind);
    case Text:
        return claim.text;
    case Value:
        return figure ? QVariant(claim.value()) : QVariant();
    case Noun:
        return figure ? claim.counted() : claim.speaker();
    case Fact: {
        const ProjectFact *fact = project()->fact(project()->factOfClaim(claim.id));
        return fact ? fact->label : QString();
    }
    case State:
        return claim.orphaned                ? tr("orphaned")
            : !claim.correction.isEmpty()    ? tr("corrected")
            : claim.origin == Origin::Editor ? tr("added")
                                             : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Article:
        return tr("Outlet");
    case Kind:
        return tr("Kind");
    case Text:
        return tr("Text");
    case Value:
        return tr("Value");
    case Noun:
        return tr("Counted / speaker");
    case Fact:
        return tr("Fact");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factbench
