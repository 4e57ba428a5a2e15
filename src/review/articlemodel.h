#pragma once

#include "projecttablemodel.h"

namespace factbench {

/// The articles of a project, one row each, with how many claims each holds.
class ArticleModel : public ProjectTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Outlet, Published, Claims, Source, ColumnCount };

    explicit ArticleModel(Project *project, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace factbench
