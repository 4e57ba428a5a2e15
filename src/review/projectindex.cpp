#include "projectindex.h"

namespace factbench {

namespace {

/// Sets the rows of `list` from `first` on: rows after an insertion or a removal move by one.
template<typename T>
void indexFrom(QHash<QString, qsizetype> &rows, const QList<T> &list, qsizetype first)
{
    for (qsizetype row = first; row < list.size(); ++row) {
        rows.insert(list.at(row).id, row);
    }
}

} // namespace

QHash<QString, qsizetype> &ProjectIndex::rows(ProjectTable table)
{
    switch (table) {
    case ProjectTable::Articles:
        return m_articleRows;
    case ProjectTable::Claims:
        return m_claimRows;
    case ProjectTable::Facts:
        return m_factRows;
    case ProjectTable::Dismissed:
        return m_dismissedRows;
    case ProjectTable::Log:
        break;
    }
    return m_noRows;
}

void ProjectIndex::rebuild(const ProjectData &data)
{
    m_articleRows.clear();
    m_claimRows.clear();
    m_factRows.clear();
    m_dismissedRows.clear();
    m_factOfClaim.clear();
    m_articleRows.reserve(data.articles.size());
    m_claimRows.reserve(data.claims.size());
    m_factRows.reserve(data.facts.size());
    m_factOfClaim.reserve(data.claims.size());
    indexFrom(m_articleRows, data.articles, 0);
    indexFrom(m_claimRows, data.claims, 0);
    indexFrom(m_factRows, data.facts, 0);
    indexFrom(m_dismissedRows, data.dismissed, 0);
    for (const ProjectFact &fact : data.facts) {
        addMembers(fact);
    }
}

qsizetype ProjectIndex::rowOf(ProjectTable table, const QString &id) const
{
    return const_cast<ProjectIndex *>(this)->rows(table).value(id, -1);
}

QString ProjectIndex::factOfClaim(const QString &claimId) const
{
    return m_factOfClaim.value(claimId);
}

void ProjectIndex::rowInserted(const ProjectData &data, ProjectTable table, qsizetype row)
{
    switch (table) {
    case ProjectTable::Articles:
        indexFrom(m_articleRows, data.articles, row);
        break;
    case ProjectTable::Claims:
        indexFrom(m_claimRows, data.claims, row);
        break;
    case ProjectTable::Facts:
        indexFrom(m_factRows, data.facts, row);
        addMembers(data.facts.at(row));
        break;
    case ProjectTable::Dismissed:
        indexFrom(m_dismissedRows, data.dismissed, row);
        break;
    case ProjectTable::Log:
        break;
    }
}

void ProjectIndex::rowRemoved(const ProjectData &data, ProjectTable table, qsizetype row,
    const QString &removedId, const QStringList &removedMembers)
{
    rows(table).remove(removedId);
    switch (table) {
    case ProjectTable::Articles:
        indexFrom(m_articleRows, data.articles, row);
        break;
    case ProjectTable::Claims:
        indexFrom(m_claimRows, data.claims, row);
        break;
    case ProjectTable::Facts:
        indexFrom(m_factRows, data.facts, row);
        removeMembers(removedId, removedMembers);
        break;
    case ProjectTable::Dismissed:
        indexFrom(m_dismissedRows, data.dismissed, row);
        break;
    case ProjectTable::Log:
        break;
    }
}

void ProjectIndex::factMembersChanged(const ProjectFact &fact, const QStringList &before)
{
    removeMembers(fact.id, before);
    addMembers(fact);
}

void ProjectIndex::addMembers(const ProjectFact &fact)
{
    for (const QString &member : fact.members) {
        m_factOfClaim.insert(member, fact.id);
    }
}

void ProjectIndex::removeMembers(const QString &factId, const QStringList &members)
{
    for (const QString &member : members) {
        m_factOfClaim.remove(member, factId);
    }
}

} // namespace factbench
