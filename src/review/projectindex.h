#pragma once

#include "projectdata.h"

#include <QHash>
#include <QString>

namespace factbench {

/// Where each id is: the row of every article, claim and fact, and the fact that holds each
/// claim. Project keeps it in step with every row it inserts, takes or replaces, so that finding
/// a row by id costs the same in a 50,000-claim review as in a small one.
class ProjectIndex
{
public:
    /// Indexes `data` from scratch (after a load or a reset).
    void rebuild(const ProjectData &data);

    /// The row of `id` in `table`, or -1; the log has no ids.
    qsizetype rowOf(ProjectTable table, const QString &id) const;
    /// The fact holding a claim, or an empty string.
    QString factOfClaim(const QString &claimId) const;

    /// After a row was inserted at `row` of `table` in `data`.
    void rowInserted(const ProjectData &data, ProjectTable table, qsizetype row);
    /// After `removed` (a row of `table`) was taken from `row` of `data`.
    void rowRemoved(const ProjectData &data, ProjectTable table, qsizetype row,
        const QString &removedId, const QStringList &removedMembers);
    /// After the fact at a row changed its members from `before` to the fact's current ones.
    void factMembersChanged(const ProjectFact &fact, const QStringList &before);

private:
    QHash<QString, qsizetype> &rows(ProjectTable table);
    /// Sets the rows of `table` from `first` on, after an insertion or a removal there.
    void indexRowsFrom(const ProjectData &data, ProjectTable table, qsizetype first);
    void addMembers(const ProjectFact &fact);
    void removeMembers(const QString &factId, const QStringList &members);

    QHash<QString, qsizetype> m_articleRows;
    QHash<QString, qsizetype> m_claimRows;
    QHash<QString, qsizetype> m_factRows;
    QHash<QString, qsizetype> m_dismissedRows;
    /// Normally one fact per claim; inside one command a claim may briefly sit in two (added to
    /// one before it leaves the other), and then both are here.
    QMultiHash<QString, QString> m_factOfClaim;
    /// For the log, which has no ids.
    QHash<QString, qsizetype> m_noRows;
};

} // namespace factbench
