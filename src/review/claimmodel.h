#pragma once

#include "projecttablemodel.h"

namespace factbench {

/// The claims of a project, one row each, with the fact that holds them.
class ClaimModel : public ProjectTableModel
{
    Q_OBJECT
public:
    enum Column { Article, Kind, Text, Value, Noun, Fact, State, ColumnCount };

    explicit ClaimModel(Project *project, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace factbench
