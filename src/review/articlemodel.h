#pragma once

#include "projecttablemodel.h"

#include <optional>

namespace factbench {

/// The articles of a project, one row each, with how many claims each holds.
class ArticleModel : public ProjectTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Outlet, Published, Claims, Reviewed, Source, ColumnCount };

    explicit ArticleModel(Project *project, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// An article's claims, and those in facts the editor has decided on (not proposed).
    struct ClaimCounts
    {
        int claims = 0;
        int reviewed = 0;
    };
    ClaimCounts countsOf(const QString &articleId) const;

protected:
    void projectChanged() override { m_counts.reset(); }

private:
    mutable std::optional<QHash<QString, ClaimCounts>> m_counts;
};

} // namespace factbench
