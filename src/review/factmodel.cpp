#include "factmodel.h"

#include <QLocale>

namespace factbench {

FactModel::FactModel(Project *project, QObject *parent)
    : ProjectTableModel(project, ProjectTable::Facts, {ProjectTable::Claims}, parent)
{ }

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FactModel::valuesText(const Project *project, const ProjectFact &fact)
{
    QStringList values;
    for (const QString &member : fact.members) {
        const Claim *claim = project->claim(member);
        if (!claim) {
            continue;
        }
        const QString value = claim->kind == ClaimKind::Figure
            ? QLocale::system().toString(claim->value(), 'g', QLocale::FloatingPointShortest)
            : claim->speaker();
        if (!value.isEmpty() && !values.contains(value)) {
            values.append(value);
        }
    }
    return values.join(QStringLiteral(", "));
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProjectFact &fact = project()->facts().at(index.row());
    if (role == IdRole) {
        return fact.id;
    }
    if (role == Qt::ToolTipRole) {
        return fact.reason.isEmpty() ? QVariant() : QVariant(fact.reason);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Label:
        return fact.label;
    case Status:
        return factStatusName(fact.status);
    case Members:
        return int(fact.members.size());
    case Values:
        return valuesText(project(), fact);
    case VerifiedValue:
        return fact.verifiedValue;
    case Verdict:
        return fact.verdict;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Label:
        return tr("Fact");
    case Status:
        return tr("Status");
    case Members:
        return tr("Claims");
    case Values:
        return tr("Values");
    case VerifiedValue:
        return tr("Verified value");
    case Verdict:
        return tr("Verdict");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factbench
