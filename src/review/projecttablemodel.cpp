#include "projecttablemodel.h"

namespace factbench {

ProjectTableModel::ProjectTableModel(
    Project *project, ProjectTable table, QList<ProjectTable> dependsOn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_table(table)
    , m_dependsOn(std::move(dependsOn))
{
    connect(project, &Project::rowsAboutToBeInserted, this,
        [this](ProjectTable which, int first, int last) {
            if (which == m_table) {
                beginInsertRows({}, first, last);
            }
        });
    connect(project, &Project::rowsInserted, this, [this](ProjectTable which) {
        projectChanged();
        if (which == m_table) {
            endInsertRows();
        } else if (m_dependsOn.contains(which)) {
            refreshAll();
        }
    });
    connect(project, &Project::rowsAboutToBeRemoved, this,
        [this](ProjectTable which, int first, int last) {
            if (which == m_table) {
                beginRemoveRows({}, first, last);
            }
        });
    connect(project, &Project::rowsRemoved, this, [this](ProjectTable which) {
        projectChanged();
        if (which == m_table) {
            endRemoveRows();
        } else if (m_dependsOn.contains(which)) {
            refreshAll();
        }
    });
    connect(project, &Project::rowChanged, this, [this](ProjectTable which, int row) {
        projectChanged();
        if (which == m_table) {
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else if (m_dependsOn.contains(which)) {
            refreshAll();
        }
    });
    connect(project, &Project::aboutToReset, this, &ProjectTableModel::beginResetModel);
    connect(project, &Project::wasReset, this, [this] {
        projectChanged();
        endResetModel();
    });
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project->rowCount(m_table));
}

QHash<int, QByteArray> ProjectTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    return names;
}

QModelIndex ProjectTableModel::indexOfId(const QString &id) const
{
    const qsizetype row = m_project->rowOf(m_table, id);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

void ProjectTableModel::refreshAll()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace factbench
