#pragma once

#include "projecttablemodel.h"

namespace factbench {

/// The facts of a project, one row each: what the fact table of the window shows.
class FactModel : public ProjectTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Status, Members, Values, VerifiedValue, Verdict, ColumnCount };

    explicit FactModel(Project *project, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// "539, 550" for figures (the members' values as corrected), speakers for quotes.
    static QString valuesText(const Project *project, const ProjectFact &fact);
};

} // namespace factbench
