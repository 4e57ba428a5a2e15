#pragma once

#include "projectcommand.h"

#include <QCoreApplication>

namespace factbench {

// The claim verbs: small commands sharing one file, each a constructor planning row edits.

/// Adds a claim the editor marked in an article's text.
class AddClaimCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::AddClaimCommand)

public:
    AddClaimCommand(
        Project *project, const QString &articleId, const TextRange &range, ClaimKind kind);
    QString claimId() const { return m_claimId; }

private:
    QString m_claimId;
};

/// Sets the editor's correction of a claim's value, counted noun or speaker.
class CorrectClaimCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::CorrectClaimCommand)

public:
    CorrectClaimCommand(
        Project *project, const QString &claimId, const ClaimCorrection &correction);
};

/// Deletes a claim; a fact it leaves empty goes too.
class DeleteClaimCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::DeleteClaimCommand)

public:
    DeleteClaimCommand(Project *project, const QString &claimId);
};

/// Moves a claim into another fact, or out of any fact when the target is empty.
class MoveClaimCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::MoveClaimCommand)

public:
    MoveClaimCommand(Project *project, const QString &claimId, const QString &factId);
};

} // namespace factbench
