#include "factfiltermodel.h"

#include "factmatrixmodel.h"

namespace factbench {

FactFilterModel::FactFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FactMatrixModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FactFilterModel::setFilter(FactFilter filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    invalidateRowsFilter();
    Q_EMIT filterChanged(filter);
}

void FactFilterModel::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_searchText) {
        return;
    }
    m_searchText = simplified;
    invalidateRowsFilter();
}

bool FactFilterModel::accepts(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    switch (m_filter) {
    case FactFilter::All:
        break;
    case FactFilter::Divergent:
        if (!index.data(FactMatrixModel::DivergentRole).toBool()) {
            return false;
        }
        break;
    case FactFilter::Unreviewed:
        if (index.data(FactMatrixModel::StatusRole).toInt() != int(FactStatus::Proposed)) {
            return false;
        }
        break;
    case FactFilter::Confirmed:
        if (index.data(FactMatrixModel::StatusRole).toInt() != int(FactStatus::Confirmed)) {
            return false;
        }
        break;
    }
    return m_searchText.isEmpty()
        || index.data(FactMatrixModel::SearchTextRole)
               .toString()
               .contains(m_searchText, Qt::CaseInsensitive);
}

bool FactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && accepts(sourceRow);
}

bool FactFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Empty cells go last in either order: the descending sort calls lessThan(right, left).
    // Ties answer false both ways, so that the stable sort keeps the project's order.
    if (!a.isValid() || !b.isValid()) {
        return a.isValid() != b.isValid() && a.isValid() == (sortOrder() == Qt::AscendingOrder);
    }
    const bool aText = a.typeId() == QMetaType::QString;
    const bool bText = b.typeId() == QMetaType::QString;
    if (aText != bText) {
        return !aText; // A quote beside figures in one column: figures first.
    }
    if (!aText) {
        return a.toDouble() < b.toDouble();
    }
    return a.toString().toCaseFolded().localeAwareCompare(b.toString().toCaseFolded()) < 0;
}

} // namespace factbench
