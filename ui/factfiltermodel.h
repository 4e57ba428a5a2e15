#pragma once

#include <QSortFilterProxyModel>

namespace factbench {

/// Which facts the facts table shows.
enum class FactFilter {
    All,
    /// The linker found the members disagreeing.
    Divergent,
    /// Still proposed: the editor has not decided.
    Unreviewed,
    Confirmed,
};

/// The facts table's filter (FactFilter and a search text) and sort order over a
/// FactMatrixModel. Sorting goes by FactMatrixModel::SortRole: numbers as numbers, the status in
/// review order, and empty cells last whichever way the column is sorted.
class FactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FactFilterModel(QObject *parent = nullptr);

    FactFilter filter() const { return m_filter; }
    void setFilter(FactFilter filter);
    QString searchText() const { return m_searchText; }
    /// Shows the facts whose label, values, verified value, verdict or note contain `text`,
    /// ignoring case; an empty text shows all.
    void setSearchText(const QString &text);
    /// Whether the filter and the search would show the source row.
    bool accepts(int sourceRow) const;

Q_SIGNALS:
    void filterChanged(factbench::FactFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FactFilter m_filter = FactFilter::All;
    QString m_searchText;
};

} // namespace factbench
