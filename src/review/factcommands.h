#pragma once

#include "projectcommand.h"

#include <QCoreApplication>

namespace factbench {

// The fact verbs: small commands sharing one file, each a constructor planning row edits.

/// Makes a fact of claims, taking them out of the facts that held them.
class CreateFactCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::CreateFactCommand)

public:
    CreateFactCommand(Project *project, const QStringList &claimIds, const QString &label);
    QString factId() const { return m_factId; }

private:
    QString m_factId;
};

/// Moves some members of a fact into a new fact with the same label.
class SplitFactCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::SplitFactCommand)

public:
    SplitFactCommand(Project *project, const QString &factId, const QStringList &claimIds);
    QString newFactId() const { return m_newFactId; }

private:
    QString m_newFactId;
};

/// Moves the members of other facts into one and removes the others.
class MergeFactsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::MergeFactsCommand)

public:
    MergeFactsCommand(Project *project, const QString &factId, const QStringList &otherIds);
};

/// Confirms, rejects or disputes a fact.
class SetFactStatusCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::SetFactStatusCommand)

public:
    SetFactStatusCommand(Project *project, const QString &factId, FactStatus status);
};

/// Sets one of a fact's texts; typing a note merges into one undo step.
class SetFactTextCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::SetFactTextCommand)

public:
    SetFactTextCommand(
        Project *project, const QString &factId, FactText field, const QString &text);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_factId;
    FactText m_field;
};

} // namespace factbench
