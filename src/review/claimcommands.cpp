#include "claimcommands.h"

#include "claimfactory.h"

namespace factbench {

AddClaimCommand::AddClaimCommand(
    Project *project, const QString &articleId, const TextRange &range, ClaimKind kind)
    : ProjectCommand(project, tr("Add claim"))
    , m_claimId(newId(ProjectTable::Claims))
{
    insert(ProjectTable::Claims,
        ClaimFactory::fromSelection(m_claimId, *project->article(articleId), range, kind));
    log(QStringLiteral("add-claim"), {}, m_claimId);
}

CorrectClaimCommand::CorrectClaimCommand(
    Project *project, const QString &claimId, const ClaimCorrection &correction)
    : ProjectCommand(project, tr("Correct claim"))
{
    Claim claim = *project->claim(claimId);
    claim.correction = correction;
    replace(ProjectTable::Claims, claimId, claim);
    log(QStringLiteral("correct-claim"), project->factOfClaim(claimId), claimId);
}

DeleteClaimCommand::DeleteClaimCommand(Project *project, const QString &claimId)
    : ProjectCommand(project, tr("Delete claim"))
{
    const QString factId = project->factOfClaim(claimId);
    takeOutOfFacts({claimId});
    commitFactEdits();
    remove(ProjectTable::Claims, claimId);
    // Kept aside, so that extracting again does not bring back what the editor threw out.
    insert(ProjectTable::Dismissed, *project->claim(claimId));
    log(QStringLiteral("delete-claim"), factId, claimId);
}

MoveClaimCommand::MoveClaimCommand(Project *project, const QString &claimId, const QString &factId)
    : ProjectCommand(project, tr("Move claim"))
{
    takeOutOfFacts({claimId});
    if (!factId.isEmpty()) {
        editFact(factId).members.append(claimId);
    }
    commitFactEdits();
    log(QStringLiteral("move-claim"), factId, claimId);
}

} // namespace factbench
