#pragma once

#include "project.h"

#include <QUndoCommand>

#include <vector>

namespace factbench {

/// The base of every review command: a command is a list of row edits (insert, remove,
/// replace) planned when it is made, applied in order by redo() and in reverse by undo().
/// Rows are found by id when applied, so edits stay correct whatever came before them.
class ProjectCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    ProjectCommand(Project *project, const QString &text);

    Project *project() const { return m_project; }
    /// A fresh id for a row of `table` ("c12"), counting the ids this command already planned.
    QString newId(ProjectTable table);

    void insert(ProjectTable table, const Project::Row &value, qsizetype row = -1);
    void remove(ProjectTable table, const QString &id);
    void replace(ProjectTable table, const QString &id, const Project::Row &value);
    /// A review log entry naming the editor and now.
    void log(const QString &action, const QString &factId, const QString &detail = {});
    bool isEmpty() const { return m_steps.empty(); }

    /// A copy of a fact to change; the changes become steps in commitFactEdits().
    ProjectFact &editFact(const QString &factId);
    /// Takes claims out of whatever facts hold them.
    void takeOutOfFacts(const QStringList &claimIds);
    /// Writes the fact edits as steps: a fact left without members is removed.
    void commitFactEdits();

    /// Takes over `other`, already applied, as if this command had made its edits: replaces of
    /// the same rows update this command's, and `other`'s log entries are dropped (this
    /// command's entry stands for both). For commands that merge, such as typing a note.
    void absorb(const ProjectCommand *other);

private:
    enum class Operation { Insert, Remove, Replace };
    struct Step
    {
        Operation operation;
        ProjectTable table;
        QString id;
        Project::Row after;
        Project::Row before;
        qsizetype row = -1;
    };

    Project *m_project;
    std::vector<Step> m_steps;
    QHash<ProjectTable, int> m_nextIds;
    QStringList m_editedFactOrder;
    QHash<QString, ProjectFact> m_editedFacts;
};

} // namespace factbench
