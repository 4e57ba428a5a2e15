#include "projectcommand.h"

namespace factbench {

namespace {

QString prefixOf(ProjectTable table)
{
    switch (table) {
    case ProjectTable::Articles:
        return QStringLiteral("a");
    case ProjectTable::Claims:
    case ProjectTable::Dismissed:
        return QStringLiteral("c");
    case ProjectTable::Facts:
        return QStringLiteral("f");
    case ProjectTable::Log:
        break;
    }
    return QStringLiteral("l");
}

} // namespace

ProjectCommand::ProjectCommand(Project *project, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
{ }

QString ProjectCommand::newId(ProjectTable table)
{
    auto it = m_nextIds.find(table);
    if (it == m_nextIds.end()) {
        it = m_nextIds.insert(table, m_project->nextIdNumber(table));
    }
    return prefixOf(table) + QString::number((*it)++);
}

void ProjectCommand::insert(ProjectTable table, const Project::Row &value, qsizetype row)
{
    m_steps.push_back({Operation::Insert, table, {}, value, {}, row});
}

void ProjectCommand::remove(ProjectTable table, const QString &id)
{
    m_steps.push_back({Operation::Remove, table, id, {}, {}, -1});
}

void ProjectCommand::replace(ProjectTable table, const QString &id, const Project::Row &value)
{
    m_steps.push_back({Operation::Replace, table, id, value, {}, -1});
}

void ProjectCommand::log(const QString &action, const QString &factId, const QString &detail)
{
    ReviewLogEntry entry {m_project->now(), m_project->editorName(), action, factId, detail};
    insert(ProjectTable::Log, entry);
}

ProjectFact &ProjectCommand::editFact(const QString &factId)
{
    auto it = m_editedFacts.find(factId);
    if (it == m_editedFacts.end()) {
        const ProjectFact *fact = m_project->fact(factId);
        Q_ASSERT(fact);
        it = m_editedFacts.insert(factId, fact ? *fact : ProjectFact {});
        m_editedFactOrder.append(factId);
    }
    return *it;
}

void ProjectCommand::takeOutOfFacts(const QStringList &claimIds)
{
    for (const QString &claimId : claimIds) {
        const QString factId = m_project->factOfClaim(claimId);
        if (!factId.isEmpty()) {
            editFact(factId).members.removeAll(claimId);
        }
    }
}

void ProjectCommand::commitFactEdits()
{
    for (const QString &factId : std::as_const(m_editedFactOrder)) {
        const ProjectFact &fact = m_editedFacts.value(factId);
        if (fact.members.isEmpty()) {
            remove(ProjectTable::Facts, factId);
        } else if (*m_project->fact(factId) != fact) {
            replace(ProjectTable::Facts, factId, fact);
        }
    }
    m_editedFactOrder.clear();
    m_editedFacts.clear();
}

void ProjectCommand::redo()
{
    for (Step &step : m_steps) {
        switch (step.operation) {
        case Operation::Insert: {
            const qsizetype count = m_project->rowCount(step.table);
            const qsizetype row = step.row < 0 || step.row > count ? count : step.row;
            m_project->insertRow(step.table, row, step.after);
            step.row = row;
            break;
        }
        case Operation::Remove:
            step.row = m_project->rowOf(step.table, step.id);
            Q_ASSERT(step.row >= 0);
            step.before = m_project->takeRow(step.table, step.row);
            break;
        case Operation::Replace:
            step.row = m_project->rowOf(step.table, step.id);
            Q_ASSERT(step.row >= 0);
            step.before = m_project->replaceRow(step.table, step.row, step.after);
            break;
        }
    }
}

void ProjectCommand::undo()
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        switch (it->operation) {
        case Operation::Insert:
            m_project->takeRow(it->table, it->row);
            break;
        case Operation::Remove:
            m_project->insertRow(it->table, it->row, it->before);
            break;
        case Operation::Replace:
            m_project->replaceRow(it->table, it->row, it->before);
            break;
        }
    }
}

void ProjectCommand::absorb(const ProjectCommand *other)
{
    // Undo other's log entries now, last first, so that the rows recorded stay right.
    for (auto it = other->m_steps.rbegin(); it != other->m_steps.rend(); ++it) {
        if (it->operation == Operation::Insert && it->table == ProjectTable::Log) {
            m_project->takeRow(ProjectTable::Log, it->row);
        }
    }
    for (const Step &theirs : other->m_steps) {
        if (theirs.table == ProjectTable::Log) {
            continue;
        }
        auto mine = std::find_if(m_steps.begin(), m_steps.end(), [&theirs](const Step &step) {
            return step.operation == Operation::Replace && theirs.operation == Operation::Replace
                && step.table == theirs.table && step.id == theirs.id;
        });
        if (mine != m_steps.end()) {
            mine->after = theirs.after;
        } else {
            m_steps.push_back(theirs);
        }
    }
}

} // namespace factbench
