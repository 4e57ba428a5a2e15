#pragma once

#include "project.h"

#include <QAbstractTableModel>

namespace factbench {

/// The base of the models over a Project's tables: follows the project's row signals, so a view
/// updates itself whatever verb, undo or load changed the data.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        /// The row's id ("f3") in every column.
        IdRole = Qt::UserRole + 1,
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// The row of an id, as an index in the first column; invalid when unknown.
    QModelIndex indexOfId(const QString &id) const;

protected:
    /// `dependsOn` are the other tables some column shows (a claim's fact, a fact's values):
    /// any change there refreshes every row.
    ProjectTableModel(
        Project *project, ProjectTable table, QList<ProjectTable> dependsOn, QObject *parent);
    Project *project() const { return m_project; }
    /// Called on every change of the project, before the model signals it: for caches.
    virtual void projectChanged() { }

private:
    void refreshAll();

    Project *m_project;
    ProjectTable m_table;
    QList<ProjectTable> m_dependsOn;
};

} // namespace factbench
