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
    for (const ProjectTable table : {ProjectTable::Articles, ProjectTable::Claims,
             ProjectTable::Facts, ProjectTable::Dismissed}) {
        indexRowsFrom(data, table, 0);
    }
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

void ProjectIndex::indexRowsFrom(const ProjectData &data, ProjectTable table, qsizetype first)
{
    switch (table) {
    case ProjectTable::Articles:
        indexFrom(m_articleRows, data.articles, first);
        break;
    case ProjectTable::Claims:
        indexFrom(m_claimRows, data.claims, first);
        break;
    case ProjectTable::Facts:
        indexFrom(m_factRows, data.facts, first);
        break;
    case ProjectTable::Dismissed:
        indexFrom(m_dismissedRows, data.dismissed, first);
        break;
    case ProjectTable::Log:
        break;
    }
}

void ProjectIndex::rowInserted(const ProjectData &data, ProjectTable table, qsizetype row)
{
    indexRowsFrom(data, table, row);
    if (table == ProjectTable::Facts) {
        addMembers(data.facts.at(row));
    }
}

void ProjectIndex::rowRemoved(const ProjectData &data, ProjectTable table, qsizetype row,
    const QString &removedId, const QStringList &removedMembers)
{
    rows(table).remove(removedId);
    indexRowsFrom(data, table, row);
    if (table == ProjectTable::Facts) {
        removeMembers(removedId, removedMembers);
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
